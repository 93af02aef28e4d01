//! The marks file on disk: commands read it without writing it, and warn
//! about a damaged one (the writer killed at any moment, and the reader's
//! bookmarks, are in the end-to-end tier).

mod common;

use std::fs;
use std::path::Path;

use brief::marks::STATE_FILE;

#[test]
fn commands_filter_by_marks_and_never_write_them() {
    let dir = common::state_dir("cli");
    let shelf = common::sample_shelf(&dir);
    fs::create_dir_all(&shelf).unwrap();
    fs::write(
        shelf.join(STATE_FILE),
        "read = [\"2022-02-24_invasion-day-log.txt\"]\nbookmarks = [\"2022-02-24_invasion-day-log.txt\"]\n\n[notes]\n\"2022-02-24_invasion-day-log.txt\" = \"casualties?\"\n",
    )
    .unwrap();
    let before = common::file_names(&dir);
    let list = |q: &str| common::listed(&dir, q, &common::sample());
    assert_eq!(list("is:bookmarked"), ["2022-02-24_invasion-day-log"]);
    assert_eq!(list("has:note"), ["2022-02-24_invasion-day-log"]);
    assert_eq!(list("is:read"), ["2022-02-24_invasion-day-log"]);
    assert_eq!(list("is:unread").len(), 39);
    assert!(list("is:new").is_empty(), "no session has ended yet");
    assert_eq!(common::file_names(&dir), before);
    assert_eq!(common::file_names(&shelf), [STATE_FILE]);
}

#[test]
fn a_damaged_file_is_a_warning_for_commands_and_stays() {
    let dir = common::state_dir("cli-damaged");
    let shelf = common::sample_shelf(&dir);
    fs::create_dir_all(&shelf).unwrap();
    fs::write(shelf.join(STATE_FILE), b"read = [\x00\xff").unwrap();
    let out = common::brief()
        .env("BRIEF_STATE_DIR", &dir)
        .args(["list", "-q", "is:bookmarked"])
        .arg(common::sample())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "nothing bookmarked, as grep");
    assert!(out.stdout.is_empty());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("warning:") && stderr.contains("damaged"),
        "{stderr}"
    );
    assert_eq!(
        fs::read(shelf.join(STATE_FILE)).unwrap(),
        b"read = [\x00\xff"
    );
    assert_eq!(
        common::brief()
            .env("BRIEF_STATE_DIR", &dir)
            .args(["list", "-q", "is:nope"])
            .arg(common::sample())
            .output()
            .unwrap()
            .status
            .code(),
        Some(2)
    );
}

/// `brief marks ARGS... PATH` with the state folder `state`: its stdout.
fn marks(state: &Path, args: &[&str], path: &Path) -> String {
    common::stdout_of(
        common::brief()
            .env("BRIEF_STATE_DIR", state)
            .arg("marks")
            .args(args)
            .arg(path),
    )
}

#[test]
fn commands_mark_and_a_query_finds_it() {
    let state = common::state_dir("cli-marking");
    let sample = common::sample();
    let said = marks(&state, &["read", "-q", "tag:energy"], &sample);
    let energy = common::listed(&state, "tag:energy", &sample);
    assert_eq!(
        said,
        format!("{} briefings marked read (0 already)\n", energy.len())
    );
    assert_eq!(common::listed(&state, "is:read", &sample), energy);
    let again = marks(&state, &["read", "-q", "tag:energy"], &sample);
    assert!(again.starts_with("0 briefings marked read"), "{again}");
    let first = &energy[0];
    marks(&state, &["unread", "-q", &format!("id:{first}")], &sample);
    assert!(!common::listed(&state, "is:read", &sample).contains(first));
    marks(&state, &["bookmark", "-q", &format!("id:{first}")], &sample);
    assert_eq!(
        common::listed(&state, "is:bookmarked", &sample),
        [first.as_str()]
    );
    marks(&state, &["note", first, "first thought"], &sample);
    marks(&state, &["note", first, "second thought"], &sample);
    assert_eq!(
        common::listed(&state, "has:note", &sample),
        [first.as_str()]
    );
    let history = marks(&state, &["history", first], &sample);
    let kinds: Vec<&str> = history
        .lines()
        .map(|l| l.split_whitespace().nth(3).unwrap())
        .collect();
    assert_eq!(
        kinds,
        ["unread", "bookmarked", "note:", "note:"],
        "{history}"
    );
    assert!(history.contains("first thought") && history.contains("second thought"));
    marks(&state, &["note", first, ""], &sample);
    assert!(common::listed(&state, "has:note", &sample).is_empty());

    let out = common::brief()
        .env("BRIEF_STATE_DIR", &state)
        .args(["marks", "read", "-q", "zzyzx"])
        .arg(&sample)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "nothing matched, as grep");
    assert!(String::from_utf8_lossy(&out.stderr).contains("nothing marked"));
}

/// Two hosts' state folders, diverged, brought together through one sync
/// folder (as a git work tree would carry it): the union on both, and a
/// second round changes nothing.
#[test]
fn two_hosts_sync_through_a_folder_to_the_union_and_again_to_the_same() {
    let (laptop, server) = (
        common::state_dir("sync-laptop"),
        common::state_dir("sync-server"),
    );
    let shared = common::state_dir("sync-folder");
    let sample = common::sample();
    marks(&server, &["read", "-q", "id:transit-weekly_0225"], &sample);
    marks(&laptop, &["read", "-q", "tag:energy"], &sample);
    marks(&laptop, &["note", "transit-weekly_0225", "TTF?"], &sample);
    marks(&server, &["read", "-q", "tag:sanctions"], &sample);
    marks(
        &server,
        &["bookmark", "-q", "id:2022-02-24_invasion-day-log"],
        &sample,
    );
    // Later on the server: one both read is unread again.
    marks(
        &server,
        &["unread", "-q", "id:transit-weekly_0225"],
        &sample,
    );
    let sync = |state: &Path, name: &str| {
        let folder = shared.to_str().unwrap();
        marks(state, &["sync", folder, "--as", name], &sample)
    };
    sync(&laptop, "laptop");
    sync(&server, "server");
    let laptop_saw = sync(&laptop, "laptop");
    assert!(
        laptop_saw.contains("from the logs of 1 other host"),
        "{laptop_saw}"
    );
    let queries = ["is:read", "is:bookmarked", "has:note", "is:unread"];
    let state_of = |state: &Path| -> Vec<Vec<String>> {
        queries
            .iter()
            .map(|q| common::listed(state, q, &sample))
            .collect()
    };
    let (on_laptop, on_server) = (state_of(&laptop), state_of(&server));
    assert_eq!(on_laptop, on_server, "both hosts hold the same marks");
    assert!(
        !on_laptop[0].contains(&"transit-weekly_0225".to_string()),
        "the later unread won"
    );
    assert_eq!(on_laptop[1], ["2022-02-24_invasion-day-log"]);
    assert_eq!(on_laptop[2], ["transit-weekly_0225"]);

    let files = |dir: &Path| -> Vec<Vec<u8>> {
        common::file_names(dir)
            .iter()
            .map(|n| fs::read(dir.join(n)).unwrap())
            .collect()
    };
    let before = files(&shared);
    for (state, name) in [(&laptop, "laptop"), (&server, "server")] {
        let said = sync(state, name);
        assert!(
            said.starts_with("0 changes merged") && said.contains("unchanged"),
            "{said}"
        );
    }
    assert_eq!(files(&shared), before, "a second round changes nothing");
    assert_eq!(state_of(&laptop), on_laptop);
    let mut read = common::listed(&laptop, "tag:energy", &sample);
    read.extend(common::listed(&laptop, "tag:sanctions", &sample));
    read.retain(|id| id != "transit-weekly_0225");
    read.sort();
    read.dedup();
    let mut both = on_laptop[0].clone();
    both.sort();
    assert_eq!(
        both, read,
        "every read mark of either host, less the one unread later"
    );
}
