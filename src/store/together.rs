//! Putting a new store together from what the library gathered: sorted
//! newest first, each index document mapped to its position, tagged by the
//! rules through the text index, and the field indexes built.

use std::io;
use std::time::Instant;

use rustc_hash::FxHashMap;

use super::briefings::Briefings;
use super::fields::Fields;
use super::merge::newest_first;
use super::{DocId, DocSet, Indexed, Parts, Skipped, Store, TextIndex, Timings};
use crate::load::TagRule;
use crate::model::{Briefing, Diagnostic, TagOrigin};

/// A file found, by the number of its briefing or its place among the
/// skipped files.
#[derive(Debug, Clone, Copy)]
pub enum Walked {
    File(u64),
    /// A file of the store before, at its position there.
    Kept(DocId),
    Skipped(usize),
}

/// A briefing for a new store, with its file and its length in indexed
/// words; `fresh` when it was just read, so the tag rules must be applied
/// to it (the others carry the tags the same rules gave them before).
pub struct Entry {
    pub briefing: Briefing,
    pub file: Indexed,
    pub length: u32,
    pub fresh: bool,
}

/// What the library gathered for a new store: briefings in any order and
/// the index that holds them; with `rules_changed`, the rules are applied
/// to every briefing afresh.
pub struct Gathered {
    pub briefings: Vec<Entry>,
    /// Each file found, in the walk's order.
    pub walk: Vec<Walked>,
    pub rules_changed: bool,
    pub searcher: tantivy::Searcher,
    pub rules: Vec<TagRule>,
    pub diagnostics: Vec<Diagnostic>,
    pub skipped: Vec<Skipped>,
    pub timings: Timings,
}

impl Store {
    /// Sorts the briefings newest first, indexes their fields, and tags them
    /// by the rules through the text index.
    pub fn put_together(gathered: Gathered) -> io::Result<Store> {
        let started = Instant::now();
        let Gathered {
            briefings,
            walk,
            rules_changed,
            searcher,
            rules,
            diagnostics,
            skipped,
            timings,
        } = gathered;
        // The order is sorted, not the entries, which are large to move.
        // Ids are unique, so an unstable sort is exact.
        let mut order: Vec<u32> = (0..briefings.len() as u32).collect();
        order.sort_unstable_by(|&i, &j| {
            let (a, b) = (
                &briefings[i as usize].briefing,
                &briefings[j as usize].briefing,
            );
            newest_first((a.date, &a.id), (b.date, &b.id))
        });
        let mut slots: Vec<Option<Entry>> = briefings.into_iter().map(Some).collect();
        let mut lengths = Vec::with_capacity(slots.len());
        let mut files = Vec::with_capacity(slots.len());
        let mut parsed = Vec::with_capacity(slots.len());
        let mut fresh = Vec::with_capacity(slots.len());
        for i in order {
            let entry = slots[i as usize].take().expect("each entry once");
            lengths.push(entry.length);
            files.push(entry.file);
            fresh.push(entry.fresh || rules_changed);
            parsed.push(entry.briefing);
        }
        let doc_of = doc_of(&files);
        let at = |n: u64| doc_of.get(&n).copied();
        let walk_order = walk_positions(&walk, parsed.len(), at, |_| None);
        let text = TextIndex::new(searcher, &doc_of, lengths)?;
        apply_rules(&mut parsed, &rules, &text, &fresh);
        let fields = Fields::build(&parsed);
        let parts = Parts {
            briefings: Briefings::Parsed(parsed),
            files,
            walk_order: Some(walk_order),
            text,
            fields,
            skipped,
        };
        Ok(Store::assemble(parts, diagnostics, timings, started))
    }
}

impl Store {
    /// The store, its files in the order `walk` lists them; those it
    /// lists as kept are `previous`'s.
    pub fn walked(mut self, walk: &[Walked], previous: Option<&Store>) -> Store {
        let doc_of = doc_of(&self.files);
        let at = |n: u64| doc_of.get(&n).copied();
        let kept = |d: DocId| at(previous?.file(d).number);
        let order = walk_positions(walk, self.len(), at, kept);
        self.walk_order = std::sync::OnceLock::from(order);
        self
    }
}

/// Each file number's position. A map, not a table by number: numbers only
/// grow as files change, and one read from a damaged catalog may be huge.
pub(super) fn doc_of(files: &[Indexed]) -> FxHashMap<u64, u32> {
    let mut doc_of = FxHashMap::default();
    doc_of.reserve(files.len());
    for (i, f) in files.iter().enumerate() {
        doc_of.insert(f.number, i as u32);
    }
    doc_of
}

/// The store positions of the files walked, skipped files after the
/// `len` briefings: a file by its number (`at`), a kept one by its
/// position in the store before (`kept`).
pub(super) fn walk_positions(
    walk: &[Walked],
    len: usize,
    at: impl Fn(u64) -> Option<u32>,
    kept: impl Fn(DocId) -> Option<u32>,
) -> Vec<u32> {
    walk.iter()
        .filter_map(|w| match *w {
            Walked::File(n) => at(n),
            Walked::Kept(d) => kept(d),
            Walked::Skipped(k) => Some((len + k) as u32),
        })
        .collect()
}

/// Tags the `fresh` briefings by the rules, afresh: those the rules gave
/// before are taken away first, as the rules or the text may have changed.
fn apply_rules(briefings: &mut [Briefing], rules: &[TagRule], text: &TextIndex, fresh: &[bool]) {
    if !fresh.contains(&true) {
        return;
    }
    for (b, _) in briefings.iter_mut().zip(fresh).filter(|(_, f)| **f) {
        b.drop_rule_tags();
    }
    for (doc, tag) in rule_hits(rules, text, None, |i| fresh[i]) {
        briefings[doc].add_tag(tag, TagOrigin::Rule);
    }
}

/// Each position `wanted` (and `among`, if given: a few, whose segments
/// alone are searched) whose text matches a rule, with the rule's tag.
pub(super) fn rule_hits<'r>(
    rules: &'r [TagRule],
    text: &TextIndex,
    among: Option<&DocSet>,
    wanted: impl Fn(usize) -> bool,
) -> Vec<(usize, &'r str)> {
    let mut hits = Vec::new();
    for rule in rules {
        for phrase in &rule.phrases {
            for doc in text.phrase_docs_among(phrase, among).iter() {
                if wanted(doc.index()) {
                    hits.push((doc.index(), rule.tag.as_str()));
                }
            }
        }
    }
    hits
}
