//! End to end at 80x24 with `TERM=screen`: the keys that lookup needs, and
//! the timeline strip.

use serde_json::Value;

use crate::common;
use crate::common::tmux::{Tmux, brief_line};

/// `brief list --json -q QUERY` on the bundled briefings.
fn listing(query: &str) -> Vec<Value> {
    let out = common::stdout_of(
        common::brief()
            .args(["list", "--json", "-q", query])
            .arg(common::sample()),
    );
    common::json_lines(&out)
}

/// `brief speakers --json` on the bundled briefings, most quoted first.
fn speakers() -> Vec<Value> {
    common::json_lines(&common::stdout_of(
        common::brief()
            .args(["speakers", "--json"])
            .arg(common::sample()),
    ))
}

fn text<'a>(b: &'a Value, key: &str) -> &'a str {
    b[key].as_str().unwrap_or_else(|| panic!("`{key}` in {b}"))
}

/// The reader on the bundled briefings in a `screen` terminal, its list drawn.
fn reader(name: &str) -> Tmux {
    let tmux = Tmux::start(name, 80, 24);
    let brief = brief_line(&[&common::sample()]);
    tmux.shell(&format!("TERM=screen {brief}; echo EXIT=$?"));
    tmux.wait_for("the list", |s| s.lines().any(|l| l.starts_with(" 40/40")));
    tmux
}

fn quit(tmux: &Tmux) {
    tmux.keys(&["C-c"]);
    tmux.wait_for_text("EXIT=0");
}

#[test]
fn down_while_typing_a_search_moves_the_selection_and_keeps_the_text() {
    let found = listing("grain");
    assert!(found.len() > 2, "grain: {}", found.len());
    let (first, second) = (text(&found[0], "id"), text(&found[1], "id"));
    let tmux = reader("lookup-down");
    tmux.keys(&["/"]);
    tmux.type_text("grain");
    let shown = format!(" {}/40", found.len());
    tmux.wait_for("the search applied", |s| {
        s.starts_with("/grain") && s.contains(&format!("╭ {first} "))
    });
    tmux.keys(&["Down"]);
    let screen = tmux.wait_for_text(&format!("╭ {second} "));
    assert!(
        screen.starts_with("/grain") && !screen.contains(&format!("╭ {first} ")),
        "still typing, the second match selected:\n{screen}"
    );
    assert!(screen.lines().any(|l| l.starts_with(&shown)), "{screen}");
    tmux.keys(&["C-p"]);
    tmux.wait_for_text(&format!("╭ {first} "));
    tmux.keys(&["C-n", "Enter"]);
    let screen = tmux.wait_for_text("search: grain");
    assert!(screen.contains(&format!("╭ {second} ")), "{screen}");
    quit(&tmux);
}

#[test]
fn t_shows_the_timeline_of_the_shown_briefings() {
    let all = listing("");
    let mut dates: Vec<&str> = all.iter().filter_map(|b| b["date"].as_str()).collect();
    dates.sort_unstable();
    let (oldest, newest) = (dates[0], dates[dates.len() - 1]);
    let tmux = reader("lookup-timeline");
    assert!(!tmux.screen().contains("a bar a"), "off at first");
    tmux.keys(&["T"]);
    let screen = tmux.wait_for_text("a bar a");
    let lines: Vec<&str> = screen.lines().collect();
    let axis = lines
        .iter()
        .position(|l| l.contains("a bar a"))
        .expect("the axis row");
    assert!(
        lines[axis].starts_with(oldest) && lines[axis].contains(newest),
        "the first and last dates:\n{screen}"
    );
    assert!(
        lines[axis - 1].contains(['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█']),
        "bars above the dates:\n{screen}"
    );
    assert!(
        lines[axis].contains('▲'),
        "the selected briefing's mark:\n{screen}"
    );
    assert!(
        lines[axis + 1].starts_with(" 40/40"),
        "then the status bar:\n{screen}"
    );
    tmux.keys(&["T"]);
    tmux.wait_for_gone("a bar a");
    quit(&tmux);
}

#[test]
fn speakers_overlay_filters_to_one_speakers_quotes() {
    let speakers = speakers();
    let top = text(&speakers[0], "speaker").to_string();
    let quotes = speakers[0]["quotes"].as_u64().unwrap();
    let tmux = reader("lookup-speakers");
    tmux.keys(&["S"]);
    let screen = tmux.wait_for_text(&format!("Speakers {}", speakers.len()));
    assert!(
        screen.contains(&format!("{quotes} {top}")),
        "the most quoted first:\n{screen}"
    );
    tmux.keys(&["Enter"]);
    // A capture may catch a frame half written; wait for the whole one.
    let query = format!("speaker:\"{top}\"");
    let screen = tmux.wait_for("the query and the overlay closed", |s| {
        s.contains(&query) && !s.contains("Enter their quotes") && s.contains("Quotes ")
    });
    let briefings = speakers[0]["briefings"].as_u64().unwrap();
    assert!(
        screen.contains(&format!("Briefings {briefings}/40")),
        "the briefings quoting them:\n{screen}"
    );
    // `Quotes N of M`: of the briefing's quotes, only theirs are shown.
    let shown = screen
        .split("Quotes ")
        .nth(1)
        .and_then(|rest| rest.split_once(" of "))
        .and_then(|(n, m)| {
            Some((
                n.parse::<u32>().ok()?,
                m.split(' ').next()?.parse::<u32>().ok()?,
            ))
        });
    assert!(
        shown.is_some_and(|(n, m)| 1 <= n && n <= m),
        "only their quotes:\n{screen}"
    );
    let said = format!("{top}: {quotes} quotes in {briefings} briefings");
    assert!(screen.contains(&said), "{screen}");
    quit(&tmux);
}

#[test]
fn typing_in_the_speakers_overlay_narrows_it_by_a_word_of_the_name() {
    let speakers = speakers();
    let names: Vec<&str> = speakers.iter().map(|s| text(s, "speaker")).collect();
    // A later word's start that no other name contains, typed in capitals;
    // not the most quoted, which must go.
    let (name, typed) = names
        .iter()
        .skip(1)
        .filter_map(|&name| {
            let last = name.split_whitespace().nth(1)?;
            let typed: String = last.chars().take(4).collect();
            let lower = typed.to_lowercase();
            let alone = names
                .iter()
                .filter(|n| n.to_lowercase().contains(&lower))
                .count()
                == 1;
            (alone && typed.chars().count() == 4).then(|| (name, typed.to_uppercase()))
        })
        .next()
        .expect("a speaker with a later word");
    let tmux = reader("lookup-speakers-typed");
    tmux.keys(&["S"]);
    tmux.wait_for_text(&format!("Speakers {}", names.len()));
    tmux.type_text(&typed);
    let screen = tmux.wait_for_text(&format!("Speakers 1 of {}", names.len()));
    assert!(
        screen.contains(&format!("/{typed}")) && screen.contains(name),
        "{name} alone:\n{screen}"
    );
    assert!(
        !screen.contains(&format!(" {} ", names[0])),
        "the most quoted gone:\n{screen}"
    );
    // Letters are typed, never keys: `q` does not quit, `j` does not move.
    tmux.type_text("qj");
    tmux.wait_for_text(&format!("no speaker's name contains \"{typed}qj\""));
    tmux.keys(&["BSpace", "BSpace", "Enter"]);
    tmux.wait_for_text(&format!("speaker:\"{name}\""));
    quit(&tmux);
}
