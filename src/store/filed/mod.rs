//! A store put together from the index on disk alone: its fast fields give
//! every briefing's place, file and fields, the commit's payload (`Saved`)
//! what the rules tagged and the files skipped; heads are decoded from the
//! stored field only when asked for (`Filed`).

/// The index's layout; a cache folder's name depends on it, so a brief of
/// another layout never opens it. 15: quotes indexed one by one; 16: their
/// fields through tokenizers of their own.
pub const FORMAT: u32 = 16;

mod carried;
pub mod columns;
mod saved;

#[cfg(test)]
pub use carried::CARRIED;

use std::io;
use std::sync::OnceLock;
use std::time::Instant;

use rustc_hash::FxHashMap;
use tantivy::{DocAddress, Searcher};

pub use saved::{Saved, SkippedFile, rule_files, saved_rule_files};

use super::briefings::{Briefings, Filed};
use super::fields::{Facts, Fields, Gathering, SpeakerEntry};
use super::merge::newest_first;
use super::merge::union;
use super::together::{self, rule_hits};
use super::{DocId, DocSet, Indexed, Parts, Store, TextIndex, Timings};
use crate::load::TagRule;
use crate::model::Diagnostic;
use crate::text::words;
use columns::Columns;

/// A live document of the index, with what orders the store.
struct Row<'a> {
    /// Its segment's place among the columns read.
    segment: u32,
    doc: u32,
    date: Option<chrono::NaiveDate>,
    id: &'a str,
}

impl Store {
    /// The store of what `searcher` holds, with the commit's `saved`
    /// payload; files numbered from `saved.tagged_below` on are tagged by
    /// `rules` now. An index whose documents do not read back, or that
    /// holds a file twice, is an error.
    pub fn from_index(
        searcher: Searcher,
        saved: &Saved,
        rules: &[TagRule],
        diagnostics: Vec<Diagnostic>,
        timings: Timings,
    ) -> io::Result<Store> {
        Store::filed(searcher, saved, rules, (diagnostics, timings), None)
    }

    /// As `from_index`, but only the `newest` briefings: what a reader shows
    /// first of a large archive while the whole store is put together (see
    /// `preview_of`). Each row is as the whole store would have it.
    pub fn preview_from_index(
        searcher: Searcher,
        saved: &Saved,
        rules: &[TagRule],
        newest: usize,
    ) -> io::Result<Store> {
        let told = (Vec::new(), Timings::default());
        Store::filed(searcher, saved, rules, told, Some(newest))
    }

    fn filed(
        searcher: Searcher,
        saved: &Saved,
        rules: &[TagRule],
        (diagnostics, timings): (Vec<Diagnostic>, Timings),
        newest: Option<usize>,
    ) -> io::Result<Store> {
        let started = Instant::now();
        let mut segments = (searcher.segment_readers().iter())
            .map(Columns::of)
            .collect::<io::Result<Vec<_>>>()?;
        let (dated, whole) = dated(&searcher, &segments, newest)?;
        let mut used = vec![false; segments.len()];
        dated.iter().for_each(|d| used[d.0 as usize] = true);
        for (c, _) in segments.iter_mut().zip(used).filter(|(_, used)| *used) {
            c.read_terms()?;
        }
        let rows = rows(&segments, dated, newest);
        let (files, lengths, fields) = gather(&segments, &rows)?;
        let addresses: Vec<DocAddress> = (rows.iter())
            .map(|r| DocAddress::new(r.segment, r.doc))
            .collect();
        // Each segment's ids and paths by term, copied by position now, go
        // before the rules search the index (at a million, 130 MB less at
        // the first index's peak).
        drop(rows);
        drop(segments);
        let text =
            TextIndex::at_positions(searcher.clone(), positions(&searcher, &addresses), lengths)?;
        if !text.holds_each_once() {
            return Err(io::Error::other("the index holds a file twice"));
        }
        // Made only if the payload names files (a first index's names none).
        let doc_of = std::cell::OnceCell::new();
        let position = |n: &u64| {
            let doc_of = doc_of.get_or_init(|| together::doc_of(&files));
            doc_of.get(n).map(|&p| DocId(p))
        };
        let untagged = untagged(&files, saved);
        let rule_tags = tag_untagged(known_rule_tags(saved, position), rules, &text, &untagged);
        let mut fields = fields.finish();
        add_rule_tags(&mut fields, &rule_tags);
        let kept = kept_problems(saved, &mut fields, position);
        // Made from the index when first asked for (`speakers`).
        fields.speakers = OnceLock::new();
        let filed = Filed::new(searcher, addresses, rule_tags, kept);
        let parts = Parts::filed(filed, files, (text, fields), saved, None);
        let mut store = Store::assemble(parts, diagnostics, timings, started);
        store.untagged = untagged.count();
        store.preview_of = (whole > store.len()).then_some(whole);
        Ok(store)
    }
}

impl Parts {
    /// A store's parts from the index: its heads, files, text and fields,
    /// the files the commit's payload says were skipped, and the walk's
    /// order if known.
    fn filed(
        filed: Filed,
        files: Vec<Indexed>,
        (text, fields): (TextIndex, Fields),
        saved: &Saved,
        walk_order: Option<Vec<u32>>,
    ) -> Parts {
        Parts {
            briefings: Briefings::Filed(filed),
            files,
            walk_order,
            text,
            fields,
            skipped: saved.skipped.iter().map(SkippedFile::skipped).collect(),
        }
    }
}

/// Per segment of `searcher`, each document's position among `addresses`
/// (`u32::MAX` for none).
fn positions(searcher: &Searcher, addresses: &[DocAddress]) -> Vec<Box<[u32]>> {
    let mut positions: Vec<Box<[u32]>> = (searcher.segment_readers().iter())
        .map(|s| vec![u32::MAX; s.max_doc() as usize].into())
        .collect();
    for (i, a) in addresses.iter().enumerate() {
        positions[a.segment_ord as usize][a.doc_id as usize] = i as u32;
    }
    positions
}

/// The briefings of `files` that the rules are yet to tag: those numbered
/// from the payload's `tagged_below` on.
fn untagged(files: &[Indexed], saved: &Saved) -> DocSet {
    let mut untagged = DocSet::empty(files.len());
    for (i, f) in files.iter().enumerate() {
        if f.number >= saved.tagged_below {
            untagged.insert(DocId::from_index(i));
        }
    }
    untagged
}

/// A live document: its segment, its number there and its date.
type Dated = (u32, u32, Option<chrono::NaiveDate>);

/// The live documents of every segment, with how many there are; only the
/// `newest` of them if given, with those of the same date as the last.
fn dated(
    searcher: &Searcher,
    segments: &[Columns],
    newest: Option<usize>,
) -> io::Result<(Vec<Dated>, usize)> {
    let mut dated = Vec::new();
    for (s, (segment, c)) in searcher.segment_readers().iter().zip(segments).enumerate() {
        if c.file.num_docs() != segment.max_doc() {
            return Err(io::Error::other("a segment's document count is wrong"));
        }
        let alive = segment.alive_bitset();
        for doc in (0..segment.max_doc()).filter(|&d| alive.is_none_or(|a| a.is_alive(d))) {
            dated.push((s as u32, doc, c.date(doc)));
        }
    }
    let whole = dated.len();
    if let Some(newest) = newest.filter(|&n| n > 0 && n < whole) {
        let by_date = |a: &Dated, b: &Dated| newest_first((a.2, ""), (b.2, ""));
        let last = *dated.select_nth_unstable_by(newest - 1, by_date).1;
        dated.retain(|d| by_date(d, &last).is_le());
    }
    Ok((dated, whole))
}

/// The `dated` documents newest first, only the `newest` if given; their
/// segments' terms read.
fn rows(segments: &[Columns], dated: Vec<Dated>, newest: Option<usize>) -> Vec<Row<'_>> {
    let mut rows: Vec<Row> = (dated.into_iter())
        .map(|(segment, doc, date)| Row {
            segment,
            doc,
            date,
            id: segments[segment as usize].id(doc),
        })
        .collect();
    rows.sort_unstable_by(|a, b| newest_first((a.date, a.id), (b.date, b.id)));
    if let Some(newest) = newest {
        rows.truncate(newest);
    }
    rows
}

/// Each row's file and length, and the field indexes but for the rules' tags.
fn gather(segments: &[Columns], rows: &[Row]) -> io::Result<(Vec<Indexed>, Vec<u32>, Gathering)> {
    let mut files = Vec::with_capacity(rows.len());
    let mut lengths = Vec::with_capacity(rows.len());
    let bytes = segments.iter().map(Columns::path_bytes).sum();
    let mut fields = Gathering::with_capacity(rows.len(), bytes);
    // Per segment, the briefings of each of its sources and tags.
    let lists = |n: usize| vec![Vec::new(); n];
    let mut sourced: Vec<Vec<Vec<DocId>>> =
        segments.iter().map(|c| lists(c.sources.len())).collect();
    let mut tagged: Vec<Vec<Vec<DocId>>> =
        segments.iter().map(|c| lists(c.tag_names.len())).collect();
    for (i, row) in rows.iter().enumerate() {
        let (s, d) = (row.segment as usize, row.doc);
        let c = &segments[s];
        let id = DocId::from_index(i);
        let number = (c.file.first(d)).ok_or_else(|| io::Error::other("a document has no file"))?;
        files.push(Indexed {
            number,
            stat: c.stat(d),
        });
        lengths.push(c.length(d));
        let flags = c.flags(d);
        let facts = Facts {
            id: row.id,
            path: c.path(d),
            date: row.date,
            source: None,
            priority: columns::priority(flags),
            quotes: flags & columns::QUOTES != 0,
            url: flags & columns::URL != 0,
            summary: flags & columns::SUMMARY != 0,
            problems: columns::problems(flags),
        };
        fields.add(id, facts);
        if let Some(source) = c.source(d) {
            sourced[s][source].push(id);
        }
        c.tags(d).for_each(|t| tagged[s][t].push(id));
    }
    for (c, (sourced, tagged)) in segments.iter().zip(sourced.iter().zip(&tagged)) {
        for (name, docs) in c.sources.iter().zip(sourced) {
            fields.source(name, docs);
        }
        for (tag, docs) in c.tag_names.iter().zip(tagged) {
            fields.tag_all(tag, docs);
        }
    }
    Ok((files, lengths, fields))
}

/// The tags the rules gave the files the payload names, by position.
fn known_rule_tags(
    saved: &Saved,
    position: impl Fn(&u64) -> Option<DocId>,
) -> Vec<(String, Vec<DocId>)> {
    (saved.rule_tags.iter())
        .map(|(tag, numbers)| {
            let known = numbers.iter().filter(|&&n| n < saved.tagged_below);
            (tag.clone(), known.filter_map(&position).collect())
        })
        .collect()
}

/// The tags the rules gave, `ruled`, with those `rules` give the
/// `untagged` briefings now.
fn tag_untagged(
    mut ruled: Vec<(String, Vec<DocId>)>,
    rules: &[TagRule],
    text: &TextIndex,
    untagged: &DocSet,
) -> Vec<(String, Vec<DocId>)> {
    let count = untagged.count();
    if count > 0 {
        let among = (count < text.docs()).then_some(untagged);
        let wanted = |i: usize| untagged.contains(DocId::from_index(i));
        for (doc, tag) in rule_hits(rules, text, among, wanted) {
            let at = match ruled.iter().position(|(t, _)| t == tag) {
                Some(at) => at,
                None => {
                    ruled.push((tag.to_owned(), Vec::new()));
                    ruled.len() - 1
                }
            };
            ruled[at].1.push(DocId::from_index(doc));
        }
    }
    for (_, docs) in &mut ruled {
        docs.sort_unstable();
        docs.dedup();
    }
    ruled.retain(|(_, docs)| !docs.is_empty());
    ruled.sort_by(|a, b| a.0.cmp(&b.0));
    ruled
}

/// The rules' tags among `fields`' tags.
fn add_rule_tags(fields: &mut Fields, rule_tags: &[(String, Vec<DocId>)]) {
    for (tag, docs) in rule_tags {
        union(fields.tags.entry(tag.clone()).or_default(), docs);
    }
}

/// The problems now of the files whose last good version is kept, by
/// position, counted in `fields`.
fn kept_problems(
    saved: &Saved,
    fields: &mut Fields,
    position: impl Fn(&u64) -> Option<DocId>,
) -> FxHashMap<u32, Vec<Diagnostic>> {
    let mut kept = FxHashMap::default();
    for (number, problems) in &saved.kept {
        if let Some(id) = position(number) {
            let path = fields.path_of.path(id.index()).to_path_buf();
            let list: Vec<Diagnostic> = problems.iter().map(|p| p.diagnostic(&path)).collect();
            fields.set_problems(id, list.len() as u32);
            kept.insert(id.0, list);
        }
    }
    kept
}

/// Who is quoted where in the index of `text`, read from its fast fields:
/// each segment's speaker terms are placed among the entries once, so a
/// document's quotes cost no lookup by name.
pub fn speakers(text: &TextIndex) -> Vec<SpeakerEntry> {
    let mut entries: Vec<SpeakerEntry> = Vec::new();
    let mut by_folded: FxHashMap<String, u32> = FxHashMap::default();
    for (segment, positions) in text.segments() {
        let Ok(Some(column)) = segment.fast_fields().str(super::schema::SPEAKERS) else {
            continue;
        };
        let Ok(names) = columns::texts(Some(&column)) else {
            continue;
        };
        let mut places = Vec::with_capacity(names.len());
        for name in names {
            let folded = words::fold(&name).into_owned();
            let place = *by_folded.entry(folded.clone()).or_insert_with(|| {
                entries.push(SpeakerEntry {
                    folded,
                    name: name.clone(),
                    docs: Vec::new(),
                    joins: None,
                });
                entries.len() as u32 - 1
            });
            let entry = &mut entries[place as usize];
            if name < entry.name {
                entry.name = name;
            }
            places.push(place);
        }
        let mut said: Vec<u32> = Vec::new();
        for (doc, &position) in positions.iter().enumerate() {
            if position == u32::MAX {
                continue;
            }
            said.clear();
            let ords = column.term_ords(doc as u32);
            said.extend(ords.filter_map(|o| places.get(o as usize).copied()));
            said.sort_unstable();
            for run in said.chunk_by(|a, b| a == b) {
                entries[run[0] as usize]
                    .docs
                    .push((DocId(position), run.len() as u32));
            }
        }
    }
    entries.retain(|e| !e.docs.is_empty());
    entries.sort_unstable_by(|a, b| a.folded.cmp(&b.folded));
    for e in &mut entries {
        e.docs.sort_unstable();
    }
    super::fields::speakers::grouped(entries)
}
