//! Marks and the seen file: saving, reading back, and damaged files moved aside.

use std::fs;
use std::path::Path;

use super::*;

fn sample() -> Marks {
    let mut m = Marks::default();
    m.read.insert("2022-02-24_invasion-day-log".into());
    m.read.insert("january/notes".into());
    m.bookmarks.insert("a \"quoted\" id".into());
    m.notes
        .insert("x".into(), "call Kyiv: \"why?\" — ünïcode\\".into());
    m
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
    let opened = Book::open(Some(dir.path().join("nested")));
    assert_eq!(opened.marks, Marks::default());
    assert!(opened.seen.is_none() && opened.warnings.is_empty());
    let seen = Seen::default().with(["a", "b", "c"].into_iter());
    opened.book.save(&sample()).unwrap();
    opened.book.save_seen(&seen).unwrap();
    let again = Book::peek(Some(dir.path().join("nested")));
    assert_eq!(again.marks, sample());
    assert_eq!(again.seen.as_ref(), Some(&seen));
    assert!(again.warnings.is_empty(), "{:?}", again.warnings);
    assert_eq!(files(&dir.path().join("nested")), [SEEN_FILE, STATE_FILE]);
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
        fs::write(dir.path().join(STATE_FILE), bad).unwrap();
        fs::write(dir.path().join(SEEN_FILE), b"version = 1\ncount = 5").unwrap();
        let opened = Book::open(Some(dir.path().to_owned()));
        assert_eq!(opened.marks, Marks::default());
        assert!(opened.seen.is_none());
        assert_eq!(opened.warnings.len(), 2, "{:?}", opened.warnings);
        assert!(
            opened.warnings[0].contains("moved it to"),
            "{:?}",
            opened.warnings
        );
        let names = files(dir.path());
        let aside = names
            .iter()
            .find(|n| n.starts_with("state.toml.corrupt-"))
            .unwrap_or_else(|| panic!("{names:?}"));
        assert_eq!(fs::read(dir.path().join(aside)).unwrap(), bad);
        assert!(!dir.path().join(STATE_FILE).exists());
        opened.book.save(&sample()).unwrap();
        assert_eq!(Book::peek(Some(dir.path().to_owned())).marks, sample());
    }
}

#[test]
fn commands_only_report_a_damaged_file() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join(STATE_FILE), "read = 1").unwrap();
    let opened = Book::peek(Some(dir.path().to_owned()));
    assert_eq!(opened.marks, Marks::default());
    assert!(
        opened.warnings[0].contains("ignored it"),
        "{:?}",
        opened.warnings
    );
    assert_eq!(files(dir.path()), [STATE_FILE]);
    assert!(opened.book.save(&sample()).is_err(), "never written over");
    assert_eq!(fs::read(dir.path().join(STATE_FILE)).unwrap(), b"read = 1");
}

#[test]
fn a_second_damaged_file_is_moved_beside_the_first() {
    let dir = tempfile::tempdir().unwrap();
    for bad in ["one = ", "two = "] {
        fs::write(dir.path().join(STATE_FILE), bad).unwrap();
        Book::open(Some(dir.path().to_owned()));
    }
    let aside: Vec<String> = files(dir.path())
        .into_iter()
        .filter(|n| n.contains("corrupt"))
        .collect();
    assert_eq!(aside.len(), 2, "{aside:?}");
}

#[test]
fn stale_temporary_files_are_removed_on_save() {
    let dir = tempfile::tempdir().unwrap();
    // Process ids this high are not in use.
    let stale = dir
        .path()
        .join(format!(".{STATE_FILE}.{}.0.tmp", i32::MAX - 7));
    fs::write(&stale, "half").unwrap();
    let mine = dir.path().join(format!(".{STATE_FILE}.1.0.tmp"));
    fs::write(&mine, "pid 1 is alive").unwrap();
    Book::open(Some(dir.path().to_owned()))
        .book
        .save(&sample())
        .unwrap();
    assert!(!stale.exists());
    assert!(mine.exists(), "a live process's file is left alone");
}
