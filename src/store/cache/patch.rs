//! The patch: what changed since the catalog was written, kept beside it so
//! that a day's few files cost a small write instead of a new catalog. It
//! holds the catalog's file numbers that are gone, the heads added since
//! (each with its file, id and path), the files skipped and the walk order.
//! Each patch replaces the one before (written atomically) and says which
//! catalog it belongs to; a patch of another catalog is stale and unused.

use std::io;

use super::records;
use super::wire::{Reader, Writer};
use super::{Unusable, read_skipped, read_stat, write_skipped, write_stat};
use crate::fnv::Fnv;
use crate::store::briefings::Briefings;
use crate::store::{DocId, Entry, Indexed, Skipped, Store, Walked};

const MAGIC: &[u8; 8] = b"BRIEFPT\0";
const FORMAT: u32 = 2;

/// A patch read back.
pub struct Patch {
    pub generation: u64,
    pub skipped: Vec<Skipped>,
    /// File numbers of the catalog's briefings that are gone.
    pub gone: Vec<u64>,
    /// Heads added since the catalog, their tags already given by the rules.
    pub added: Vec<Entry>,
    pub walk: Vec<Walked>,
}

/// The patch in `bytes` if it is one for the catalog of `base` generation.
/// One of another catalog (left by a crash after a new catalog was
/// written) is stale and not used.
pub fn read(bytes: &[u8], base: u64) -> Result<Option<Patch>, Unusable> {
    if !bytes.starts_with(MAGIC) {
        return Err(Unusable::Damaged("it is not a patch"));
    }
    let Some((of, generation, body)) = header(bytes) else {
        return Err(Unusable::Absent);
    };
    if !summed(bytes) {
        return Err(Unusable::Damaged("its checksum does not match"));
    }
    if of != base {
        return Ok(None);
    }
    decode(bytes, body, generation)
        .map(Some)
        .ok_or(Unusable::Damaged("its records do not read back"))
}

/// The generations of the catalog a patch belongs to and its own, from
/// its first bytes.
pub fn generation(first: &[u8]) -> Option<(u64, u64)> {
    header(first).map(|(base, generation, _)| (base, generation))
}

/// Whether the hash at the end is that of every byte before it.
fn summed(bytes: &[u8]) -> bool {
    let Some(end) = bytes.len().checked_sub(8) else {
        return false;
    };
    let mut hash = Fnv::default();
    hash.write(&bytes[..end]);
    Reader::new(bytes, end).u64() == Some(hash.0)
}

/// The generations of the catalog it belongs to and its own, and where
/// its body starts.
fn header(bytes: &[u8]) -> Option<(u64, u64, usize)> {
    let mut r = Reader::new(bytes, 0);
    let ours = r.bytes(MAGIC.len()) == Some(MAGIC)
        && r.u32() == Some(FORMAT)
        && r.blob() == Some(env!("CARGO_PKG_VERSION").as_bytes());
    let base = r.u64().filter(|_| ours)?;
    Some((base, r.u64()?, r.at()))
}

fn decode(bytes: &[u8], body: usize, generation: u64) -> Option<Patch> {
    let end = bytes.len().checked_sub(8)?;
    let mut r = Reader::new(&bytes[..end], body);
    let skipped = read_skipped(&mut r)?;
    let gone = (0..r.count(8)?)
        .map(|_| r.u64())
        .collect::<Option<Vec<_>>>()?;
    let added = (0..r.count(16)?)
        .map(|_| {
            let file = Indexed {
                number: r.u64()?,
                stat: read_stat(&mut r)?,
            };
            let length = r.u32()?;
            let id = r.string()?;
            let path = records::path(r.blob()?);
            let record = r.blob()?;
            let briefing = records::read_head(&mut Reader::new(record, 0), id, path)?;
            Some(Entry {
                briefing,
                file,
                length,
                fresh: false,
            })
        })
        .collect::<Option<Vec<_>>>()?;
    let walk = (0..r.count(8)?)
        .map(|_| {
            let n = r.u64()?;
            Some(match u64::MAX - n {
                k if k < skipped.len() as u64 => Walked::Skipped(k as usize),
                _ => Walked::File(n),
            })
        })
        .collect::<Option<Vec<_>>>()?;
    (r.at() == end).then_some(Patch {
        generation,
        skipped,
        gone,
        added,
        walk,
    })
}

/// The patch of `store`, amended from the catalog of `base` generation, as
/// `generation`; an error if the store did not come from a catalog.
pub fn encode(store: &Store, base: u64, generation: u64) -> io::Result<Vec<u8>> {
    let Briefings::Filed(filed) = &store.briefings else {
        return Err(io::Error::other("only a store from a catalog has a patch"));
    };
    let mut w = Writer::new(Vec::new());
    w.bytes(MAGIC)?;
    w.u32(FORMAT)?;
    w.blob(env!("CARGO_PKG_VERSION").as_bytes())?;
    w.u64(base)?;
    w.u64(generation)?;
    write_skipped(&mut w, store)?;
    w.len(filed.gone().len())?;
    for &n in filed.gone().iter() {
        w.u64(n)?;
    }
    let base_count = filed.base() as u32;
    let added: Vec<(usize, u32)> = (0..store.len())
        .filter_map(|i| Some((i, filed.place(i).checked_sub(base_count)?)))
        .collect();
    w.len(added.len())?;
    for (i, k) in added {
        let doc = DocId::from_index(i);
        let file = store.file(doc);
        w.u64(file.number)?;
        write_stat(&mut w, file.stat)?;
        w.u32(store.text_length(doc))?;
        w.blob(store.id(doc).as_bytes())?;
        w.blob(store.path(doc).as_os_str().as_encoded_bytes())?;
        w.blob(&filed.added()[k as usize])?;
    }
    w.len(store.walk_order.len())?;
    for &at in &store.walk_order {
        let at = at as usize;
        w.u64(match at.checked_sub(store.len()) {
            None => store.files[at].number,
            Some(k) => u64::MAX - k as u64,
        })?;
    }
    let mut bytes = w.into_inner();
    let mut hash = Fnv::default();
    hash.write(&bytes);
    bytes.extend_from_slice(&hash.0.to_le_bytes());
    Ok(bytes)
}

/// How much of `store` the patch would hold, as a share of its briefings:
/// past a point a new catalog is written instead.
pub fn share(store: &Store) -> f64 {
    let Briefings::Filed(filed) = &store.briefings else {
        return 1.0;
    };
    let base = filed.base() as u32;
    let added = (0..store.len()).filter(|&i| filed.place(i) >= base).count();
    (added + filed.gone().len()) as f64 / store.len().max(1) as f64
}
