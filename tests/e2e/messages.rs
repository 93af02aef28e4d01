//! End to end at 80x24 with `TERM=screen`, as analysts often read over SSH
//! in tmux: a long message shown whole and kept by `M`, `?` finding the
//! query reference, and `--ascii` drawing nothing but ASCII.

use std::path::Path;

use crate::common;
use crate::common::tmux::{Tmux, brief_line};

/// A reader at 80x24 under `TERM=screen` on `folder`, its list drawn.
fn reader(name: &str, folder: &Path, flags: &str, total: usize) -> Tmux {
    let tmux = Tmux::start(name, 80, 24);
    tmux.shell(&format!(
        "TERM=screen {} {flags}; echo EXIT=$?",
        brief_line(&[folder])
    ));
    tmux.wait_for_text(&format!("Briefings {total}/{total}"));
    tmux
}

fn quit(tmux: &Tmux) {
    tmux.keys(&["q"]);
    tmux.wait_for_line("EXIT=0");
}

/// The screen's rows as one text, rows trimmed and joined by spaces, so a
/// message wrapped over several rows reads as it was said.
fn joined(screen: &str) -> String {
    screen.lines().map(str::trim).collect::<Vec<_>>().join(" ")
}

#[test]
fn a_long_message_is_shown_whole_and_m_lists_it() {
    let tmux = reader("messages-80x24", &common::sample(), "", 40);
    tmux.keys(&["y"]);
    // Inside tmux with its default settings, as here.
    let said = "put the briefing and its citation in the tmux buffer, which tmux sends on \
                to your clipboard; cannot confirm it landed: c shows it plain and keeps it in \
                clips.md";
    let screen = tmux.wait_for(&format!("`{said}` on screen"), |s| joined(s).contains(said));
    let status: Vec<&str> = screen.lines().rev().take(3).collect();
    assert!(
        status.iter().all(|l| !l.contains('…')),
        "nothing cut:\n{screen}"
    );
    tmux.keys(&["j"]);
    tmux.wait_for_gone("your clipboard");
    tmux.keys(&["M"]);
    let screen = tmux.wait_for_text("Messages: the last 1, newest first");
    assert!(joined(&screen).contains("your clipboard"), "{screen}");
    tmux.keys(&["Escape"]);
    tmux.wait_for_gone("Messages: ");
    quit(&tmux);
}

#[test]
fn help_search_finds_the_query_terms() {
    let tmux = reader("help-since-80x24", &common::sample(), "", 40);
    tmux.keys(&["?"]);
    tmux.wait_for_text("Help: type to search");
    tmux.type_text("since");
    let screen = tmux.wait_for_text("Help: since");
    assert!(screen.contains("Query terms"), "{screen}");
    assert!(
        screen
            .lines()
            .any(|l| l.contains("since:DATE") && l.contains("dated on or after DATE")),
        "the query reference line:\n{screen}"
    );
    assert!(!screen.contains("nothing matches"), "{screen}");
    tmux.keys(&["Escape"]);
    quit(&tmux);
}

/// Briefings with nothing but ASCII in them, in both formats.
fn ascii_folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    common::write(
        dir.path(),
        "a.txt",
        "date 2022-02-20 Kuleba met Blinken in Geneva to discuss gas transit.\n\n\
         As reported by Kyiv Wire.\n\n\
         \"We will defend every metre of our land,\" Kuleba told reporters.\n",
    );
    common::write(
        dir.path(),
        "b.md",
        "+++\ntitle = \"Sanctions package agreed\"\ndate = 2022-02-22\n\
         source = \"Baltic Ledger\"\ntags = [\"sanctions\"]\npriority = \"high\"\n+++\n\
         Ministers agreed the package on Tuesday.\n\n\
         \"This is only the first step we take,\" a diplomat said.\n",
    );
    common::write(
        dir.path(),
        "c.md",
        "+++\ntitle = \"Grain exports\"\ndate = 2022-02-10\npriority = \"low\"\n+++\n\
         Grain exports from Odesa continued at a record pace.\n",
    );
    dir
}

#[test]
fn ascii_screens_hold_only_ascii() {
    let folder = ascii_folder();
    let tmux = reader("ascii-80x24", folder.path(), "--ascii", 3);
    let only_ascii = |what: &str, screen: &str| {
        let odd: Vec<char> = screen.chars().filter(|c| !c.is_ascii()).collect();
        assert!(odd.is_empty(), "{what}: {odd:?} on screen:\n{screen}");
    };
    only_ascii("the list", &tmux.screen());
    // Each overlay opened, read and closed; Esc is let through before the
    // next key, which would else arrive as an Alt chord.
    for (key, shows, what) in [
        ("?", "Help: type to search", "the help"),
        ("!", "Problems:", "the problems"),
        ("t", "Tags:", "the tag picker"),
        ("M", "Messages:", "the messages"),
    ] {
        tmux.keys(&[key]);
        only_ascii(what, &tmux.wait_for_text(shows));
        tmux.keys(&["Escape"]);
        tmux.wait_for_gone(shows);
    }
    tmux.keys(&["Q"]);
    only_ascii("the quote pane", &tmux.wait_for_text("Quotes"));
    tmux.keys(&["y"]);
    let said = |s: &str| joined(s).contains("cannot confirm it landed");
    only_ascii("a message", &tmux.wait_for("the copy said", said));
    tmux.keys(&["z"]);
    let zen = tmux.wait_for("zen", |s| !s.contains("Briefings 3/3"));
    only_ascii("zen", &zen);
    tmux.keys(&["Escape"]);
    tmux.wait_for_text("Briefings 3/3");
    quit(&tmux);
}
