//! Checking the index cache before it is trusted: what a start reads is a
//! regular file (never a FIFO that would hang it, nor a symlink), and the
//! tantivy index opens without a panic, has brief's schema, holds every
//! file its committed segments name, each matching its own checksum, and
//! a commit payload that matches its own (see `store::filed::Saved`).
//! Whatever fails is `Unusable::Damaged` with the path and the reason, and
//! the caller rebuilds.

use std::collections::HashSet;
use std::fmt;
use std::io;
use std::path::{Path, PathBuf};
use std::time::{Instant, SystemTime};

use tantivy::directory::Directory;
use tantivy::index::SegmentComponent;
use tantivy::{Index, IndexMeta};

use super::index::searcher;
use super::ledger::{Ledger, Stamp};
use crate::guard;
use crate::load::{TagRule, tag_rules};
use crate::regular::{only_regular_files, open_regular};
use crate::store::filed::{self, Saved};
use crate::store::{Store, Timings, schema};

/// An archive folder's cache that passed every check, read.
pub struct Checked {
    pub store: Store,
    pub rule_files: Vec<(PathBuf, Vec<u8>)>,
    pub index: Index,
    /// The commit read (see `version`).
    pub version: u64,
}

/// What tells one commit of an index from any other, even of an index
/// built anew in its place: `meta.json` (its stamp, its segments' random
/// ids, the payload) as its length and CRC-32, without parsing it, which
/// at a million briefings is some 11 MB. `None` if it cannot be read.
pub fn version(index: &Index) -> Option<u64> {
    let bytes = index.directory().atomic_read(Path::new("meta.json")).ok()?;
    Some((bytes.len() as u64) << 32 | u64::from(crc32fast::hash(&bytes)))
}

/// The store kept in the archive folder `dir`, checked (see the module).
pub fn read(dir: &Path) -> Result<Checked, Unusable> {
    read_newest(dir, None)
}

/// As `read`, with only the `newest` briefings in the store, if given
/// (see `Store::preview_from_index`).
pub fn read_newest(dir: &Path, newest: Option<usize>) -> Result<Checked, Unusable> {
    let started = Instant::now();
    let at = dir.join("index");
    if let Err(e) = std::fs::symlink_metadata(at.join("meta.json"))
        && e.kind() == io::ErrorKind::NotFound
    {
        return Err(Unusable::Absent);
    }
    let (index, metas) = open_checked(dir)?;
    let version = version(&index).unwrap_or_default();
    let meta = at.join("meta.json");
    let saved = match &metas.payload {
        Some(payload) => Saved::decode(payload).map_err(|why| Unusable::damaged(&meta, why))?,
        // Made, but never committed to: a first index that did not finish.
        None if metas.segments.is_empty() => return Err(Unusable::Absent),
        None => return Err(Unusable::damaged(&meta, "its commit has no payload")),
    };
    let check = started.elapsed();
    let rule_files = filed::rule_files(&saved.rule_files);
    let rules = rules_of(&rule_files);
    let mut store = guard::catch(|| {
        let searcher = searcher(&index)?;
        match newest {
            Some(n) => Store::preview_from_index(searcher, &saved, &rules, n),
            None => Store::from_index(searcher, &saved, &rules, Vec::new(), Timings::default()),
        }
    })
    .map_err(|panic| Unusable::damaged(&at, format!("reading it panicked: {panic}")))?
    .map_err(|e| Unusable::damaged(&at, e))?;
    store.record_check(check);
    Ok(Checked {
        store,
        rule_files,
        index,
        version,
    })
}

/// The tag rules of the `tags.toml` files as they were when saved.
pub fn rules_of(files: &[(PathBuf, Vec<u8>)]) -> Vec<TagRule> {
    let mut ignored = Vec::new();
    (files.iter())
        .flat_map(|(path, bytes)| {
            tag_rules::parse(path, &String::from_utf8_lossy(bytes), &mut ignored)
        })
        .collect()
}

/// Why the cache on disk is not used.
#[derive(Debug)]
pub enum Unusable {
    /// None kept, or one of another version of brief: nothing to say.
    Absent,
    Damaged {
        path: PathBuf,
        reason: String,
    },
}

impl Unusable {
    pub fn damaged(path: &Path, reason: impl fmt::Display) -> Unusable {
        Unusable::Damaged {
            path: path.to_path_buf(),
            reason: reason.to_string(),
        }
    }
}

impl fmt::Display for Unusable {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Unusable::Absent => f.write_str("no index cache"),
            Unusable::Damaged { path, reason } => write!(f, "{}: {reason}", path.display()),
        }
    }
}

/// The tantivy index in `dir`'s `index` folder, once it has passed every
/// check (see the module).
pub fn open_index(dir: &Path) -> Result<Index, Unusable> {
    open_checked(dir).map(|(index, _)| index)
}

/// The index as `open_index` checks it, with its last commit's metadata.
fn open_checked(dir: &Path) -> Result<(Index, IndexMeta), Unusable> {
    let at = dir.join("index");
    only_regular_files(&at).map_err(|e| match e.kind() {
        io::ErrorKind::NotFound => Unusable::damaged(&at, "it is missing"),
        _ => Unusable::damaged(&at, e),
    })?;
    let index = guard::catch(|| Index::open_in_dir(&at))
        .map_err(|panic| Unusable::damaged(&at, format!("opening it panicked: {panic}")))?
        .map_err(|e| Unusable::damaged(&at, e))?;
    if index.schema() != schema::schema() {
        return Err(Unusable::damaged(
            &at.join("meta.json"),
            "its schema is not brief's",
        ));
    }
    let metas = whole(&index, &at)?;
    Ok((schema::registered(index), metas))
}

/// Every file the committed segments name is there and matches its
/// checksum, unless the ledger vouches for it (see `ledger`); a segment
/// without deletions has no `.del` file. The commit's
/// metadata, read for that.
fn whole(index: &Index, at: &Path) -> Result<IndexMeta, Unusable> {
    let meta = at.join("meta.json");
    let metas = guard::catch(|| index.load_metas())
        .map_err(|panic| Unusable::damaged(&meta, format!("reading it panicked: {panic}")))?
        .map_err(|e| Unusable::damaged(&meta, e))?;
    let optional: HashSet<PathBuf> = (metas.segments.iter())
        .filter(|s| !s.has_deletes())
        .map(|s| s.relative_path(SegmentComponent::Delete))
        .collect();
    let mut files: Vec<PathBuf> = metas.list_segment_files().into_iter().collect();
    files.sort();
    let dir = at.parent().unwrap_or(at);
    let (ledger, now) = (Ledger::read(dir), SystemTime::now());
    let mut checked = Ledger::default();
    for file in files {
        let path = at.join(&file);
        let stamp = match open_regular(&path).and_then(|f| f.metadata()) {
            Ok(meta) => Stamp::of(&meta),
            Err(e) if e.kind() == io::ErrorKind::NotFound && optional.contains(&file) => continue,
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                return Err(Unusable::damaged(&path, "it is missing"));
            }
            Err(e) => return Err(Unusable::damaged(&path, e)),
        };
        let name = file.to_string_lossy();
        if ledger.vouches(&name, &stamp) {
            checked.enter(&name, stamp, now);
            continue;
        }
        match guard::catch(|| index.directory().validate_checksum(&file)) {
            Ok(Ok(true)) => checked.enter(&name, stamp, now),
            Ok(Ok(false)) => return Err(Unusable::damaged(&path, "its checksum does not match")),
            Ok(Err(e)) => return Err(Unusable::damaged(&path, e)),
            Err(panic) => {
                return Err(Unusable::damaged(
                    &path,
                    format!("checking it panicked: {panic}"),
                ));
            }
        }
    }
    if checked != ledger {
        checked.write(dir);
    }
    Ok(metas)
}

#[cfg(test)]
#[path = "check_tests.rs"]
mod tests;
