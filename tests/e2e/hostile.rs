//! The one row of the bad-input table that needs an unprivileged user: a
//! file nobody may read is reported, not skipped in silence.

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
