//! Quotes in the index, one by one. The words of every quote of a briefing
//! go into one field, each at a position whose high bits are the quote's
//! place among the briefing's quotes and whose low bits are the word's
//! place in the quote; who said each quote goes into another, their folded
//! name one token at the quote's place. A posting's positions thus say
//! which quotes have a word, without reading a quote's text, and a phrase
//! never runs from one quote into the next.

use tantivy::TantivyDocument;
use tantivy::postings::{Postings, SegmentPostings};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::{DocSet as _, TERMINATED, Term};

use super::tokens::{MAX_QUOTES, SEPARATOR, WORD_BITS, push_clean};
use super::{NONE, TextIndex};
use crate::model::Briefing;
use crate::store::fields::speakers::is_named;
use crate::store::{DocId, QuoteSet};

/// Adds `b`'s quotes to `doc`: their words to `words_field`, their
/// speakers to `said_field`.
pub(super) fn add(doc: &mut TantivyDocument, words_field: Field, said_field: Field, b: &Briefing) {
    if b.quotes.is_empty() {
        return;
    }
    let mut spoken = String::new();
    let mut said = String::new();
    let mut named = false;
    for (place, q) in b.quotes.iter().enumerate().take(MAX_QUOTES) {
        if place > 0 {
            spoken.push(SEPARATOR);
            said.push(SEPARATOR);
        }
        push_clean(&mut spoken, &b.quote_text(q));
        if let Some(s) = q.speaker.as_ref().filter(|s| is_named(s)) {
            push_clean(&mut said, s.person());
            named = true;
        }
    }
    doc.add_text(words_field, &spoken);
    if named {
        doc.add_text(said_field, &said);
    }
}

/// Whether `postings` has `doc`, moving on to it if it is further on.
fn reach(postings: &mut SegmentPostings, doc: u32) -> bool {
    let at = match postings.doc() < doc {
        true => postings.seek(doc),
        false => postings.doc(),
    };
    at == doc
}

impl TextIndex {
    /// Quotes with a word starting with the folded `prefix`.
    pub fn quote_prefix(&self, prefix: &str) -> QuoteSet {
        let prefix = prefix.as_bytes();
        let mut found = Vec::new();
        let words = |t: &[u8]| t.starts_with(prefix);
        self.quote_places(self.quoted, prefix, words, |_, doc, at| {
            found.push((doc, at >> WORD_BITS))
        });
        QuoteSet::new(found)
    }

    /// Quotes where the folded `words` stand next to each other, in order.
    pub fn quote_phrase(&self, phrase: &[String]) -> QuoteSet {
        let mut found = Vec::new();
        for (ord, segment) in self.searcher.segment_readers().iter().enumerate() {
            let Ok(inverted) = segment.inverted_index(self.quoted) else {
                continue;
            };
            let mut lists = Vec::with_capacity(phrase.len());
            for w in phrase {
                let term = Term::from_field_text(self.quoted, w);
                match inverted.read_postings(&term, IndexRecordOption::WithFreqsAndPositions) {
                    Ok(Some(p)) => lists.push(p),
                    _ => break,
                }
            }
            if lists.len() != phrase.len() || lists.is_empty() {
                continue;
            }
            let docs = &self.docs_of[ord];
            let mut at: Vec<Vec<u32>> = vec![Vec::new(); lists.len()];
            let mut doc = lists[0].doc();
            while doc != TERMINATED {
                let all = lists[1..].iter_mut().all(|p| reach(p, doc));
                let id = docs.get(doc as usize).copied().unwrap_or(NONE);
                if all && id != NONE {
                    for (p, out) in lists.iter_mut().zip(at.iter_mut()) {
                        p.positions(out);
                    }
                    for &start in &at[0] {
                        let next = |(i, list): (usize, &Vec<u32>)| {
                            list.binary_search(&(start + i as u32)).is_ok()
                        };
                        if at.iter().enumerate().skip(1).all(next) {
                            found.push((DocId(id), start >> WORD_BITS));
                        }
                    }
                }
                doc = lists[0].advance();
            }
        }
        QuoteSet::new(found)
    }

    /// Quotes said by one of the speakers folded as `names`.
    pub fn quotes_said_by(&self, names: &[&str]) -> QuoteSet {
        let mut found = Vec::new();
        for name in names {
            let name = name.as_bytes();
            self.quote_places(
                self.said,
                name,
                |t| t == name,
                |_, doc, at| found.push((doc, at)),
            );
        }
        QuoteSet::new(found)
    }

    /// Who said each quote of `quotes` that names a speaker: their folded
    /// name and the briefing, by briefing.
    pub fn speakers_of(&self, quotes: &QuoteSet) -> Vec<(String, DocId)> {
        let mut found = Vec::new();
        self.quote_places(
            self.said,
            b"",
            |_| true,
            |name, doc, at| {
                if quotes.contains(doc, at) {
                    found.push((String::from_utf8_lossy(name).into_owned(), doc));
                }
            },
        );
        found.sort_unstable_by_key(|&(_, doc)| doc);
        found
    }

    /// Calls `visit` with each position of each term of `field` from
    /// `start` on while `more` holds for it: the term, the briefing and
    /// the position.
    fn quote_places(
        &self,
        field: Field,
        start: &[u8],
        more: impl Fn(&[u8]) -> bool,
        mut visit: impl FnMut(&[u8], DocId, u32),
    ) {
        let mut terms = Vec::new();
        self.terms_of(field, start, more, |ord, term, info| {
            terms.push((ord, term.to_vec(), info.clone()))
        });
        let mut positions = Vec::new();
        let option = IndexRecordOption::WithFreqsAndPositions;
        for (ord, term, info) in terms {
            self.postings_of(field, ord, &info, option, |doc, p| {
                p.positions(&mut positions);
                positions.iter().for_each(|&at| visit(&term, doc, at));
            });
        }
    }
}
