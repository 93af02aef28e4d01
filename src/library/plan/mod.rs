//! Comparing the files found with the store in use: what to keep, what to
//! read, what is gone, and the order the walk found them in.

use std::collections::HashMap;
use std::path::PathBuf;
use std::time::{Duration, SystemTime};

use rustc_hash::FxHashMap;

mod ordered;
pub mod touched;

use crate::load::{self, FileEntry, FileStat, Found};
use crate::store::{DocId, Skipped, Store};

/// A file changed this close to `now` may change again within the same
/// timestamp tick, unseen: its times are not trusted, so it is read again
/// at the next start or reload.
const RACY: Duration = Duration::from_secs(2);
/// A file to read: its path, id and times, and the briefing it replaces.
pub struct Read {
    pub path: PathBuf,
    pub id: String,
    pub stat: Option<FileStat>,
    pub old: Option<DocId>,
}

/// What to do with each file found.
pub struct Plan {
    pub keep: Vec<DocId>,
    pub keep_skipped: Vec<Skipped>,
    pub read: Vec<Read>,
    pub gone: Vec<DocId>,
    /// Each file found, in the walk's order.
    pub walk_order: Vec<Slot>,
}

/// Where a file found went: kept as it was, kept skipped, or read (by its
/// place in `read`).
#[derive(Clone, Copy)]
pub enum Slot {
    Keep(DocId),
    KeepSkipped(usize),
    Read(usize),
}

impl Plan {
    /// The plan for `found` against `store`, with the clock at `now`.
    pub fn new(store: Option<&Store>, found: &mut Found, now: SystemTime) -> Plan {
        let trusted = |stat: Option<FileStat>| stat.filter(|s| !racy(s, now));
        match store.filter(|_| found.one_root) {
            Some(store) => ordered::plan(store, &found.files, trusted),
            None => compare(store, std::mem::take(&mut found.files), trusted),
        }
    }
}

fn racy(stat: &FileStat, now: SystemTime) -> bool {
    let Some(limit) = now
        .checked_sub(RACY)
        .and_then(|t| t.duration_since(SystemTime::UNIX_EPOCH).ok())
    else {
        return true;
    };
    let limit = (limit.as_secs() as i64, i64::from(limit.subsec_nanos()));
    stat.mtime >= limit || stat.ctime >= limit
}

/// What to do with each file, told by its path, times and id against the
/// store in use.
fn compare(
    store: Option<&Store>,
    files: Vec<FileEntry>,
    trusted: impl Fn(Option<FileStat>) -> Option<FileStat>,
) -> Plan {
    let ids = load::ids(&files);
    // Keyed by the path's bytes: hashing a `Path` walks its components.
    let mut known: FxHashMap<&[u8], DocId> = FxHashMap::default();
    let mut skipped: HashMap<PathBuf, Skipped> = HashMap::new();
    if let Some(store) = store {
        known.reserve(store.len());
        for i in 0..store.len() {
            let doc = DocId::from_index(i);
            known.insert(store.path(doc).as_os_str().as_encoded_bytes(), doc);
        }
        for s in store.skipped_files() {
            skipped.insert(s.problem.path.clone(), s);
        }
    }
    let mut keep = Vec::new();
    let mut keep_skipped = Vec::new();
    let mut read = Vec::new();
    let mut walk = Vec::with_capacity(files.len());
    for (file, id) in files.into_iter().zip(ids) {
        let stat = trusted(file.stat);
        let old = known.remove(file.path.as_os_str().as_encoded_bytes());
        if let (Some(doc), Some(store)) = (old, store)
            && stat.is_some()
            && store.file(doc).stat == stat
            && store.id(doc) == id
        {
            keep.push(doc);
            walk.push(Slot::Keep(doc));
            continue;
        }
        if let Some(s) = skipped.remove(file.path.as_path())
            && stat.is_some()
            && s.stat == stat
        {
            walk.push(Slot::KeepSkipped(keep_skipped.len()));
            keep_skipped.push(s);
            continue;
        }
        walk.push(Slot::Read(read.len()));
        read.push(Read {
            path: file.path,
            id,
            stat,
            old,
        });
    }
    Plan {
        keep,
        keep_skipped,
        read,
        gone: known.into_values().collect(),
        walk_order: walk,
    }
}
