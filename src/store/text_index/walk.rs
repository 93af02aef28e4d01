//! Walking a segment's terms and postings, for any field of the index:
//! the text field's words, and the quotes' words and speakers.

use std::ops::ControlFlow;

use tantivy::postings::{Postings, SegmentPostings, TermInfo};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::termdict::TermDictionary;
use tantivy::{DocSet as _, TERMINATED};

use super::{NONE, TextIndex};
use crate::store::DocId;

impl TextIndex {
    /// Calls `visit` with each segment's dictionary of the text field
    /// until it breaks.
    pub(super) fn each_segment(
        &self,
        visit: impl FnMut(usize, &TermDictionary) -> ControlFlow<()>,
    ) {
        self.each_segment_of(self.field, visit);
    }

    /// The same for `field`'s dictionary.
    fn each_segment_of(
        &self,
        field: Field,
        mut visit: impl FnMut(usize, &TermDictionary) -> ControlFlow<()>,
    ) {
        for (ord, segment) in self.searcher.segment_readers().iter().enumerate() {
            let Ok(inverted) = segment.inverted_index(field) else {
                continue;
            };
            if visit(ord, inverted.terms()).is_break() {
                return;
            }
        }
    }

    /// Each briefing with a term of the text field in segment `ord` (found
    /// by `info`), with how often the term occurs in it.
    pub(super) fn postings(&self, ord: usize, info: &TermInfo, mut visit: impl FnMut(DocId, u32)) {
        let option = IndexRecordOption::WithFreqs;
        self.postings_of(self.field, ord, info, option, |doc, p| {
            visit(doc, p.term_freq())
        });
    }

    /// Each briefing with a term of `field` in segment `ord`, with the
    /// term's postings there, read as `option` says.
    pub(super) fn postings_of(
        &self,
        field: Field,
        ord: usize,
        info: &TermInfo,
        option: IndexRecordOption,
        mut visit: impl FnMut(DocId, &mut SegmentPostings),
    ) {
        let segment = &self.searcher.segment_readers()[ord];
        let Ok(inverted) = segment.inverted_index(field) else {
            return;
        };
        let Ok(mut postings) = inverted.read_postings_from_terminfo(info, option) else {
            return;
        };
        let docs = &self.docs_of[ord];
        let mut doc = postings.doc();
        while doc != TERMINATED {
            let id = docs.get(doc as usize).copied().unwrap_or(NONE);
            if id != NONE {
                visit(DocId(id), &mut postings);
            }
            doc = postings.advance();
        }
    }

    /// Each term of each segment's text field from `start` on while `more`
    /// holds for it.
    pub(super) fn terms_from(
        &self,
        start: &[u8],
        more: impl Fn(&[u8]) -> bool,
        visit: impl FnMut(usize, &[u8], &TermInfo),
    ) {
        self.terms_of(self.field, start, more, visit);
    }

    /// The same for `field`'s terms.
    pub(super) fn terms_of(
        &self,
        field: Field,
        start: &[u8],
        more: impl Fn(&[u8]) -> bool,
        mut visit: impl FnMut(usize, &[u8], &TermInfo),
    ) {
        self.each_segment_of(field, |ord, dict| {
            if let Ok(mut stream) = dict.range().ge(start).into_stream() {
                while stream.advance() && more(stream.key()) {
                    visit(ord, stream.key(), stream.value());
                }
            }
            ControlFlow::Continue(())
        });
    }
}
