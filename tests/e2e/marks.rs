//! The marks file under stress and in use: a writer killed with SIGKILL at
//! any moment leaves either the old or the new file, and a bookmark made in
//! the reader outlives the session.

use std::fs;
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::Duration;

use brief::marks::{Book, Marks, STATE_FILE};

use crate::common;

const WRITER: &str = "BRIEF_TEST_MARKS_WRITER";

/// A state of `n` marks that says how many it holds, so a torn file shows.
fn state_of(n: usize) -> Marks {
    Marks {
        read: (0..n).map(|i| format!("briefing-{i:05}")).collect(),
        notes: [("count".to_string(), n.to_string())].into(),
        ..Marks::default()
    }
}

/// The book of the bundled briefings' archive, in the state folder `dir`.
fn book(dir: &std::path::Path) -> Book {
    let sample = common::sample();
    let store = brief::library::open_in_memory(std::slice::from_ref(&sample));
    Book::open(Some(dir.to_owned()), &[sample], &store).book
}

/// Saves `state_of(n)` as the reader would, keyed by archive.
fn save(book: &Book, n: usize) {
    let mut marks = Marks::default();
    marks.add_archive(common::SAMPLE_ARCHIVE, state_of(n));
    book.save(&marks).unwrap();
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
/// below, which runs this binary again) it saves states until killed.
#[test]
fn writer_child() {
    let Some(dir) = std::env::var_os(WRITER) else {
        return;
    };
    let book = book(&PathBuf::from(dir));
    for round in 0.. {
        save(&book, round % 3000);
    }
}

#[test]
fn a_writer_killed_at_any_moment_leaves_a_whole_file() {
    let dir = common::state_dir("kill");
    save(&book(&dir), 1);
    let exe = std::env::current_exe().unwrap();
    let mut states = std::collections::HashSet::new();
    let count = |dir: &PathBuf| -> usize { peek(dir).0.notes["count"].parse().unwrap() };
    for round in 0..60u64 {
        // Every other round the writer has saved at least once before the
        // kill, however slowly it starts: it never saves this count.
        let started = round % 2 == 1;
        if started {
            save(&book(&dir), 3000);
        }
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
        if started {
            common::eventually(Duration::from_secs(10), "a first save", || {
                match count(&dir) {
                    3000 => Err("the state saved before the writer started".into()),
                    _ => Ok(()),
                }
            });
        }
        // Varied moments (not a wait for anything): while starting, mid-way,
        // and after many saves.
        std::thread::sleep(Duration::from_millis(5 + (round * 37) % 120));
        child.kill().unwrap();
        child.wait().unwrap();
        let (marks, warnings) = peek(&dir);
        assert!(warnings.is_empty(), "round {round}: {warnings:?}");
        let n = count(&dir);
        assert_eq!(marks, state_of(n), "round {round}: a torn state");
        states.insert(n);
    }
    assert!(states.len() > 10, "the writer got to write: {states:?}");
    save(&book(&dir), 2);
    assert_eq!(
        common::file_names(&common::sample_shelf(&dir)),
        [STATE_FILE],
        "no temporary file is left"
    );
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
    let saved = fs::read_to_string(shelf.join(STATE_FILE)).unwrap();
    assert!(saved.contains(&format!("\"{id}.txt\"")), "{saved}");
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
