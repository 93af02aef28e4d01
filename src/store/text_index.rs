//! Full-text index: a sorted term dictionary over one compact postings buffer.
//! Per term, postings are `doc delta, position bytes length, position deltas`,
//! all varints, in doc order, so a term's documents stream without decoding
//! positions and phrase checks decode positions only for candidate documents.

use super::DocId;
use super::docset::DocSet;
use super::varint;

#[derive(Debug, Default)]
pub struct TextIndex {
    pub(super) term_text: String,
    /// End of term `i` in `term_text`; term `i` starts where `i - 1` ends.
    pub(super) term_ends: Vec<u32>,
    /// Postings of term `i` are `postings[post_starts[i]..post_starts[i + 1]]`.
    pub(super) post_starts: Vec<usize>,
    pub(super) doc_freq: Vec<u32>,
    pub(super) postings: Vec<u8>,
    pub(super) docs: usize,
}

pub struct Postings<'a> {
    bytes: &'a [u8],
    at: usize,
    doc: u32,
    started: bool,
}

impl<'a> Iterator for Postings<'a> {
    /// A document and its undecoded positions.
    type Item = (DocId, Positions<'a>);

    fn next(&mut self) -> Option<Self::Item> {
        if self.at >= self.bytes.len() {
            return None;
        }
        let delta = varint::read(self.bytes, &mut self.at);
        self.doc = if self.started {
            self.doc + delta
        } else {
            delta
        };
        self.started = true;
        let len = varint::read(self.bytes, &mut self.at) as usize;
        let positions = Positions {
            bytes: &self.bytes[self.at..self.at + len],
            at: 0,
            last: 0,
        };
        self.at += len;
        Some((DocId(self.doc), positions))
    }
}

#[derive(Clone)]
pub struct Positions<'a> {
    bytes: &'a [u8],
    at: usize,
    last: u32,
}

impl Iterator for Positions<'_> {
    type Item = u32;

    fn next(&mut self) -> Option<u32> {
        if self.at >= self.bytes.len() {
            return None;
        }
        let first = self.at == 0;
        let delta = varint::read(self.bytes, &mut self.at);
        self.last = if first { delta } else { self.last + delta };
        Some(self.last)
    }
}

impl TextIndex {
    pub fn term_count(&self) -> usize {
        self.term_ends.len()
    }

    pub fn term(&self, i: usize) -> &str {
        let start = if i == 0 {
            0
        } else {
            self.term_ends[i - 1] as usize
        };
        &self.term_text[start..self.term_ends[i] as usize]
    }

    pub fn find(&self, term: &str) -> Option<usize> {
        let i = self.lower_bound(term);
        (i < self.term_count() && self.term(i) == term).then_some(i)
    }

    /// Term indices of every term that starts with `prefix`.
    pub fn prefixed(&self, prefix: &str) -> std::ops::Range<usize> {
        let start = self.lower_bound(prefix);
        let len = self.term_count() - start;
        let end = start + partition(len, |k| self.term(start + k).starts_with(prefix));
        start..end
    }

    fn lower_bound(&self, term: &str) -> usize {
        partition(self.term_count(), |i| self.term(i) < term)
    }

    pub fn doc_freq(&self, i: usize) -> u32 {
        self.doc_freq[i]
    }

    pub fn postings(&self, i: usize) -> Postings<'_> {
        let bytes = &self.postings[self.post_starts[i]..self.post_starts[i + 1]];
        Postings {
            bytes,
            at: 0,
            doc: 0,
            started: false,
        }
    }

    /// Documents with any word that starts with `prefix`.
    pub fn prefix_docs(&self, prefix: &str) -> DocSet {
        let mut set = DocSet::empty(self.docs);
        for t in self.prefixed(prefix) {
            self.postings(t).for_each(|(doc, _)| set.insert(doc));
        }
        set
    }

    /// Documents where `words` stand next to each other, in order.
    pub fn phrase_docs(&self, words: &[impl AsRef<str>]) -> DocSet {
        let mut set = DocSet::empty(self.docs);
        let Some(terms) = words
            .iter()
            .map(|w| self.find(w.as_ref()))
            .collect::<Option<Vec<_>>>()
        else {
            return set;
        };
        if terms.len() == 1 {
            self.postings(terms[0]).for_each(|(doc, _)| set.insert(doc));
            return set;
        }
        let mut cursors: Vec<_> = terms.iter().map(|&t| self.postings(t).peekable()).collect();
        let driver = (0..terms.len())
            .min_by_key(|&k| self.doc_freq(terms[k]))
            .unwrap_or(0);
        let mut lists: Vec<Vec<u32>> = vec![Vec::new(); terms.len()];
        while let Some(doc) = cursors[driver].peek().map(|(d, _)| *d) {
            let mut everywhere = true;
            for (k, cursor) in cursors.iter_mut().enumerate() {
                while cursor.peek().is_some_and(|(d, _)| *d < doc) {
                    cursor.next();
                }
                match cursor.peek() {
                    Some((d, positions)) if *d == doc => {
                        lists[k].clear();
                        lists[k].extend(positions.clone());
                    }
                    Some(_) => {
                        everywhere = false;
                        break;
                    }
                    None => return set,
                }
            }
            if everywhere && adjacent(&lists) {
                set.insert(doc);
            }
            cursors[driver].next();
        }
        set
    }
}

/// Whether some position `p` of the first list has `p + k` in list `k`.
fn adjacent(lists: &[Vec<u32>]) -> bool {
    lists[0].iter().any(|&p| {
        lists
            .iter()
            .enumerate()
            .skip(1)
            .all(|(k, list)| list.binary_search(&(p + k as u32)).is_ok())
    })
}

/// First index in `0..len` where `pred` turns false (it must be monotone).
fn partition(len: usize, pred: impl Fn(usize) -> bool) -> usize {
    let (mut lo, mut hi) = (0, len);
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        if pred(mid) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    lo
}
