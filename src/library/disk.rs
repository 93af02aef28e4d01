//! An archive's index on disk: a folder per set of paths in the cache
//! folder, holding the tantivy index (`index/`), the catalog (`catalog`) and
//! a lock file. Each start or reload that may write holds the lock, so that
//! two brief processes on one archive take turns: one updates while the
//! other waits, then finds the work done.

use std::fs::{self, File, OpenOptions};
use std::io;
use std::os::fd::AsRawFd;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant, SystemTime};

use tantivy::Index;
use tantivy::directory::MmapDirectory;

use super::Changes;
use super::index::searcher;
use super::update::{Previous, Update};
use crate::fnv::Fnv;
use crate::load::Found;
use crate::model::Diagnostic;
use crate::progress::{Phase, Progress};
use crate::store::cache::{self, Unusable};
use crate::store::{CacheUse, Store, Timings, schema};

/// Each `tags.toml` path with its bytes.
type RuleFiles = Vec<(PathBuf, Vec<u8>)>;

/// Archive folders kept, the most recently used ones.
const KEEP: usize = 16;

pub struct Archive {
    dir: PathBuf,
    index: Option<Index>,
    /// The `tags.toml` files the store in use was made with.
    rule_files: Vec<(PathBuf, Vec<u8>)>,
}

impl Archive {
    /// The folder for `paths` under `root`, made if need be; old folders of
    /// other archives are pruned as of `now`.
    pub fn open(root: &Path, paths: &[PathBuf], now: SystemTime) -> io::Result<Archive> {
        let mut name = Fnv::default();
        for path in paths {
            let path = std::path::absolute(path).unwrap_or_else(|_| path.clone());
            name.write(path.as_os_str().as_encoded_bytes());
            name.write(&[0]);
        }
        let dir = root.join(format!("{:016x}", name.0));
        fs::create_dir_all(&dir)?;
        prune(root, now, &dir);
        Ok(Archive {
            dir,
            index: None,
            rule_files: Vec::new(),
        })
    }

    fn catalog_path(&self) -> PathBuf {
        self.dir.join("catalog")
    }

    /// The store of the files `found`: the catalog's as it is if nothing
    /// changed, else brought up to date and written back.
    pub fn bring_up_to_date(
        &mut self,
        found: Found,
        now: SystemTime,
        progress: &Progress,
    ) -> io::Result<Store> {
        let started = Instant::now();
        let _lock = Lock::take(&self.dir)?;
        let mut damaged = None;
        let previous = match self.read_catalog() {
            Ok(pair) => Some(pair),
            Err(Unusable::Absent) => None,
            Err(Unusable::Damaged) => {
                damaged = Some(Diagnostic::warning(
                    self.catalog_path(),
                    (1, 1),
                    "the index cache was damaged; loaded the files afresh and wrote it anew",
                ));
                None
            }
        };
        if previous.is_none() {
            self.index = Some(self.fresh_index()?);
        }
        let index = self.index.as_ref().expect("an index was opened or made");
        let update = Update::new(
            index,
            previous.as_ref().map(|(s, r)| Previous::of(s, Some(r))),
            found,
            now,
        );
        if update.is_nothing() {
            let (diagnostics, walk) = update.into_diagnostics();
            let (store, rule_files) = previous.expect("nothing changed since a catalog");
            self.rule_files = rule_files;
            let mut store = store.with_loader_diagnostics(diagnostics);
            store.record_cache(CacheUse::Hit(started.elapsed()));
            store.record_walk(walk);
            return Ok(store);
        }
        let rule_files = update.rule_files().to_vec();
        let files = update.reads();
        let (heads, _) = update.run(progress, true)?;
        let mut store = self.save(&heads, rule_files, progress)?;
        if let Some(d) = damaged {
            let mut diagnostics = store.loader_diagnostics().to_vec();
            diagnostics.push(d);
            store = store.with_loader_diagnostics(diagnostics);
        }
        if let CacheUse::Updated { write, .. } = store.timings().cache {
            store.record_cache(CacheUse::Updated { files, write });
        }
        Ok(store)
    }

    /// The files as they are now, given the store in use: `None` when
    /// nothing changed.
    pub fn reload(
        &mut self,
        current: &Store,
        found: Found,
        now: SystemTime,
        progress: &Progress,
    ) -> io::Result<Option<(Store, Changes)>> {
        let _lock = Lock::take(&self.dir)?;
        let index = match &self.index {
            Some(index) => index,
            None => self.index.insert(open_index(&self.dir)?),
        };
        let previous = Previous::of(current, Some(&self.rule_files));
        let update = Update::new(index, Some(previous), found, now);
        if update.is_nothing() {
            return Ok(None);
        }
        let rule_files = update.rule_files().to_vec();
        let (heads, changes) = update.run(progress, true)?;
        let store = self.save(&heads, rule_files, progress)?;
        Ok(Some((store, changes)))
    }

    /// Writes the catalog of `heads` and opens the store from it.
    fn save(
        &mut self,
        heads: &Store,
        rule_files: Vec<(PathBuf, Vec<u8>)>,
        progress: &Progress,
    ) -> io::Result<Store> {
        progress.phase(Phase::Saving, 0);
        let started = Instant::now();
        cache::write(&self.catalog_path(), heads, &rule_files)?;
        let write = started.elapsed();
        self.rule_files = rule_files;
        let index = self.index.as_ref().expect("an index is open");
        let catalog = cache::read(&self.catalog_path())
            .map_err(|_| io::Error::other("the catalog just written cannot be read"))?;
        let timings = Timings {
            cache: CacheUse::Updated { files: 0, write },
            ..heads.timings()
        };
        catalog
            .into_store(
                searcher(index)?,
                heads.loader_diagnostics().to_vec(),
                timings,
            )
            .ok_or_else(|| io::Error::other("the index does not hold the catalog's files"))
    }

    /// The catalog's store with its index, if both are there and agree.
    fn read_catalog(&mut self) -> Result<(Store, RuleFiles), Unusable> {
        let catalog = cache::read(&self.catalog_path())?;
        let index = open_index(&self.dir).map_err(|_| Unusable::Damaged)?;
        let searcher = searcher(&index).map_err(|_| Unusable::Damaged)?;
        let rule_files = catalog.rule_files.clone();
        let store = catalog
            .into_store(searcher, Vec::new(), Timings::default())
            .ok_or(Unusable::Damaged)?;
        self.index = Some(index);
        let _ = File::open(self.catalog_path()).and_then(|f| f.set_modified(SystemTime::now()));
        Ok((store, rule_files))
    }

    fn fresh_index(&self) -> io::Result<Index> {
        let dir = self.dir.join("index");
        let _ = fs::remove_dir_all(&dir);
        let _ = fs::remove_file(self.catalog_path());
        fs::create_dir_all(&dir)?;
        let directory = MmapDirectory::open(&dir).map_err(io::Error::other)?;
        Index::create(directory, schema::schema(), Default::default())
            .map(schema::registered)
            .map_err(io::Error::other)
    }
}

fn open_index(dir: &Path) -> io::Result<Index> {
    Index::open_in_dir(dir.join("index"))
        .map(schema::registered)
        .map_err(io::Error::other)
}

/// An exclusive lock on an archive's folder, held until dropped.
struct Lock {
    _file: File,
}

impl Lock {
    fn take(dir: &Path) -> io::Result<Lock> {
        let file = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(dir.join("lock"))?;
        loop {
            // SAFETY: flock on a descriptor this function owns; it reads no memory.
            let rc = unsafe { libc::flock(file.as_raw_fd(), libc::LOCK_EX) };
            if rc == 0 {
                return Ok(Lock { _file: file });
            }
            let err = io::Error::last_os_error();
            if err.kind() != io::ErrorKind::Interrupted {
                return Err(err);
            }
        }
    }
}

/// Removes all but the `KEEP` most recently used archive folders (never
/// `current`), catalogs of older versions of brief (`*.cache` files), and
/// temporary files older than an hour before `now`.
fn prune(root: &Path, now: SystemTime, current: &Path) {
    let Ok(entries) = fs::read_dir(root) else {
        return;
    };
    let an_hour_ago = now - Duration::from_secs(3600);
    let mut folders = Vec::new();
    for entry in entries.filter_map(Result::ok) {
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().into_owned();
        if path.is_dir() {
            if path != current {
                let used = fs::metadata(path.join("catalog"))
                    .and_then(|m| m.modified())
                    .unwrap_or(SystemTime::UNIX_EPOCH);
                folders.push((used, path));
            }
        } else {
            let stale = entry
                .metadata()
                .and_then(|m| m.modified())
                .is_ok_and(|m| m < an_hour_ago);
            // Left by brief before its index moved to tantivy, or by a
            // writer that was killed.
            if name.ends_with(".cache") || (name.ends_with(".tmp") && stale) {
                let _ = fs::remove_file(&path);
            }
        }
    }
    folders.sort_by_key(|f| std::cmp::Reverse(f.0));
    for (_, path) in folders.into_iter().skip(KEEP - 1) {
        let _ = fs::remove_dir_all(path);
    }
}
