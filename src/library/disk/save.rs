//! Writing an archive's store to its folder: as a small patch beside the
//! catalog while the changes since it are few, else as a new catalog, each
//! written atomically after tantivy has committed the index.

use std::io;
use std::path::PathBuf;
use std::time::{Instant, SystemTime};

use super::{Archive, RuleFiles, Version};
use crate::atomic::AtomicFile;
use crate::fnv::Fnv;
use crate::library::folder::{map_regular, remove_any};
use crate::library::index::searcher;
use crate::progress::{Phase, Progress};
use crate::store::cache::{self, patch};
use crate::store::{CacheUse, Store, Timings};

/// Past this share of the briefings added or gone since the catalog, a new
/// catalog is written instead of a patch.
const MAX_PATCH: f64 = 1.0 / 16.0;

impl Archive {
    /// Records `store` on disk: as a patch to the catalog it was amended
    /// from while the patch stays small, else as a new catalog.
    pub(super) fn keep(
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
