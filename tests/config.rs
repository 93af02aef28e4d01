//! The configuration file, as a user meets it: printed, checked and refused
//! with a line number (the reader obeying it is in the end-to-end tier).

mod common;

use std::path::Path;

use common::*;

fn config_file(dir: &Path, text: &str) -> std::path::PathBuf {
    write(dir, "config.toml", text)
}

#[test]
fn the_printed_default_is_accepted_as_it_is() {
    let dir = tempfile::tempdir().unwrap();
    let text = stdout_of(brief().args(["config", "--print-default"]));
    assert!(
        text.contains("[keys]") && text.contains("# quit = [\"q\", \"Ctrl-c\"]"),
        "{text}"
    );
    let path = config_file(dir.path(), &text);
    let out = stdout_of(brief().arg("config").arg("--config").arg(&path));
    assert!(
        out.contains(": ok (0 folders, 0 views, 0 key overrides)"),
        "{out}"
    );
    let shown = stdout_of(
        brief()
            .args(["config", "--path"])
            .env("BRIEF_CONFIG", &path),
    );
    assert_eq!(shown.trim(), path.to_string_lossy());
}

#[test]
fn mistakes_are_refused_with_their_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let path = config_file(
        dir.path(),
        "theme = \"mono\"\n[keys]\nfly = \"f\"\nquit = \"Hyper-q\"\n[views]\nbad = \"since:\"\n",
    );
    let list = sample().to_string_lossy().into_owned();
    for args in [&["list", list.as_str()][..], &["config"]] {
        let out = brief()
            .args(args)
            .arg("--config")
            .arg(&path)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2));
        let err = String::from_utf8_lossy(&out.stderr);
        let at = |pos: &str| format!("{}:{pos}: error: ", path.display());
        assert!(err.contains(&(at("3:1") + "unknown action `fly`")), "{err}");
        assert!(
            err.contains(&(at("4:8") + "`Hyper-q` is not a key")),
            "{err}"
        );
        assert!(err.contains(&(at("6:7") + "view `bad`")), "{err}");
    }
    let missing = brief()
        .args(["list", "--config"])
        .arg(dir.path().join("nope.toml"))
        .arg(sample())
        .output()
        .unwrap();
    assert_eq!(missing.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("cannot read"));
}

#[test]
fn configured_folders_are_read_when_no_path_is_given() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("mine");
    write(&folder, "a.txt", "date 2022-03-01 Only briefing here.");
    let path = config_file(dir.path(), "folders = [\"mine\"]\n");
    let out = stdout_of(brief().args(["list", "--config"]).arg(&path));
    assert!(out.contains("Only briefing here."), "{out}");
    let env_wins = stdout_of(
        brief()
            .args(["list", "--config"])
            .arg(&path)
            .env("BRIEF_DIR", sample()),
    );
    assert!(!env_wins.contains("Only briefing here."));
}
