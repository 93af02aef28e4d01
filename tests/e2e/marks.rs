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

/// Not a test by itself: with `BRIEF_TEST_MARKS_WRITER` set (by the test
/// below, which runs this binary again) it saves states until killed.
#[test]
fn writer_child() {
    let Some(dir) = std::env::var_os(WRITER) else {
        return;
    };
    let book = Book::open(Some(PathBuf::from(dir))).book;
    for round in 0.. {
        book.save(&state_of(round % 3000)).unwrap();
    }
}

#[test]
fn a_writer_killed_at_any_moment_leaves_a_whole_file() {
    let dir = common::state_dir("kill");
    Book::open(Some(dir.clone()))
        .book
        .save(&state_of(1))
        .unwrap();
    let exe = std::env::current_exe().unwrap();
    let mut states = std::collections::HashSet::new();
    let count = |dir: &PathBuf| -> usize {
        Book::peek(Some(dir.clone())).marks.notes["count"]
            .parse()
            .unwrap()
    };
    for round in 0..60u64 {
        // Every other round the writer has saved at least once before the
        // kill, however slowly it starts: it never saves this count.
        let started = round % 2 == 1;
        if started {
            Book::open(Some(dir.clone()))
                .book
                .save(&state_of(3000))
                .unwrap();
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
        let opened = Book::peek(Some(dir.clone()));
        assert!(
            opened.warnings.is_empty(),
            "round {round}: {:?}",
            opened.warnings
        );
        let n = count(&dir);
        assert_eq!(opened.marks, state_of(n), "round {round}: a torn state");
        states.insert(n);
    }
    assert!(states.len() > 10, "the writer got to write: {states:?}");
    Book::open(Some(dir.clone()))
        .book
        .save(&state_of(2))
        .unwrap();
    assert_eq!(
        common::file_names(&dir),
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
    let saved = fs::read_to_string(dir.join(STATE_FILE)).unwrap();
    assert!(saved.contains(id), "{saved}");
    assert!(dir.join(brief::marks::SEEN_FILE).exists());

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
