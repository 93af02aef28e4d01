//! Regression fixtures for known parser and file-system traps, made at test
//! time: front-matter fences, huge files, huge lines, huge folders.

mod common;

use std::path::Path;
use std::time::Instant;

use brief::model::Severity;
use brief::store::Store;
use brief::tui::action::Action;
use brief::tui::state::{AppState, Input, update};
use common::write;

fn open(dir: &Path) -> Store {
    Store::open(&[dir.to_path_buf()])
}

#[test]
fn fence_traps() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(
        d,
        "bom.md",
        b"\xEF\xBB\xBF+++\ntitle = \"After a BOM\"\ndate = 2022-01-01\n+++\nBody.".as_slice(),
    );
    write(
        d,
        "crlf.md",
        "+++\r\ntitle = \"CRLF\"\r\ndate = 2022-01-02\r\n+++\r\nBody.\r\n",
    );
    write(
        d,
        "spaces.md",
        "+++  \t\ntitle = \"Spaces\"\ndate = 2022-01-03\n+++   \nBody.",
    );
    write(d, "four.md", "++++\ntitle = \"Not a fence\"\n++++\nBody.");
    write(
        d,
        "inner.md",
        "+++\ntitle = \"Inner\"\ndate = 2022-01-04\n+++\nBody.\n\n+++\n\nStill body.",
    );
    write(
        d,
        "deep.md",
        format!(
            "+++\ntitle = \"Deep\"\nx = {}\n+++\nBody survives.",
            "[".repeat(10_000)
        ),
    );
    write(
        d,
        "dashes.md",
        format!(
            "+++\ntitle = \"Dashes\"\na={}\n+++\nBody survives.",
            "-".repeat(8_100)
        ),
    );
    let store = open(d);
    let get = |id: &str| store.get(store.find_id(id).unwrap());
    assert_eq!(get("bom").title, "After a BOM");
    assert!(
        get("bom").diagnostics.is_empty(),
        "{:?}",
        get("bom").diagnostics
    );
    assert_eq!(get("crlf").title, "CRLF");
    assert_eq!(get("spaces").title, "Spaces");
    assert_eq!(get("four").paragraphs.len(), 1, "++++ is text");
    assert_eq!(get("inner").paragraphs, ["Body.", "+++", "Still body."]);
    for id in ["deep", "dashes"] {
        let b = get(id);
        assert_eq!(b.paragraphs, ["Body survives."], "{id}");
        assert!(
            b.diagnostics.iter().any(|d| d.severity == Severity::Error),
            "{id}: an error with its position"
        );
    }
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
    let b = store.get(store.find_id("huge").unwrap());
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
