//! A snapshot of a built store, kept per set of folders in the user's cache
//! folder and memory-mapped on the next start. It is used only when every
//! file found has the same path, size, times and inode as when it was made,
//! and the `tags.toml` files are byte for byte the same; anything else, a
//! damaged file included, is a miss and the folders are loaded afresh.

pub mod records;
pub mod wire;

use std::fs::{self, File};
use std::io;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use super::briefings::{Briefings, Cached};
use super::fields::Fields;
use super::segment::Segment;
use super::text_index::TextIndex;
use super::{Parts, Store};
use crate::atomic::AtomicFile;
use crate::fnv::Fnv;
use crate::load::Found;
use crate::model::SharedBytes;
use wire::{Reader, Writer};

/// Below this many files a load takes milliseconds; a cache would only litter.
pub const MIN_FILES: usize = 200;
/// Cache files kept, the most recently used ones.
const KEEP: usize = 16;
const MAGIC: &[u8; 8] = b"BRIEFCX\0";
const END: &[u8; 4] = b"END\0";
const FORMAT: u32 = 5;
/// A file changed this close to the load may change again within the same
/// timestamp tick, unseen; such a load is not cached.
const RACY: Duration = Duration::from_secs(2);

/// What a snapshot must match, as bytes, and the file it is kept in.
pub struct Key {
    bytes: Vec<u8>,
    file_name: String,
}

impl Key {
    /// `None` when there are too few files or one could not be stat-ed.
    pub fn new(paths: &[PathBuf], found: &Found) -> Option<Key> {
        if found.files.len() < MIN_FILES {
            return None;
        }
        let mut w = Writer::new(Vec::with_capacity(found.files.len() * 96));
        let mut fill = || -> io::Result<()> {
            w.u32(FORMAT)?;
            w.blob(env!("CARGO_PKG_VERSION").as_bytes())?;
            w.len(found.rule_files.len())?;
            for (path, bytes) in &found.rule_files {
                w.blob(path.as_os_str().as_encoded_bytes())?;
                w.blob(bytes)?;
            }
            w.len(found.files.len())?;
            for file in &found.files {
                let stat = file.stat.ok_or_else(|| io::Error::other("no stat"))?;
                w.blob(file.path.as_os_str().as_encoded_bytes())?;
                w.u64(stat.size)?;
                for n in [stat.mtime.0, stat.mtime.1, stat.ctime.0, stat.ctime.1] {
                    w.i64(n)?;
                }
                w.u64(stat.ino)?;
            }
            Ok(())
        };
        fill().ok()?;
        let mut name = Fnv::default();
        for path in paths {
            let path = std::path::absolute(path).unwrap_or_else(|_| path.clone());
            name.write(path.as_os_str().as_encoded_bytes());
            name.write(&[0]);
        }
        Some(Key {
            bytes: w.into_inner(),
            file_name: format!("{:016x}.cache", name.0),
        })
    }
}

/// Whether a file changed so recently before `now` that its content may
/// still change without its times showing it.
pub fn racy(found: &Found, now: SystemTime) -> bool {
    let Some(limit) = now
        .checked_sub(RACY)
        .and_then(|t| t.duration_since(SystemTime::UNIX_EPOCH).ok())
    else {
        return true;
    };
    let limit = (limit.as_secs() as i64, i64::from(limit.subsec_nanos()));
    found
        .files
        .iter()
        .filter_map(|f| f.stat)
        .any(|s| s.mtime >= limit || s.ctime >= limit)
}

/// Why the snapshot for a key could not be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Unusable {
    /// None kept, or one of other files, times or versions: nothing to say.
    Absent,
    /// One for these very files, but cut short or broken: worth saying.
    Damaged(PathBuf),
}

/// The parts of the store kept in `dir` for `key`, if they are there and
/// whole; the file is marked used at `now`.
pub(super) fn read(dir: &Path, key: &Key, now: SystemTime) -> Result<Parts, Unusable> {
    let path = dir.join(&key.file_name);
    let file = File::open(&path).map_err(|_| Unusable::Absent)?;
    // SAFETY: cache files are only ever replaced by rename, never written in
    // place, so the mapped file does not change under us.
    let map = unsafe { memmap2::Mmap::map(&file) }.map_err(|_| Unusable::Absent)?;
    let bytes: SharedBytes = Arc::new(map);
    let body = header_end(&bytes, key).ok_or(Unusable::Absent)?;
    let parts = decode(&bytes, body).ok_or(Unusable::Damaged(path))?;
    let _ = file.set_modified(now);
    Ok(parts)
}

/// Where the snapshot's body starts, if its header says it was written for
/// `key` by this format.
fn header_end(bytes: &SharedBytes, key: &Key) -> Option<usize> {
    let mut r = Reader::new((**bytes).as_ref(), 0);
    let ours = r.bytes(MAGIC.len())? == MAGIC && r.u32()? == FORMAT && r.blob()? == key.bytes;
    ours.then(|| r.at())
}

/// Positions of the sections after the records and their hash, kept at the
/// end of the file.
const FOOTER: usize = 4 * 8 + END.len();

/// The parts of a snapshot whose header ended at `body`.
fn decode(bytes: &SharedBytes, body: usize) -> Option<Parts> {
    let buf = (**bytes).as_ref();
    let mut r = Reader::new(buf, body);
    let skipped = records::read_diagnostics(&mut r)?;
    let footer = buf.len().checked_sub(FOOTER)?;
    let mut f = Reader::new(buf, footer);
    let positions = [f.u64()?, f.u64()?, f.u64()?];
    if f.u64()? != hash_positions(positions) || f.bytes(END.len())? != END {
        return None;
    }
    let [offsets, fields, text] = positions.map(|n| n as usize);
    r.seek(offsets)?;
    let count = r.count(16)?;
    let offsets = r.at();
    r.seek(fields)?;
    let fields = Fields::read(&mut r, count)?;
    r.seek(text)?;
    let lengths = (0..r.count(4)?)
        .map(|_| r.u32())
        .collect::<Option<Vec<_>>>()?;
    let segments = (0..r.count(24)?)
        .map(|_| Segment::read(&mut r, bytes))
        .collect::<Option<Vec<_>>>()?;
    if lengths.len() != count || r.at() != footer {
        return None;
    }
    Some(Parts {
        briefings: Briefings::Cached(Cached::new(bytes.clone(), offsets, count)),
        text: TextIndex::new(segments, lengths),
        fields,
        skipped,
    })
}

/// Writes the store atomically (see `AtomicFile`), then prunes old files as
/// of `now`.
pub(super) fn write(dir: &Path, key: &Key, store: &Store, now: SystemTime) -> io::Result<()> {
    fs::create_dir_all(dir)?;
    let mut file = AtomicFile::create(&dir.join(&key.file_name))?;
    write_snapshot(&mut file, key, store)?;
    file.commit()?;
    prune(dir, now);
    Ok(())
}

fn write_snapshot(out: &mut AtomicFile, key: &Key, store: &Store) -> io::Result<()> {
    let mut w = Writer::new(out);
    w.bytes(MAGIC)?;
    w.u32(FORMAT)?;
    w.blob(&key.bytes)?;
    records::write_diagnostics(&mut w, store.skipped())?;
    let body_len: usize = store.iter().map(|b| b.paragraphs.text_len()).sum();
    w.u64(body_len as u64)?;
    let mut body_at = Vec::with_capacity(store.len());
    for b in store.iter() {
        body_at.push(w.pos());
        records::write_body(&mut w, b)?;
    }
    let mut record_at = Vec::with_capacity(store.len());
    for b in store.iter() {
        record_at.push(w.pos());
        records::write_briefing(&mut w, b)?;
    }
    let offsets = w.pos();
    w.len(store.len())?;
    for (record, body) in record_at.into_iter().zip(body_at) {
        w.u64(record)?;
        w.u64(body)?;
    }
    let fields = w.pos();
    store.fields.write(&mut w)?;
    let text = w.pos();
    w.len(store.text.lengths().len())?;
    for &n in store.text.lengths() {
        w.u32(n)?;
    }
    w.len(store.text.segments().len())?;
    for segment in store.text.segments() {
        segment.write(&mut w)?;
    }
    let positions = [offsets, fields, text];
    for at in positions {
        w.u64(at)?;
    }
    w.u64(hash_positions(positions))?;
    w.bytes(END)
}

/// Removes all but the `KEEP` most recently used cache files, and temporary
/// files older than an hour before `now`.
fn prune(dir: &Path, now: SystemTime) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    let an_hour_ago = now - Duration::from_secs(3600);
    let mut caches = Vec::new();
    for entry in entries.filter_map(Result::ok) {
        let name = entry.file_name().to_string_lossy().into_owned();
        let Some(modified) = entry.metadata().and_then(|m| m.modified()).ok() else {
            continue;
        };
        if name.ends_with(".cache") {
            caches.push((modified, entry.path()));
        } else if name.ends_with(".tmp") && modified < an_hour_ago {
            // Left by a writer that was killed.
            let _ = fs::remove_file(entry.path());
        }
    }
    caches.sort_by_key(|c| std::cmp::Reverse(c.0));
    for (_, path) in caches.into_iter().skip(KEEP) {
        let _ = fs::remove_file(path);
    }
}

fn hash_positions(positions: [u64; 3]) -> u64 {
    let mut hash = Fnv::default();
    positions.iter().for_each(|p| hash.write(&p.to_le_bytes()));
    hash.0
}
