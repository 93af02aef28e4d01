//! Triage keys in a real terminal at 80x24 with `TERM=screen`: `r` marks the
//! selected briefing read and unread again, `u` and `U` go to the next and
//! previous unread briefing, wrapping with a message.

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
