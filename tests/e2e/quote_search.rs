//! End to end: `speaker:` with `quote:` in the reader at 80x24 in 16
//! colours: the list keeps the briefings with such a quote, the quote pane
//! shows only those quotes, and the words asked for stand out in them.

use super::contrast::cells;
use crate::common;
use crate::common::tmux::{Tmux, brief_line};

/// The quotes `brief quotes` finds for `query` in the bundled briefings.
fn quotes(query: &str) -> Vec<serde_json::Value> {
    let out = common::stdout_of(
        common::brief()
            .args(["quotes", "--json", "-q", query])
            .arg(common::sample()),
    );
    common::json_lines(&out)
}

#[test]
fn quote_and_speaker_pick_quotes_in_the_reader_80x24() {
    let query = "speaker:lysenko quote:gas";
    let found = quotes(query);
    let briefings: std::collections::BTreeSet<&str> =
        found.iter().map(|q| q["id"].as_str().unwrap()).collect();
    assert!(briefings.len() >= 2, "{found:?}");
    let first = &found[0];
    let tmux = Tmux::start("quote-search", 80, 24);
    let brief = brief_line(&[&common::sample()]);
    tmux.shell(&format!("TERM=screen {brief}; echo EXIT=$?"));
    tmux.wait_for("the list", |s| s.lines().any(|l| l.starts_with(" 40/40")));
    tmux.keys(&["/"]);
    tmux.type_text(query);
    tmux.keys(&["Enter", "Q"]);
    let in_first = found.iter().filter(|q| q["id"] == first["id"]).count();
    let all = |id: &str| {
        let shown = common::stdout_of(
            common::brief()
                .args(["show", "--json", id])
                .arg(common::sample()),
        );
        let b: serde_json::Value = serde_json::from_str(&shown).unwrap();
        b["quotes"].as_array().unwrap().len()
    };
    let title = format!(
        "Quotes {in_first} of {}",
        all(first["id"].as_str().unwrap())
    );
    let screen = tmux.wait_for_text(&title);
    assert!(
        screen
            .lines()
            .any(|l| l.starts_with(&format!(" {}/40", briefings.len()))),
        "the briefings with a quote by Lysenko on gas:\n{screen}"
    );
    let start: String = first["text"].as_str().unwrap().chars().take(30).collect();
    assert!(
        screen.contains(&start),
        "the quote found first, `{start}`:\n{screen}"
    );
    // In the quote pane, `gas` has a background the words beside it lack.
    let rows = cells(&tmux.screen_with_escapes());
    let below = screen
        .lines()
        .position(|l| l.contains(&title))
        .expect("the quote pane's title");
    let mut marked = 0;
    for row in &rows[below + 1..] {
        let text: String = row
            .iter()
            .map(|(c, _)| c.to_lowercase().next().unwrap())
            .collect();
        let mut from = 0;
        while let Some(at) = text[from..].find("gas").map(|i| from + i) {
            let chars = text[..at].chars().count();
            let word = &row[chars..chars + 3];
            let before = &row[chars.saturating_sub(2)];
            if word
                .iter()
                .all(|(_, p)| p.bg.is_some() && p.bg != before.1.bg)
            {
                marked += 1;
            }
            from = at + 3;
        }
    }
    assert!(
        marked >= 1,
        "`gas` is highlighted in the quote pane:\n{screen}"
    );
    tmux.keys(&["C-c"]);
    tmux.wait_for_text("EXIT=0");
}
