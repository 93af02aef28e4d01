//! Tests of symbolic links in the archive: what a start and a live reload
//! take in, and what they say.

use std::fs;
use std::os::unix::fs::symlink;
use std::path::PathBuf;
use std::time::Duration;

use super::*;

fn ids(store: &Store) -> Vec<String> {
    let mut ids: Vec<String> = store.heads().map(|b| b.id.clone()).collect();
    ids.sort();
    ids
}

fn messages(store: &Store) -> Vec<String> {
    store.diagnostics().map(|d| d.to_string()).collect()
}

fn open(paths: &[PathBuf], links: Links) -> (Library, Store) {
    let options = Options {
        links,
        ..Options::memory()
    };
    Library::open(paths, options, &Progress::new())
}

/// An archive with one briefing, and a folder beside it with a file and a
/// folder of the analyst's own.
fn archive() -> (tempfile::TempDir, tempfile::TempDir) {
    let archive = tempfile::tempdir().unwrap();
    let outside = tempfile::tempdir().unwrap();
    let o = outside.path();
    fs::write(o.join("secret.txt"), "date 2022-01-01 Private words.").unwrap();
    fs::create_dir(o.join("private")).unwrap();
    fs::write(o.join("private/diary.txt"), "date 2022-01-02 Diary.").unwrap();
    fs::write(archive.path().join("a.txt"), "date 2022-01-03 Alpha.").unwrap();
    (archive, outside)
}

#[test]
fn a_start_takes_in_no_briefing_through_a_link_out_and_says_so() {
    let (archive, outside) = archive();
    let (a, o) = (archive.path(), outside.path());
    symlink(o.join("secret.txt"), a.join("shadow.txt")).unwrap();
    symlink(o.join("private"), a.join("elsewhere")).unwrap();
    symlink(a.join("missing.txt"), a.join("dangling.txt")).unwrap();
    symlink(a.join("a.txt"), a.join("b.txt")).unwrap();
    let paths = vec![a.to_path_buf()];
    let (_, store) = open(&paths, Links::Inside);
    assert_eq!(ids(&store), ["a", "b"]);
    let said = messages(&store);
    assert_eq!(said.len(), 3, "{said:?}");
    for name in ["shadow.txt", "elsewhere", "dangling.txt"] {
        let at = format!("{}:1:1: warning: symbolic link to ", a.join(name).display());
        assert!(said.iter().any(|m| m.starts_with(&at)), "{at} in {said:?}");
    }
    assert_eq!(store.count(crate::model::Severity::Warning), 3);
    let (_, store) = open(&paths, Links::Anywhere);
    assert_eq!(ids(&store), ["a", "b", "elsewhere/diary", "shadow"]);
    assert_eq!(messages(&store).len(), 1, "the dangling link still");
}

#[test]
fn a_live_reload_takes_in_no_link_out_that_appears() {
    let (archive, outside) = archive();
    let (a, o) = (archive.path(), outside.path());
    let paths = vec![a.to_path_buf()];
    let (mut library, store) = open(&paths, Links::Inside);
    let later = SystemTime::now() + Duration::from_secs(5);
    symlink(o.join("secret.txt"), a.join("shadow.txt")).unwrap();
    symlink(o.join("private"), a.join("elsewhere")).unwrap();
    // As a watcher that followed links would report them.
    let touched = [a.join("shadow.txt"), a.join("elsewhere/diary.txt")];
    let reloaded = library.reload_touched(&store, &touched, later).unwrap();
    let (store, _) = reloaded.expect("the warnings are new");
    assert_eq!(ids(&store), ["a"]);
    let said = messages(&store);
    assert_eq!(said.len(), 2, "{said:?}");
    assert!(said.iter().all(|m| m.contains("outside the folders given")));
    // A link inside that appears is followed.
    symlink(a.join("a.txt"), a.join("b.txt")).unwrap();
    let touched = [a.join("b.txt")];
    let (store, _) = library
        .reload_touched(&store, &touched, later)
        .unwrap()
        .unwrap();
    assert_eq!(ids(&store), ["a", "b"]);
    // A folder reached through a link inside (a new folder has the
    // folders walked), and a file changed in it, read again under the
    // name the walk gives it, not its own path's.
    fs::create_dir(a.join("sub")).unwrap();
    fs::write(a.join("sub/c.txt"), "date 2022-01-04 Charlie.").unwrap();
    symlink(a.join("sub"), a.join("also")).unwrap();
    let (store, _) = library.reload(&store, later).unwrap().unwrap();
    assert_eq!(ids(&store), ["a", "also/c", "b"]);
    fs::write(a.join("sub/c.txt"), "date 2022-01-04 Charlie, longer now.").unwrap();
    let touched = [a.join("sub/c.txt")];
    let (store, changes) = library
        .reload_touched(&store, &touched, later)
        .unwrap()
        .unwrap();
    assert_eq!(changes.changed, 1, "{changes:?}");
    assert_eq!(ids(&store), ["a", "also/c", "b"]);
}

#[test]
fn the_cache_of_a_walk_that_follows_links_out_is_kept_apart() {
    let (archive, outside) = archive();
    let (a, o) = (archive.path(), outside.path());
    symlink(o.join("secret.txt"), a.join("shadow.txt")).unwrap();
    for i in 0..MIN_FILES {
        fs::write(a.join(format!("n{i}.txt")), "date 2022-01-04 Filler.").unwrap();
    }
    let cache = tempfile::tempdir().unwrap();
    let options = |links| Options {
        cache: Some(cache.path()),
        now: SystemTime::now() + Duration::from_secs(5),
        links,
    };
    let paths = vec![a.to_path_buf()];
    let (_, following) = Library::open(&paths, options(Links::Anywhere), &Progress::new());
    assert!(ids(&following).contains(&"shadow".to_string()));
    assert!(Library::open_indexed(&paths, options(Links::Inside)).is_none());
    let (_, store) = Library::open(&paths, options(Links::Inside), &Progress::new());
    assert!(!ids(&store).contains(&"shadow".to_string()));
    let (_, indexed) = Library::open_indexed(&paths, options(Links::Inside)).unwrap();
    assert_eq!(indexed.len(), MIN_FILES + 1);
}
