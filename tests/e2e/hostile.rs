//! Rows of the bad-input table that need more than the CLI tests have: a
//! file nobody may read (an unprivileged user) is reported, not skipped in
//! silence; a file over the show limit is shown cut in a real terminal.

use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::process::Command;

use crate::common::{require, write};

/// Runs `brief` as an unprivileged user when we are root (through
/// `setpriv`), so that file permissions apply as they would for an analyst.
fn unprivileged(args: &[&str], dir: &Path) -> std::process::Output {
    let bin = assert_cmd::cargo::cargo_bin("brief");
    // SAFETY: geteuid has no preconditions and cannot fail.
    // SAFETY: geteuid has no preconditions and cannot fail.
    let mut cmd = if unsafe { libc::geteuid() } == 0 {
        let mut c = Command::new(require("setpriv", "util-linux"));
        c.args(["--reuid=65534", "--regid=65534", "--clear-groups", "--"])
            .arg(bin);
        c
    } else {
        Command::new(bin)
    };
    // Folders of the user running the tests are not the unprivileged one's.
    cmd.args(args)
        .arg(dir)
        .env("BRIEF_TODAY", "2022-02-25")
        .env_remove("BRIEF_DIR")
        .env_remove("BRIEF_CONFIG")
        .env("XDG_CONFIG_HOME", "/nonexistent/brief-test")
        .env("XDG_STATE_HOME", "/nonexistent/brief-test")
        .env("BRIEF_NO_CACHE", "1");
    cmd.output().expect("run brief")
}

#[test]
fn an_unreadable_file_is_an_error_and_the_rest_loads() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(d, "good.txt", "date 2022-01-10 A clean briefing.");
    let locked = write(d, "locked.txt", "date 2022-01-18 Nobody may read this.");
    fs::set_permissions(&locked, fs::Permissions::from_mode(0o000)).unwrap();
    fs::set_permissions(d, fs::Permissions::from_mode(0o755)).unwrap();
    let out = unprivileged(&["check"], d);
    let report = String::from_utf8(out.stdout).unwrap();
    assert_eq!(
        out.status.code(),
        Some(1),
        "{report}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        report.contains("locked.txt:1:1: error: cannot read: Permission denied"),
        "{report}"
    );
    assert!(
        report.ends_with("1 briefing, 0 warnings, 1 error\n"),
        "{report}"
    );
}

/// The row of a file over `show_limit` (8 MB unless set): indexed and
/// listed, with the warning at the top of its text and, at its end, where
/// it was cut and how to read it all; `o` hands the pager the whole file.
#[test]
fn a_briefing_over_the_show_limit_is_shown_cut_at_80x24() {
    use crate::common::tmux::{Tmux, brief_line, sh_quote};
    let dir = tempfile::tempdir().unwrap();
    let section = "Gas transit through Ukraine stayed below the booked volumes. ".repeat(10);
    let text = format!("{section}\n\n").repeat(15_000);
    let end = "The very last paragraph.";
    write(
        dir.path(),
        "long.txt",
        format!("date 2022-01-10 A long briefing.\n\n{text}{end}"),
    );
    let size = fs::metadata(dir.path().join("long.txt")).unwrap().len();
    assert!((9_000_000..10_000_000).contains(&size), "{size}");
    // Outside the folder read, so that it is no briefing.
    let pager_dir = tempfile::tempdir().unwrap();
    let pager = write(
        pager_dir.path(),
        "pager",
        "#!/bin/sh\necho \"PAGER ENDS: $(tail -n 1 \"$1\")\"; read answer\n",
    );
    fs::set_permissions(&pager, fs::Permissions::from_mode(0o755)).unwrap();
    let tmux = Tmux::start("over-the-limit", 80, 24);
    let line = brief_line(&[dir.path()]);
    let pager = sh_quote(&pager.to_string_lossy());
    tmux.shell(&format!("PAGER={pager} {line}; echo EXIT=$?"));
    let screen = tmux.wait_for_text("large file (9.");
    assert!(screen.contains("over show_limit = 8 MB"), "{screen}");
    assert!(screen.contains("1 problem"), "{screen}");
    // The text's end: the cut, not the last section.
    tmux.keys(&["Tab", "G"]);
    let screen = tmux.wait_for_text("cut at show_limit = 8 MB");
    assert!(screen.contains("o opens it all in $PAGER"), "{screen}");
    assert!(!screen.contains(end), "{screen}");
    tmux.keys(&["o"]);
    tmux.wait_for_text(&format!("PAGER ENDS: {end}"));
    tmux.keys(&["Enter"]);
    tmux.wait_for_text("cut at show_limit = 8 MB");
    tmux.keys(&["q"]);
    tmux.wait_for_line("EXIT=0");
}
