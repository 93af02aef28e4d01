//! Progress of a long open on stderr: nothing for a quick one, and with
//! `BRIEF_PROGRESS=always` (or a slow one) lines in a log, never on stdout.

mod common;

fn run(setting: Option<&str>) -> (String, String) {
    let mut cmd = common::brief();
    cmd.args(["list", "--no-cache"]).arg(common::sample());
    match setting {
        Some(value) => cmd.env("BRIEF_PROGRESS", value),
        None => cmd.env_remove("BRIEF_PROGRESS"),
    };
    let out = cmd.output().unwrap();
    assert!(out.status.success());
    (
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

#[test]
fn a_quick_open_says_nothing_and_always_says_what_it_does() {
    let (quiet_out, quiet_err) = run(None);
    assert_eq!(quiet_err, "");
    let (out, err) = run(Some("always"));
    assert_eq!(out, quiet_out, "progress never reaches stdout");
    let lines: Vec<&str> = err.lines().collect();
    // The first tick comes as the work starts; the work may be further on by then.
    let first = lines.first().unwrap();
    assert!(
        [
            "brief: finding the briefing files…",
            "brief: reading ",
            "brief: indexing "
        ]
        .iter()
        .any(|p| first.starts_with(p)),
        "{err}"
    );
    let last = lines.last().unwrap();
    assert!(
        last.starts_with("brief: 40 briefings ready in ") && last.ends_with(" s"),
        "{err}"
    );
    assert_eq!(run(Some("off")).1, "");
}
