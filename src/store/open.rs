//! Opening a store from files and folders, through the index cache when the
//! caller gives it a folder.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant, SystemTime};

use super::{CacheUse, Store, Timings, cache};
use crate::load::{self, LoadTimings, Loaded};
use crate::model::Diagnostic;
use crate::progress::{Phase, Progress};

impl Store {
    pub fn open(paths: &[PathBuf]) -> Store {
        Store::build(load::load(paths))
    }

    /// Like `open`, but with `cache` (a folder) a start whose files are all
    /// unchanged maps the snapshot kept there instead of reading them, and a
    /// full load leaves a snapshot for the next start. `now` is the wall
    /// clock's time, the caller's to give so that tests can move it.
    pub fn open_with_cache(paths: &[PathBuf], cache: Option<&Path>, now: SystemTime) -> Store {
        let (mut store, pending) = Store::open_deferring_cache(paths, cache, now, &Progress::new());
        if let Some(pending) = pending {
            store.record_cache(pending.write(&store));
        }
        store
    }

    /// `build`, said in `progress`.
    fn built(loaded: Loaded, progress: &Progress) -> Store {
        progress.phase(Phase::Indexing, loaded.briefings.len());
        Store::build(loaded)
    }

    /// Notes what happened to the snapshot handed back by `open_deferring_cache`.
    pub fn record_cache(&mut self, cache: CacheUse) {
        self.timings.cache = cache;
    }

    /// Like `open_with_cache`, but a snapshot still to be written is handed
    /// back, so that the reader can show the store first.
    pub fn open_deferring_cache(
        paths: &[PathBuf],
        cache: Option<&Path>,
        now: SystemTime,
        progress: &Progress,
    ) -> (Store, Option<PendingCache>) {
        progress.phase(Phase::Finding, 0);
        let mut found = load::find(paths, cache.is_some());
        let Some(dir) = cache else {
            return (Store::built(load::read(found, progress), progress), None);
        };
        let key = cache::Key::new(paths, &found);
        if let Some(key) = &key {
            let started = Instant::now();
            match cache::read(dir, key, now) {
                Ok(parts) => {
                    let timings = Timings {
                        load: LoadTimings {
                            walk: found.walk_time,
                            workers: load::workers(),
                            ..LoadTimings::default()
                        },
                        index: Duration::ZERO,
                        cache: CacheUse::Hit(started.elapsed()),
                    };
                    let store = Store::assemble(parts, found.diagnostics, timings, Instant::now());
                    return (store, None);
                }
                Err(cache::Unusable::Damaged(file)) => found.diagnostics.push(Diagnostic::warning(
                    file,
                    (1, 1),
                    "the index cache was damaged; loaded the files afresh and wrote it anew",
                )),
                Err(cache::Unusable::Absent) => {}
            }
        }
        let racy = cache::racy(&found, now);
        let mut store = Store::built(load::read(found, progress), progress);
        store.timings.cache = CacheUse::Miss;
        let pending = key.filter(|_| !racy).map(|key| PendingCache {
            dir: dir.to_path_buf(),
            key,
            now,
        });
        (store, pending)
    }
}

/// A snapshot of a freshly loaded store, not yet written.
pub struct PendingCache {
    dir: PathBuf,
    key: cache::Key,
    /// The wall clock's time when the store was opened.
    now: SystemTime,
}

impl PendingCache {
    /// Writes the snapshot of `store`, which must be the store this came with.
    pub fn write(self, store: &Store) -> CacheUse {
        let started = Instant::now();
        match cache::write(&self.dir, &self.key, store, self.now) {
            Ok(()) => CacheUse::Written(started.elapsed()),
            Err(_) => CacheUse::Miss,
        }
    }
}
