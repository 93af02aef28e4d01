//! An archive's index on disk: a folder per set of paths in the cache
//! folder, holding the tantivy index (`index/`), the catalog (`catalog`),
//! its patch, a lock file and the marker that says brief made the folder.
//! Each start or reload that may write holds the lock, so that two brief
//! processes on one archive take turns: one updates while the other waits,
//! then finds the work done. Everything is checked before it is trusted
//! (see `check`); a cache that fails is rebuilt with a warning.

mod save;

use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::time::{Instant, SystemTime};

use tantivy::Index;
use tantivy::directory::MmapDirectory;

use super::Changes;
use super::Listed;
use super::check::{self, Unusable};
use super::folder::{
    Lock, first_bytes, folder_of, make_own, open_regular, prune, remove_any, remove_stale,
};
use super::update::{Previous, Update};

use crate::load::{self, Found};
use crate::model::Diagnostic;
use crate::progress::Progress;
use crate::store::cache::{self, patch};
use crate::store::{CacheUse, Store, schema};

/// Each `tags.toml` path with its bytes.
type RuleFiles = Vec<(PathBuf, Vec<u8>)>;

pub struct Archive {
    dir: PathBuf,
    paths: Vec<PathBuf>,
    index: Option<Index>,
    /// The `tags.toml` files the store in use was made with.
    rule_files: Vec<(PathBuf, Vec<u8>)>,
    /// The catalog and patch the store in use came from.
    version: Option<Version>,
}

/// The generations of a catalog and of its patch, if it has one: another
/// brief that changed either leaves another version on disk.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Version {
    catalog: u64,
    patch: Option<u64>,
}

impl Archive {
    /// The folder for `paths` under `root`, made if need be; old folders of
    /// other archives are pruned as of `now`.
    pub fn open(root: &Path, paths: &[PathBuf], now: SystemTime) -> io::Result<Archive> {
        let dir = folder_of(root, paths);
        make_own(&dir)?;
        prune(root, now, &dir);
        // A catalog's or patch's temporary file, left by a writer that was killed.
        remove_stale(&dir, now, |name| {
            name.starts_with(".catalog.") || name.starts_with(".patch.")
        });
        Ok(Archive::at(dir, paths))
    }

    fn at(dir: PathBuf, paths: &[PathBuf]) -> Archive {
        Archive {
            dir,
            paths: paths.to_vec(),
            index: None,
            rule_files: Vec::new(),
            version: None,
        }
    }

    /// The archive of `paths` under `root` if it has a catalog already;
    /// nothing is made or pruned.
    pub fn existing(root: &Path, paths: &[PathBuf]) -> Option<Archive> {
        let dir = folder_of(root, paths);
        open_regular(&dir.join("catalog")).ok()?;
        Some(Archive::at(dir, paths))
    }

    /// The store the cache holds, checked but taken as it is, without
    /// looking at the files; `None` when it cannot be used (an open as
    /// usual then says why and rebuilds it) or while another brief holds
    /// the lock (an open as usual waits for it and says how it goes).
    pub fn as_indexed(&mut self) -> io::Result<Option<Store>> {
        let started = Instant::now();
        let Some(_lock) = Lock::try_take(&self.dir)? else {
            return Ok(None);
        };
        Ok(self.read_catalog().ok().map(|(mut store, rule_files)| {
            self.rule_files = rule_files;
            store.record_cache(CacheUse::Hit(started.elapsed()));
            store
        }))
    }

    /// The archive's folder in the cache.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    fn catalog_path(&self) -> PathBuf {
        self.dir.join("catalog")
    }

    fn patch_path(&self) -> PathBuf {
        self.dir.join("patch")
    }

    fn version_on_disk(&self) -> Option<Version> {
        let catalog = cache::generation(&first_bytes(&self.catalog_path())?)?;
        let patch = first_bytes(&self.patch_path())
            .and_then(|b| patch::generation(&b))
            .filter(|&(base, _)| base == catalog)
            .map(|(_, generation)| generation);
        Some(Version { catalog, patch })
    }

    /// The store of the files `found`: the catalog's as it is if nothing
    /// changed, else brought up to date and written back.
    /// A write that fails part way (a full disk) leaves no file behind.
    pub fn bring_up_to_date(
        &mut self,
        found: Found,
        now: SystemTime,
        progress: &Progress,
    ) -> io::Result<Store> {
        self.locked(|archive| archive.update_locked(found, now, progress))
    }

    /// Runs `work` holding the lock; if it fails, what it may have written
    /// part way is removed.
    fn locked<T>(&mut self, work: impl FnOnce(&mut Self) -> io::Result<T>) -> io::Result<T> {
        let _lock = Lock::take(&self.dir)?;
        let done = work(self);
        if done.is_err() {
            self.discard();
        }
        done
    }

    fn update_locked(
        &mut self,
        found: Found,
        now: SystemTime,
        progress: &Progress,
    ) -> io::Result<Store> {
        let started = Instant::now();
        let mut damaged = None;
        let previous = match self.read_catalog() {
            Ok(pair) => Some(pair),
            Err(Unusable::Absent) => None,
            Err(Unusable::Damaged { path, reason }) => {
                damaged = Some(Diagnostic::warning(
                    path,
                    (1, 1),
                    format!(
                        "the index cache was damaged ({reason}); loaded the files afresh and wrote it anew"
                    ),
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
        let (updated, _) = update.run(progress, true)?;
        let mut store = self.keep(updated, rule_files, progress)?;
        if let Some(d) = damaged {
            store = store.with_loader_diagnostic(d);
        }
        if let CacheUse::Updated { write, .. } = store.timings().cache {
            store.record_cache(CacheUse::Updated { files, write });
        }
        Ok(store)
    }

    /// The files as they are now, given the store in use: `None` when
    /// nothing changed. As `bring_up_to_date`, a failed write leaves no
    /// file behind.
    pub fn reload(
        &mut self,
        current: &Store,
        files: Listed,
        now: SystemTime,
        progress: &Progress,
    ) -> io::Result<Option<(Store, Changes)>> {
        self.locked(|archive| archive.reload_locked(current, files, now, progress))
    }

    fn reload_locked(
        &mut self,
        current: &Store,
        files: Listed,
        now: SystemTime,
        progress: &Progress,
    ) -> io::Result<Option<(Store, Changes)>> {
        // Another brief on this archive may have updated it since: then its
        // catalog, not the store in use, is what the index holds.
        let moved_on = self.version_on_disk() != self.version;
        let on_disk = match moved_on {
            true => match self.read_catalog() {
                Ok(pair) => Some(pair),
                // Damaged or removed since: rebuilt from the files, as a
                // start would, saying so if it was damaged.
                Err(_) => {
                    let store = self.update_locked(load::find(&self.paths, true), now, progress)?;
                    let changes = Changes::between(current, &store);
                    return Ok(Some((store, changes)));
                }
            },
            false => None,
        };
        let (previous, rule_files) = match &on_disk {
            Some((store, rules)) => (store, rules),
            None => (current, &self.rule_files),
        };
        let index = match &self.index {
            Some(index) => index,
            None => self.index.insert(
                check::open_index(&self.dir).map_err(|why| io::Error::other(why.to_string()))?,
            ),
        };
        let before = Some(Previous::of(previous, Some(rule_files)));
        let update = match files {
            Listed::Found(found) => Update::new(index, before, found, now),
            Listed::Planned(plan, listing) if !moved_on => {
                Update::planned(index, before, plan, listing)
            }
            // Planned against the store in use, which the archive is not now.
            Listed::Planned(..) => Update::new(index, before, load::find(&self.paths, true), now),
        };
        if update.is_nothing() {
            let (diagnostics, _) = update.into_diagnostics();
            let on_disk = match on_disk {
                // The folders' and `tags.toml`'s problems changed, or were
                // never taken in (a start from the index without a walk):
                // the same store, with them.
                None if diagnostics != current.loader_diagnostics() => Some(
                    self.read_catalog()
                        .map_err(|why| io::Error::other(why.to_string()))?,
                ),
                on_disk => on_disk,
            };
            return Ok(on_disk.map(|(store, rules)| {
                self.rule_files = rules;
                let store = store.with_loader_diagnostics(diagnostics);
                let changes = Changes::between(current, &store);
                (store, changes)
            }));
        }
        let rule_files = update.rule_files().to_vec();
        let (updated, changes) = update.run(progress, true)?;
        let store = self.keep(updated, rule_files, progress)?;
        let changes = match moved_on {
            true => Changes::between(current, &store),
            false => changes,
        };
        Ok(Some((store, changes)))
    }

    /// The catalog's store with its index, if both are there, whole, and
    /// agree (see `check::read`).
    fn read_catalog(&mut self) -> Result<(Store, RuleFiles), Unusable> {
        let checked = check::read(&self.dir)?;
        self.version = Some(Version {
            catalog: checked.catalog,
            patch: checked.patch,
        });
        self.index = Some(checked.index);
        let _ = open_regular(&self.catalog_path()).and_then(|f| f.set_modified(SystemTime::now()));
        Ok((checked.store, checked.rule_files))
    }

    /// Removes the index, the catalog and the patch, as after damage or a
    /// write that failed part way: no file of theirs is left behind.
    pub fn discard(&mut self) {
        self.index = None;
        self.version = None;
        for name in ["index", "catalog", "patch"] {
            let _ = remove_any(&self.dir.join(name));
        }
    }

    fn fresh_index(&mut self) -> io::Result<Index> {
        self.discard();
        let dir = self.dir.join("index");
        fs::create_dir_all(&dir)?;
        let directory = MmapDirectory::open(&dir).map_err(io::Error::other)?;
        Index::create(directory, schema::schema(), Default::default())
            .map(schema::registered)
            .map_err(io::Error::other)
    }
}
