//! The layouts in a real terminal (tmux, `TERM=screen`) on the bundled
//! briefings: every list row shows enough of its title, and the selected
//! briefing's whole title is on screen.

use crate::common;
use crate::common::tmux::{Tmux, brief_line};

/// The rows inside the first pane whose top border starts with `top`.
fn pane_rows(lines: &[&str], top: &str) -> Vec<String> {
    lines
        .iter()
        .skip_while(|l| !l.starts_with(top))
        .skip(1)
        .take_while(|l| !l.starts_with('╰'))
        .map(|l| {
            l.trim_start_matches('│')
                .trim_end()
                .trim_end_matches('│')
                .to_string()
        })
        .collect()
}

/// How many characters of `title`, from its start, `row` shows: the
/// longest run the two share from a place its first word is in the row.
fn shown_of(row: &str, title: &str) -> usize {
    let first = title.split_whitespace().next().unwrap_or(title);
    let run = |at: usize| {
        let pairs = row[at..].chars().zip(title.chars());
        pairs.take_while(|(a, b)| a == b).count()
    };
    row.match_indices(first)
        .map(|(at, _)| run(at))
        .max()
        .unwrap_or(0)
}

/// What is wrong with `screen`: a list row with fewer than `least`
/// characters of its title, or the first briefing's title not whole.
fn short_titles(screen: &str, titles: &[String], least: usize) -> Vec<String> {
    let lines: Vec<&str> = screen.lines().collect();
    let rows = pane_rows(&lines, "╭ Briefings");
    let mut wrong: Vec<String> = rows
        .iter()
        .zip(titles)
        .filter(|(row, title)| shown_of(row, title) < least.min(title.chars().count()))
        .map(|(row, _)| format!("row `{row}`"))
        .collect();
    if rows.is_empty() {
        wrong.push("no list".into());
    }
    // The detail pane is the one below the list; its rows as one text.
    let below = lines.iter().skip(1).position(|l| l.starts_with('╰'));
    let detail = pane_rows(&lines[below.map_or(lines.len(), |i| i + 2)..], "╭");
    let words: Vec<&str> = detail.iter().flat_map(|r| r.split_whitespace()).collect();
    let first = titles[0].trim_end_matches('…');
    if !words.join(" ").contains(first) {
        wrong.push(format!("the selected title `{first}` not whole"));
    }
    wrong
}

fn titles_fit(name: &str, width: u16, height: u16, least: usize) {
    let titles = common::sample_titles();
    let tmux = Tmux::start(name, width, height);
    tmux.shell(&format!(
        "TERM=screen {}; echo EXIT=$?",
        brief_line(&[&common::sample()])
    ));
    let total = titles.len();
    tmux.wait_for_text(&format!("Briefings {total}/{total}"));
    let what = format!("{least} characters of each title at {width}x{height}");
    let screen = tmux.wait_for(&what, |s| short_titles(s, &titles, least).is_empty());
    let lines: Vec<&str> = screen.lines().collect();
    assert!(pane_rows(&lines, "╭ Briefings").len() >= 8, "{screen}");
    tmux.keys(&["q"]);
    tmux.wait_for_line("EXIT=0");
}

#[test]
fn titles_keep_40_characters_at_80x24() {
    titles_fit("layout-80x24", 80, 24, 40);
}

#[test]
fn titles_keep_60_characters_at_120x40() {
    titles_fit("layout-120x40", 120, 40, 60);
}
