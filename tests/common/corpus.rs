//! A corpus big enough for the index cache, and the wall clock it needs: the
//! cache trusts no file changed within two seconds of the load.

use std::fs;
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use brief::library::{Library, Options};
use brief::progress::Progress;
use brief::query;
use brief::store::{CacheUse, Store};
use chrono::NaiveDate;

use super::{sample, write};

/// Six copies of the bundled briefings (240 files, both formats, quotes,
/// curated and rule tags), tags.toml, a binary file and a broken one.
pub fn corpus() -> tempfile::TempDir {
    corpus_named(|_| String::new())
}

/// The same corpus with no two files of one name: in each copy, every file
/// name starts with the copy's number.
pub fn corpus_named_apart() -> tempfile::TempDir {
    corpus_named(|copy| format!("{copy}-"))
}

fn corpus_named(prefix: impl Fn(usize) -> String) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for copy in 0..6 {
        copy_briefings(
            &sample(),
            &dir.path().join(format!("c{copy}")),
            &prefix(copy),
        );
    }
    fs::copy(sample().join("tags.toml"), dir.path().join("tags.toml")).unwrap();
    write(
        dir.path(),
        "binary.txt",
        b"date 2022-01-12 \0 binary".as_slice(),
    );
    write(
        dir.path(),
        "broken.md",
        "+++\ntitle = \"Half\nwhat = [\n+++\nBody.",
    );
    dir
}

fn copy_briefings(from: &Path, to: &Path, prefix: &str) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            copy_briefings(&path, &to.join(path.file_name().unwrap()), prefix);
        } else if brief::load::is_briefing_name(&path) {
            let mut name = std::ffi::OsString::from(prefix);
            name.push(path.file_name().unwrap());
            fs::copy(&path, to.join(name)).unwrap();
        }
    }
}

/// The latest modification or status change of a file under `dir`.
pub fn newest_change(dir: &Path) -> SystemTime {
    let mut newest = SystemTime::UNIX_EPOCH;
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let meta = fs::symlink_metadata(&path).unwrap();
        let changed =
            SystemTime::UNIX_EPOCH + Duration::new(meta.ctime() as u64, meta.ctime_nsec() as u32);
        newest = newest.max(changed).max(meta.modified().unwrap());
        if meta.is_dir() {
            newest = newest.max(newest_change(&path));
        }
    }
    newest
}

/// How long after its files' last change a load may be cached (the loader's
/// own margin is two seconds; a little more absorbs timestamp rounding).
pub const SETTLED: Duration = Duration::from_millis(2100);

/// Waits until the wall clock is `SETTLED` past the last change under `dir`,
/// for tests of the binary, which reads the real clock.
pub fn wait_until_settled(dir: &Path) {
    let ready = newest_change(dir) + SETTLED;
    super::eventually(Duration::from_secs(10), "the files to settle", || {
        match SystemTime::now() >= ready {
            true => Ok(()),
            false => Err(format!("now {:?}, ready at {ready:?}", SystemTime::now())),
        }
    });
}

pub fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2022, 2, 25).unwrap()
}

pub const QUERIES: &[&str] = &[
    "",
    "gas",
    "\"gas transit\"",
    "tag:energy since:2022-01-15",
    "-tag:nato minist*",
    "source:reu",
    "has:quote priority:high",
    "id:2022-01",
    "speaker:lysenko",
    "speaker:a -speaker:\"sofia petrenko\"",
    "quote:gas",
    "speaker:lysenko quote:\"the gas\"",
    "(quote:pipe OR speaker:petrenko) -quote:moscow",
];

/// Every briefing, diagnostic, tag count, query result and relevance order is the same.
pub fn assert_same(fresh: &Store, other: &Store) {
    assert_eq!(fresh.len(), other.len());
    for (a, b) in brief::library::wholes(fresh).zip(brief::library::wholes(other)) {
        assert_eq!(a, b);
    }
    let diags = |s: &Store| s.diagnostics().cloned().collect::<Vec<_>>();
    assert_eq!(diags(fresh), diags(other));
    let tags = |s: &Store| {
        s.tag_counts()
            .map(|(t, n)| (t.to_string(), n))
            .collect::<Vec<_>>()
    };
    assert_eq!(tags(fresh), tags(other));
    let speakers = |s: &Store| {
        (s.speakers(&s.all(), |_| true).into_iter())
            .map(|t| (t.name.to_string(), t.quotes, t.briefings, t.first, t.last))
            .collect::<Vec<_>>()
    };
    assert!(!speakers(fresh).is_empty());
    assert_eq!(speakers(fresh), speakers(other));
    for text in QUERIES {
        let q = query::parse(text).unwrap();
        let ids = |s: &Store| query::evaluate(s, &q, today()).iter().collect::<Vec<_>>();
        assert_eq!(ids(fresh), ids(other), "query {text:?}");
        let ranked = |s: &Store| {
            let docs = query::evaluate(s, &q, today());
            (
                query::rank::by_relevance(s, &q, &docs),
                query::rank::scores(s, &q, &docs),
            )
        };
        assert_eq!(ranked(fresh), ranked(other), "relevance of {text:?}");
    }
}

/// `store` without the loader-level diagnostics whose message contains
/// `said` (what a test expects the cache to have said), for comparing it
/// with a load that had nothing to say.
pub fn without_said(store: Store, said: &str) -> Store {
    let others = (store.loader_diagnostics().iter())
        .filter(|d| !d.message.contains(said))
        .cloned()
        .collect();
    store.with_loader_diagnostics(others)
}

/// Opens through the cache with the clock at `now`.
pub fn open_at(dir: &Path, cache: &Path, now: SystemTime) -> Store {
    let options = Options {
        cache: Some(cache),
        now,
        links: Default::default(),
    };
    Library::open(&[dir.to_path_buf()], options, &Progress::new()).1
}

/// How many files the start read, if it updated the cache.
pub fn read_files(store: &Store) -> Option<usize> {
    match store.timings().cache {
        CacheUse::Updated { files, .. } => Some(files),
        _ => None,
    }
}

/// The commit file (`meta.json`, with brief's payload) of the index of the
/// one archive in `cache`.
pub fn commit_file(cache: &Path) -> PathBuf {
    let [archive] = cache_files(cache).try_into().unwrap();
    archive.join("index").join("meta.json")
}

/// Changes one letter or digit of brief's payload in the commit file
/// `meta.json`, `k` parts of `of` into it, leaving the JSON around it whole:
/// only the payload's own checksum can tell.
pub fn change_payload(file: &Path, k: usize, of: usize) {
    let mut bytes = fs::read(file).unwrap();
    let key = b"\"payload\": \"";
    let start = bytes.windows(key.len()).position(|w| w == key).unwrap() + key.len();
    let mut end = start;
    while bytes[end] != b'"' {
        end += if bytes[end] == b'\\' { 2 } else { 1 };
    }
    let mut at = start + (end - start) * k / of;
    while !bytes[at].is_ascii_alphanumeric() || bytes[at - 1] == b'\\' {
        at += 1;
    }
    bytes[at] = match bytes[at] {
        b'9' => b'0',
        b'z' | b'Z' => b'a',
        c => c + 1,
    };
    fs::write(file, bytes).unwrap();
}

/// The file `add_late` writes.
pub const LATE: &str = "c9/2022-03-01_late.txt";

/// Writes a briefing that arrives after the corpus was indexed, and returns
/// a time past its change, when its times are trusted.
pub fn add_late(dir: &Path) -> SystemTime {
    write(dir, LATE, "date 2022-03-01 A late arrival.");
    newest_change(dir) + SETTLED
}

/// Options for a library whose cache is in `cache`, at `now`.
pub fn cached(cache: &Path, now: SystemTime) -> Options<'_> {
    Options {
        cache: Some(cache),
        now,
        links: Default::default(),
    }
}

/// A library of `dir` with its cache in `cache`, opened as a reader would
/// once the files have settled, and its store.
pub fn reader(dir: &Path, cache: &Path) -> (Library, Store) {
    let now = newest_change(dir) + SETTLED;
    Library::open(&[dir.to_path_buf()], cached(cache, now), &Progress::new())
}

/// Opens through the cache with the clock set past the files' last change,
/// as if they had been left alone for a while.
pub fn open(dir: &Path, cache: &Path) -> Store {
    open_at(dir, cache, newest_change(dir) + SETTLED)
}

pub fn cache_files(cache: &Path) -> Vec<PathBuf> {
    fs::read_dir(cache)
        .map(|d| d.map(|e| e.unwrap().path()).collect())
        .unwrap_or_default()
}
