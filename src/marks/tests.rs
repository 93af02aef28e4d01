//! Marks and the seen file: saving, reading back, and damaged files moved aside.

use std::fs;
use std::path::{Path, PathBuf};

use super::*;

/// Marks on the test archive's briefings, by path below its root.
fn sample() -> Marks {
    let mut m = Marks::default();
    m.read.insert("2022-02-24_invasion-day-log.txt".into());
    m.read.insert("january/notes.md".into());
    m.bookmarks.insert("a \"quoted\" id".into());
    m.notes
        .insert("x".into(), "call Kyiv: \"why?\" — ünïcode\\".into());
    m
}

/// `sample` as the reader holds it: keyed by archive and path.
fn held() -> Marks {
    let mut m = Marks::default();
    m.add_archive(ID, sample());
    m
}

pub(super) const ID: &str = "0123456789abcdef0123456789abcdef";

/// A folder `name` in `dir` with one briefing and an identity file saying `ID`.
pub(super) fn archive(dir: &Path, name: &str) -> PathBuf {
    let root = dir.join(name);
    fs::create_dir_all(&root).unwrap();
    fs::write(root.join(IDENTITY_FILE), format!("id = \"{ID}\"\n")).unwrap();
    fs::write(root.join("x.txt"), "date 2022-01-01 A briefing.").unwrap();
    root
}

/// The reader's book on the test archive in `dir`, with state in `state`.
fn open(dir: &Path, state: &Path) -> Opened {
    let root = archive(dir, "archive");
    let store = crate::library::open_in_memory(std::slice::from_ref(&root));
    Book::open(Some(state.to_owned()), &[root], &store)
}

fn peek(dir: &Path, state: &Path) -> Opened {
    Book::peek(Some(state.to_owned()), &[dir.join("archive")])
}

fn files(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn marks_and_seen_round_trip() {
    let dir = tempfile::tempdir().unwrap();
    let state = dir.path().join("nested");
    let mut opened = open(dir.path(), &state);
    assert_eq!(opened.marks.of_archive(ID), Marks::default());
    assert_eq!(opened.seen, Some(LastSeen::default()));
    assert!(opened.warnings.is_empty(), "{:?}", opened.warnings);
    opened.book.save(&held(), 1).unwrap();
    let store = crate::library::open_in_memory(&[dir.path().join("archive")]);
    opened.book.save_seen(&store, None);
    let again = peek(dir.path(), &state);
    assert_eq!(again.marks.of_archive(ID), sample());
    let seen = again.seen.as_ref().and_then(|s| s.get(ID)).unwrap();
    assert!(seen.contains("x.txt") && seen.len() == 1, "{seen:?}");
    assert!(again.warnings.is_empty(), "{:?}", again.warnings);
    assert_eq!(files(&shelf_dir(&state, ID)), [log::LOG_DIR, SEEN_FILE]);
    assert_eq!(files(&state), ["archives", REGISTRY_FILE]);
}

#[test]
fn seen_holds_many_ids_compactly() {
    let ids: Vec<String> = (0..100_000)
        .map(|i| format!("2022-01-01_brief-{i}"))
        .collect();
    let seen = Seen::default().with(ids.iter().map(String::as_str));
    assert_eq!(seen.len(), 100_000, "no two ids share a hash");
    let text = seen.to_toml();
    assert!(text.len() < 1_000_000, "{} bytes", text.len());
    let back = Seen::parse(&text).unwrap();
    assert_eq!(back, seen);
    assert!(back.contains("2022-01-01_brief-99999"));
    assert!(!back.contains("2022-01-01_brief-100000"));
    assert!(Seen::parse(&text.replace("count = 100000", "count = 99999")).is_err());
    assert!(Seen::parse("version = 1\ncount = 1\nhashes = \"!!\"").is_err());
    assert!(Seen::parse("version = 1\ncount = 1\nhashes = \"/////////w==\"").is_err());
}

/// A seen file as brief wrote it before its varints were shared with the
/// index: the format is fixed for good, as the file outlives versions.
#[test]
fn seen_files_written_earlier_still_read_the_same() {
    let ids = ["000_6eaf266b036ead0e", "a", "Київ", "week-02"];
    let written = "# The briefings brief has seen, as hashes of their ids: is:new is the rest.\n\
                   version = 1\ncount = 4\nhashes = \"54KWgrW0Ienfg4yg0gqfpeuh84IL8tO6weSACA==\"\n";
    let seen = Seen::default().with(ids.into_iter());
    assert_eq!(Seen::parse(written), Ok(seen.clone()));
    assert_eq!(seen.to_toml(), written);
    assert!(ids.iter().all(|id| seen.contains(id)));
}

#[test]
fn damaged_files_are_moved_aside_with_their_bytes_kept() {
    let cases: [&[u8]; 5] = [
        b"read = [\"a\"",
        b"read = \"not a list\"",
        b"[notes]\nx = 3\n",
        b"\x00\xff\xfe junk \x89PNG\r\n",
        b"bookmarks = [1, 2]",
    ];
    for bad in cases {
        let dir = tempfile::tempdir().unwrap();
        let (state, shelf) = (
            dir.path().join("state"),
            shelf_dir(&dir.path().join("state"), ID),
        );
        fs::create_dir_all(&shelf).unwrap();
        fs::write(shelf.join(STATE_FILE), bad).unwrap();
        fs::write(shelf.join(SEEN_FILE), b"version = 1\ncount = 5").unwrap();
        let mut opened = open(dir.path(), &state);
        assert_eq!(opened.marks.of_archive(ID), Marks::default());
        assert_eq!(opened.seen, Some(LastSeen::default()));
        assert_eq!(opened.warnings.len(), 2, "{:?}", opened.warnings);
        assert!(
            opened.warnings[0].contains("moved it to"),
            "{:?}",
            opened.warnings
        );
        let names = files(&shelf);
        let aside = names
            .iter()
            .find(|n| n.starts_with("state.toml.corrupt-"))
            .unwrap_or_else(|| panic!("{names:?}"));
        assert_eq!(fs::read(shelf.join(aside)).unwrap(), bad);
        assert!(!shelf.join(STATE_FILE).exists());
        opened.book.save(&held(), 1).unwrap();
        assert_eq!(peek(dir.path(), &state).marks.of_archive(ID), sample());
    }
}

#[test]
fn commands_only_report_a_damaged_file() {
    let dir = tempfile::tempdir().unwrap();
    let state = dir.path().join("state");
    let shelf = shelf_dir(&state, ID);
    archive(dir.path(), "archive");
    fs::create_dir_all(&shelf).unwrap();
    fs::write(shelf.join(STATE_FILE), "read = 1").unwrap();
    let opened = peek(dir.path(), &state);
    assert_eq!(opened.marks.of_archive(ID), Marks::default());
    assert!(
        opened.warnings[0].contains("ignored it"),
        "{:?}",
        opened.warnings
    );
    assert_eq!(files(&shelf), [STATE_FILE]);
    assert_eq!(files(&state), ["archives"], "nothing registered");
    assert_eq!(fs::read(shelf.join(STATE_FILE)).unwrap(), b"read = 1");
}

#[test]
fn a_second_damaged_file_is_moved_beside_the_first() {
    let dir = tempfile::tempdir().unwrap();
    let state = dir.path().join("state");
    let shelf = shelf_dir(&state, ID);
    fs::create_dir_all(&shelf).unwrap();
    for bad in ["one = ", "two = "] {
        fs::write(shelf.join(STATE_FILE), bad).unwrap();
        open(dir.path(), &state);
    }
    let aside: Vec<String> = files(&shelf)
        .into_iter()
        .filter(|n| n.contains("corrupt"))
        .collect();
    assert_eq!(aside.len(), 2, "{aside:?}");
}

#[test]
fn stale_temporary_files_are_removed_on_save() {
    let dir = tempfile::tempdir().unwrap();
    let state = dir.path().join("state");
    let shelf = shelf_dir(&state, ID);
    fs::create_dir_all(&shelf).unwrap();
    // Process ids this high are not in use.
    let stale = shelf.join(format!(".{SEEN_FILE}.{}.0.tmp", i32::MAX - 7));
    fs::write(&stale, "half").unwrap();
    let mine = shelf.join(format!(".{SEEN_FILE}.1.0.tmp"));
    fs::write(&mine, "pid 1 is alive").unwrap();
    let opened = open(dir.path(), &state);
    let store = crate::library::open_in_memory(&[dir.path().join("archive")]);
    opened.book.save_seen(&store, None);
    assert!(!stale.exists());
    assert!(mine.exists(), "a live process's file is left alone");
}
