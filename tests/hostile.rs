//! A folder of hostile files covering every row of the bad-input table in the
//! input contract: everything readable is loaded, every problem is reported
//! (the unreadable file, which needs an unprivileged user, is in the
//! end-to-end tier).

mod common;

use brief::model::Severity;
use common::*;

fn hostile_folder(huge: bool) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(
        d,
        "good.txt",
        "date 2022-01-10 A clean briefing.\n\nAs reported by Kyiv Wire.",
    );
    write(d, "no_header.txt", "Just text without any header at all.");
    write(d, "bad_date.txt", "date 2022-13-45 Impossible calendar.");
    write(
        d,
        "bad_utf8.txt",
        b"date 2022-01-11 Broken \xff\xfe bytes here.".as_slice(),
    );
    write(
        d,
        "binary.txt",
        b"date 2022-01-12 \0\x01\x02 binary".as_slice(),
    );
    write(
        d,
        "controls.txt",
        "date 2022-01-13 Title \u{1b}]0;pwned\u{7}\u{1b}[2J bell\u{7} del\u{7f} csi\u{9b}31m.\n\n\u{1b}]52;c;Y29weQ==\u{7}",
    );
    write(
        d,
        "bidi.txt",
        "date 2022-01-14 Invoice \u{202E}fdp.exe\u{202C} and zero\u{200B}width.",
    );
    write(
        d,
        "broken_fm.md",
        "+++\ntitle = \"T\"\ndate = 2022-01-15\nsource = [\n+++\nBody survives broken TOML.",
    );
    write(
        d,
        "open_fm.md",
        "+++\ntitle = \"Never closed\"\nBody survives an open fence.",
    );
    write(
        d,
        "typed_fm.md",
        "+++\ntitle = \"Typed\"\ndate = 15\ntags = \"x\"\n+++\nBody survives wrong types.",
    );
    if huge {
        write(
            d,
            "huge.txt",
            format!("date 2022-01-16 {}", "word ".repeat(1_700_000)),
        );
    }
    write(
        d,
        ".hidden/skipped.txt",
        "date 2022-01-17 Hidden folders are skipped.",
    );
    write(d, "notes.pdf", "not a briefing extension");
    std::os::unix::fs::symlink(d, d.join("loop")).unwrap();
    let fifo =
        std::ffi::CString::new(d.join("pipe.txt").into_os_string().into_encoded_bytes()).unwrap();
    // SAFETY: `fifo` is a NUL-terminated path that outlives the call.
    assert_eq!(unsafe { libc::mkfifo(fifo.as_ptr(), 0o644) }, 0);
    dir
}

#[test]
fn every_bad_input_row_is_loaded_or_reported() {
    let dir = hostile_folder(true);
    let out = brief().arg("check").arg(dir.path()).output().unwrap();
    let report = String::from_utf8(out.stdout).unwrap();
    assert_eq!(out.status.code(), Some(1), "{report}");
    let expect = [
        (
            "no_header.txt:1:1: warning: no `date YYYY-MM-DD` header",
            "missing header",
        ),
        (
            "bad_date.txt:1:6: warning: impossible date `2022-13-45`",
            "impossible date",
        ),
        ("bad_utf8.txt:1:24: warning: invalid UTF-8", "invalid UTF-8"),
        (
            "binary.txt:1:1: warning: binary file (NUL byte at offset 16); skipped",
            "binary",
        ),
        (
            "controls.txt:1:23: warning: control character U+001B",
            "controls",
        ),
        (
            "bidi.txt:1:25: warning: bidi or invisible character U+202E (and 2 more)",
            "bidi",
        ),
        (
            "broken_fm.md:4:11: error: front matter is not valid TOML: unclosed array",
            "broken front matter",
        ),
        (
            "open_fm.md:1:1: error: front matter opened here is never closed",
            "unterminated front matter",
        ),
        (
            "typed_fm.md:3:8: error: `date` must be a date",
            "wrongly typed date",
        ),
        (
            "typed_fm.md:4:8: error: `tags` must be an array of strings",
            "wrongly typed tags",
        ),
        (
            "pipe.txt:1:1: warning: a FIFO, not a briefing file; skipped",
            "fifo",
        ),
        ("loop:1:1: warning: folder already visited", "symlink loop"),
        (
            "huge.txt:1:1: warning: large file (8.5 MB, over show_limit = 8 MB): indexed whole, shown cut",
            "over the show limit",
        ),
    ];
    for (needle, row) in expect {
        assert!(report.contains(needle), "{row}: no `{needle}` in\n{report}");
    }
    assert!(
        !report.contains("skipped.txt"),
        "hidden folders are skipped"
    );
    assert!(!report.contains("notes.pdf"));
    assert!(
        report.ends_with("10 briefings, 9 warnings, 4 errors\n"),
        "{report}"
    );
}

#[test]
fn readable_bad_files_are_all_loaded_with_text() {
    let dir = hostile_folder(true);
    let store = brief::library::open_in_memory(&[dir.path().to_path_buf()]);
    let ids: Vec<&str> = (0..store.len())
        .map(|i| store.id(brief::store::DocId::from_index(i)))
        .collect();
    assert_eq!(
        ids,
        [
            "huge",
            "broken_fm",
            "bidi",
            "controls",
            "bad_utf8",
            "good",
            "bad_date",
            "no_header",
            "open_fm",
            "typed_fm"
        ],
        "dated newest first, undated last by id; binary, FIFO and hidden files skipped"
    );
    let get = |id: &str| store.whole(store.find_id(id).unwrap()).unwrap();
    assert!(get("bad_utf8").paragraphs[0].contains("Broken \u{FFFD}\u{FFFD} bytes"));
    assert_eq!(get("broken_fm").paragraphs, ["Body survives broken TOML."]);
    assert_eq!(get("broken_fm").title, "T");
    assert!(get("open_fm").paragraphs[0].contains("Body survives an open fence."));
    assert_eq!(get("typed_fm").paragraphs, ["Body survives wrong types."]);
    assert_eq!(get("huge").words, 1_700_000);
    assert!(
        get("controls").paragraphs[1].starts_with('\u{1b}'),
        "loaded as is, escaped only on output"
    );
    assert!(store.count(Severity::Error) >= 4);
}

#[test]
fn cli_output_never_carries_control_sequences() {
    let dir = hostile_folder(false);
    for args in [
        vec!["list"],
        vec!["list", "--json"],
        vec!["show", "controls"],
        vec!["show", "controls", "--json"],
        vec!["show", "bidi"],
        vec!["show", "bidi", "--json"],
        vec!["quotes"],
        vec!["check"],
        vec!["tags"],
    ] {
        let out = brief().args(&args).arg(dir.path()).output().unwrap();
        let text = String::from_utf8(out.stdout).unwrap();
        let bad = text.chars().find(|&c| {
            (c.is_control() && c != '\n') || brief::text::sanitize::is_invisible_format(c)
        });
        assert_eq!(bad, None, "{args:?} printed {bad:?}");
    }
    let shown = stdout_of(brief().args(["show", "controls"]).arg(dir.path()));
    assert!(
        shown.contains("Title ␛]0;pwned␇␛[2J bell␇ del␡ csi<U+009B>31m."),
        "{shown}"
    );
    let bidi = stdout_of(brief().args(["show", "bidi"]).arg(dir.path()));
    assert!(
        bidi.contains("Invoice <U+202E>fdp.exe<U+202C> and zero<U+200B>width."),
        "{bidi}"
    );
}

/// A file over `show_limit` is listed and indexed whole, its warning
/// among the problems; `show` prints its text up to the limit and says
/// where it stopped, `--whole` and `--json` all of it.
#[test]
fn a_briefing_over_the_show_limit_is_listed_and_shown_cut() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let paragraphs: Vec<String> = (0..40)
        .map(|i| format!("Section {i} says gas flows stayed low all week long."))
        .collect();
    write(
        d,
        "long.txt",
        format!("date 2022-01-16 Long.\n\n{}", paragraphs.join("\n\n")),
    );
    write(d, "short.txt", "date 2022-01-15 Short.");
    let config = write(d, "config.toml", "show_limit = \"1kB\"");
    let run = |args: &[&str]| stdout_of(brief().env("BRIEF_CONFIG", &config).args(args).arg(d));
    let report = run(&["check"]);
    // The file's size, or its text's when written too lately for its times
    // to be trusted (then the size is not kept).
    let warned = ["2.2 kB", "2.0 kB"]
        .map(|size| format!("long.txt:1:1: warning: large file ({size}, over show_limit = 1 kB)"));
    assert!(warned.iter().any(|w| report.contains(w)), "{report}");
    assert!(
        report.ends_with("2 briefings, 1 warning, 0 errors\n"),
        "{report}"
    );
    assert_eq!(
        run(&["list", "-q", "\"section 39\""]).lines().count(),
        1,
        "indexed whole"
    );
    let shown = run(&["show", "long", "--width", "200"]);
    assert!(shown.contains("Section 10 says"), "{shown}");
    assert!(!shown.contains("Section 39"), "{shown}");
    assert!(
        shown.contains("[cut at show_limit = 1 kB of the file's ")
            && shown.contains("--whole shows it all"),
        "{shown}"
    );
    let whole = run(&["show", "long", "--whole"]);
    assert!(
        whole.contains("Section 39") && !whole.contains("[cut at"),
        "{whole}"
    );
    let json = run(&["show", "long", "--json"]);
    assert!(json.contains("Section 39"), "{json}");
    assert!(!run(&["show", "short"]).contains("cut"));
}
