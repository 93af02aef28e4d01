//! One segment of the full-text index: a sorted term dictionary with each
//! term's document count and postings. Built in memory by the indexer, or
//! read in place from the cache file.

use std::io::{self, Write};
use std::ops::Range;

use super::cache::wire::{Reader, Writer, u32_at, u64_at};
use crate::model::SharedBytes;

pub struct Segment(Repr);

enum Repr {
    Built {
        term_text: String,
        /// End of term `i` in `term_text`; term `i` starts where `i - 1` ends.
        term_ends: Vec<u32>,
        doc_freq: Vec<u32>,
        postings: Vec<Box<[u8]>>,
    },
    /// The same arrays, little-endian, inside a shared buffer; postings are
    /// stored back to back with their ends as `u64`s.
    Shared {
        bytes: SharedBytes,
        terms: usize,
        term_text: Range<usize>,
        term_ends: usize,
        doc_freq: usize,
        posting_ends: usize,
        postings: Range<usize>,
    },
}

impl Segment {
    pub fn built(
        term_text: String,
        term_ends: Vec<u32>,
        doc_freq: Vec<u32>,
        postings: Vec<Box<[u8]>>,
    ) -> Segment {
        Segment(Repr::Built {
            term_text,
            term_ends,
            doc_freq,
            postings,
        })
    }

    pub fn term_count(&self) -> usize {
        match &self.0 {
            Repr::Built { term_ends, .. } => term_ends.len(),
            Repr::Shared { terms, .. } => *terms,
        }
    }

    pub fn term(&self, i: usize) -> &str {
        match &self.0 {
            Repr::Built {
                term_text,
                term_ends,
                ..
            } => &term_text[built_span(term_ends, i)],
            Repr::Shared { .. } => std::str::from_utf8(self.term_bytes(i)).unwrap_or(""),
        }
    }

    /// Term `i` unchecked for UTF-8, for scans over the whole dictionary.
    pub fn term_bytes(&self, i: usize) -> &[u8] {
        match &self.0 {
            Repr::Built {
                term_text,
                term_ends,
                ..
            } => &term_text.as_bytes()[built_span(term_ends, i)],
            Repr::Shared {
                bytes,
                term_text,
                term_ends,
                ..
            } => {
                let buf = (**bytes).as_ref();
                let end = |k| u32_at(buf, *term_ends, k).map(|n| n as usize);
                entry(buf, term_text, end, i)
            }
        }
    }

    pub fn doc_freq(&self, i: usize) -> u32 {
        match &self.0 {
            Repr::Built { doc_freq, .. } => doc_freq[i],
            Repr::Shared {
                bytes, doc_freq, ..
            } => u32_at((**bytes).as_ref(), *doc_freq, i).unwrap_or(0),
        }
    }

    pub fn postings(&self, i: usize) -> &[u8] {
        match &self.0 {
            Repr::Built { postings, .. } => &postings[i],
            Repr::Shared {
                bytes,
                posting_ends,
                postings,
                ..
            } => {
                let buf = (**bytes).as_ref();
                let end = |k| u64_at(buf, *posting_ends, k).map(|n| n as usize);
                entry(buf, postings, end, i)
            }
        }
    }

    pub fn write<W: Write>(&self, w: &mut Writer<W>) -> io::Result<()> {
        let terms = self.term_count();
        w.len(terms)?;
        let text_len: usize = (0..terms).map(|i| self.term(i).len()).sum();
        w.len(text_len)?;
        for i in 0..terms {
            w.bytes(self.term(i).as_bytes())?;
        }
        let mut end = 0;
        for i in 0..terms {
            end += self.term(i).len();
            w.len(end)?;
        }
        for i in 0..terms {
            w.u32(self.doc_freq(i))?;
        }
        let mut end = 0u64;
        for i in 0..terms {
            end += self.postings(i).len() as u64;
            w.u64(end)?;
        }
        w.u64(end)?;
        (0..terms).try_for_each(|i| w.bytes(self.postings(i)))
    }

    /// Reads a segment written by `write`, referring to `bytes` in place.
    pub fn read(r: &mut Reader, bytes: &SharedBytes) -> Option<Segment> {
        let terms = r.count(16)?;
        let text_len = r.u32()? as usize;
        let term_text = r.skip(text_len)?;
        let term_ends = r.skip(terms.checked_mul(4)?)?.start;
        let doc_freq = r.skip(terms.checked_mul(4)?)?.start;
        let posting_ends = r.skip(terms.checked_mul(8)?)?.start;
        let postings_len = usize::try_from(r.u64()?).ok()?;
        let postings = r.skip(postings_len)?;
        Some(Segment(Repr::Shared {
            bytes: bytes.clone(),
            terms,
            term_text,
            term_ends,
            doc_freq,
            posting_ends,
            postings,
        }))
    }
}

/// Where term `i` of a built segment lies in its text.
fn built_span(term_ends: &[u32], i: usize) -> Range<usize> {
    let start = if i == 0 { 0 } else { term_ends[i - 1] as usize };
    start..term_ends[i] as usize
}

/// Entry `i` of `region`, whose entries lie back to back and end where
/// `end` says; empty if the cache file disagrees with itself.
fn entry<'a>(
    buf: &'a [u8],
    region: &Range<usize>,
    end: impl Fn(usize) -> Option<usize>,
    i: usize,
) -> &'a [u8] {
    let start = if i == 0 { Some(0) } else { end(i - 1) };
    let span = start.zip(end(i)).and_then(|(start, end)| {
        let (start, end) = (
            region.start.checked_add(start)?,
            region.start.checked_add(end)?,
        );
        (start <= end && end <= region.end).then_some(start..end)
    });
    span.and_then(|span| buf.get(span)).unwrap_or(&[])
}

impl std::fmt::Debug for Segment {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Segment({} terms)", self.term_count())
    }
}
