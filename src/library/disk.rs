//! An archive's index on disk: a folder per set of paths in the cache
//! folder, holding the tantivy index (`index/`), the catalog (`catalog`) and
//! a lock file. Each start or reload that may write holds the lock, so that
//! two brief processes on one archive take turns: one updates while the
//! other waits, then finds the work done.

use std::fs::{self, File};
use std::io;
use std::path::{Path, PathBuf};
use std::time::{Instant, SystemTime};

use tantivy::Index;
use tantivy::directory::MmapDirectory;

use super::Changes;
use super::Listed;
use super::folder::{Lock, prune, remove_stale};
use super::index::searcher;
use super::update::{Previous, Update};
use crate::fnv::Fnv;
use crate::load::{self, Found};
use crate::model::Diagnostic;
use crate::progress::{Phase, Progress};
use crate::store::cache::{self, Unusable, patch};
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
        let mut name = Fnv::default();
        for path in paths {
            let path = std::path::absolute(path).unwrap_or_else(|_| path.clone());
            name.write(path.as_os_str().as_encoded_bytes());
            name.write(&[0]);
        }
        let dir = root.join(format!("{:016x}", name.0));
        fs::create_dir_all(&dir)?;
        prune(root, now, &dir);
        // A catalog's temporary file, left by a writer that was killed.
        remove_stale(&dir, now, ".tmp");
        Ok(Archive {
            dir,
            paths: paths.to_vec(),
            index: None,
            rule_files: Vec::new(),
            version: None,
        })
    }

    fn catalog_path(&self) -> PathBuf {
        self.dir.join("catalog")
    }

    fn patch_path(&self) -> PathBuf {
        self.dir.join("patch")
    }

    fn version_on_disk(&self) -> Option<Version> {
        let catalog = cache::generation(&self.catalog_path())?;
        let patch = patch::generation(&self.patch_path())
            .filter(|&(base, _)| base == catalog)
            .map(|(_, generation)| generation);
        Some(Version { catalog, patch })
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
        let (updated, _) = update.run(progress, true)?;
        let mut store = self.keep(updated, rule_files, progress)?;
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
        files: Listed,
        now: SystemTime,
        progress: &Progress,
    ) -> io::Result<Option<(Store, Changes)>> {
        let _lock = Lock::take(&self.dir)?;
        // Another brief on this archive may have updated it since: then its
        // catalog, not the store in use, is what the index holds.
        let moved_on = self.version_on_disk() != self.version;
        let on_disk = match moved_on {
            true => Some(self.read_catalog().map_err(|_| {
                io::Error::other("the index cache changed under brief; start it again")
            })?),
            false => None,
        };
        let (previous, rule_files) = match &on_disk {
            Some((store, rules)) => (store, rules),
            None => (current, &self.rule_files),
        };
        let index = match &self.index {
            Some(index) => index,
            None => self.index.insert(open_index(&self.dir)?),
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
        patch::write(&self.patch_path(), &store, catalog, generation)?;
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
        cache::write(&self.catalog_path(), heads, &rule_files, generation)?;
        // Its patch is stale now; one left by a crash here is not used.
        let _ = fs::remove_file(self.patch_path());
        self.version = Some(Version {
            catalog: generation,
            patch: None,
        });
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
                None,
            )
            .ok_or_else(|| io::Error::other("the index does not hold the catalog's files"))
    }

    /// The catalog's store with its index, if both are there and agree.
    fn read_catalog(&mut self) -> Result<(Store, RuleFiles), Unusable> {
        let catalog = cache::read(&self.catalog_path())?;
        let patch = patch::read(&self.patch_path(), catalog.generation)?;
        let index = open_index(&self.dir).map_err(|_| Unusable::Damaged)?;
        let searcher = searcher(&index).map_err(|_| Unusable::Damaged)?;
        let rule_files = catalog.rule_files.clone();
        let version = Version {
            catalog: catalog.generation,
            patch: patch.as_ref().map(|p| p.generation),
        };
        let store = catalog
            .into_store(searcher, Vec::new(), Timings::default(), patch)
            .ok_or(Unusable::Damaged)?;
        self.version = Some(version);
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

fn open_index(dir: &Path) -> io::Result<Index> {
    Index::open_in_dir(dir.join("index"))
        .map(schema::registered)
        .map_err(io::Error::other)
}
