//! The generated completions and manual page, read by their consumers: the
//! bash script parses in bash, and man renders the page without warnings.

use std::io::Write;
use std::process::{Command, Stdio};

use crate::common::{brief, require, stdout_of, write};

#[test]
fn bash_script_is_valid_bash() {
    let bash = require("bash", "bash");
    let script = stdout_of(brief().args(["completions", "bash"]));
    let mut child = Command::new(bash)
        .arg("-n")
        .stdin(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(script.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn man_renders_the_page_without_warnings() {
    let man = require("man", "man-db");
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "brief.1", stdout_of(brief().arg("man")));
    let out = Command::new(man)
        .arg("-l")
        .arg(&path)
        .env("MANWIDTH", "80")
        .env("MANPAGER", "cat")
        .env("PAGER", "cat")
        .output()
        .unwrap();
    let warnings = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success() && warnings.is_empty(), "{warnings}");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("COMMANDS") && text.contains("export"),
        "{text}"
    );
    // The reader's keys, as its help groups them, each with what it does.
    let keys = text
        .split("READER KEYS")
        .nth(1)
        .and_then(|s| s.split("QUERY LANGUAGE").next())
        .unwrap_or_else(|| panic!("no READER KEYS section: {text}"));
    let lines: Vec<&str> = keys.lines().map(str::trim).collect();
    for heading in [
        "Reading",
        "Typing a search or query",
        "Tag picker",
        "Answering y/n",
    ] {
        assert!(lines.contains(&heading), "no {heading} in {keys}");
    }
    for (key, does) in [
        ("j, Down", "move down / scroll down"),
        ("Ctrl-d", "half a page down"),
        ("q, Ctrl-c", "quit"),
        ("Space", "select or unselect the tag"),
    ] {
        let at = lines.iter().position(|l| l.starts_with(key));
        let said = at.map(|i| format!("{} {}", lines[i], lines[i + 1]));
        assert!(
            said.is_some_and(|s| s.contains(does)),
            "{key}: {does} in {keys}"
        );
    }
}
