//! Tests of reloading: changed, added and removed files, and last good versions.

use std::fs;
use std::path::PathBuf;

use super::*;
use crate::store::DocId;
use take::has_errors;

fn open(paths: &[PathBuf]) -> (Library, Store) {
    Library::open(paths, Options::memory(), &Progress::new())
}

fn reload(library: &mut Library, old: &Store) -> (Store, Changes) {
    library
        .reload(old, SystemTime::now())
        .unwrap()
        .expect("a store in memory is always loaded again")
}

/// Every id of the store, sorted.
fn sorted_ids(s: &Store) -> Vec<String> {
    let mut ids: Vec<String> = (0..s.len())
        .map(|i| s.id(DocId::from_index(i)).into())
        .collect();
    ids.sort();
    ids
}

fn write(dir: &Path, name: &str, text: &[u8]) {
    fs::write(dir.join(name), text).unwrap();
}

#[test]
fn new_changed_removed_and_invalid_files_are_told_apart() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(d, "a.txt", b"date 2022-01-01 Alpha stays.");
    write(d, "b.txt", b"date 2022-01-02 Bravo changes.");
    write(d, "c.txt", b"date 2022-01-03 Charlie goes.");
    write(
        d,
        "d.md",
        b"+++\ntitle = \"Delta\"\ndate = 2022-01-04\n+++\nDelta breaks.",
    );
    write(d, "e.txt", b"date 2022-01-05 Echo turns binary.");
    let paths = vec![PathBuf::from(d)];
    let (mut library, old) = open(&paths);

    write(d, "b.txt", b"date 2022-01-02 Bravo has changed.");
    fs::remove_file(d.join("c.txt")).unwrap();
    write(d, "f.txt", b"date 2022-01-06 Foxtrot arrives.");
    write(d, "g.txt", b"date 2022-01-07 Golf arrives too.");
    write(
        d,
        "d.md",
        b"+++\ntitle = \"Delta\ndate = \n+++\nDelta breaks.",
    );
    write(d, "e.txt", b"date 2022-01-05 \0 binary now");
    let (new, changes) = reload(&mut library, &old);
    assert_eq!(
        changes,
        Changes {
            new: 2,
            changed: 1,
            removed: 1,
            kept: 2,
            checked: None,
        }
    );
    assert_eq!(
        changes.summary(),
        "2 new, 1 changed, 1 removed, 2 invalid (last good version kept)"
    );
    let get = |id: &str| new.whole(new.find_id(id).unwrap()).unwrap();
    let delta = get("d");
    assert_eq!(delta.title, "Delta");
    assert_eq!(delta.paragraphs, ["Delta breaks."]);
    assert!(has_errors(&delta.diagnostics), "{:?}", delta.diagnostics);
    assert!(
        delta
            .diagnostics
            .iter()
            .any(|d| d.message.contains("last good version"))
    );
    let echo = get("e");
    assert_eq!(echo.title, "Echo turns binary.");
    assert!(
        echo.diagnostics
            .iter()
            .any(|d| d.message.contains("binary"))
    );
    assert_eq!(
        new.diagnostics()
            .filter(|d| d.message.contains("binary"))
            .count(),
        1
    );
}

#[test]
fn a_file_that_was_never_good_is_not_kept() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "x.txt", b"\0binary from the start");
    let paths = vec![dir.path().to_path_buf()];
    let (mut library, old) = open(&paths);
    let (new, changes) = reload(&mut library, &old);
    assert!(changes.is_empty(), "{changes:?}");
    assert_eq!(changes.summary(), "reloaded: nothing changed");
    assert_eq!(new.len(), 0);
    assert_eq!(new.problem_count(), 1);
}

#[test]
fn a_check_says_how_many_files_it_compared() {
    let mut changes = Changes {
        checked: Some(1_000_000),
        ..Changes::default()
    };
    assert!(changes.is_empty());
    assert_eq!(changes.summary(), "checked 1000000 files: nothing changed");
    changes.new = 1;
    changes.removed = 2;
    assert_eq!(changes.summary(), "checked 1000000 files: 1 new, 2 removed");
    changes.checked = None;
    assert_eq!(changes.summary(), "1 new, 2 removed");
}

#[test]
fn words_of_removed_files_are_never_suggested() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "a.txt", b"date 2022-01-01 Zelensky spoke.");
    write(dir.path(), "b.txt", b"date 2022-01-02 Kuleba wrote.");
    let paths = vec![dir.path().to_path_buf()];
    let (mut library, old) = open(&paths);
    assert_eq!(old.text.nearest("zelenksy", 2).as_deref(), Some("zelensky"));
    fs::remove_file(dir.path().join("a.txt")).unwrap();
    let (new, _) = reload(&mut library, &old);
    // The word is still in the index's segment, in a deleted document.
    assert_eq!(new.text.nearest("zelenksy", 2), None);
    assert!(!new.text.has_near("zelenksy", 2) && !new.text.has_word("zelensky"));
}

#[test]
fn a_reload_from_touched_paths_sees_what_a_walk_would() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(d, "a.txt", b"date 2022-01-01 Alpha stays.");
    write(d, "b.txt", b"date 2022-01-02 Bravo changes.");
    fs::create_dir(d.join(".hidden")).unwrap();
    let paths = vec![PathBuf::from(d)];
    let (mut library, old) = open(&paths);
    let later = SystemTime::now() + std::time::Duration::from_secs(5);
    write(d, "b.txt", b"date 2022-01-02 Bravo has changed a lot.");
    write(d, "c.txt", b"date 2022-01-03 Charlie arrives.");
    write(d, ".hidden/h.txt", b"date 2022-01-04 Not listed by a walk.");
    let touched = ["b.txt", "c.txt", ".hidden/h.txt", "notes.tmp"].map(|n| d.join(n));
    let (new, changes) = library
        .reload_touched(&old, &touched, later)
        .unwrap()
        .unwrap();
    assert_eq!(
        changes,
        Changes {
            new: 1,
            changed: 1,
            removed: 0,
            kept: 0,
            checked: None,
        }
    );
    let (walked, _) = library.reload(&old, later).unwrap().unwrap();
    let titles = |s: &Store| s.heads().map(|b| b.title.clone()).collect::<Vec<_>>();
    assert_eq!(titles(&new), titles(&walked));
    assert_eq!(new.walk_order(), walked.walk_order());
    assert_eq!(new.len(), 3);
}

#[test]
fn touched_paths_are_matched_to_a_folder_given_as_a_relative_path() {
    // In the current folder, so that a relative path reaches it: not in
    // `target/`, which is elsewhere when the build goes elsewhere.
    let dir = tempfile::Builder::new()
        .prefix("brief-test-")
        .tempdir_in(".")
        .unwrap();
    let root = dir.path().strip_prefix(std::env::current_dir().unwrap());
    let root = root.map_or_else(|_| dir.path().to_path_buf(), Path::to_path_buf);
    write(&root, "a.txt", b"date 2022-01-01 Alpha stays.");
    let paths = vec![root.clone()];
    let (mut library, old) = open(&paths);
    let later = SystemTime::now() + std::time::Duration::from_secs(5);
    write(&root, "b.txt", b"date 2022-01-02 Bravo arrives.");
    // As the watcher reports it: absolute.
    let touched = [std::path::absolute(root.join("b.txt")).unwrap()];
    let (new, _) = library
        .reload_touched(&old, &touched, later)
        .unwrap()
        .expect("a new file");
    assert_eq!(new.len(), 2);
    assert_eq!(new.path(DocId(0)), root.join("b.txt"));
    // A path outside the folder makes the reload walk.
    let elsewhere = [std::env::temp_dir().join("x.txt")];
    let (walked, changes) = library
        .reload_touched(&new, &elsewhere, later)
        .unwrap()
        .unwrap();
    assert_eq!(changes, Changes::default(), "a walk finds nothing changed");
    assert_eq!(walked.len(), 2);
}

#[test]
fn touched_paths_that_cannot_tell_make_the_reload_walk() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    fs::create_dir_all(d.join("notes.md")).unwrap();
    fs::create_dir_all(d.join("a")).unwrap();
    write(
        d,
        "notes.md/in.txt",
        b"date 2022-01-01 In a folder named like a file.",
    );
    write(d, "a/x~2.txt", b"date 2022-01-02 A name with a number.");
    write(d, "x.md", b"+++\ntitle = \"X\"\ndate = 2022-01-03\n+++\nX.");
    write(d, "x.txt", b"date 2022-01-04 X again.");
    let paths = vec![PathBuf::from(d)];
    let (mut library, old) = open(&paths);
    let later = SystemTime::now() + std::time::Duration::from_secs(5);
    // The folder goes hidden: only its own path is reported.
    fs::rename(d.join("notes.md"), d.join(".notes.md")).unwrap();
    let (new, _) = library
        .reload_touched(&old, &[d.join("notes.md")], later)
        .unwrap()
        .unwrap();
    assert_eq!(sorted_ids(&new), sorted_ids(&open_in_memory(&paths)));
    // A file whose id pushed another's number up goes.
    fs::remove_file(d.join("a/x~2.txt")).unwrap();
    let (newer, _) = library
        .reload_touched(&new, &[d.join("a/x~2.txt")], later)
        .unwrap()
        .unwrap();
    assert_eq!(sorted_ids(&newer), sorted_ids(&open_in_memory(&paths)));
}

/// An id is its file's path, whatever else comes and goes, but for files
/// beside one with the same stem: those beside a file added or removed
/// change with it, as a fresh load gives them.
#[test]
fn ids_are_paths_and_change_only_beside_a_file_of_the_same_stem() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    for folder in ["a", "b"] {
        fs::create_dir_all(d.join(folder)).unwrap();
    }
    write(d, "a/x.txt", b"date 2022-01-01 Ex.");
    write(d, "b/y.txt", b"date 2022-01-02 Why.");
    // Enough for an index on disk.
    fs::create_dir_all(d.join("fill")).unwrap();
    for i in 0..MIN_FILES {
        write(d, &format!("fill/n{i}.txt"), b"date 2022-01-04 Filler.");
    }
    let paths = vec![PathBuf::from(d)];
    // Past the time files just written are read again anyway.
    let later = || SystemTime::now() + std::time::Duration::from_secs(5);
    let cache = tempfile::tempdir().unwrap();
    let options = Options {
        cache: Some(cache.path()),
        now: later(),
        links: Default::default(),
    };
    let (mut library, mut store) = Library::open(&paths, options, &Progress::new());
    let steps: [(&str, &[&str], &[&str]); 4] = [
        (
            "a name met in another folder",
            &["b/x.txt"],
            &["a/x", "b/x", "b/y"],
        ),
        (
            "a stem met beside",
            &["b/y.md"],
            &["a/x", "b/y.md", "b/y.txt"],
        ),
        (
            "a stem met in a subfolder",
            &["b/y/z.txt"],
            &["a/x", "b/y/z", "b/y"],
        ),
        ("all gone again", &[], &["a/x", "b/y"]),
    ];
    let mut last: Vec<&str> = Vec::new();
    for (step, added, ids) in steps {
        last.iter()
            .for_each(|f| fs::remove_file(d.join(f)).unwrap());
        for f in added {
            fs::create_dir_all(d.join(f).parent().unwrap()).unwrap();
            write(d, f, b"date 2022-01-05 New.");
        }
        last = added.to_vec();
        store = library.reload(&store, later()).unwrap().unwrap().0;
        let now = sorted_ids(&store);
        assert_eq!(now, sorted_ids(&open_in_memory(&paths)), "{step}");
        let named: Vec<&String> = now.iter().filter(|id| !id.starts_with("fill/")).collect();
        let mut want: Vec<&str> = ids.to_vec();
        want.sort_unstable();
        assert_eq!(named, want, "{step}");
    }
}
