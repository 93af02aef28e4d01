//! Triage keys in a real terminal at 80x24 with `TERM=screen`: `r` marks the
//! selected briefing read and unread again, `u` and `U` go to the next and
//! previous unread briefing, wrapping with a message; and the clock reads
//! only a briefing the analyst moved onto.

use crate::common;
use crate::common::tmux::{Tmux, brief_line, list_row};

#[test]
fn r_marks_read_and_unread_and_u_goes_to_the_next_unread() {
    let dir = common::state_dir("triage");
    let titles = common::sample_titles();
    let title = |i: usize| -> String { titles[i].chars().take(24).collect() };
    let tmux = Tmux::start("triage", 80, 24);
    tmux.shell(&format!(
        "clear; TERM=screen BRIEF_STATE_DIR='{}' {}",
        dir.display(),
        brief_line(&[&common::sample()])
    ));
    let screen = tmux.wait_for_text("40 unread");
    assert!(list_row(&screen, &title(0)).contains('•'), "{screen}");

    tmux.keys(&["r"]);
    let screen = tmux.wait_for_text("marked read");
    assert!(!list_row(&screen, &title(0)).contains('•'), "{screen}");
    assert!(screen.contains("39 unread"), "{screen}");
    tmux.keys(&["r"]);
    let screen = tmux.wait_for_text("marked unread");
    assert!(list_row(&screen, &title(0)).contains('•'), "{screen}");

    // The second briefing read: from the first, `u` skips it to the third.
    tmux.keys(&["j", "r", "k", "u"]);
    let third: String = title(2).chars().take(16).collect();
    let below_the_list = |s: &str| -> String {
        s.split(&format!("╰{}", "─".repeat(10)))
            .nth(1)
            .unwrap_or("")
            .to_string()
    };
    tmux.wait_for("the third briefing in the detail", |s| {
        below_the_list(s).contains(&third)
    });
    tmux.keys(&["g", "U"]);
    tmux.wait_for_text("wrapped to the bottom");
    tmux.keys(&["q"]);
}

#[test]
fn shift_r_asks_with_the_count_and_x_undoes_it() {
    let dir = common::state_dir("triage-all");
    // Only keys mark briefings read here, however slow the machine.
    let config = dir.join("config.toml");
    std::fs::write(&config, "auto_read = \"off\"\n").unwrap();
    let tmux = Tmux::start("triage-all", 80, 24);
    tmux.shell(&format!(
        "clear; TERM=screen BRIEF_STATE_DIR='{}' {} --config '{}'",
        dir.display(),
        brief_line(&[&common::sample()]),
        config.display()
    ));
    tmux.wait_for_text("40 unread");
    tmux.keys(&["R"]);
    tmux.wait_for_text("mark 40 shown unread briefings read? y yes, n no");
    tmux.keys(&["n"]);
    let screen = tmux.wait_for_text("nothing marked");
    assert!(screen.contains("40 unread"), "{screen}");

    tmux.keys(&["R"]);
    tmux.wait_for_text("read? y yes");
    tmux.keys(&["y"]);
    let screen = tmux.wait_for_text("40 briefings marked read");
    assert!(!screen.contains('•'), "no row is flagged unread: {screen}");
    let logged = common::logged(&common::sample_shelf(&dir));
    let read = logged
        .iter()
        .filter(|e| e["kind"] == "read" && e["on"] == true);
    assert_eq!(read.count(), 40, "{logged:?}");

    tmux.keys(&["X"]);
    let screen = tmux.wait_for_text("undid marking 40 briefings read");
    assert!(screen.contains("40 unread"), "{screen}");
    tmux.keys(&["q"]);
}

/// The status bar's count of unread briefings among those shown.
fn unread(screen: &str) -> usize {
    let status = screen
        .lines()
        .rfind(|l| l.contains(" unread"))
        .unwrap_or("");
    let before = status.split(" unread").next().unwrap_or("");
    let count = before.split_whitespace().last().unwrap_or("");
    count
        .parse()
        .unwrap_or_else(|_| panic!("no unread count:\n{screen}"))
}

/// The list's count of the briefings shown, `N/40` in the status bar.
fn shown(screen: &str) -> usize {
    let status = screen
        .lines()
        .rfind(|l| l.contains(" unread"))
        .unwrap_or("");
    let count = status.split_whitespace().find(|w| w.ends_with("/40"));
    let count = count.and_then(|w| w.trim_end_matches("/40").parse().ok());
    count.unwrap_or_else(|| panic!("no count shown:\n{screen}"))
}

/// Read means read: the newest briefing shown at start is not read by the
/// clock, nor is one the list puts under the cursor while a search is typed
/// slowly; the briefing moved onto is, after the wait (2 s).
#[test]
fn the_clock_reads_the_briefing_moved_onto_not_one_shown_or_typed_over() {
    let wait = std::time::Duration::from_secs(3);
    let dir = common::state_dir("read-means-read");
    let tmux = Tmux::start("read-means-read", 80, 24);
    tmux.shell(&format!(
        "clear; TERM=screen BRIEF_STATE_DIR='{}' {}",
        dir.display(),
        brief_line(&[&common::sample()])
    ));
    tmux.wait_for_text("40 unread");
    std::thread::sleep(wait);
    let screen = tmux.screen();
    assert_eq!(unread(&screen), 40, "nothing read at start:\n{screen}");

    tmux.keys(&["/"]);
    for letter in ["g", "a", "s"] {
        tmux.type_text(letter);
        std::thread::sleep(std::time::Duration::from_secs(1));
    }
    std::thread::sleep(wait);
    let screen = tmux.screen();
    let found = shown(&screen);
    assert!(found < 40, "the search narrows the list:\n{screen}");
    assert_eq!(
        unread(&screen),
        found,
        "nothing read while typing:\n{screen}"
    );

    tmux.keys(&["Escape"]);
    let screen = tmux.wait_for_text("40/40");
    assert_eq!(unread(&screen), 40, "{screen}");
    tmux.keys(&["j"]);
    std::thread::sleep(wait);
    let screen = tmux.screen();
    assert_eq!(unread(&screen), 39, "the briefing moved onto:\n{screen}");
    tmux.keys(&["q"]);
}
