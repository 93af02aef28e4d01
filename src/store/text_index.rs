//! Full-text index in segments, one per indexing thread, each covering a
//! contiguous run of documents: a sorted term dictionary and, per term,
//! postings as varints (`doc delta, position bytes length, position deltas`),
//! the first doc absolute. A term's documents stream without decoding
//! positions, and phrase checks decode positions only for candidates.

use super::DocId;
use super::docset::DocSet;
use super::segment::Segment;
use crate::varint;

#[derive(Debug, Default)]
pub struct TextIndex {
    pub(super) segments: Vec<Segment>,
    /// Words indexed in each document (title, summary and body).
    lengths: Vec<u32>,
    average_length: f32,
}

impl TextIndex {
    pub(super) fn new(segments: Vec<Segment>, lengths: Vec<u32>) -> Self {
        let total: u64 = lengths.iter().map(|&n| u64::from(n)).sum();
        let average_length = (total as f64 / lengths.len().max(1) as f64) as f32;
        TextIndex {
            segments,
            lengths,
            average_length,
        }
    }

    pub(super) fn segments(&self) -> &[Segment] {
        &self.segments
    }

    pub(super) fn lengths(&self) -> &[u32] {
        &self.lengths
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
}

#[derive(Clone)]
pub struct Postings<'a> {
    bytes: &'a [u8],
    at: usize,
    doc: u32,
}

impl<'a> Postings<'a> {
    fn new(bytes: &'a [u8]) -> Self {
        Postings {
            bytes,
            at: 0,
            doc: 0,
        }
    }
}

impl<'a> Iterator for Postings<'a> {
    /// A document and its undecoded positions.
    type Item = (DocId, Positions<'a>);

    fn next(&mut self) -> Option<Self::Item> {
        let first = self.at == 0;
        let delta = varint::read(self.bytes, &mut self.at)?;
        self.doc = if first {
            delta
        } else {
            self.doc.checked_add(delta)?
        };
        let len = varint::read(self.bytes, &mut self.at)? as usize;
        let end = self.at.checked_add(len)?;
        let positions = Positions {
            bytes: self.bytes.get(self.at..end)?,
            at: 0,
            last: 0,
        };
        self.at = end;
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
        let first = self.at == 0;
        let delta = varint::read(self.bytes, &mut self.at)?;
        self.last = if first {
            delta
        } else {
            self.last.wrapping_add(delta)
        };
        Some(self.last)
    }

    /// Counts without decoding: each varint ends in one byte below 0x80.
    fn count(self) -> usize {
        let rest = self.bytes.get(self.at..).unwrap_or(&[]);
        rest.iter().filter(|&&b| b < 0x80).count()
    }
}

impl Segment {
    fn lower_bound(&self, term: &str) -> usize {
        partition(self.term_count(), |i| self.term(i) < term)
    }

    pub(super) fn find(&self, term: &str) -> Option<usize> {
        let i = self.lower_bound(term);
        (i < self.term_count() && self.term(i) == term).then_some(i)
    }

    pub(super) fn prefixed(&self, prefix: &str) -> std::ops::Range<usize> {
        let start = self.lower_bound(prefix);
        let len = self.term_count() - start;
        start..start + partition(len, |k| self.term(start + k).starts_with(prefix))
    }

    pub(super) fn posting_list(&self, i: usize) -> Postings<'_> {
        Postings::new(self.postings(i))
    }
}

impl TextIndex {
    /// Every document with `term`, in order, across segments.
    fn term_postings<'a>(
        &'a self,
        term: &'a str,
    ) -> impl Iterator<Item = (DocId, Positions<'a>)> + Clone + 'a {
        self.segments.iter().flat_map(move |s| {
            s.find(term)
                .map(|i| s.posting_list(i))
                .into_iter()
                .flatten()
        })
    }

    fn doc_freq(&self, term: &str) -> u32 {
        self.segments
            .iter()
            .filter_map(|s| s.find(term).map(|i| s.doc_freq(i)))
            .sum()
    }

    /// How often each word starting with `prefix` (only `prefix` itself
    /// unless `expand`) occurs in each document with it; a document comes
    /// once per word it has.
    pub fn frequencies<'a>(
        &'a self,
        prefix: &'a str,
        expand: bool,
    ) -> impl Iterator<Item = (DocId, u32)> + 'a {
        self.segments.iter().flat_map(move |s| {
            let words = if expand {
                s.prefixed(prefix)
            } else {
                s.find(prefix).map_or(0..0, |i| i..i + 1)
            };
            words.flat_map(move |i| {
                s.posting_list(i)
                    .map(|(doc, positions)| (doc, positions.count() as u32))
            })
        })
    }

    /// Documents with any word that starts with `prefix`.
    pub fn prefix_docs(&self, prefix: &str) -> DocSet {
        let mut set = DocSet::empty(self.docs());
        for segment in &self.segments {
            for t in segment.prefixed(prefix) {
                segment.posting_list(t).for_each(|(doc, _)| set.insert(doc));
            }
        }
        set
    }

    /// Documents where `words` stand next to each other, in order.
    pub fn phrase_docs(&self, words: &[impl AsRef<str>]) -> DocSet {
        let mut set = DocSet::empty(self.docs());
        if words.is_empty() {
            return set;
        }
        let words: Vec<&str> = words.iter().map(AsRef::as_ref).collect();
        if words.len() == 1 {
            self.term_postings(words[0])
                .for_each(|(doc, _)| set.insert(doc));
            return set;
        }
        let mut cursors: Vec<_> = words
            .iter()
            .map(|w| self.term_postings(w).peekable())
            .collect();
        let driver = (0..words.len())
            .min_by_key(|&k| self.doc_freq(words[k]))
            .unwrap_or(0);
        let mut lists: Vec<Vec<u32>> = vec![Vec::new(); words.len()];
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
            .all(|(k, list)| list.binary_search(&p.wrapping_add(k as u32)).is_ok())
    })
}

/// First index in `0..len` where `pred` turns false (it must be monotone).
pub(super) fn partition(len: usize, pred: impl Fn(usize) -> bool) -> usize {
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
