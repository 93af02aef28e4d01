//! Checking the index cache before it is trusted: what a start reads is a
//! regular file (never a FIFO that would hang it, nor a symlink), the
//! catalog and patch match their checksums (see `store::cache`), and the
//! tantivy index opens without a panic, has brief's schema, and holds every
//! file its committed segments name, each matching its own checksum.
//! Whatever fails is `Unusable::Damaged` with the path and the reason, and
//! the caller rebuilds.

use std::collections::HashSet;
use std::fmt;
use std::io;
use std::path::{Path, PathBuf};
use std::time::Instant;

use tantivy::Index;
use tantivy::index::SegmentComponent;

use super::folder::{map_regular, only_regular_files, open_regular, read_regular};
use super::index::searcher;
use crate::guard;
use crate::store::cache::{self, patch};
use crate::store::{Store, Timings, schema};

/// An archive folder's cache that passed every check, read.
pub struct Checked {
    pub store: Store,
    pub rule_files: Vec<(PathBuf, Vec<u8>)>,
    pub index: Index,
    /// The catalog's generation, and its patch's if it has one.
    pub catalog: u64,
    pub patch: Option<u64>,
}

/// The store kept in the archive folder `dir`: its catalog, the patch for
/// it if there is one, and its index, each checked, and all agreeing.
pub fn read(dir: &Path) -> Result<Checked, Unusable> {
    let started = Instant::now();
    let catalog_path = dir.join("catalog");
    let bytes = map_regular(&catalog_path)
        .map_err(|e| Unusable::damaged(&catalog_path, e))?
        .ok_or(Unusable::Absent)?;
    let catalog = cache::read(bytes).map_err(|u| Unusable::of(&catalog_path, u))?;
    let patch_path = dir.join("patch");
    let patch = match read_regular(&patch_path) {
        Ok(None) => None,
        Ok(Some(bytes)) => patch::read(&bytes, catalog.generation)
            .map_err(|u| Unusable::of(&patch_path, u).or_damaged(&patch_path))?,
        Err(e) => return Err(Unusable::damaged(&patch_path, e)),
    };
    let index = open_index(dir)?;
    let check = started.elapsed();
    let rule_files = catalog.rule_files.clone();
    let (generation, patch_generation) = (catalog.generation, patch.as_ref().map(|p| p.generation));
    let index_path = dir.join("index");
    let mut store = guard::catch(|| {
        let searcher = searcher(&index).ok()?;
        catalog.into_store(searcher, Vec::new(), Timings::default(), patch)
    })
    .map_err(|panic| Unusable::damaged(&index_path, format!("reading it panicked: {panic}")))?
    .ok_or_else(|| Unusable::damaged(&index_path, "it does not hold the catalog's files"))?;
    store.record_check(check);
    Ok(Checked {
        store,
        rule_files,
        index,
        catalog: generation,
        patch: patch_generation,
    })
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

    /// What a catalog's or patch's own check said, placed at its path.
    pub fn of(path: &Path, unusable: cache::Unusable) -> Unusable {
        match unusable {
            cache::Unusable::Absent => Unusable::Absent,
            cache::Unusable::Damaged(reason) => Unusable::damaged(path, reason),
        }
    }

    /// Damaged even if it reads as another version: beside a catalog of
    /// this version, a file of another cannot be brief's.
    pub fn or_damaged(self, path: &Path) -> Unusable {
        match self {
            Unusable::Absent => Unusable::damaged(path, "it is of another version of brief"),
            damaged => damaged,
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
    whole(&index, &at)?;
    Ok(schema::registered(index))
}

/// Every file the committed segments name is there and matches its
/// checksum; a segment without deletions has no `.del` file.
fn whole(index: &Index, at: &Path) -> Result<(), Unusable> {
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
    for file in files {
        let path = at.join(&file);
        match open_regular(&path) {
            Ok(_) => {}
            Err(e) if e.kind() == io::ErrorKind::NotFound && optional.contains(&file) => continue,
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                return Err(Unusable::damaged(&path, "it is missing"));
            }
            Err(e) => return Err(Unusable::damaged(&path, e)),
        }
        match guard::catch(|| index.directory().validate_checksum(&file)) {
            Ok(Ok(true)) => {}
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
    Ok(())
}
