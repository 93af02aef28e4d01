//! Marks belong to their archive: two archives whose files share names keep
//! their own, a moved archive keeps its marks, a copy starts with them and
//! then goes its own way, the old global files are migrated, and the seen
//! lists follow what was opened. Sessions are run through the library as
//! the reader runs them (open, mark, save, save the seen list at the end).

mod common;

use std::fs;
use std::path::{Path, PathBuf};

use brief::marks::{
    Book, IDENTITY_FILE, MIGRATED, MarkSets, Marks, SEEN_FILE, STATE_FILE, Seen, shelf_dir,
};
use brief::store::Store;

const NAME: &str = "transit-weekly_0225";

/// Writes `files` (path below `root`, text) into a new folder `root`.
fn folder(root: &Path, files: &[(&str, &str)]) -> PathBuf {
    for (path, text) in files {
        let path = root.join(path);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, text).unwrap();
    }
    root.to_path_buf()
}

/// One reader session on `path`: `mark` changes the marks (given the
/// store and its key function), which are saved, and the seen lists are
/// saved at its end. Returns what the session started with.
fn session(state: &Path, path: &Path, mark: impl FnOnce(&Store, &mut Marks)) -> MarkSets {
    let paths = [path.to_path_buf()];
    let store = brief::library::open_in_memory(&paths);
    let mut opened = Book::open(Some(state.to_owned()), &paths, &store);
    assert!(opened.warnings.is_empty(), "{:?}", opened.warnings);
    let sets = MarkSets::resolve(&store, &opened.marks, opened.seen.as_ref());
    mark(&store, &mut opened.marks);
    opened.book.save(&opened.marks, now()).unwrap();
    (opened.book).save_seen(&store, opened.seen.as_ref());
    sets
}

fn now() -> i64 {
    let since = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH);
    since.unwrap().as_millis() as i64
}

/// Every line of the marks log in the shelf folder `shelf`.
fn logged(shelf: &Path) -> String {
    let mut text = String::new();
    for file in fs::read_dir(shelf.join("log")).unwrap() {
        let path = file.unwrap().path();
        if path.extension().is_some_and(|x| x == "log") {
            text.push_str(&fs::read_to_string(path).unwrap());
        }
    }
    text
}

fn read_one(id: &str) -> impl FnOnce(&Store, &mut Marks) + '_ {
    move |store, marks| {
        let key = marks.key(store, store.find_id(id).unwrap());
        marks.read.insert(key.clone());
        marks.notes.insert(key, "ask about the tariff".into());
    }
}

fn nothing(_: &Store, _: &mut Marks) {}

#[test]
fn archives_whose_files_share_names_keep_their_own_marks() {
    let dir = tempfile::tempdir().unwrap();
    let state = dir.path().join("state");
    let file = format!("{NAME}.txt");
    let a = folder(
        &dir.path().join("a"),
        &[(&file, "date 2026-02-25 Gas flows.")],
    );
    let b = folder(
        &dir.path().join("b"),
        &[(&file, "date 2026-02-25 Oil prices.")],
    );
    session(&state, &a, read_one(NAME));
    fs::write(a.join("later.txt"), "date 2026-02-26 Later.").unwrap();

    let in_b = session(&state, &b, nothing);
    assert!(in_b.read.is_empty() && in_b.noted.is_empty() && in_b.new.is_empty());
    let in_a = session(&state, &a, nothing);
    assert_eq!(in_a.read.count(), 1, "A keeps its mark");
    assert_eq!(
        (in_a.noted.count(), in_a.new.count()),
        (1, 1),
        "later.txt is new"
    );

    assert!(common::listed(&state, "is:read", &b).is_empty());
    assert!(common::listed(&state, "has:note", &b).is_empty());
    assert_eq!(common::listed(&state, "is:read", &a), [NAME]);
    // A folder the reader never opened has no marks, and commands write nothing.
    let c = folder(&dir.path().join("c"), &[(&file, "date 2026-02-25 Grain.")]);
    assert!(common::listed(&state, "is:read", &c).is_empty());
    assert!(!c.join(IDENTITY_FILE).exists());
    assert_eq!(
        common::listed(&state, "", &a).len(),
        2,
        "{IDENTITY_FILE} is no briefing"
    );
}

#[test]
fn a_moved_archive_keeps_its_marks_and_a_copy_goes_its_own_way() {
    let dir = tempfile::tempdir().unwrap();
    let state = dir.path().join("state");
    let old = folder(
        &dir.path().join("old"),
        &[("2026/03/x.txt", "date 2026-03-01 X.")],
    );
    session(&state, &old, read_one("x"));

    let moved = dir.path().join("moved");
    fs::rename(&old, &moved).unwrap();
    assert_eq!(session(&state, &moved, nothing).read.count(), 1);

    let copy = dir.path().join("copy");
    folder(&copy, &[("2026/03/x.txt", "date 2026-03-01 X.")]);
    fs::copy(moved.join(IDENTITY_FILE), copy.join(IDENTITY_FILE)).unwrap();
    let bookmark = |store: &Store, marks: &mut Marks| {
        let key = marks.key(store, store.find_id("x").unwrap());
        marks.read.remove(&key);
        marks.bookmarks.insert(key);
    };
    // A subfolder of the copy is opened: its root is still found.
    let started = session(&state, &copy.join("2026"), bookmark);
    assert_eq!(started.read.count(), 1, "the copy starts with the marks");
    assert_ne!(
        fs::read(copy.join(IDENTITY_FILE)).unwrap(),
        fs::read(moved.join(IDENTITY_FILE)).unwrap(),
        "the copy has an identity of its own"
    );
    let original = session(&state, &moved, nothing);
    assert_eq!((original.read.count(), original.bookmarked.count()), (1, 0));
    let copied = session(&state, &copy, nothing);
    assert_eq!((copied.read.count(), copied.bookmarked.count()), (0, 1));
}

#[test]
fn the_global_files_of_earlier_versions_are_migrated() {
    let dir = tempfile::tempdir().unwrap();
    let state = dir.path().join("state");
    fs::create_dir_all(&state).unwrap();
    // As earlier versions wrote them: keyed by store id.
    let legacy = "# brief's marks on briefings, by id: read, bookmarked, notes.\n\
                  read = [\"elsewhere\", \"transit-weekly_0225\"]\n\
                  bookmarks = [\"other\"]\n\n[notes]\nother = \"call back\"\n";
    fs::write(state.join(STATE_FILE), legacy).unwrap();
    let seen = Seen::default().with(["transit-weekly_0225", "other", "elsewhere"].into_iter());
    fs::write(state.join(SEEN_FILE), seen.to_toml()).unwrap();
    let a = folder(
        &dir.path().join("a"),
        &[
            ("2022/transit-weekly_0225.txt", "date 2022-02-25 Transit."),
            ("2022/other.md", "date 2022-02-24 Other."),
            ("fresh.txt", "date 2022-02-26 Fresh."),
        ],
    );
    let started = session(&state, &a, nothing);
    let store = brief::library::open_in_memory(std::slice::from_ref(&a));
    let doc = |id: &str| store.find_id(id).unwrap();
    assert!(started.read.contains(doc(NAME)) && started.read.count() == 1);
    assert!(started.bookmarked.contains(doc("other")) && started.noted.contains(doc("other")));
    assert_eq!(started.new.iter().collect::<Vec<_>>(), [doc("fresh")]);
    let left = fs::read_to_string(state.join(STATE_FILE)).unwrap();
    assert!(left.contains("elsewhere") && !left.contains(NAME), "{left}");
    let id = fs::read_dir(state.join("archives"))
        .unwrap()
        .next()
        .unwrap()
        .unwrap();
    let moved = logged(&id.path());
    assert!(
        moved.contains("\"path\":\"2022/transit-weekly_0225.txt\""),
        "{moved}"
    );

    let b = folder(
        &dir.path().join("b"),
        &[("elsewhere.txt", "date 2022-01-01 E.")],
    );
    assert_eq!(session(&state, &b, nothing).read.count(), 1);
    assert!(!state.join(STATE_FILE).exists(), "emptied");
    let last = fs::read_to_string(state.join(MIGRATED)).unwrap();
    assert!(
        last.contains("elsewhere"),
        "what moved last is kept: {last}"
    );
    assert_eq!(
        fs::read_to_string(state.join(SEEN_FILE)).unwrap(),
        seen.to_toml()
    );
    // Migrated once: unmarking in the archive does not bring it back.
    let unread = |store: &Store, marks: &mut Marks| {
        marks
            .read
            .remove(&marks.key(store, store.find_id(NAME).unwrap()));
    };
    session(&state, &a, unread);
    assert!(session(&state, &a, nothing).read.is_empty());
}

#[test]
fn seen_lists_follow_what_was_opened() {
    let dir = tempfile::tempdir().unwrap();
    let state = dir.path().join("state");
    let root = folder(
        &dir.path().join("root"),
        &[
            ("one/a.txt", "date 2022-01-01 A."),
            ("two/b.txt", "date 2022-01-02 B."),
        ],
    );
    session(&state, &root, nothing);
    fs::write(root.join("one/c.txt"), "date 2022-01-03 C.").unwrap();
    let part = session(&state, &root.join("one"), nothing);
    assert_eq!(part.new.count(), 1, "c.txt");
    let whole = session(&state, &root, nothing);
    assert!(
        whole.new.is_empty(),
        "two/ was kept while one/ was opened alone"
    );

    fs::remove_file(root.join("two/b.txt")).unwrap();
    session(&state, &root, nothing);
    let opened = Book::peek(Some(state.clone()), std::slice::from_ref(&root));
    let id = &opened.marks.archives.places()[0].id;
    let seen = opened.seen.as_ref().unwrap().get(id).unwrap();
    assert!(seen.contains("one/a.txt") && seen.contains("one/c.txt"));
    assert!(
        !seen.contains("two/b.txt") && seen.len() == 2,
        "pruned: {seen:?}"
    );
    assert!(shelf_dir(&state, id).join(SEEN_FILE).exists());
}
