//! `brief completions` and `brief man`: generated from the clap definitions,
//! so every subcommand appears (that bash and man accept them is checked in
//! the end-to-end tier).

mod common;

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
fn man_page_explains_every_query_term() {
    let page = stdout_of(brief().arg("man"));
    assert!(page.contains(".SH \"QUERY LANGUAGE\""), "{page}");
    for t in brief::query::reference::TERMS {
        let roff = |s: &str| s.replace('-', "\\-");
        assert!(
            page.contains(&format!("\\fB{}\\fR", roff(t.syntax))),
            "the man page lacks {}",
            t.syntax
        );
        assert!(page.contains(&roff(t.meaning)), "{}", t.meaning);
    }
}
