//! Nothing lost when the link drops: on SIGHUP (the tmux session killed, as
//! a closed window or a dropped SSH link does) and on SIGTERM, the reader
//! saves the marks and the seen list before it exits, so `is:new` counts
//! from this session on.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::common;
use crate::common::tmux::{Tmux, brief_line};

/// A copy of the bundled briefings, to add to afterwards.
fn archive(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("drop-{name}"));
    let _ = fs::remove_dir_all(&dir);
    let copied = std::process::Command::new("cp")
        .arg("-R")
        .arg(common::sample())
        .arg(&dir)
        .status()
        .unwrap();
    assert!(copied.success());
    dir
}

/// `name` anywhere under `dir`.
fn find(dir: &Path, name: &str) -> Option<PathBuf> {
    for entry in fs::read_dir(dir).ok()?.flatten() {
        let path = entry.path();
        if path.file_name().is_some_and(|n| n == name) {
            return Some(path);
        }
        if path.is_dir()
            && let Some(found) = find(&path, name)
        {
            return Some(found);
        }
    }
    None
}

#[test]
fn sighup_and_sigterm_save_marks_and_the_seen_list() {
    for how in ["kill-session", "TERM"] {
        let state = common::state_dir(&format!("drop-{how}"));
        let archive = archive(how);
        let tmux = Tmux::start(&format!("drop-{how}"), 80, 24);
        tmux.shell(&format!(
            "clear; TERM=screen BRIEF_STATE_DIR='{}' {}",
            state.display(),
            brief_line(&[&archive])
        ));
        tmux.wait_for_text("40 unread");
        tmux.keys(&["m"]);
        tmux.wait_for_text("bookmarked");
        assert!(find(&state, "seen.toml").is_none(), "{how}: saved early");
        let pid = tmux.child();
        if how == "TERM" {
            common::tmux::kill(pid, "TERM");
        } else {
            tmux.tmux(&["kill-session"]);
        }
        let seen = common::eventually(Duration::from_secs(2), "seen.toml", || {
            find(&state, "seen.toml")
                .filter(|_| !common::tmux::alive(pid))
                .ok_or_else(|| format!("{how}: {:?}", common::file_names(&state)))
        });
        assert!(fs::read_to_string(&seen).unwrap().contains("count = 40"));
        let marks = common::logged(&common::sample_shelf(&state));
        assert!(
            marks.iter().any(|e| e["kind"] == "bookmark"),
            "{how}: {marks:?}"
        );

        assert!(
            common::listed(&state, "is:new", &archive).is_empty(),
            "{how}: all seen"
        );
        let first = archive.join("2022-01-03_gas-transit-new-year.txt");
        fs::copy(first, archive.join("2022-03-01_late-note.txt")).unwrap();
        assert_eq!(
            common::listed(&state, "is:new", &archive),
            ["2022-03-01_late-note"],
            "{how}"
        );
    }
}
