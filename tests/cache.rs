//! The index cache: a start from it must give exactly the store a fresh load
//! gives, notice every change to the files, and survive a damaged cache file.

mod common;

use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use brief::query;
use brief::store::{CacheUse, Store};
use common::corpus::{
    QUERIES, SETTLED, assert_same, corpus, newest_change, today, wait_until_settled,
};
use common::*;

/// Opens through the cache with the clock at `now`.
fn open_at(dir: &Path, cache: &Path, now: SystemTime) -> Store {
    Store::open_with_cache(&[dir.to_path_buf()], Some(cache), now)
}

/// Opens through the cache with the clock set past the files' last change,
/// as if they had been left alone for a while.
fn open(dir: &Path, cache: &Path) -> Store {
    open_at(dir, cache, newest_change(dir) + SETTLED)
}

fn cache_files(cache: &Path) -> Vec<PathBuf> {
    fs::read_dir(cache)
        .map(|d| d.map(|e| e.unwrap().path()).collect())
        .unwrap_or_default()
}

/// A corpus, an empty cache folder, and the corpus loaded afresh.
fn loaded() -> (tempfile::TempDir, tempfile::TempDir, Store) {
    let dir = corpus();
    let cache = tempfile::tempdir().unwrap();
    let fresh = Store::open(&[dir.path().to_path_buf()]);
    (dir, cache, fresh)
}

#[test]
fn a_start_from_the_cache_gives_the_same_store_as_a_fresh_load() {
    let (dir, cache, fresh) = loaded();
    assert!(fresh.len() >= brief::store::CACHE_MIN_FILES);
    let first = open(dir.path(), cache.path());
    assert!(matches!(first.timings().cache, CacheUse::Written(_)));
    let second = open(dir.path(), cache.path());
    assert!(matches!(second.timings().cache, CacheUse::Hit(_)));
    assert_same(&fresh, &first);
    assert_same(&fresh, &second);
    assert!(second.problem_count() >= 2, "the binary and broken files");
}

#[test]
fn changed_added_and_removed_files_and_tag_rules_are_seen() {
    let dir = corpus();
    let cache = tempfile::tempdir().unwrap();
    open(dir.path(), cache.path());
    let victim = fs::read_dir(dir.path().join("c0"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|e| e == "txt"))
        .unwrap();
    let text = fs::read_to_string(&victim).unwrap();
    // Same size, different words: only the file's times tell.
    fs::write(
        &victim,
        text.replacen("the", "THE", 1).replacen('a', "q", 1),
    )
    .unwrap();
    write(
        dir.path(),
        "c9/2022-02-20_new.txt",
        "date 2022-02-20 A new arrival.",
    );
    fs::remove_file(dir.path().join("binary.txt")).unwrap();
    let mut tags = fs::read_to_string(dir.path().join("tags.toml")).unwrap();
    tags.push_str("\n[tags.\"arrivals\"]\nmatch = [\"new arrival\"]\n");
    fs::write(dir.path().join("tags.toml"), tags).unwrap();
    let fresh = Store::open(&[dir.path().to_path_buf()]);
    assert_eq!(fresh.tag_docs("arrivals").len(), 1);
    let after = open(dir.path(), cache.path());
    assert!(
        matches!(after.timings().cache, CacheUse::Written(_)),
        "a miss, written afresh: {:?}",
        after.timings().cache
    );
    assert_same(&fresh, &after);
    let again = open(dir.path(), cache.path());
    assert!(matches!(again.timings().cache, CacheUse::Hit(_)));
    assert_same(&fresh, &again);
}

#[test]
fn files_changed_a_moment_ago_or_too_few_files_are_not_cached() {
    let dir = corpus();
    let cache = tempfile::tempdir().unwrap();
    let changed = newest_change(dir.path());
    for moment in [Duration::ZERO, Duration::from_millis(1900)] {
        let store = open_at(dir.path(), cache.path(), changed + moment);
        assert_eq!(store.timings().cache, CacheUse::Miss, "{moment:?} later");
        assert!(cache_files(cache.path()).is_empty());
    }
    let store = open_at(dir.path(), cache.path(), changed + SETTLED);
    assert!(matches!(store.timings().cache, CacheUse::Written(_)));
    fs::remove_file(&cache_files(cache.path())[0]).unwrap();

    let small = tempfile::tempdir().unwrap();
    write(small.path(), "a.txt", "date 2022-01-01 One.");
    assert_eq!(
        open(small.path(), cache.path()).timings().cache,
        CacheUse::Miss
    );
    assert!(cache_files(cache.path()).is_empty());
}

#[test]
fn a_damaged_cache_file_never_crashes_and_a_broken_frame_is_a_miss() {
    let (dir, cache, fresh) = loaded();
    open(dir.path(), cache.path());
    let [file] = cache_files(cache.path()).try_into().unwrap();
    let good = fs::read(&file).unwrap();
    let len = good.len();
    // Cut short anywhere, or the header or footer changed: loaded afresh,
    // and said once the header shows the snapshot was for these files.
    let damage = |s: &Store| {
        s.diagnostics()
            .filter(|d| d.message.starts_with("the index cache was damaged"))
            .count()
    };
    for cut in [0, 7, 100, len / 3, len / 2, len - 40, len - 1] {
        fs::write(&file, &good[..cut]).unwrap();
        let store = open(dir.path(), cache.path());
        assert!(
            !matches!(store.timings().cache, CacheUse::Hit(_)),
            "cut at {cut}"
        );
        // The header holds every file's stat: past it from a third of the way on.
        assert_eq!(damage(&store), usize::from(cut >= len / 3), "cut at {cut}");
        assert_eq!(
            store.diagnostics().count(),
            fresh.diagnostics().count() + damage(&store)
        );
        let rebuilt = open(dir.path(), cache.path());
        assert!(
            matches!(rebuilt.timings().cache, CacheUse::Hit(_)),
            "cut at {cut}"
        );
        assert_same(&fresh, &rebuilt);
    }
    for at in [
        3,
        9,
        20,
        len - 36,
        len - 27,
        len - 15,
        len - 10,
        len - 6,
        len - 2,
    ] {
        let mut bad = good.clone();
        bad[at] ^= 0x5a;
        fs::write(&file, &bad).unwrap();
        let store = open(dir.path(), cache.path());
        assert!(
            !matches!(store.timings().cache, CacheUse::Hit(_)),
            "byte {at}"
        );
    }
    // A byte changed anywhere else may show wrong text, but never panics.
    for k in 1..120 {
        let mut bad = good.clone();
        let at = (len / 120) * k;
        bad[at] = bad[at].wrapping_add(0x41);
        fs::write(&file, &bad).unwrap();
        let store = open(dir.path(), cache.path());
        for b in store.iter() {
            let _ = (b.paragraphs.text_len(), b.quotes.len());
            for q in &b.quotes {
                let _ = b.quote_text(q);
            }
        }
        let _ = store.diagnostics().count();
        for text in QUERIES {
            query::evaluate(&store, &query::parse(text).unwrap(), today());
        }
    }
}

#[test]
fn old_cache_files_are_pruned() {
    let dir = corpus();
    let cache = tempfile::tempdir().unwrap();
    let old = SystemTime::now() - Duration::from_secs(86_400);
    for i in 0..20 {
        let f = fs::File::create(cache.path().join(format!("{i:016x}.cache"))).unwrap();
        f.set_modified(old).unwrap();
    }
    let stale = fs::File::create(cache.path().join(".x.cache.1.tmp")).unwrap();
    stale.set_modified(old).unwrap();
    open(dir.path(), cache.path());
    let files = cache_files(cache.path());
    assert_eq!(files.len(), 16, "{files:?}");
    assert!(files.iter().all(|f| !f.to_string_lossy().ends_with(".tmp")));
}

#[test]
fn the_binary_uses_the_cache_unless_told_not_to() {
    let dir = corpus();
    let cache = tempfile::tempdir().unwrap();
    // The binary reads the real clock.
    wait_until_settled(dir.path());
    let run = |args: &[&str]| {
        let out = brief()
            .env("BRIEF_CACHE_DIR", cache.path())
            .args(args)
            .arg(dir.path())
            .arg("--timings")
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr).into_owned();
        (String::from_utf8(out.stdout).unwrap(), err)
    };
    let (_, err) = run(&["list", "--no-cache"]);
    assert!(!err.contains("cache"), "{err}");
    assert!(cache_files(cache.path()).is_empty());
    for args in [
        &["list", "-q", "gas", "--json"][..],
        &["quotes", "--json"],
        &["tags", "--json"],
        &["check"],
    ] {
        let (fresh, _) = run(&[args, &["--no-cache"]].concat());
        let (first, _) = run(args);
        let (cached, err) = run(args);
        assert!(err.contains("from the index cache"), "{err}");
        assert_eq!(fresh, first, "{args:?}");
        assert_eq!(fresh, cached, "{args:?}");
    }
}

/// Two processes on one archive at once, both writing the cache it lacks,
/// while a third reads: all answer as a fresh load does, and the next start
/// is from the cache.
#[test]
fn processes_opening_one_archive_at_once_all_work() {
    let dir = corpus();
    let cache = tempfile::tempdir().unwrap();
    wait_until_settled(dir.path());
    let spawn = |extra: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_brief"))
            .env("BRIEF_CACHE_DIR", cache.path())
            .env("BRIEF_TODAY", "2022-02-25")
            .env("XDG_CONFIG_HOME", test_home().join("config"))
            .env("XDG_STATE_HOME", test_home().join("state"))
            .env_remove("BRIEF_NO_CACHE")
            .env_remove("BRIEF_CONFIG")
            .args(["list", "--json", "-q", "gas"])
            .args(extra)
            .arg(dir.path())
            .stdout(std::process::Stdio::piped())
            .spawn()
            .unwrap()
    };
    let fresh = stdout_of(
        brief()
            .args(["list", "--json", "-q", "gas", "--no-cache"])
            .arg(dir.path()),
    );
    let running = [spawn(&[]), spawn(&[]), spawn(&["--no-cache"])];
    for child in running {
        let out = child.wait_with_output().unwrap();
        assert!(out.status.success());
        assert_eq!(String::from_utf8(out.stdout).unwrap(), fresh);
    }
    assert_eq!(
        cache_files(cache.path()).len(),
        1,
        "one snapshot, no temporary left"
    );
    let again = brief()
        .env("BRIEF_CACHE_DIR", cache.path())
        .args(["list", "--json", "-q", "gas", "--timings"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&again.stderr).contains("from the index cache"));
    assert_eq!(String::from_utf8(again.stdout).unwrap(), fresh);
}

/// A command says that the cache was damaged and rebuilt, on stderr.
#[test]
fn a_command_says_when_the_cache_was_damaged() {
    let dir = corpus();
    let cache = tempfile::tempdir().unwrap();
    wait_until_settled(dir.path());
    let run = || {
        brief()
            .env("BRIEF_CACHE_DIR", cache.path())
            .args(["list", "-q", "gas"])
            .arg(dir.path())
            .output()
            .unwrap()
    };
    let first = run();
    let [file] = cache_files(cache.path()).try_into().unwrap();
    let good = fs::read(&file).unwrap();
    fs::write(&file, &good[..good.len() / 2]).unwrap();
    let damaged = run();
    let err = String::from_utf8_lossy(&damaged.stderr);
    assert!(
        err.contains(".cache:1:1: warning: the index cache was damaged"),
        "{err}"
    );
    assert_eq!(damaged.stdout, first.stdout);
    assert_eq!(run().stderr, b"", "rebuilt: nothing more to say");
}
