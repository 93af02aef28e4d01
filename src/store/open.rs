//! Opening a store from files and folders, through the index cache when the
//! caller gives it a folder.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant, SystemTime};

use super::{CacheUse, Store, Timings, cache};
use crate::load::{self, LoadTimings};

impl Store {
    pub fn open(paths: &[PathBuf]) -> Store {
        Store::build(load::load(paths))
    }

    /// Like `open`, but with `cache` (a folder) a start whose files are all
    /// unchanged maps the snapshot kept there instead of reading them, and a
    /// full load leaves a snapshot for the next start.
    pub fn open_with_cache(paths: &[PathBuf], cache: Option<&Path>) -> Store {
        let Some(dir) = cache else {
            return Store::open(paths);
        };
        let wall = SystemTime::now();
        let found = load::find(paths, true);
        let key = cache::Key::new(paths, &found);
        if let Some(key) = &key {
            let started = Instant::now();
            if let Some(parts) = cache::read(dir, key) {
                let timings = Timings {
                    load: LoadTimings {
                        walk: found.walk_time,
                        workers: load::workers(),
                        ..LoadTimings::default()
                    },
                    index: Duration::ZERO,
                    cache: CacheUse::Hit(started.elapsed()),
                };
                return Store::assemble(parts, found.diagnostics, timings, Instant::now());
            }
        }
        let racy = cache::racy(&found, wall);
        let mut store = Store::build(load::read(found));
        store.timings.cache = CacheUse::Miss;
        if let Some(key) = key.filter(|_| !racy) {
            let started = Instant::now();
            if cache::write(dir, &key, &store).is_ok() {
                store.timings.cache = CacheUse::Written(started.elapsed());
            }
        }
        store
    }
}
