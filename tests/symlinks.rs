//! Symbolic links in a shared folder, as a script meets them: a link out of
//! the folder is not listed, not exported and named by `brief check`; one
//! inside is followed; `follow_symlinks = true` follows them all.

mod common;

use std::os::unix::fs::symlink;
use std::path::Path;

use common::*;

/// A shared folder with a briefing, a link to the analyst's own file and
/// one to their own folder, a link inside and one to nothing; and the
/// folder outside it.
fn shared() -> (tempfile::TempDir, tempfile::TempDir) {
    let shared = tempfile::tempdir().unwrap();
    let own = tempfile::tempdir().unwrap();
    let (s, o) = (shared.path(), own.path());
    write(s, "brief.txt", "date 2022-02-01 Kyiv Wire: talks resume.");
    write(
        o,
        "passwords.txt",
        "date 2022-02-02 hunter2 is the password.",
    );
    std::fs::create_dir(o.join("diary")).unwrap();
    write(
        o,
        "diary/monday.txt",
        "date 2022-02-03 Dear diary, a secret.",
    );
    symlink(o.join("passwords.txt"), s.join("x.txt")).unwrap();
    symlink(o.join("diary"), s.join("notes")).unwrap();
    symlink(s.join("brief.txt"), s.join("again.txt")).unwrap();
    symlink(s.join("gone.txt"), s.join("dangling.txt")).unwrap();
    (shared, own)
}

fn run(dir: &Path, args: &[&str], config: Option<&Path>) -> (Option<i32>, String) {
    let mut cmd = brief();
    if let Some(config) = config {
        cmd.env("BRIEF_CONFIG", config);
    }
    let out = cmd.args(args).arg(dir).output().unwrap();
    (out.status.code(), String::from_utf8(out.stdout).unwrap())
}

/// The ids `brief list` lists, newest first.
fn ids(dir: &Path, config: Option<&Path>) -> Vec<String> {
    let (code, list) = run(dir, &["list", "--json"], config);
    assert_eq!(code, Some(0));
    let id = |line: &str| {
        let value: serde_json::Value = serde_json::from_str(line).unwrap();
        value["id"].as_str().unwrap().to_string()
    };
    list.lines().map(id).collect()
}

#[test]
fn links_out_of_the_folder_are_not_listed_exported_or_read() {
    let (shared, _own) = shared();
    let s = shared.path();
    assert_eq!(ids(s, None), ["again", "brief"]);
    for format in ["md", "csv", "json"] {
        let (code, export) = run(s, &["export", "-f", format], None);
        assert_eq!(code, Some(0));
        assert!(export.contains("talks resume"), "{format}: {export}");
        for secret in ["hunter2", "Dear diary"] {
            assert!(!export.contains(secret), "{format} exports {secret}");
        }
    }
    for word in ["hunter2", "diary"] {
        let (_, found) = run(s, &["list", "-q", word], None);
        assert_eq!(found, "", "{word} is not in the index either");
    }
}

#[test]
fn check_names_each_link_not_followed_as_a_warning() {
    let (shared, own) = shared();
    let (s, o) = (shared.path(), std::fs::canonicalize(own.path()).unwrap());
    let (code, report) = run(s, &["check"], None);
    assert_eq!(code, Some(0), "warnings only: {report}");
    let out = |name: &str, what: &str, to: &Path| {
        format!(
            "{}:1:1: warning: symbolic link to {what} outside the folders given ({}); \
             not followed (`follow_symlinks = true` in the configuration follows it)",
            s.join(name).display(),
            to.display()
        )
    };
    let expected = [
        format!(
            "{}:1:1: warning: symbolic link to {}, which does not exist; skipped",
            s.join("dangling.txt").display(),
            s.join("gone.txt").display()
        ),
        out("notes", "a folder", &o.join("diary")),
        out("x.txt", "a file", &o.join("passwords.txt")),
        "2 briefings, 3 warnings, 0 errors".to_string(),
    ];
    let lines: Vec<&str> = report.lines().collect();
    assert_eq!(lines, expected);
}

#[test]
fn follow_symlinks_in_the_configuration_follows_them() {
    let (shared, _own) = shared();
    let s = shared.path();
    let config = tempfile::tempdir().unwrap();
    write(config.path(), "config.toml", "follow_symlinks = true\n");
    let config = config.path().join("config.toml");
    assert_eq!(
        ids(s, Some(&config)),
        ["notes/monday", "x", "again", "brief"]
    );
    let (_, report) = run(s, &["check"], Some(&config));
    assert!(
        report.ends_with("4 briefings, 1 warning, 0 errors\n"),
        "{report}"
    );
    assert!(report.contains("dangling.txt:1:1: warning:"), "{report}");
}
