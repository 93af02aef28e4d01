//! The marks file on disk: commands read it without writing it, and warn
//! about a damaged one (the writer killed at any moment, and the reader's
//! bookmarks, are in the end-to-end tier).

mod common;

use std::fs;

use brief::marks::STATE_FILE;

#[test]
fn commands_filter_by_marks_and_never_write_them() {
    let dir = common::state_dir("cli");
    let shelf = common::sample_shelf(&dir);
    fs::create_dir_all(&shelf).unwrap();
    fs::write(
        shelf.join(STATE_FILE),
        "read = [\"2022-02-24_invasion-day-log.txt\"]\nbookmarks = [\"2022-02-24_invasion-day-log.txt\"]\n\n[notes]\n\"2022-02-24_invasion-day-log.txt\" = \"casualties?\"\n",
    )
    .unwrap();
    let before = common::file_names(&dir);
    let list = |q: &str| common::listed(&dir, q, &common::sample());
    assert_eq!(list("is:bookmarked"), ["2022-02-24_invasion-day-log"]);
    assert_eq!(list("has:note"), ["2022-02-24_invasion-day-log"]);
    assert_eq!(list("is:read"), ["2022-02-24_invasion-day-log"]);
    assert_eq!(list("is:unread").len(), 39);
    assert!(list("is:new").is_empty(), "no session has ended yet");
    assert_eq!(common::file_names(&dir), before);
    assert_eq!(common::file_names(&shelf), [STATE_FILE]);
}

#[test]
fn a_damaged_file_is_a_warning_for_commands_and_stays() {
    let dir = common::state_dir("cli-damaged");
    let shelf = common::sample_shelf(&dir);
    fs::create_dir_all(&shelf).unwrap();
    fs::write(shelf.join(STATE_FILE), b"read = [\x00\xff").unwrap();
    let out = common::brief()
        .env("BRIEF_STATE_DIR", &dir)
        .args(["list", "-q", "is:bookmarked"])
        .arg(common::sample())
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(out.stdout.is_empty());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("warning:") && stderr.contains("damaged"),
        "{stderr}"
    );
    assert_eq!(
        fs::read(shelf.join(STATE_FILE)).unwrap(),
        b"read = [\x00\xff"
    );
    assert_eq!(
        common::brief()
            .env("BRIEF_STATE_DIR", &dir)
            .args(["list", "-q", "is:nope"])
            .arg(common::sample())
            .output()
            .unwrap()
            .status
            .code(),
        Some(2)
    );
}
