//! A day's few files are kept as a patch beside the catalog, not as a new
//! catalog: the catalog stays as it was, each start reads the two, and the
//! answers are those of a fresh load. Past a share of the archive, or when
//! the tag rules change, a new catalog is written and the patch goes.

mod common;

use std::fs;
use std::path::Path;

use brief::library::{Library, Options};
use brief::progress::Progress;
use brief::store::{CacheUse, Store};
use common::corpus::{SETTLED, assert_same, catalog, corpus, newest_change, open, read_files};
use common::write;

fn fresh(dir: &Path) -> Store {
    brief::library::open_in_memory(&[dir.to_path_buf()])
}

fn patch(cache: &Path) -> Option<Vec<u8>> {
    fs::read(catalog(cache).with_file_name("patch")).ok()
}

#[test]
fn a_days_files_are_a_patch_until_they_are_many() {
    let dir = corpus();
    let cache = tempfile::tempdir().unwrap();
    let first = open(dir.path(), cache.path());
    let written = fs::read(catalog(cache.path())).unwrap();
    assert_eq!(patch(cache.path()), None);
    // A day: one new file, one changed, one removed.
    write(
        dir.path(),
        "c9/2022-02-21_arrival.txt",
        "date 2022-02-21 An arrival on the Dnipro crossing.\n\nSaid to be \"quiet\".",
    );
    let changed = dir
        .path()
        .join("c1/2022-01-10_geneva-strategic-stability.txt");
    let removed = dir
        .path()
        .join("c2/2022-01-10_geneva-strategic-stability.txt");
    assert!(changed.exists() && removed.exists());
    let text = fs::read_to_string(&changed).unwrap();
    fs::write(&changed, text.replacen("the", "THE", 1)).unwrap();
    fs::remove_file(&removed).unwrap();
    let after = open(dir.path(), cache.path());
    assert_eq!(read_files(&after), Some(2));
    assert_eq!(fs::read(catalog(cache.path())).unwrap(), written);
    let day = patch(cache.path()).expect("a patch beside the catalog");
    assert_same(&fresh(dir.path()), &after);
    let again = open(dir.path(), cache.path());
    assert!(matches!(again.timings().cache, CacheUse::Hit(_)));
    assert_same(&fresh(dir.path()), &again);
    // A second day is added to the same patch, which still holds the first.
    fs::remove_file(dir.path().join("c9/2022-02-21_arrival.txt")).unwrap();
    write(
        dir.path(),
        "c9/2022-02-22_second.txt",
        "date 2022-02-22 A second day.",
    );
    let second = open(dir.path(), cache.path());
    assert_eq!(read_files(&second), Some(1));
    assert_eq!(fs::read(catalog(cache.path())).unwrap(), written);
    assert_ne!(patch(cache.path()), Some(day));
    assert_same(&fresh(dir.path()), &second);
    assert_same(&fresh(dir.path()), &open(dir.path(), cache.path()));
    // Many new files: a new catalog, and no patch.
    for n in 0..first.len() / 8 {
        write(
            dir.path(),
            &format!("many/2022-03-01_{n}.txt"),
            format!("date 2022-03-01 Number {n} of many."),
        );
    }
    let many = open(dir.path(), cache.path());
    assert!(read_files(&many).is_some());
    assert_ne!(fs::read(catalog(cache.path())).unwrap(), written);
    assert_eq!(patch(cache.path()), None);
    assert_same(&fresh(dir.path()), &many);
    assert_same(&fresh(dir.path()), &open(dir.path(), cache.path()));
}

/// A corpus, and a cache of it holding a patch of one new file.
fn patched() -> (tempfile::TempDir, tempfile::TempDir) {
    let dir = corpus();
    let cache = tempfile::tempdir().unwrap();
    open(dir.path(), cache.path());
    write(
        dir.path(),
        "c9/2022-02-21_one.txt",
        "date 2022-02-21 One more.",
    );
    open(dir.path(), cache.path());
    assert!(patch(cache.path()).is_some());
    (dir, cache)
}

#[test]
fn a_damaged_or_stale_patch_is_never_used() {
    let damage = |s: &Store| {
        s.diagnostics()
            .filter(|d| d.message.starts_with("the index cache was damaged"))
            .count()
    };
    let (_dir, cache) = patched();
    let len = patch(cache.path()).unwrap().len();
    for at in [60, len / 2, len - 9, len - 1] {
        let (dir, cache) = patched();
        let file = catalog(cache.path()).with_file_name("patch");
        let mut bad = fs::read(&file).unwrap();
        bad[at] ^= 0x5a;
        fs::write(&file, &bad).unwrap();
        let store = open(dir.path(), cache.path());
        assert_eq!(damage(&store), 1, "byte {at}");
        assert_eq!(store.len(), fresh(dir.path()).len());
        assert_same(&fresh(dir.path()), &open(dir.path(), cache.path()));
    }
    // The patch of another catalog, as a crash between writing a new
    // catalog and removing the patch would leave, is not used.
    let (dir, cache) = patched();
    let file = catalog(cache.path()).with_file_name("patch");
    let stale = fs::read(&file).unwrap();
    let mut tags = fs::read_to_string(dir.path().join("tags.toml")).unwrap();
    tags.push_str("\n[tags.\"more\"]\nmatch = [\"one more\"]\n");
    fs::write(dir.path().join("tags.toml"), tags).unwrap();
    let retagged = open(dir.path(), cache.path());
    assert_eq!(patch(cache.path()), None, "new rules: a new catalog");
    assert_eq!(retagged.tag_docs("more").len(), 1);
    fs::write(&file, &stale).unwrap();
    let store = open(dir.path(), cache.path());
    assert!(matches!(store.timings().cache, CacheUse::Hit(_)));
    assert_eq!(damage(&store), 0);
    assert_same(&fresh(dir.path()), &store);
}

#[test]
fn a_file_given_twice_is_amended_as_a_fresh_load_gives_it() {
    let dir = corpus();
    let cache = tempfile::tempdir().unwrap();
    let twice = dir
        .path()
        .join("c0/2022-01-10_geneva-strategic-stability.txt");
    let paths = [dir.path().to_path_buf(), twice];
    let open = || {
        let options = Options {
            cache: Some(cache.path()),
            now: newest_change(dir.path()) + SETTLED,
        };
        Library::open(&paths, options, &Progress::new()).1
    };
    open();
    write(
        dir.path(),
        "c9/2022-02-21_one.txt",
        "date 2022-02-21 One more.",
    );
    let after = open();
    // The new file, and the second listing of the file given twice.
    assert_eq!(read_files(&after), Some(2));
    assert!(patch(cache.path()).is_some());
    let fresh = brief::library::open_in_memory(&paths);
    assert_same(&fresh, &after);
    assert_same(&fresh, &open());
}
