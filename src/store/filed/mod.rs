//! A store put together from the index on disk alone: its fast fields give
//! every briefing's place, file and fields, the commit's payload (`Saved`)
//! what the rules tagged and the files skipped; heads are decoded from the
//! stored field only when asked for (`Filed`).

/// The index's layout; a cache folder's name depends on it, so a brief of
/// another layout never opens it.
pub const FORMAT: u32 = 13;

pub mod columns;
pub mod head;
mod saved;

use std::io;
use std::sync::OnceLock;
use std::time::Instant;

use rustc_hash::FxHashMap;
use tantivy::{DocAddress, Searcher, TantivyDocument};

pub use saved::{Saved, SkippedFile, rule_files, saved_rule_files};

use super::fields::{Facts, Gathering, SpeakerEntry};
use super::together::{doc_of, newest_first, rule_hits};
use super::{DocId, DocSet, Indexed, Parts, Store, TextIndex, Timings, briefings::Briefings};
use crate::load::TagRule;
use crate::model::{Briefing, Diagnostic, TagOrigin};
use crate::text::words;
use columns::Columns;
use head::Known;

/// The heads of a store from the index, decoded when first asked for.
pub struct Filed {
    searcher: Searcher,
    /// Each position's document.
    addresses: Vec<DocAddress>,
    /// What the rules tagged, by position.
    rule_tags: Vec<(String, Vec<DocId>)>,
    /// The problems of files whose last good version is kept, by position.
    kept: FxHashMap<u32, Vec<Diagnostic>>,
    heads: Box<[OnceLock<Box<Briefing>>]>,
}

impl Filed {
    pub fn head(&self, i: usize, fields: &super::fields::Fields) -> &Briefing {
        self.heads[i].get_or_init(|| Box::new(self.decode(i, fields)))
    }

    pub fn head_copy(&self, i: usize, fields: &super::fields::Fields) -> Briefing {
        match self.heads[i].get() {
            Some(head) => (**head).clone(),
            None => self.decode(i, fields),
        }
    }

    pub fn count(&self) -> usize {
        self.heads.len()
    }

    fn decode(&self, i: usize, fields: &super::fields::Fields) -> Briefing {
        let doc: Option<TantivyDocument> = self.searcher.doc(self.addresses[i]).ok();
        let head_field = self.searcher.schema().get_field(super::schema::HEAD).ok();
        let bytes = doc.as_ref().zip(head_field).and_then(|(d, f)| {
            use tantivy::schema::document::Value;
            d.get_first(f)
                .and_then(|v| v.as_bytes())
                .map(<[u8]>::to_vec)
        });
        let id = DocId::from_index(i);
        let source = fields.source_rank[i];
        let known = Known {
            id: fields.id_of.str(i),
            path: fields.path_of.path(i),
            date: fields.dates[i],
            source: fields.sources.get(source as usize).map(|s| s.name.as_str()),
            priority: (0..3)
                .find(|&p| fields.by_priority[p].binary_search(&id).is_ok())
                .map_or_else(Default::default, |p| crate::model::Priority::ALL[p]),
        };
        let Some(mut b) = bytes.and_then(|bytes| head::decode(&bytes, known)) else {
            return super::briefings::damaged(i);
        };
        for (tag, docs) in &self.rule_tags {
            if docs.binary_search(&id).is_ok() {
                b.add_tag(tag, TagOrigin::Rule);
            }
        }
        if let Some(problems) = self.kept.get(&(i as u32)) {
            b.diagnostics = problems.clone();
        }
        b
    }

    /// The problems of the files whose last good version is kept.
    pub fn kept(&self) -> impl Iterator<Item = (DocId, &[Diagnostic])> {
        self.kept.iter().map(|(&p, d)| (DocId(p), d.as_slice()))
    }

    pub fn rule_tags(&self) -> &[(String, Vec<DocId>)] {
        &self.rule_tags
    }
}

/// A live document of the index, with what orders the store.
struct Row<'a> {
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
        let started = Instant::now();
        let segments = (searcher.segment_readers().iter())
            .map(Columns::of)
            .collect::<io::Result<Vec<_>>>()?;
        let mut rows = Vec::new();
        for (s, segment) in searcher.segment_readers().iter().enumerate() {
            if segments[s].file.num_docs() != segment.max_doc() {
                return Err(io::Error::other("a segment's document count is wrong"));
            }
            let alive = segment.alive_bitset();
            let c = &segments[s];
            for doc in (0..segment.max_doc()).filter(|&d| alive.is_none_or(|a| a.is_alive(d))) {
                rows.push(Row {
                    segment: s as u32,
                    doc,
                    date: c.date(doc),
                    id: c.id(doc),
                });
            }
        }
        let of = |r: &Row| (&segments[r.segment as usize], r.doc);
        rows.sort_unstable_by(|a, b| newest_first((a.date, a.id), (b.date, b.id)));
        let mut files = Vec::with_capacity(rows.len());
        let mut lengths = Vec::with_capacity(rows.len());
        let mut fields = Gathering::default();
        for (i, row) in rows.iter().enumerate() {
            let (c, d) = of(row);
            let id = DocId::from_index(i);
            let number = c
                .file
                .first(d)
                .ok_or_else(|| io::Error::other("a document has no file"))?;
            files.push(Indexed {
                number,
                stat: c.stat(d),
            });
            lengths.push(c.length(d));
            let flags = c.flags(d);
            fields.add(
                id,
                Facts {
                    id: row.id,
                    path: c.path(d),
                    date: row.date,
                    source: c.source(d),
                    priority: columns::priority(flags),
                    quotes: flags & columns::QUOTES != 0,
                    url: flags & columns::URL != 0,
                    summary: flags & columns::SUMMARY != 0,
                    problems: columns::problems(flags),
                },
            );
            c.tags(d).for_each(|t| fields.tag(t, id));
        }
        let doc_of = doc_of(&files);
        let text = TextIndex::new(searcher.clone(), &doc_of, lengths)?;
        if !text.holds_each_once() {
            return Err(io::Error::other("the index holds a file twice"));
        }
        let position = |n: &u64| doc_of.get(n).map(|&p| DocId(p));
        let mut kept = FxHashMap::default();
        for (number, problems) in &saved.kept {
            if let Some(id) = position(number) {
                let path = files_path(&fields, id);
                let list: Vec<Diagnostic> = problems.iter().map(|p| p.diagnostic(&path)).collect();
                fields.set_problems(id, list.len() as u32);
                kept.insert(id.0, list);
            }
        }
        let mut tagged: std::collections::BTreeMap<String, Vec<DocId>> = Default::default();
        for (tag, numbers) in &saved.rule_tags {
            let docs = tagged.entry(tag.clone()).or_default();
            docs.extend(
                numbers
                    .iter()
                    .filter(|&&n| n < saved.tagged_below)
                    .filter_map(position),
            );
        }
        let mut untagged = DocSet::empty(files.len());
        for (i, f) in files.iter().enumerate() {
            if f.number >= saved.tagged_below {
                untagged.insert(DocId::from_index(i));
            }
        }
        if untagged.count() > 0 {
            let among = (untagged.count() < files.len()).then_some(&untagged);
            for (doc, tag) in rule_hits(rules, &text, among, |i| {
                untagged.contains(DocId::from_index(i))
            }) {
                tagged
                    .entry(tag.to_owned())
                    .or_default()
                    .push(DocId::from_index(doc));
            }
        }
        let rule_tags: Vec<(String, Vec<DocId>)> = (tagged.into_iter())
            .map(|(tag, mut docs)| {
                docs.sort_unstable();
                docs.dedup();
                docs.iter().for_each(|&d| fields.tag(&tag, d));
                (tag, docs)
            })
            .filter(|(_, docs)| !docs.is_empty())
            .collect();
        let mut fields = fields.finish();
        // Made from the index when first asked for (`speakers`).
        fields.speakers = OnceLock::new();
        let count = files.len();
        let filed = Filed {
            searcher,
            addresses: (rows.iter())
                .map(|r| DocAddress::new(r.segment, r.doc))
                .collect(),
            rule_tags,
            kept,
            heads: (0..count).map(|_| OnceLock::new()).collect(),
        };
        let parts = Parts {
            briefings: Briefings::Filed(filed),
            files,
            walk_order: None,
            text,
            fields,
            skipped: saved.skipped.iter().map(SkippedFile::skipped).collect(),
        };
        let mut store = Store::assemble(parts, diagnostics, timings, started);
        store.untagged = untagged.count();
        Ok(store)
    }
}

fn files_path(fields: &Gathering, id: DocId) -> std::path::PathBuf {
    fields.path(id.index()).to_path_buf()
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
    entries
}
