//! brief's side: its index through the library, as the reader and the CLI
//! use it: `Library::open`, then `query::parse` and `evaluate`. (Since brief
//! moved to tantivy, this measures brief's layers over tantivy; the figures
//! of brief's own index are kept in BENCHMARKS.md.)

use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use brief::library::{Library, Options};
use brief::progress::Progress;
use brief::store::{CacheUse, Store};
use chrono::NaiveDate;

use crate::{Report, Search, median};

fn open(paths: &[PathBuf], cache: &Path) -> Store {
    let options = Options {
        cache: Some(cache),
        now: SystemTime::now(),
        links: Default::default(),
    };
    Library::open(paths, options, &Progress::new()).1
}

/// The first start: loads every file, indexes it and writes the snapshot.
pub fn build(paths: &[PathBuf], cache: &Path, report: &mut Report) {
    let _ = std::fs::remove_dir_all(cache);
    std::fs::create_dir_all(cache).expect("cache folder");
    let started = std::time::Instant::now();
    let store = open(paths, cache);
    report.secs("build", started.elapsed());
    let t = store.timings();
    report.secs(
        "  of which load (walk, read, parse)",
        t.load.walk + t.load.read_parse,
    );
    report.secs("  of which index", t.index);
    if let CacheUse::Updated { write: took, .. } = t.cache {
        report.secs("  of which writing the cache", took);
    }
}

/// Starts with nothing changed, the query forms, then a start after one new file.
pub fn queries(paths: &[PathBuf], cache: &Path, searches: &[Search], report: &mut Report) {
    let mut check = Duration::ZERO;
    let (start, files) = median(|| {
        let store = open(paths, cache);
        if let CacheUse::Hit(took) = store.timings().cache {
            check = took;
        }
        store.len()
    });
    report.millis("start, nothing changed (walk, stat, open)", start);
    report.millis("  of which opening the index", check);
    report.count("briefings", files);
    let store = open(paths, cache);
    let today = NaiveDate::from_ymd_opt(2024, 12, 31).expect("a date");
    for search in searches {
        let Some(text) = search.brief_query() else {
            report.na(&format!("query {} (set)", search.label()));
            continue;
        };
        let (took, hits) = median(|| {
            let q = brief::query::parse(&text).expect("query parses");
            brief::query::evaluate(&store, &q, today).count()
        });
        report.query(&search.label(), "set", took, hits);
    }
}

/// The two starts after one new file in `paths`' last folder: each loads
/// every file again; the first leaves the cache alone (the file changed
/// within the last 2 s), the second rewrites it.
pub fn add_one(paths: &[PathBuf], cache: &Path, report: &mut Report) {
    for start in ["start after one new file", "the start after that"] {
        let started = std::time::Instant::now();
        let store = open(paths, cache);
        report.millis(start, started.elapsed());
        if let CacheUse::Updated { write: took, .. } = store.timings().cache {
            report.millis("  of which rewriting the cache", took);
        }
    }
}
