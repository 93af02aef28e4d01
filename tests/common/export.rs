//! Helpers for the export tests: a folder of hostile briefings, and the
//! commands whose output the export is compared with.

use std::path::{Path, PathBuf};

use serde_json::Value;

use super::{brief, json_lines, sample, stdout_of, write};

/// Briefings with everything that breaks a naive exporter.
pub fn nasty_folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "nasty.md",
        "+++\n\
         title = \"Commas, \\\"quotes\\\" and a\\nnewline\\u001b[31m in the title #\"\n\
         date = 2022-02-20\n\
         source = \"Kyiv, \\\"Wire\\\"\"\n\
         url = \"https://example.org/a?b=1,2&c=3\"\n\
         tags = [\"energy\", \"київ\"]\n\
         priority = \"high\"\n\
         summary = \"# not a heading; <b>bold</b> &amp; more\"\n\
         +++\n\
         Перший абзац, with a comma and \"a quoted phrase of words\" here.\n\n\
         # not a heading\n\n\
         > not a quote\n\n\
         1. not a list\n\n\
         - not a list either\n\n\
         Control \u{1b}[2J clear, bell \u{7}, C1 \u{9b}31m, bidi \u{202e}gnp.exe, tab\tend.\n\n\
         | a | b |\n|---|---|\n\n\
         ```\ncode fence\n```\n\n\
         “Ми не просимо, щоб за нас воювали,” Kuleba said.\n\n\
         The minister said: “# hash [link](x) *and* <b>more</b> words”.\n",
    );
    write(
        dir.path(),
        "plain.txt",
        " date 2022-02-21 A line with a lone \r carriage return, and \"quotes\".\r\n\r\n\
         As reported by Odesa Evening.\r\n\r\n\
         «Досить уже цих розмов про мир, друзі», сказав він.\r\n",
    );
    write(
        dir.path(),
        "undated.md",
        "+++\ntitle = \"```rust *stars* [link](x) <i>html</i> &amp; 2.\"\n+++\n\
         ---\n\n=== \\ trailing backslash \\\n",
    );
    dir
}

pub fn json_of(args: &[&str], dir: &Path) -> Vec<Value> {
    json_lines(&stdout_of(brief().args(args).arg(dir)))
}

pub fn export(dir: &Path, query: &str, format: &str, quotes: bool) -> String {
    let mut cmd = brief();
    cmd.args(["export", "-q", query, "--format", format])
        .arg(dir);
    if quotes {
        cmd.arg("--quotes");
    }
    stdout_of(&mut cmd)
}

pub fn text(v: &Value) -> String {
    match v {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        Value::Array(tags) => tags
            .iter()
            .map(|t| t.as_str().unwrap())
            .collect::<Vec<_>>()
            .join(";"),
        other => other.to_string(),
    }
}

/// The body of `id` as `brief show --json` gives it.
pub fn body(dir: &Path, id: &str) -> Vec<String> {
    let shown = json_of(&["show", id, "--json"], dir).remove(0);
    shown["body"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p.as_str().unwrap().to_string())
        .collect()
}

pub fn cases() -> Vec<(PathBuf, &'static str, Option<tempfile::TempDir>)> {
    let nasty = nasty_folder();
    vec![
        (sample(), "", None),
        (sample(), "tag:cyber since:2022-02-01", None),
        (nasty.path().to_owned(), "", Some(nasty)),
    ]
}
