//! The marks log under stress and in use: a writer killed with SIGKILL at
//! any moment loses nothing it wrote, and a bookmark made in the reader
//! outlives the session.

use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::Duration;

use brief::marks::{Book, Change, Marks};

use crate::common;

const WRITER: &str = "BRIEF_TEST_MARKS_WRITER";

/// The book of the bundled briefings' archive, in the state folder `dir`.
fn book(dir: &std::path::Path) -> Book {
    let sample = common::sample();
    let store = brief::library::open_in_memory(std::slice::from_ref(&sample));
    Book::open(Some(dir.to_owned()), &[sample], &store).book
}

/// The bundled briefings' marks as a command reads them.
fn peek(dir: &std::path::Path) -> (Marks, Vec<String>) {
    let opened = Book::peek(Some(dir.to_owned()), &[common::sample()]);
    (
        opened.marks.of_archive(common::SAMPLE_ARCHIVE),
        opened.warnings,
    )
}

/// Not a test by itself: with `BRIEF_TEST_MARKS_WRITER` set (by the test
/// below, which runs this binary again) it marks `briefing-00000`,
/// `briefing-00001`, ... read, one change at a time, until killed.
#[test]
fn writer_child() {
    let Some(dir) = std::env::var_os(WRITER) else {
        return;
    };
    let mut book = book(&PathBuf::from(dir));
    for i in 0.. {
        let key = format!("{}/briefing-{i:05}", common::SAMPLE_ARCHIVE);
        book.record(vec![Change::read(key, true)], i).unwrap();
    }
}

/// Writers killed with SIGKILL at any moment: what each wrote before is
/// all there, in order, and a line cut short is neither read nor said.
#[test]
fn a_writer_killed_at_any_moment_loses_nothing_it_wrote() {
    let dir = common::state_dir("kill");
    let exe = std::env::current_exe().unwrap();
    let mut counts = Vec::new();
    for round in 0..30u64 {
        let mut child = Command::new(&exe)
            .args([
                "--exact",
                "marks::writer_child",
                "--nocapture",
                "--test-threads=1",
            ])
            .env(WRITER, &dir)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        // Varied moments (not a wait for anything): while starting, mid-way,
        // and after many writes.
        std::thread::sleep(Duration::from_millis(5 + (round * 37) % 200));
        child.kill().unwrap();
        child.wait().unwrap();
        let (marks, warnings) = peek(&dir);
        assert!(warnings.is_empty(), "round {round}: {warnings:?}");
        // Every writer marks from 0 up: what is read is 0..n, no gap.
        let n = marks.read.len();
        let want: std::collections::BTreeSet<String> =
            (0..n).map(|i| format!("briefing-{i:05}")).collect();
        assert_eq!(marks.read, want, "round {round}: a gap");
        counts.push(n);
    }
    assert!(
        counts.last() > Some(&100),
        "the writers got to write: {counts:?}"
    );
    assert!(
        counts.windows(2).all(|w| w[0] <= w[1]),
        "nothing lost: {counts:?}"
    );
    let names = common::file_names(&common::sample_shelf(&dir));
    assert_eq!(names, ["log"], "no temporary file is left");
}

/// End to end: `m` in the reader, quit, start again: the bookmark is there,
/// and `is:bookmarked` lists it alone.
#[test]
fn a_bookmark_outlives_the_session() {
    use crate::common::tmux::{Tmux, brief_line};
    let dir = common::state_dir("tmux");
    let out = common::stdout_of(
        common::brief()
            .args(["list", "--json"])
            .arg(common::sample()),
    );
    let second = common::json_lines(&out)[1].clone();
    let (id, title) = (
        second["id"].as_str().unwrap(),
        second["title"].as_str().unwrap(),
    );
    let title: String = title.chars().take(12).collect();
    let start = format!(
        "clear; BRIEF_STATE_DIR='{}' {}; echo EXIT=$?",
        dir.display(),
        brief_line(&[&common::sample()])
    );

    let tmux = Tmux::start("marks", 120, 40);
    tmux.shell(&start);
    tmux.wait_for_text("Briefings 40/40");
    tmux.keys(&["j", "m"]);
    let screen = tmux.wait_for_text("1 bookmarked");
    let row = crate::common::tmux::list_row(&screen, &title);
    assert!(row.contains("★"), "{screen}");
    tmux.keys(&["q"]);
    tmux.wait_for_line("EXIT=0");
    let shelf = common::sample_shelf(&dir);
    let saved = common::logged(&shelf);
    let path = format!("{id}.txt");
    assert!(
        saved
            .iter()
            .any(|e| e["path"] == path.as_str() && e["kind"] == "bookmark"),
        "{saved:?}"
    );
    assert!(shelf.join(brief::marks::SEEN_FILE).exists());

    tmux.shell(&start);
    let screen = tmux.wait_for_text("1 bookmarked");
    let status = screen.lines().rfind(|l| l.contains("bookmarked")).unwrap();
    assert!(!status.contains(" new"), "all was seen last time: {status}");
    let row = crate::common::tmux::list_row(&screen, &title);
    assert!(row.contains("★"), "{screen}");
    tmux.keys(&[":"]);
    tmux.type_text("is:bookmarked");
    tmux.keys(&["Enter"]);
    let screen = tmux.wait_for_text("Briefings 1/40");
    crate::common::tmux::list_row(&screen, &title);
    tmux.keys(&["q"]);
    tmux.wait_for_line("EXIT=0");
}
