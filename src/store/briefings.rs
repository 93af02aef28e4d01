//! The store's briefings: parsed ones in memory, or records in the index
//! cache decoded the first time each is asked for, so a start from the cache
//! pays only for the briefings it shows.

use std::sync::OnceLock;

use super::cache::records;
use super::cache::wire::{Reader, u64_at};
use crate::model::{Briefing, Diagnostic, SharedBytes};

pub enum Briefings {
    Parsed(Vec<Briefing>),
    Cached(Cached),
}

pub struct Cached {
    bytes: SharedBytes,
    /// Where the table of (record, body) offsets starts, one pair per briefing.
    offsets: usize,
    decoded: Box<[OnceLock<Box<Briefing>>]>,
}

impl Cached {
    pub fn new(bytes: SharedBytes, offsets: usize, count: usize) -> Cached {
        Cached {
            bytes,
            offsets,
            decoded: (0..count).map(|_| OnceLock::new()).collect(),
        }
    }

    fn decode(&self, i: usize) -> Briefing {
        let buf = (*self.bytes).as_ref();
        let record = |k| u64_at(buf, self.offsets, 2 * i + k).map(|n| n as usize);
        let briefing = record(0).zip(record(1)).and_then(|(at, body)| {
            records::read_briefing(&mut Reader::new(buf, at), &self.bytes, body)
        });
        briefing.map_or_else(|| damaged(i), |(b, _)| b)
    }
}

impl Briefings {
    pub fn len(&self) -> usize {
        match self {
            Briefings::Parsed(v) => v.len(),
            Briefings::Cached(c) => c.decoded.len(),
        }
    }

    pub fn get(&self, i: usize) -> &Briefing {
        match self {
            Briefings::Parsed(v) => &v[i],
            Briefings::Cached(c) => c.decoded[i].get_or_init(|| Box::new(c.decode(i))),
        }
    }
}

/// Stands in for a record the cache cannot give back, saying so.
fn damaged(i: usize) -> Briefing {
    let path = std::path::PathBuf::from("(index cache)");
    let message = "this briefing's record in the index cache is damaged; run brief with --no-cache";
    Briefing {
        id: format!("damaged-{i}"),
        title: "Damaged index cache entry".into(),
        diagnostics: vec![Diagnostic::error(&path, (1, 1), message)],
        path,
        date: None,
        source: None,
        url: None,
        summary: None,
        priority: Default::default(),
        tags: Vec::new(),
        paragraphs: Default::default(),
        quotes: Vec::new(),
        extra: Vec::new(),
        words: 0,
    }
}
