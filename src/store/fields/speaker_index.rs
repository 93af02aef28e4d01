//! The speakers index on disk: front-coded names and LEB128 numbers, read
//! from the catalog only when first asked for, and amended without being
//! read.

use std::collections::BTreeMap;
use std::io::{self, Write};
use std::ops::Range;
use std::sync::{Arc, OnceLock};

use super::super::cache::wire::{Reader, Writer};
use super::speakers::{self, SpeakerEntry};
use super::{GONE, doc};
use crate::model::SharedBytes;
use crate::text::words;
use crate::varint;

/// The speakers index: built, or left in the catalog's bytes until first
/// asked for, so that a start or a reload that needs no speaker decodes
/// none.
#[derive(Default)]
pub struct Speakers {
    raw: Option<Raw>,
    decoded: OnceLock<Vec<SpeakerEntry>>,
}

/// The catalog's speakers section, for a store amended since: where each
/// of the catalog's briefings is now (or `GONE`), and the speakers of the
/// briefings added since, at their places now.
#[derive(Clone)]
struct Raw {
    bytes: SharedBytes,
    range: Range<usize>,
    docs: usize,
    now: Option<Arc<[u32]>>,
    added: Arc<Vec<SpeakerEntry>>,
}

impl Speakers {
    pub fn built(entries: Vec<SpeakerEntry>) -> Speakers {
        Speakers {
            raw: None,
            decoded: OnceLock::from(entries),
        }
    }

    /// In folded order. A section that does not decode (which the
    /// catalog's checksum makes unlikely) reads as no speakers.
    pub fn entries(&self) -> &[SpeakerEntry] {
        self.decoded.get_or_init(|| {
            let Some(raw) = &self.raw else {
                return Vec::new();
            };
            let buf = (*raw.bytes).as_ref();
            let Some(entries) = buf.get(raw.range.clone()).and_then(|s| decode(s, raw.docs)) else {
                return Vec::new();
            };
            let Some(now) = &raw.now else {
                return entries;
            };
            let mut merged = speakers::remapped(&entries, now);
            merge(&mut merged, &raw.added);
            speakers::finish(merged)
        })
    }

    /// The index of the store amended from this one: `new_of_old` gives
    /// each briefing's new place (or `GONE`), `added` the speakers of the
    /// briefings added. Left undecoded if this one is.
    pub fn amend(&self, new_of_old: &[u32], added: Vec<SpeakerEntry>) -> Speakers {
        match (&self.raw, self.decoded.get()) {
            (Some(raw), None) => {
                let now: Arc<[u32]> = match &raw.now {
                    Some(now) => now.iter().map(|&d| step(d, new_of_old)).collect(),
                    None => (0..raw.docs).map(|d| step(d as u32, new_of_old)).collect(),
                };
                let mut kept = speakers::remapped(&raw.added, new_of_old);
                merge(&mut kept, &added);
                let raw = Raw {
                    now: Some(now),
                    added: Arc::new(speakers::finish(kept)),
                    ..raw.clone()
                };
                Speakers {
                    raw: Some(raw),
                    decoded: OnceLock::new(),
                }
            }
            _ => {
                let mut kept = speakers::remapped(self.entries(), new_of_old);
                merge(&mut kept, &added);
                Speakers::built(speakers::finish(kept))
            }
        }
    }
}

fn step(doc: u32, new_of_old: &[u32]) -> u32 {
    match doc {
        GONE => GONE,
        d => new_of_old[d as usize],
    }
}

/// Adds `more`'s briefings to the entries of the same speakers.
fn merge(into: &mut BTreeMap<String, SpeakerEntry>, more: &[SpeakerEntry]) {
    for s in more {
        let entry = speakers::entry(into, s.folded.clone(), &s.name);
        entry.docs.extend_from_slice(&s.docs);
    }
}

/// Each speaker's name, front-coded against the one before, their
/// briefings as rising gaps, and the few briefings quoting them more than
/// once with how many times; all numbers LEB128. About a fifth of the size
/// of plain strings and fixed-width numbers on the generated 100k corpus.
pub fn write<W: Write>(w: &mut Writer<W>, entries: &[SpeakerEntry]) -> io::Result<()> {
    let mut out = Vec::new();
    varint::push_u64(&mut out, entries.len() as u64);
    let mut previous: &[u8] = &[];
    for s in entries {
        let name = s.name.as_bytes();
        let shared = name
            .iter()
            .zip(previous)
            .take_while(|(a, b)| a == b)
            .count();
        varint::push_u64(&mut out, shared as u64);
        varint::push_u64(&mut out, (name.len() - shared) as u64);
        out.extend_from_slice(&name[shared..]);
        previous = name;
        varint::push_u64(&mut out, s.docs.len() as u64);
        let mut last = 0;
        for &(d, _) in &s.docs {
            varint::push_u64(&mut out, u64::from(d.0 - last));
            last = d.0;
        }
        let more: Vec<(usize, u32)> = (s.docs.iter().enumerate())
            .filter(|(_, (_, n))| *n > 1)
            .map(|(k, &(_, n))| (k, n))
            .collect();
        varint::push_u64(&mut out, more.len() as u64);
        for (k, n) in more {
            varint::push_u64(&mut out, k as u64);
            varint::push_u64(&mut out, u64::from(n));
        }
    }
    w.blob(&out)
}

/// Marks where `write` put the index, for `Speakers::entries` to decode.
pub fn read(r: &mut Reader, docs: usize, base: &SharedBytes) -> Option<Speakers> {
    let len = r.u32()? as usize;
    let range = r.skip(len)?;
    let raw = Raw {
        bytes: base.clone(),
        range,
        docs,
        now: None,
        added: Arc::default(),
    };
    Some(Speakers {
        raw: Some(raw),
        decoded: OnceLock::new(),
    })
}

fn decode(buf: &[u8], docs: usize) -> Option<Vec<SpeakerEntry>> {
    let mut at = 0;
    let next = |at: &mut usize| varint::read_u64(buf, at).map(|n| n as usize);
    let count = next(&mut at)?;
    let mut entries: Vec<SpeakerEntry> = Vec::with_capacity(count.min(buf.len() / 4));
    let mut name: Vec<u8> = Vec::new();
    for _ in 0..count {
        let shared = next(&mut at)?;
        let rest = next(&mut at)?;
        name.truncate(shared);
        name.extend_from_slice(buf.get(at..at.checked_add(rest)?)?);
        at += rest;
        let n = next(&mut at)?;
        let mut list = Vec::with_capacity(n.min(docs));
        let mut last = 0usize;
        for _ in 0..n {
            last = last.checked_add(next(&mut at)?)?;
            list.push((doc(u32::try_from(last).ok()?, docs)?, 1));
        }
        for _ in 0..next(&mut at)? {
            let k = next(&mut at)?;
            list.get_mut(k)?.1 = u32::try_from(next(&mut at)?).ok()?;
        }
        let name = String::from_utf8(name.clone()).ok()?;
        entries.push(SpeakerEntry {
            folded: words::fold(&name).into_owned(),
            name,
            docs: list,
        });
    }
    Some(entries)
}
