//! The full-text index: a tantivy searcher over every briefing's title,
//! summary and body (see `schema`), answering in the store's positions. Each
//! tantivy document carries its file's number; a table per segment, made
//! once when the store is put together, turns a segment's documents into
//! `DocId`s, and leaves out documents of files the store does not hold
//! (deleted, or replaced by a newer version not yet merged away).

mod fuzzy;
mod quotes;
pub mod schema;
mod tokens;
mod walk;

use std::io;
use std::ops::ControlFlow;
use std::sync::Arc;

use rustc_hash::FxHashMap;

use tantivy::query::{EnableScoring, PhraseQuery, Query, TermQuery};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::{Searcher, Term};

pub use fuzzy::{MAX_DISTANCE, within};

use super::DocId;
use super::docset::DocSet;

/// No briefing of this store.
const NONE: u32 = u32::MAX;

pub struct TextIndex {
    searcher: Searcher,
    field: Field,
    quoted: Field,
    said: Field,
    /// Per segment, each tantivy document's `DocId`, or `NONE`.
    docs_of: Arc<[Box<[u32]>]>,
    /// Words indexed in each briefing (title, summary and body).
    lengths: Vec<u32>,
    average_length: f32,
    /// Whether every briefing has exactly one tantivy document.
    whole: bool,
}

impl TextIndex {
    /// The index of `searcher`'s documents whose file numbers `doc_of`
    /// gives a position; `lengths` are by position.
    pub(crate) fn new(
        searcher: Searcher,
        doc_of: &FxHashMap<u64, u32>,
        lengths: Vec<u32>,
    ) -> io::Result<Self> {
        let mut docs_of = Vec::with_capacity(searcher.segment_readers().len());
        for segment in searcher.segment_readers() {
            let numbers = segment
                .fast_fields()
                .u64(schema::FILE)
                .map_err(io::Error::other)?;
            // meta.json, which has no checksum, says how many documents
            // a segment has; the column, which has one, must agree.
            if numbers.num_docs() != segment.max_doc() {
                return Err(io::Error::other("a segment's document count is wrong"));
            }
            let alive = segment.alive_bitset();
            let docs: Box<[u32]> = (0..segment.max_doc())
                .map(|d| {
                    let deleted = alive.is_some_and(|a| a.is_deleted(d));
                    numbers
                        .first(d)
                        .filter(|_| !deleted)
                        .and_then(|n| doc_of.get(&n).copied())
                        .unwrap_or(NONE)
                })
                .collect();
            docs_of.push(docs);
        }
        TextIndex::at_positions(searcher, docs_of, lengths)
    }

    /// The index of `searcher`'s documents at the positions `docs_of` gives
    /// each, per segment (`u32::MAX` for none); `lengths` are by position.
    pub(crate) fn at_positions(
        searcher: Searcher,
        docs_of: Vec<Box<[u32]>>,
        lengths: Vec<u32>,
    ) -> io::Result<Self> {
        let field = |name| searcher.schema().get_field(name).map_err(io::Error::other);
        let (field, quoted, said) = (
            field(schema::TEXT)?,
            field(schema::QUOTED)?,
            field(schema::SAID)?,
        );
        let mut seen = DocSet::empty(lengths.len());
        let mut whole = true;
        for &d in docs_of.iter().flat_map(|docs| docs.iter()) {
            if d != NONE {
                whole &= (d as usize) < lengths.len() && !seen.contains(DocId(d));
                seen.insert(DocId(d));
            }
        }
        whole &= seen.count() == lengths.len();
        let total: u64 = lengths.iter().map(|&n| u64::from(n)).sum();
        let average_length = (total as f64 / lengths.len().max(1) as f64) as f32;
        Ok(TextIndex {
            searcher,
            field,
            quoted,
            said,
            docs_of: docs_of.into(),
            lengths,
            average_length,
            whole,
        })
    }

    /// Whether the index holds each briefing of the store once: a catalog
    /// and an index that do not agree are not used.
    pub(crate) fn holds_each_once(&self) -> bool {
        self.whole
    }

    /// Each segment with each of its documents' positions (`u32::MAX`
    /// for none).
    pub(crate) fn segments(&self) -> impl Iterator<Item = (&tantivy::SegmentReader, &[u32])> {
        let readers = self.searcher.segment_readers().iter();
        readers.zip(self.docs_of.iter().map(|d| &d[..]))
    }

    /// How many documents are indexed.
    pub fn docs(&self) -> usize {
        self.lengths.len()
    }

    /// Words indexed in `doc`.
    pub fn length(&self, doc: DocId) -> u32 {
        self.lengths.get(doc.index()).copied().unwrap_or(0)
    }

    pub fn average_length(&self) -> f32 {
        self.average_length
    }

    /// How often each word starting with `prefix` (only `prefix` itself
    /// unless `expand`) occurs in each document with it; a document comes
    /// once per word it has.
    pub fn frequencies(&self, prefix: &str, expand: bool) -> Vec<(DocId, u32)> {
        let mut found = Vec::new();
        let prefix = prefix.as_bytes();
        let mut infos = Vec::new();
        self.terms_from(
            prefix,
            |t| {
                if expand {
                    t.starts_with(prefix)
                } else {
                    t == prefix
                }
            },
            |ord, _, info| infos.push((ord, info.clone())),
        );
        for (ord, info) in infos {
            self.postings(ord, &info, |doc, n| found.push((doc, n)));
        }
        found
    }

    /// Documents with any word that starts with `prefix`.
    pub fn prefix_docs(&self, prefix: &str) -> DocSet {
        let mut set = DocSet::empty(self.docs());
        for (doc, _) in self.frequencies(prefix, true) {
            set.insert(doc);
        }
        set
    }

    /// Documents where `words` stand next to each other, in order.
    pub fn phrase_docs(&self, words: &[impl AsRef<str>]) -> DocSet {
        self.phrase_docs_among(words, None)
    }

    /// The same, among the documents `among` only: segments that hold none
    /// of them are not searched, so that tagging a day's few files does not
    /// walk the postings of the whole archive.
    pub fn phrase_docs_among(&self, words: &[impl AsRef<str>], among: Option<&DocSet>) -> DocSet {
        let mut set = DocSet::empty(self.docs());
        let mut terms: Vec<Term> = (words.iter())
            .map(|w| Term::from_field_text(self.field, w.as_ref()))
            .collect();
        let query: Box<dyn Query> = match terms.len() {
            0 => return set,
            1 => Box::new(TermQuery::new(terms.remove(0), IndexRecordOption::Basic)),
            _ => Box::new(PhraseQuery::new(terms)),
        };
        let Ok(weight) = query.weight(EnableScoring::disabled_from_searcher(&self.searcher)) else {
            return set;
        };
        // Deleted documents, and those of files the store does not hold,
        // have no position.
        let wanted = |p: u32| p != NONE && among.is_none_or(|a| a.contains(DocId(p)));
        for (segment, docs) in self
            .searcher
            .segment_readers()
            .iter()
            .zip(self.docs_of.iter())
        {
            if !docs.iter().any(|&p| wanted(p)) {
                continue;
            }
            let _ = weight.for_each_no_score(segment, &mut |found| {
                for &d in found {
                    match docs.get(d as usize) {
                        Some(&p) if wanted(p) => set.insert(DocId(p)),
                        _ => {}
                    }
                }
            });
        }
        set
    }

    /// Whether any indexed word starts with `prefix`.
    pub fn has_prefix(&self, prefix: &str) -> bool {
        self.has_term(prefix.as_bytes(), |t| t.starts_with(prefix.as_bytes()))
    }

    /// Whether `word` is indexed, whole.
    pub fn has_word(&self, word: &str) -> bool {
        self.has_term(word.as_bytes(), |t| t == word.as_bytes())
    }

    fn has_term(&self, start: &[u8], fits: impl Fn(&[u8]) -> bool) -> bool {
        let mut found = false;
        self.each_segment(|ord, dict| {
            let Ok(mut stream) = dict.range().ge(start).into_stream() else {
                return ControlFlow::Continue(());
            };
            while stream.advance() && fits(stream.key()) {
                let mut any = false;
                self.postings(ord, &stream.value().clone(), |_, _| any = true);
                if any {
                    found = true;
                    return ControlFlow::Break(());
                }
            }
            ControlFlow::Continue(())
        });
        found
    }
}
