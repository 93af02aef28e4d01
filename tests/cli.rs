//! The subcommands as a script would use them: output shape, JSON keys, exit codes.

mod common;

use std::collections::BTreeSet;
use std::io::{BufRead, BufReader};
use std::process::Stdio;

use common::*;
use predicates::prelude::*;

fn keys(v: &serde_json::Value) -> BTreeSet<&str> {
    v.as_object().unwrap().keys().map(String::as_str).collect()
}

/// The project's own plain briefing, shaped as analysts receive them: a
/// leading-space `date` header, the source line, a long straight-quoted
/// quote with its attribution; and a `tags.toml` beside it.
fn fixtures() -> std::path::PathBuf {
    root().join("tests/fixtures")
}

const FIXTURE: &str = "001_4be1c07d93a5f268";

#[test]
fn fixture_shows_every_field_of_a_plain_briefing() {
    let out = stdout_of(
        brief()
            .args(["show", FIXTURE])
            .arg(fixtures())
            .arg("--json"),
    );
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["id"], FIXTURE);
    assert_eq!(v["date"], "2022-03-14", "from the leading-space header");
    assert_eq!(v["source"], "Danube Ledger", "from `As reported by`");
    assert_eq!(
        v["title"],
        "Ministers of agriculture from Poland, Romania and Moldova met in Chisinau on Friday \
         to agree how grain stuck in…",
        "the first sentence, cut at a word with an ellipsis"
    );
    assert_eq!(v["priority"], "normal");
    assert_eq!(v["words"], 208);
    assert_eq!(v["tags"], serde_json::json!(["grain", "rail"]), "rule tags");
    assert_eq!(v["diagnostics"], serde_json::json!([]));
    let body = v["body"].as_array().unwrap();
    assert_eq!(body.len(), 6);
    assert!(
        body[0]
            .as_str()
            .unwrap()
            .starts_with("Ministers of agriculture"),
        "the header line's rest is the first paragraph: {body:?}"
    );
    assert_eq!(body[1], "As reported by Danube Ledger.");
    let quotes = v["quotes"].as_array().unwrap();
    assert_eq!(quotes.len(), 1, "{quotes:?}");
    let text = quotes[0]["text"].as_str().unwrap();
    assert!(
        text.starts_with("The three delegations reviewed the capacity"),
        "{text}"
    );
    assert!(
        text.contains("near Ungheni… They agreed") && text.contains("Each country’s railway"),
        "the ellipsis and the apostrophe stay inside the quote: {text}"
    );
    assert!(
        text.ends_with("until the end of June"),
        "no closing comma or mark: {text}"
    );
    assert_eq!(
        quotes[0]["attribution"],
        "reads the statement published on the website of the Moldovan Ministry of Agriculture on March 12"
    );
    assert_eq!(quotes[0]["paragraph"], 2);
}

#[test]
fn list_json_has_exactly_the_documented_keys() {
    let out = stdout_of(brief().args(["list", "--json"]).arg(sample()));
    let rows = json_lines(&out);
    assert!(rows.len() >= 30);
    let expected: BTreeSet<&str> = [
        "id", "path", "date", "title", "source", "tags", "priority", "quotes", "words",
    ]
    .into();
    for row in &rows {
        assert_eq!(keys(row), expected);
    }
    let dates: Vec<&str> = rows.iter().filter_map(|r| r["date"].as_str()).collect();
    assert!(dates.windows(2).all(|w| w[0] >= w[1]), "newest first");
}

#[test]
fn list_text_and_query() {
    let out = stdout_of(
        brief()
            .args(["list", "-q", "tag:cyber since:2022-02-01"])
            .arg(sample()),
    );
    assert!(!out.is_empty());
    for line in out.lines() {
        assert!(line.starts_with("2022-02"), "{line}");
        assert!(line.contains("#cyber"), "{line}");
    }
}

#[test]
fn fuzzy_words_and_did_you_mean() {
    let ids = |q: &str| {
        let out = brief()
            .args(["list", "--json", "-q", q])
            .arg(fixtures())
            .output()
            .unwrap();
        let out = String::from_utf8(out.stdout).unwrap();
        json_lines(&out)
            .iter()
            .map(|r| r["id"].as_str().unwrap().to_string())
            .collect::<Vec<_>>()
    };
    assert_eq!(ids("Moldvoa~"), [FIXTURE], "a swap is one typo");
    assert!(ids("Moldvoa").is_empty(), "without ~ the word is exact");
    assert_eq!(ids("mldvoa~2"), [FIXTURE]);
    let nothing = brief()
        .args(["list", "-q", "qqqqqqqq"])
        .arg(fixtures())
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&nothing.stderr).is_empty());
    let misspelt = brief()
        .args(["list", "-q", "grain Chisnau"])
        .arg(fixtures())
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8_lossy(&misspelt.stderr),
        "brief: no match; did you mean chisinau?\n"
    );
    assert!(misspelt.stdout.is_empty());
    assert_eq!(nothing.status.code(), Some(1), "no match, as grep");
    assert_eq!(
        misspelt.status.code(),
        nothing.status.code(),
        "status unchanged"
    );
    brief()
        .args(["list", "-q", "grain~3"])
        .arg(fixtures())
        .assert()
        .code(2)
        .stderr(predicate::str::contains("column 1").and(predicate::str::contains("1 or 2")));
}

/// As grep: 0 when something matched, 1 when nothing did, 2 on an error.
#[test]
fn list_quotes_speakers_and_export_exit_as_grep() {
    let code = |args: &[&str]| {
        brief()
            .args(args)
            .arg(sample())
            .output()
            .unwrap()
            .status
            .code()
    };
    for command in [["list"], ["quotes"], ["speakers"]] {
        let name = command[0];
        assert_eq!(code(&[name, "-q", "gas"]), Some(0), "{name} matched");
        assert_eq!(
            code(&[name, "-q", "zzyzx"]),
            Some(1),
            "{name} matched nothing"
        );
        assert_eq!(code(&[name, "-q", "tag:"]), Some(2), "{name}: an error");
    }
    assert_eq!(code(&["export", "-f", "json", "-q", "gas"]), Some(0));
    assert_eq!(code(&["export", "-f", "json", "-q", "zzyzx"]), Some(1));
    assert_eq!(
        code(&["export", "-f", "json", "--quotes", "-q", "-has:quote"]),
        Some(1)
    );
    assert_eq!(
        code(&["quotes", "-q", "-has:quote"]),
        Some(1),
        "briefings, no quotes"
    );
    assert_eq!(code(&["speakers", "-q", "speaker:zzyzx"]), Some(1));
    let out = brief()
        .args(["list", "-q", "is:bookmarked OR has:note"])
        .arg(sample())
        .env("BRIEF_STATE_DIR", tempfile::tempdir().unwrap().path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "no marks: nothing matched");
    assert!(out.stdout.is_empty());
}

#[test]
fn or_and_brackets_on_the_command_line() {
    let ids = |q: &str| -> BTreeSet<String> {
        let out = stdout_of(brief().args(["list", "--json", "-q", q]).arg(sample()));
        json_lines(&out)
            .iter()
            .map(|r| r["id"].as_str().unwrap().to_string())
            .collect()
    };
    let (energy, sanctions) = (ids("tag:energy"), ids("tag:sanctions"));
    let either: BTreeSet<String> = energy.union(&sanctions).cloned().collect();
    assert_eq!(ids("tag:energy OR tag:sanctions"), either);
    let both: BTreeSet<String> = energy.intersection(&sanctions).cloned().collect();
    assert_eq!(ids("tag:energy AND tag:sanctions"), both);
    let only_energy: BTreeSet<String> = energy.difference(&sanctions).cloned().collect();
    assert_eq!(ids("tag:energy -(tag:sanctions OR tag:zzz)"), only_energy);
    brief()
        .args(["list", "-q", "(tag:energy OR gas"])
        .arg(sample())
        .assert()
        .code(2)
        .stderr(predicate::str::contains("column 1: unclosed `(`"));
}

#[test]
fn show_json_adds_body_quotes_and_more() {
    let out = stdout_of(
        brief()
            .args(["show", "gas-winter-outlook", "--json"])
            .arg(sample()),
    );
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let expected: BTreeSet<&str> = [
        "id",
        "path",
        "date",
        "title",
        "source",
        "tags",
        "priority",
        "quotes",
        "words",
        "body",
        "summary",
        "url",
        "extra",
        "diagnostics",
    ]
    .into();
    assert_eq!(keys(&v), expected);
    assert!(v["body"].as_array().unwrap().len() > 3);
    assert_eq!(v["extra"]["analyst"], "O. Kovalenko");
    let q = &v["quotes"][0];
    assert_eq!(
        keys(q),
        ["attribution", "paragraph", "pronoun", "speaker", "text"].into()
    );
    assert!(q["speaker"].is_string(), "{q}");
    assert_eq!(v["diagnostics"][0]["severity"], "warning");
}

#[test]
fn show_text_wraps_and_marks_quotes() {
    let out = stdout_of(
        brief()
            .args(["show", "001_4be1", "--width", "60"])
            .arg(fixtures()),
    );
    assert!(out.starts_with("Ministers of agriculture"), "{out}");
    // The title is the text's first sentence: shown once, whole, as the title.
    assert_eq!(out.matches("Ministers of agriculture").count(), 1, "{out}");
    assert!(
        out.contains("season begins.\nMonday, 2022-03-14 · Danube Ledger\n"),
        "{out}"
    );
    assert!(
        out.contains("\ntags: #grain (rule) #rail (rule)\n"),
        "{out}"
    );
    assert!(
        out.contains("end of June,\"[1] reads the statement"),
        "{out}"
    );
    assert!(
        out.contains("\nQuotes\n[1] “The three delegations"),
        "{out}"
    );
    assert!(out.lines().all(|l| l.chars().count() <= 60), "{out}");
}

#[test]
fn show_unknown_or_ambiguous_id_fails_with_1() {
    brief()
        .args(["show", "nope"])
        .arg(sample())
        .assert()
        .code(1)
        .stderr(predicate::str::contains("no briefing with id `nope`"));
    brief()
        .args(["show", "2022-01-14"])
        .arg(sample())
        .assert()
        .code(1)
        .stderr(predicate::str::contains("it could be:"));
}

/// Ids are paths below the folder: one file of a name removed leaves the
/// other's id as it was, and a name two files have lists both.
#[test]
fn ids_stay_when_a_file_of_the_same_name_goes() {
    let dir = tempfile::tempdir().unwrap();
    for folder in ["trade", "energy"] {
        std::fs::create_dir(dir.path().join(folder)).unwrap();
        let text = format!("date 2022-01-05 A note on {folder} filed today.");
        std::fs::write(dir.path().join(folder).join("note-7.txt"), text).unwrap();
    }
    let show = |form: &str| brief().args(["show", form]).arg(dir.path()).assert();
    show("note-7").code(1).stderr(predicate::str::contains(
        "no briefing with id `note-7` alone; it could be: energy/note-7, trade/note-7",
    ));
    show("trade/note-7")
        .success()
        .stdout(predicate::str::contains("A note on trade"));
    show("TRADE/note-7.txt")
        .success()
        .stdout(predicate::str::contains("A note on trade"));
    std::fs::remove_file(dir.path().join("energy/note-7.txt")).unwrap();
    show("trade/note-7")
        .success()
        .stdout(predicate::str::contains("A note on trade"));
    show("note-7")
        .success()
        .stdout(predicate::str::contains("trade/note-7"));
    let listed = brief()
        .args(["list", "--json"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&listed.stdout).contains("\"id\":\"trade/note-7\""));
}

/// `speaker:` matches any word of the name, with a role kept apart from it.
#[test]
fn a_speaker_is_found_by_any_word_of_the_name() {
    let dir = tempfile::tempdir().unwrap();
    let text = "date 1987-03-05 Shares rose.\n\n\"The merger is a good deal for everyone,\" \
                said E.F. Hutton Group analyst Michael Lewis.";
    std::fs::write(dir.path().join("merger.txt"), text).unwrap();
    for name in ["michael", "lewis", "\"michael lewis\""] {
        let query = format!("speaker:{name}");
        let out = brief()
            .args(["quotes", "--json", "-q", &query])
            .arg(dir.path())
            .output()
            .unwrap();
        assert!(
            String::from_utf8_lossy(&out.stdout)
                .contains("\"speaker\":\"Michael Lewis, E.F. Hutton Group analyst\""),
            "{query}: {}",
            String::from_utf8_lossy(&out.stdout)
        );
    }
}

#[test]
fn quotes_json_lines() {
    let out = stdout_of(
        brief()
            .args(["quotes", "--json", "-q", "id:001_4be1"])
            .arg(fixtures()),
    );
    let rows = json_lines(&out);
    assert_eq!(rows.len(), 1);
    assert_eq!(
        keys(&rows[0]),
        [
            "attribution",
            "date",
            "id",
            "pronoun",
            "source",
            "speaker",
            "text"
        ]
        .into()
    );
    assert_eq!(rows[0]["speaker"], "the statement");
    assert!(rows[0]["pronoun"].is_null());
    assert_eq!(rows[0]["id"], FIXTURE);
    assert_eq!(rows[0]["source"], "Danube Ledger");
    let text = stdout_of(brief().arg("quotes").arg(fixtures()));
    assert!(
        text.starts_with(&format!(
            "2022-03-14  {FIXTURE}  Danube Ledger\n    “The three delegations"
        )),
        "{text}"
    );
    assert!(
        text.ends_with("until the end of June”\n    — the statement\n\n"),
        "the speaker, not the whole attribution:\n{text}"
    );
}

#[test]
fn tags_most_frequent_first() {
    let out = stdout_of(brief().arg("tags").arg(sample()));
    let counts: Vec<usize> = out
        .lines()
        .map(|l| l.split_whitespace().next().unwrap().parse().unwrap())
        .collect();
    assert!(counts.len() > 5);
    assert!(counts.windows(2).all(|w| w[0] >= w[1]));
    let json = json_lines(&stdout_of(
        brief()
            .args(["tags", "--json", "-q", "#energy"])
            .arg(sample()),
    ));
    assert_eq!(json[0]["tag"], "energy");
}

#[test]
fn check_reports_and_sets_exit_status() {
    brief()
        .arg("check")
        .arg(fixtures())
        .assert()
        .code(0)
        .stdout("1 briefing, 0 warnings, 0 errors\n");
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "bad.md", "+++\ntitle = \n+++\nBody.");
    brief()
        .arg("check")
        .arg(dir.path())
        .assert()
        .code(1)
        .stdout(
            predicate::str::is_match(r"bad\.md:2:\d+: error: front matter is not valid TOML")
                .unwrap(),
        )
        .stdout(predicate::str::ends_with(
            "1 briefing, 0 warnings, 1 error\n",
        ));
}

#[test]
fn usage_errors_exit_2() {
    brief().arg("list").arg("--bogus").assert().code(2);
    brief()
        .args(["list", "-q", "nato since:2022-99-99"])
        .arg(sample())
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains("invalid query: column 6").and(predicate::str::contains(
                "nato since:2022-99-99\n     ^^^^^^^^^^^^^^^^\n",
            )),
        );
    brief()
        .args(["list", "-q", "\"open"])
        .arg(sample())
        .assert()
        .code(2)
        .stderr(predicate::str::contains("unclosed quote"));
    brief()
        .args(["list", "/no/such/folder"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("cannot open /no/such/folder"));
    brief().arg("show").assert().code(2);
}

#[test]
fn queries_may_start_with_a_minus() {
    let all = json_lines(&stdout_of(brief().args(["list", "--json"]).arg(sample()))).len();
    let out = stdout_of(
        brief()
            .args(["list", "--json", "-q", "-tag:energy"])
            .arg(sample()),
    );
    let rows = json_lines(&out);
    assert!(!rows.is_empty() && rows.len() < all);
    assert!(
        rows.iter()
            .all(|r| !r["tags"].as_array().unwrap().iter().any(|t| t == "energy"))
    );
}

#[test]
fn file_names_that_are_not_utf8_show_in_json() {
    use std::os::unix::ffi::OsStrExt;
    let dir = tempfile::tempdir().unwrap();
    let name = std::ffi::OsStr::from_bytes(b"bad\xff.txt");
    std::fs::write(dir.path().join(name), "no header here").unwrap();
    let out = stdout_of(brief().args(["show", "bad", "--json"]).arg(dir.path()));
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let path = v["diagnostics"][0]["path"].as_str().unwrap();
    assert!(path.ends_with("bad\u{FFFD}.txt"), "{path}");
}

#[test]
fn default_folder_and_brief_dir() {
    let empty = tempfile::tempdir().unwrap();
    brief()
        .arg("list")
        .current_dir(empty.path())
        .assert()
        .code(2)
        .stderr(predicate::str::contains("BRIEF_DIR").and(predicate::str::contains("brief PATH")));
    brief()
        .arg("list")
        .current_dir(common::root())
        .assert()
        .success()
        .stdout(predicate::str::contains("kharkiv-0225"));
    brief()
        .arg("list")
        .env("BRIEF_DIR", fixtures())
        .current_dir(empty.path())
        .assert()
        .success()
        .stdout(predicate::str::contains(FIXTURE));
}

#[test]
fn no_subcommand_lists_for_now() {
    brief()
        .arg(fixtures())
        .assert()
        .success()
        .stdout(predicate::str::contains(FIXTURE));
}

#[test]
fn themes_are_checked_up_front() {
    brief()
        .args(["--theme", "nope"])
        .arg(sample())
        .assert()
        .code(2)
        .stderr(predicate::str::contains("unknown theme `nope`"));
    let dir = tempfile::tempdir().unwrap();
    let bad = write(
        dir.path(),
        "bad.toml",
        "name = \"x\"\n[roles]\nquote = { fg = \"pinkish\" }\n",
    );
    brief()
        .arg("--theme")
        .arg(&bad)
        .arg(sample())
        .assert()
        .code(2)
        .stderr(predicate::str::contains("bad.toml:3:"));
    for name in ["default", "light", "high-contrast", "mono"] {
        brief()
            .args(["--theme", name, "--ascii", "--no-color"])
            .arg(sample())
            .assert()
            .success();
    }
}

#[test]
fn a_broken_theme_shows_every_mistake_with_its_place() {
    let dir = tempfile::tempdir().unwrap();
    let bad = write(
        dir.path(),
        "bad.toml",
        "[roles]\nquote = { fg = \"pinkish\" }\ntext = { fgg = \"red\" }\nquotes = {}\n",
    );
    let out = brief()
        .arg("--theme")
        .arg(&bad)
        .arg(sample())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    let at = |pos: &str| format!("{}:{pos}: error: ", bad.display());
    assert!(err.starts_with(&format!("brief: {}", at("2:16"))), "{err}");
    for (pos, message) in [
        ("2:16", "unknown colour `pinkish`"),
        ("3:10", "unknown key `fgg` for role `text`"),
        ("4:1", "unknown role `quotes`"),
    ] {
        assert!(err.contains(&(at(pos) + message)), "{err}");
    }
    assert_eq!(err.lines().count(), 3, "{err}");
}

#[test]
fn closed_pipe_ends_quietly() {
    let dir = tempfile::tempdir().unwrap();
    for i in 0..1500 {
        write(
            dir.path(),
            &format!("b{i:04}.txt"),
            format!("date 2022-01-01 Briefing number {i} about pipes and readers."),
        );
    }
    // The index cache is the tests' own; and under a loaded machine the
    // first index of 1,500 files may take long enough to be reported on
    // stderr, which is not what this test is about.
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("brief"))
        .env("BRIEF_CACHE_DIR", test_cache_dir())
        .env("BRIEF_PROGRESS", "off")
        .arg("list")
        .arg(dir.path())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    assert!(first.starts_with("2022-01-01"));
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
}

#[test]
fn relative_dates_use_brief_today() {
    let out = stdout_of(brief().args(["list", "-q", "since:1d"]).arg(sample()));
    assert!(out.lines().count() >= 1);
    assert!(
        out.lines()
            .all(|l| l.starts_with("2022-02-24") || l.starts_with("2022-02-25")),
        "{out}"
    );
    brief()
        .args(["list"])
        .arg(sample())
        .env("BRIEF_TODAY", "soon")
        .assert()
        .code(2);
}

#[test]
fn long_help_explains_every_query_term_and_short_help_stays_short() {
    let long = stdout_of(brief().arg("--help"));
    for t in brief::query::reference::TERMS {
        assert!(long.contains(t.syntax), "--help lacks {}", t.syntax);
        assert!(long.contains(&t.example_line()), "{}", t.syntax);
    }
    assert!(long.contains("since:DATE"), "{long}");
    let short = stdout_of(brief().arg("-h"));
    assert!(!short.contains("since:DATE"), "{short}");
}

/// Two briefings quoting Ivanova (once as `she`), one a ministry.
fn speakers_folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "council.txt",
        "date 2022-03-01 Anna Ivanova chaired the council on Tuesday.\n\n\
         As reported by Kyiv Wire.\n\n\
         “The corridor stays open for now,” said Anna Ivanova, the council's chair.\n\n\
         “We will meet again in April,” she added.",
    );
    write(
        dir.path(),
        "ministry.txt",
        "date 2022-03-05 The ministry answered the council.\n\n\
         The ministry said: “The corridor was never closed to anyone.”\n\n\
         Ivanova told reporters: “We expect an apology from them.”",
    );
    write(
        dir.path(),
        "kyiv.txt",
        "date 2022-03-07 Кулеба прибув до Брюсселя.\n\n         «Ми чекаємо на рішення цього тижня», — сказав Дмитро Кулеба.",
    );
    dir
}

#[test]
fn speakers_lists_who_is_quoted_with_counts_and_dates() {
    let dir = speakers_folder();
    let rows = json_lines(&stdout_of(
        brief().args(["speakers", "--json"]).arg(dir.path()),
    ));
    let got: Vec<(String, u64, u64, String, String)> = rows
        .iter()
        .map(|r| {
            assert_eq!(
                keys(r),
                ["briefings", "first", "kind", "last", "quotes", "speaker"].into()
            );
            (
                text_of(&r["speaker"]),
                r["quotes"].as_u64().unwrap(),
                r["briefings"].as_u64().unwrap(),
                text_of(&r["first"]),
                text_of(&r["last"]),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            // `Ivanova` alone, in another briefing, is listed as the one
            // full name ending in it.
            (
                "Anna Ivanova".into(),
                3,
                2,
                "2022-03-01".into(),
                "2022-03-05".into()
            ),
            (
                "Дмитро Кулеба".into(),
                1,
                1,
                "2022-03-07".into(),
                "2022-03-07".into()
            ),
            // A body, after the people.
            (
                "The ministry".into(),
                1,
                1,
                "2022-03-05".into(),
                "2022-03-05".into()
            ),
        ]
    );
    let kinds: Vec<String> = rows.iter().map(|r| text_of(&r["kind"])).collect();
    assert_eq!(kinds, ["person", "person", "body"]);
    let text = stdout_of(brief().arg("speakers").arg(dir.path()));
    assert!(
        text.ends_with(
            "\n\nbodies and documents:\n1  The ministry  (1 quote in 1 briefing, 2022-03-05)\n"
        ),
        "{text}"
    );
    let cyrillic = json_lines(&stdout_of(
        brief()
            .args(["quotes", "--json", "-q", "speaker:КУЛЕБ"])
            .arg(dir.path()),
    ));
    assert_eq!(cyrillic.len(), 1, "a Cyrillic prefix, case folded");
    assert_eq!(cyrillic[0]["speaker"], "Дмитро Кулеба");
    let text = stdout_of(
        brief()
            .args(["speakers", "-q", "speaker:ivanova"])
            .arg(dir.path()),
    );
    assert_eq!(
        text,
        "3  Anna Ivanova  (3 quotes in 2 briefings, 2022-03-01..2022-03-05)\n"
    );
}

#[test]
fn quotes_of_a_speaker_only_with_the_pronoun_resolved() {
    let dir = speakers_folder();
    let rows = json_lines(&stdout_of(
        brief()
            .args(["quotes", "--json", "-q", "speaker:\"anna iv\""])
            .arg(dir.path()),
    ));
    let said: Vec<(String, String, String)> = rows
        .iter()
        .map(|r| {
            (
                text_of(&r["text"]),
                text_of(&r["speaker"]),
                text_of(&r["pronoun"]),
            )
        })
        .collect();
    assert_eq!(
        said,
        [
            (
                "We expect an apology from them.".into(),
                "Ivanova".into(),
                String::new()
            ),
            (
                "The corridor stays open for now".into(),
                "Anna Ivanova, the council's chair".into(),
                String::new()
            ),
            (
                "We will meet again in April".into(),
                "Anna Ivanova".into(),
                "she".into()
            ),
        ]
    );
    let text = stdout_of(
        brief()
            .args(["quotes", "-q", "-speaker:ministry speaker:ivanova"])
            .arg(dir.path()),
    );
    assert!(text.contains("    — she (Anna Ivanova)\n"), "{text}");
    assert!(!text.contains("never closed"), "{text}");
    let csv = stdout_of(
        brief()
            .args(["export", "--quotes", "-f", "csv", "-q", "speaker:ministry"])
            .arg(dir.path()),
    );
    assert_eq!(
        csv.lines().count(),
        2,
        "the header and the ministry's quote: {csv}"
    );
    assert!(csv.contains(",The ministry,,The ministry said,"), "{csv}");
}

fn text_of(v: &serde_json::Value) -> String {
    v.as_str().unwrap_or("").to_string()
}
