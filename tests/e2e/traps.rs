//! The big traps, made at test time: a 50 MB file, a 2 MB line in the
//! reader, a folder of 10,000 empty files.

use std::time::Instant;

use brief::model::Severity;
use brief::store::Store;
use brief::tui::action::Action;
use brief::tui::state::{AppState, Input, update};

use crate::common::write;

fn open(dir: &std::path::Path) -> Store {
    brief::library::open_in_memory(&[dir.to_path_buf()])
}

#[test]
fn a_50_mb_file_loads_and_opens() {
    let dir = tempfile::tempdir().unwrap();
    let paragraph = "Officials met in Geneva to discuss gas transit and sanctions. ".repeat(16);
    let body: String = (0..52_000)
        .map(|i| format!("Section {i}. {paragraph}\n\n"))
        .collect();
    assert!(body.len() > 50_000_000);
    write(dir.path(), "huge.txt", format!("date 2022-01-10 {body}"));
    let store = open(dir.path());
    assert_eq!(store.len(), 1);
    let b = store.whole(store.find_id("huge").unwrap()).unwrap();
    assert_eq!(b.paragraphs.len(), 52_000);
    let q = brief::query::parse("\"gas transit\" section").unwrap();
    assert_eq!(
        brief::query::evaluate(&store, &q, chrono::Local::now().date_naive()).count(),
        1
    );
}

#[test]
fn a_2_mb_single_line_stays_responsive_in_the_reader() {
    let dir = tempfile::tempdir().unwrap();
    let line = "word “quoted three words” and \"more of it here\" ".repeat(45_000);
    assert!(line.len() > 2_000_000);
    write(dir.path(), "line.txt", format!("date 2022-01-10 {line}"));
    let store = open(dir.path());
    let mut state = AppState::new(&store, chrono::NaiveDate::MIN, (120, 40));
    update(&mut state, &store, Action::Open);
    let started = Instant::now();
    for action in [
        Action::PageDown,
        Action::Bottom,
        Action::NextQuote,
        Action::Top,
    ] {
        update(&mut state, &store, action);
    }
    update(&mut state, &store, Input::Resize(80, 24));
    // Moving within the text is cheap; only a resize re-wraps, once.
    assert!(
        started.elapsed().as_secs() < 20,
        "took {:?}",
        started.elapsed()
    );
    assert!(state.detail.layout.lines.len() > 10_000);
}

#[test]
fn a_folder_of_10000_empty_files() {
    let dir = tempfile::tempdir().unwrap();
    for i in 0..10_000 {
        std::fs::write(dir.path().join(format!("e{i:05}.txt")), b"").unwrap();
    }
    let store = open(dir.path());
    assert_eq!(
        store.len(),
        10_000,
        "empty files are briefings without a date"
    );
    assert_eq!(store.count(Severity::Warning), 10_000);
    assert_eq!(store.count(Severity::Error), 0);
}
