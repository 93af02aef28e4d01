//! Tests of the log's files: writers side by side, polling, damage and compaction.

use std::fs;

use super::*;
use crate::marks::log::compact::{BASE, compact};

fn read(path: &str) -> (String, Mark) {
    (path.to_string(), Mark::Read { on: true })
}

#[test]
fn two_writers_on_one_log_each_see_the_others_entries_and_lose_none() {
    let dir = tempfile::tempdir().unwrap();
    let (mut a, _) = Journal::open(dir.path(), "host-aaaa");
    let (mut b, _) = Journal::open(dir.path(), "host-bbbb");
    for i in 0..50 {
        a.record(vec![read(&format!("a{i}"))], i).unwrap();
        b.record(vec![read(&format!("b{i}"))], i).unwrap();
    }
    assert_eq!(a.marks().read.len(), 50);
    let (changed, warnings) = a.poll();
    assert!(changed && warnings.is_empty(), "{warnings:?}");
    assert!(!a.poll().0, "nothing new the second time");
    b.poll();
    assert_eq!(a.marks(), b.marks());
    assert_eq!(a.marks().read.len(), 100);
    let (c, _) = Journal::open(dir.path(), "host-cccc");
    assert_eq!(c.marks(), a.marks());
}

#[test]
fn a_damaged_line_is_said_with_its_place_and_the_rest_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let (mut a, _) = Journal::open(dir.path(), "host-aaaa");
    a.record(vec![read("one"), read("two"), read("three")], 5)
        .unwrap();
    drop(a);
    let file = dir.path().join(LOG_DIR).join("host-aaaa.log");
    let text = fs::read_to_string(&file).unwrap().replacen("two", "tw0", 1);
    // And a line a crash cut short at the end.
    fs::write(&file, format!("{text}{{\"at\":9,\"by\"")).unwrap();
    let (b, warnings) = Journal::open(dir.path(), "host-bbbb");
    assert_eq!(b.marks().read.len(), 2);
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert!(
        warnings[0].contains("host-aaaa.log:3:1: warning: a damaged mark ignored"),
        "{warnings:?}"
    );
}

#[test]
fn a_log_of_another_version_is_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    let logs = dir.path().join(LOG_DIR);
    fs::create_dir_all(&logs).unwrap();
    fs::write(logs.join("future.log"), "# brief marks log 2\nwhatever\n").unwrap();
    let (a, warnings) = Journal::open(dir.path(), "host-aaaa");
    assert!(a.marks().read.is_empty());
    assert!(
        warnings[0].contains("not a marks log this brief can read"),
        "{warnings:?}"
    );
    assert_eq!(compact(&logs).unwrap(), None);
    assert!(logs.join("future.log").exists());
}

#[test]
fn compaction_merges_the_files_of_writers_gone_and_leaves_a_live_ones() {
    let dir = tempfile::tempdir().unwrap();
    let logs = dir.path().join(LOG_DIR);
    for w in 0..10 {
        let (mut gone, _) = Journal::open(dir.path(), &format!("gone-{w}"));
        gone.record(vec![read("x"), read(&format!("w{w}"))], w)
            .unwrap();
        let unread = (format!("w{w}"), Mark::Read { on: false });
        gone.record(vec![unread], w + 1).unwrap();
    }
    let (mut live, _) = Journal::open(dir.path(), "live-1");
    live.record(vec![read("live")], 50).unwrap();
    let before = Journal::open(dir.path(), "reader").0.marks();
    assert!(super::super::due(&logs));
    let done = compact(&logs).unwrap().unwrap();
    assert_eq!(done.merged, 10);
    let mut names: Vec<String> = (log_names(&logs)).collect();
    names.sort();
    assert_eq!(names, [BASE, "live-1.log"]);
    assert_eq!(Journal::open(dir.path(), "reader").0.marks(), before);
    // Each briefing's last change is kept, and nothing else.
    let base = fs::read_to_string(logs.join(BASE)).unwrap();
    assert_eq!(base.lines().count(), 1 + 11, "{base}");
    // The live writer goes on writing to its own file.
    live.record(vec![read("later")], 60).unwrap();
    let (mut reader, _) = Journal::open(dir.path(), "reader");
    reader.poll();
    assert!(reader.marks().read.contains("later"));
}

#[test]
fn a_reader_polling_through_a_compaction_loses_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let logs = dir.path().join(LOG_DIR);
    let (mut reader, _) = Journal::open(dir.path(), "reader");
    for w in 0..9 {
        let (mut gone, _) = Journal::open(dir.path(), &format!("gone-{w}"));
        gone.record(vec![read(&format!("w{w}"))], w).unwrap();
    }
    reader.poll();
    compact(&logs).unwrap().unwrap();
    let (mut late, _) = Journal::open(dir.path(), "late");
    late.record(vec![read("late")], 99).unwrap();
    reader.poll();
    assert_eq!(reader.marks().read.len(), 10);
}

fn log_names(dir: &std::path::Path) -> impl Iterator<Item = String> {
    fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".log"))
}
