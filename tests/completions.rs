//! `brief completions` and `brief man`: generated from the clap definitions,
//! so every subcommand appears, and the output is valid for its consumer.

mod common;

use std::io::Write;
use std::process::{Command, Stdio};

use common::*;

const SUBCOMMANDS: [&str; 9] = [
    "list",
    "show",
    "quotes",
    "tags",
    "check",
    "config",
    "export",
    "completions",
    "man",
];

fn have(program: &str) -> bool {
    Command::new(program)
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok()
}

#[test]
fn each_shell_gets_a_script_naming_every_subcommand() {
    for shell in ["bash", "zsh", "fish"] {
        let script = stdout_of(brief().args(["completions", shell]));
        assert!(script.len() > 500, "{shell}");
        for sub in SUBCOMMANDS {
            assert!(script.contains(sub), "{shell} script lacks {sub}");
        }
        assert!(
            script.contains("format") && script.contains("quotes"),
            "{shell}"
        );
    }
    brief().args(["completions", "tcsh"]).assert().code(2);
}

#[test]
fn a_broken_configuration_does_not_stop_completions_or_man() {
    let dir = tempfile::tempdir().unwrap();
    let config = write(dir.path(), "config.toml", "theme = [");
    for args in [&["completions", "bash"][..], &["man"]] {
        brief()
            .args(args)
            .env("BRIEF_CONFIG", &config)
            .assert()
            .success();
    }
    brief()
        .arg("list")
        .arg(sample())
        .env("BRIEF_CONFIG", &config)
        .assert()
        .code(2);
}

#[test]
fn bash_script_is_valid_bash() {
    if !have("bash") {
        eprintln!("skipped: bash is not installed");
        return;
    }
    let script = stdout_of(brief().args(["completions", "bash"]));
    let mut child = Command::new("bash")
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
fn man_page_has_a_title_and_every_subcommand() {
    let page = stdout_of(brief().arg("man"));
    assert!(page.contains(".TH brief 1"), "{page}");
    for sub in SUBCOMMANDS {
        assert!(
            page.contains(&format!(".SS {sub}\n")),
            "no section for {sub}"
        );
    }
    assert!(
        !page.contains("brief\\-list(1)"),
        "no pointers to pages that do not exist"
    );
}

#[test]
fn man_renders_the_page_without_warnings() {
    if !have("man") {
        eprintln!("skipped: man is not installed");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "brief.1", stdout_of(brief().arg("man")));
    let out = Command::new("man")
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
}
