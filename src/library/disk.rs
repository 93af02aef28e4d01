//! An archive's index on disk: a folder per set of paths in the cache
//! folder, holding the tantivy index (`index/`), the catalog (`catalog`),
//! its patch, a lock file and the marker that says brief made the folder.
//! Each start or reload that may write holds the lock, so that two brief
//! processes on one archive take turns: one updates while the other waits,
//! then finds the work done. Everything is checked before it is trusted
//! (see `check`); a cache that fails is rebuilt with a warning.

use std::fs;
use std::io::{self, Read};
use std::path::{Path, PathBuf};
use std::time::{Instant, SystemTime};

use tantivy::Index;
use tantivy::directory::MmapDirectory;

use super::Changes;
use super::Listed;
use super::check::{Unusable, open_index};
use super::folder::{Lock, make_own, open_regular, prune, remove_any, remove_stale};
use super::index::searcher;
use super::update::{Previous, Update};
use crate::atomic::AtomicFile;
use crate::fnv::Fnv;
use crate::guard;
use crate::load::{self, Found};
use crate::model::{Diagnostic, SharedBytes};
use crate::progress::{Phase, Progress};
use crate::store::cache::{self, patch};
use crate::store::{CacheUse, Store, Timings, schema};

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

/// Past this share of the briefings added or gone since the catalog, a new
/// catalog is written instead of a patch.
const MAX_PATCH: f64 = 1.0 / 16.0;

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
        Ok(Archive {
            dir,
            paths: paths.to_vec(),
            index: None,
            rule_files: Vec::new(),
            version: None,
        })
    }

    /// The archive of `paths` under `root` if it has a catalog already;
    /// nothing is made or pruned.
    pub fn existing(root: &Path, paths: &[PathBuf]) -> Option<Archive> {
        let dir = folder_of(root, paths);
        open_regular(&dir.join("catalog")).ok()?;
        Some(Archive {
            dir,
            paths: paths.to_vec(),
            index: None,
            rule_files: Vec::new(),
            version: None,
        })
    }

    /// The store the cache holds, checked but taken as it is, without
    /// looking at the files; `None` when it cannot be used (an open as
    /// usual then says why and rebuilds it).
    pub fn as_indexed(&mut self) -> io::Result<Option<Store>> {
        let started = Instant::now();
        let _lock = Lock::take(&self.dir)?;
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
            true => Some(self.read_catalog().map_err(|why| {
                io::Error::other(format!(
                    "the index cache changed under brief and cannot be read ({why}); start it again"
                ))
            })?),
            false => None,
        };
        let (previous, rule_files) = match &on_disk {
            Some((store, rules)) => (store, rules),
            None => (current, &self.rule_files),
        };
        let index = match &self.index {
            Some(index) => index,
            None => self
                .index
                .insert(open_index(&self.dir).map_err(|why| io::Error::other(why.to_string()))?),
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
            return Ok(on_disk.map(|(store, rules)| {
                self.rule_files = rules;
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

    /// Records `store` on disk: as a patch to the catalog it was amended
    /// from while the patch stays small, else as a new catalog.
    fn keep(
        &mut self,
        mut store: Store,
        rule_files: RuleFiles,
        progress: &Progress,
    ) -> io::Result<Store> {
        let catalog = match self.version {
            Some(v) if store.is_filed() && patch::share(&store) <= MAX_PATCH => v.catalog,
            _ => return self.save(&store, rule_files, progress),
        };
        progress.phase(Phase::Saving, 0);
        holds_each_once(&store)?;
        let started = Instant::now();
        let generation = new_generation();
        let bytes = patch::encode(&store, catalog, generation)?;
        let mut file = AtomicFile::create(&self.patch_path())?;
        io::Write::write_all(&mut file, &bytes)?;
        file.commit()?;
        self.version = Some(Version {
            catalog,
            patch: Some(generation),
        });
        self.rule_files = rule_files;
        let write = started.elapsed();
        store.record_cache(CacheUse::Updated { files: 0, write });
        Ok(store)
    }

    /// Writes the catalog of `heads` and opens the store from it.
    fn save(
        &mut self,
        heads: &Store,
        rule_files: Vec<(PathBuf, Vec<u8>)>,
        progress: &Progress,
    ) -> io::Result<Store> {
        progress.phase(Phase::Saving, 0);
        holds_each_once(heads)?;
        let started = Instant::now();
        let generation = new_generation();
        let file = AtomicFile::create(&self.catalog_path())?;
        cache::write(file, heads, &rule_files, generation)?.commit()?;
        // Its patch is stale now; one left by a crash here is not used.
        let _ = remove_any(&self.patch_path());
        self.version = Some(Version {
            catalog: generation,
            patch: None,
        });
        let write = started.elapsed();
        self.rule_files = rule_files;
        let index = self.index.as_ref().expect("an index is open");
        let catalog = map_regular(&self.catalog_path())
            .ok()
            .flatten()
            .and_then(|bytes| cache::read(bytes).ok())
            .ok_or_else(|| io::Error::other("the catalog just written cannot be read"))?;
        let timings = Timings {
            cache: CacheUse::Updated { files: 0, write },
            ..heads.timings()
        };
        catalog
            .into_store(
                searcher(index)?,
                heads.loader_diagnostics().to_vec(),
                timings,
                None,
            )
            .ok_or_else(|| io::Error::other("the index does not hold the catalog's files"))
    }

    /// The catalog's store with its index, if both are there, whole, and
    /// agree.
    fn read_catalog(&mut self) -> Result<(Store, RuleFiles), Unusable> {
        let started = Instant::now();
        let catalog_path = self.catalog_path();
        let bytes = map_regular(&catalog_path)
            .map_err(|e| Unusable::damaged(&catalog_path, e))?
            .ok_or(Unusable::Absent)?;
        let catalog = cache::read(bytes).map_err(|u| Unusable::of(&catalog_path, u))?;
        let patch_path = self.patch_path();
        let patch = match read_regular(&patch_path) {
            Ok(None) => None,
            Ok(Some(bytes)) => patch::read(&bytes, catalog.generation)
                .map_err(|u| Unusable::of(&patch_path, u).or_damaged(&patch_path))?,
            Err(e) => return Err(Unusable::damaged(&patch_path, e)),
        };
        let index = open_index(&self.dir)?;
        let check = started.elapsed();
        let rule_files = catalog.rule_files.clone();
        let version = Version {
            catalog: catalog.generation,
            patch: patch.as_ref().map(|p| p.generation),
        };
        let index_path = self.dir.join("index");
        let mut store = guard::catch(|| {
            let searcher = searcher(&index).ok()?;
            catalog.into_store(searcher, Vec::new(), Timings::default(), patch)
        })
        .map_err(|panic| Unusable::damaged(&index_path, format!("reading it panicked: {panic}")))?
        .ok_or_else(|| Unusable::damaged(&index_path, "it does not hold the catalog's files"))?;
        store.record_check(check);
        self.version = Some(version);
        self.index = Some(index);
        let _ = open_regular(&self.catalog_path()).and_then(|f| f.set_modified(SystemTime::now()));
        Ok((store, rule_files))
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

/// A store whose index does not hold each of its briefings once is never
/// written: the next start would find the cache damaged.
fn holds_each_once(store: &Store) -> io::Result<()> {
    match store.text.holds_each_once() {
        true => Ok(()),
        false => Err(io::Error::other(
            "the index does not hold the new store's files",
        )),
    }
}

/// A generation no other catalog is likely to have had: the clock's
/// nanoseconds and the process, hashed.
fn new_generation() -> u64 {
    let mut hash = Fnv::default();
    let now = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .unwrap_or_default();
    hash.write(&now.as_nanos().to_le_bytes());
    hash.write(&std::process::id().to_le_bytes());
    hash.0
}

/// The folder of the archive of `paths` in the cache folder `root`: named
/// by a hash of their absolute forms.
fn folder_of(root: &Path, paths: &[PathBuf]) -> PathBuf {
    let mut name = Fnv::default();
    for path in paths {
        let path = std::path::absolute(path).unwrap_or_else(|_| path.clone());
        name.write(path.as_os_str().as_encoded_bytes());
        name.write(&[0]);
    }
    root.join(format!("{:016x}", name.0))
}

/// The file at `path` mapped into memory, `None` if there is none; an
/// error if it is not a regular file or cannot be read.
fn map_regular(path: &Path) -> io::Result<Option<SharedBytes>> {
    let file = match open_regular(path) {
        Ok(file) => file,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(e),
    };
    // SAFETY: catalogs are only ever replaced by rename, never written in
    // place, so the mapped file does not change under us.
    let map = unsafe { memmap2::Mmap::map(&file) }?;
    Ok(Some(std::sync::Arc::new(map)))
}

/// The bytes of the file at `path`, as `map_regular`.
fn read_regular(path: &Path) -> io::Result<Option<Vec<u8>>> {
    let mut bytes = Vec::new();
    match open_regular(path) {
        Ok(mut file) => file.read_to_end(&mut bytes).map(|_| Some(bytes)),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(e),
    }
}

/// The first bytes of the regular file at `path`, enough for a header.
fn first_bytes(path: &Path) -> Option<Vec<u8>> {
    let mut head = Vec::with_capacity(64);
    open_regular(path)
        .ok()?
        .take(64)
        .read_to_end(&mut head)
        .ok()?;
    Some(head)
}
