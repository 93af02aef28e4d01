//! `--sort date|relevance` as a script would use it: the order of `list`,
//! `quotes` and `export`, and the same records whatever the order.

mod common;

use std::path::Path;

use common::*;

const PADDING: &str = "Delegations met in the capital and agreed to meet again soon.";

/// Three briefings: the newest mentions `pipeline` once in a long text, an
/// older one often in a short text, the newest of all not at all.
fn archive() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let padding = [PADDING; 8].join(" ");
    let once = format!(
        " date 2022-02-20 The pipeline was idle, said “a long quote about nothing much” the envoy. {padding}"
    );
    write(dir.path(), "once.txt", once);
    write(
        dir.path(),
        "often.txt",
        " date 2022-01-05 Pipeline after pipeline, “pipeline talks stalled” the minister said.",
    );
    write(
        dir.path(),
        "none.txt",
        format!(" date 2022-02-25 {padding}"),
    );
    dir
}

/// The ids `brief ARGS --json PATH` prints, in order.
fn ids(args: &[&str], path: &Path) -> Vec<String> {
    let out = stdout_of(brief().args(args).arg("--json").arg(path));
    json_lines(&out)
        .iter()
        .map(|v| v["id"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn relevance_puts_more_mentions_in_a_shorter_text_first() {
    let dir = archive();
    let by = |sort: &str| ids(&["list", "-q", "pipeline", "--sort", sort], dir.path());
    assert_eq!(by("date"), ["once", "often"]);
    assert_eq!(by("relevance"), ["often", "once"]);
    assert_eq!(
        ids(&["list", "-q", "pipeline"], dir.path()),
        ["once", "often"],
        "date is the default"
    );
    assert_eq!(
        ids(
            &["quotes", "-q", "pipeline", "--sort", "relevance"],
            dir.path()
        ),
        ["often", "once"]
    );
    let export = ["export", "-f", "json", "-q", "pipe", "--sort", "relevance"];
    let out = stdout_of(brief().args(export).arg(dir.path()));
    let exported: Vec<_> = json_lines(&out).iter().map(|v| v["id"].clone()).collect();
    assert_eq!(exported, ["often", "once"]);
}

#[test]
fn relevance_without_words_to_score_is_date_order() {
    let dir = archive();
    for query in ["", "since:2022-01-01", "-pipeline"] {
        let list = |sort: &str| {
            stdout_of(
                brief()
                    .args(["list", "-q", query, "--sort", sort])
                    .arg(dir.path()),
            )
        };
        assert_eq!(list("relevance"), list("date"), "query {query:?}");
    }
    assert_eq!(
        ids(&["list", "--sort", "relevance"], dir.path()),
        ["none", "once", "often"]
    );
}

#[test]
fn json_records_are_the_same_in_either_order() {
    let dir = archive();
    let records = |sort: &str| {
        let out = stdout_of(
            brief()
                .args(["list", "--json", "-q", "pipeline", "--sort", sort])
                .arg(dir.path()),
        );
        let mut lines: Vec<String> = out.lines().map(str::to_string).collect();
        lines.sort();
        lines
    };
    assert_eq!(records("relevance"), records("date"));
}

#[test]
fn an_unknown_order_is_a_usage_error() {
    brief()
        .args(["list", "--sort", "title"])
        .arg(archive().path())
        .assert()
        .code(2)
        .stderr(predicates::str::contains("relevance"));
}
