//! An archive's index on disk: a folder per set of paths in the cache
//! folder, holding the tantivy index (`index/`), which is all the cache
//! (see `store::filed`), a lock file and the marker that says brief made
//! the folder.
//! Each start or reload that may write holds the lock, so that two brief
//! processes on one archive take turns: one updates while the other waits,
//! then finds the work done. Everything is checked before it is trusted
//! (see `check`); a cache that fails is rebuilt with a warning.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::time::{Instant, SystemTime};

use tantivy::Index;
use tantivy::directory::MmapDirectory;

use super::Changes;
use super::Listed;
use super::check::{self, Unusable};
use super::folder::{Lock, folder_of, make_own, prune, remove_any};
use super::update::{Previous, Update};

use crate::load::{self, Found, Links};
use crate::model::Diagnostic;
use crate::progress::Progress;
use crate::store::{CacheUse, Store, schema};

/// Each `tags.toml` path with its bytes.
type RuleFiles = Vec<(PathBuf, Vec<u8>)>;

/// How many of the newest briefings a reader's first screen comes with: a
/// page up to a tall terminal's full height many times over, put together
/// in milliseconds from any archive (`Store::preview_from_index`).
pub const PREVIEW: usize = 1_000;

pub struct Archive {
    dir: PathBuf,
    paths: Vec<PathBuf>,
    links: Links,
    index: Option<Index>,
    /// The `tags.toml` files the store in use was made with.
    rule_files: Vec<(PathBuf, Vec<u8>)>,
    /// The commit of the index the store in use came from (see
    /// `check::version`): another brief that changed the cache made another.
    version: Option<u64>,
}

impl Archive {
    /// The folder for `paths` walked following `links` under `root`, made
    /// if need be; old folders of other archives are pruned as of `now`.
    pub fn open(
        root: &Path,
        paths: &[PathBuf],
        links: Links,
        now: SystemTime,
    ) -> io::Result<Archive> {
        let dir = folder_of(root, paths, links);
        make_own(&dir)?;
        prune(root, now, &dir);
        Ok(Archive::at(dir, paths, links))
    }

    fn at(dir: PathBuf, paths: &[PathBuf], links: Links) -> Archive {
        Archive {
            dir,
            paths: paths.to_vec(),
            links,
            index: None,
            rule_files: Vec::new(),
            version: None,
        }
    }

    /// The archive of `paths` under `root` if it has an index already;
    /// nothing is made or pruned.
    pub fn existing(root: &Path, paths: &[PathBuf], links: Links) -> Option<Archive> {
        let dir = folder_of(root, paths, links);
        fs::symlink_metadata(dir.join("index").join("meta.json")).ok()?;
        Some(Archive::at(dir, paths, links))
    }

    /// The store the cache holds, checked but taken as it is, without
    /// looking at the files, and only its `PREVIEW` newest briefings (see
    /// `whole`); `None` when it cannot be used (an open as usual then says
    /// why and rebuilds it) or while another brief holds the lock (an open
    /// as usual waits for it and says how it goes).
    pub fn as_indexed(&mut self) -> io::Result<Option<Store>> {
        let started = Instant::now();
        let Some(_lock) = Lock::try_take(&self.dir)? else {
            return Ok(None);
        };
        let read = check::read_newest(&self.dir, Some(PREVIEW)).map(|c| self.take(c));
        Ok(read.ok().map(|(mut store, rule_files)| {
            self.rule_files = rule_files;
            store.record_cache(CacheUse::Hit(started.elapsed()));
            store
        }))
    }

    /// The whole store the cache holds, after `as_indexed` gave its newest
    /// briefings: checked and read again, as another brief may have
    /// changed the cache since.
    pub fn whole(&mut self) -> io::Result<Store> {
        self.locked(|archive| {
            let (store, rule_files) =
                (archive.read_cache()).map_err(|why| io::Error::other(why.to_string()))?;
            archive.rule_files = rule_files;
            Ok(store)
        })
    }

    /// The archive's folder in the cache.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The index's last commit on disk.
    fn version_on_disk(&self) -> Option<u64> {
        check::version(self.index.as_ref()?)
    }

    /// The cache of `paths` under `root` read and checked, if there is one
    /// and no other brief is writing it: what a start reads while it walks
    /// the folders, and `bring_up_to_date` takes if it is still the last commit.
    pub fn read_ahead(root: &Path, paths: &[PathBuf], links: Links) -> Option<check::Checked> {
        let archive = Archive::existing(root, paths, links)?;
        let _lock = Lock::try_take(&archive.dir).ok()??;
        check::read(&archive.dir).ok()
    }

    /// The store of the files `found`: the cache's as it is if nothing
    /// changed, else brought up to date and written back.
    /// A write that fails part way (a full disk) leaves no file behind.
    pub fn bring_up_to_date(
        &mut self,
        found: Found,
        ahead: Option<check::Checked>,
        now: SystemTime,
        progress: &Progress,
    ) -> io::Result<Store> {
        self.locked(|archive| {
            let last = ahead.filter(|a| check::version(&a.index) == Some(a.version));
            let read = match last {
                Some(checked) => Ok(archive.take(checked)),
                None => archive.read_cache(),
            };
            archive.update_locked(read, found, now, progress)
        })
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
        read: Result<(Store, RuleFiles), Unusable>,
        found: Found,
        now: SystemTime,
        progress: &Progress,
    ) -> io::Result<Store> {
        let started = Instant::now();
        let mut damaged = None;
        let previous = match read {
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
            let (store, rule_files) = previous.expect("nothing changed since the last commit");
            self.rule_files = rule_files;
            let mut store = store.with_loader_diagnostics(diagnostics);
            store.record_cache(CacheUse::Hit(started.elapsed()));
            store.record_walk(walk);
            return Ok(store);
        }
        let (rule_files, files) = (update.rule_files().to_vec(), update.reads());
        let (mut store, _) = update.run(progress, true)?;
        self.committed(&mut store, rule_files, files, started);
        Ok(match damaged {
            Some(d) => store.with_loader_diagnostic(d),
            None => store,
        })
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
        // last commit, not the store in use, is what the index holds.
        let moved_on = self.version_on_disk() != self.version;
        let on_disk = match moved_on {
            true => match self.read_cache() {
                Ok(pair) => Some(pair),
                // Damaged or removed since: rebuilt from the files, as a
                // start would, saying so if it was damaged.
                Err(_) => {
                    let found = load::find(&self.paths, true, self.links);
                    let read = self.read_cache();
                    let store = self.update_locked(read, found, now, progress)?;
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
            Listed::Planned(..) => Update::new(
                index,
                before,
                load::find(&self.paths, true, self.links),
                now,
            ),
        };
        if update.is_nothing() {
            let (diagnostics, _) = update.into_diagnostics();
            let on_disk = match on_disk {
                // The folders' and `tags.toml`'s problems changed, or were
                // never taken in (a start from the index without a walk):
                // the same store, with them.
                None if diagnostics != current.loader_diagnostics() => Some(
                    self.read_cache()
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
        let (rule_files, files) = (update.rule_files().to_vec(), update.reads());
        let started = Instant::now();
        let (mut store, changes) = update.run(progress, true)?;
        self.committed(&mut store, rule_files, files, started);
        let changes = match moved_on {
            true => Changes::between(current, &store),
            false => changes,
        };
        Ok(Some((store, changes)))
    }

    /// The store the index holds, if it is there and whole (see `check::read`).
    fn read_cache(&mut self) -> Result<(Store, RuleFiles), Unusable> {
        let checked = check::read(&self.dir)?;
        Ok(self.take(checked))
    }

    fn take(&mut self, checked: check::Checked) -> (Store, RuleFiles) {
        self.version = Some(checked.version);
        self.index = Some(checked.index);
        (checked.store, checked.rule_files)
    }

    /// Notes what an update that read `files` committed.
    fn committed(
        &mut self,
        store: &mut Store,
        rule_files: RuleFiles,
        files: usize,
        started: Instant,
    ) {
        self.version = self.version_on_disk();
        self.rule_files = rule_files;
        let write = started.elapsed();
        store.record_cache(CacheUse::Updated { files, write });
    }

    /// Removes the index, as after damage or a write that failed part
    /// way: no file of it is left behind.
    pub fn discard(&mut self) {
        self.index = None;
        self.version = None;
        let _ = remove_any(&self.dir.join("index"));
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
