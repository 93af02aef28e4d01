//! Tests of the message log, fitting a message to the status bar, and the
//! messages overlay as `update` drives it.

use super::*;
use crate::tui::action::Action;
use crate::tui::state::{AppState, Input, Overlay, update};
use crate::tui::testing::{run, setup};

const LONG: &str = "live reload stopped: the folder briefings/incoming was removed or renamed \
                    while brief was reading it, so changes are no longer shown; restart brief \
                    to follow them again";

#[test]
fn a_message_wraps_at_words_and_is_shortened_at_a_word_past_its_rows() {
    let lines = fitted(LONG, 40, 3, "...");
    assert_eq!(lines.len(), 3);
    for line in &lines {
        assert!(str_width(line) <= 40, "{line:?}");
    }
    let last = lines.last().unwrap();
    assert!(last.ends_with(&format!("...{SHORTENED}")), "{last:?}");
    let kept = last.trim_end_matches(&format!("...{SHORTENED}"));
    let whole_words = LONG.split_whitespace().collect::<Vec<_>>();
    for line in &lines[..2] {
        for word in line.split_whitespace() {
            assert!(whole_words.contains(&word), "`{word}` was cut");
        }
    }
    for word in kept.split_whitespace() {
        assert!(whole_words.contains(&word), "`{word}` was cut");
    }
    assert_eq!(fitted(LONG, 200, 3, "...").len(), 1, "fits on one line");
    assert_eq!(fitted("short", 40, 1, "..."), ["short"]);
}

#[test]
fn the_log_keeps_the_last_messages_and_counts_repeats() {
    let mut log = MessageLog::default();
    for i in 0..KEPT + 5 {
        log.record(&format!("message {i}"));
    }
    log.record(&format!("message {}", KEPT + 4));
    assert_eq!(log.len(), KEPT);
    let newest: Vec<&Said> = log.newest_first().collect();
    assert_eq!(newest[0].text, format!("message {}", KEPT + 4));
    assert_eq!(newest[0].times, 2);
    assert_eq!(newest[KEPT - 1].text, "message 5", "the oldest are dropped");
}

#[test]
fn a_long_message_takes_status_rows_from_the_panes_until_the_next_key() {
    let (store, mut s) = setup(80, 24);
    let rows = |s: &AppState| s.list_height() + s.detail_size().0;
    let pane_rows = rows(&s);
    assert_eq!(s.status_rows, 1);
    run(&mut s, &store, &[Input::ReloadOff(LONG.into())]);
    assert_eq!(s.status_rows, 3);
    assert_eq!(s.areas().status.height, 3);
    assert_eq!(rows(&s), pane_rows - 2, "the panes give up two rows");
    run(&mut s, &store, &[Action::MoveDown]);
    assert_eq!(s.message, None);
    assert_eq!(s.status_rows, 1);
    assert_eq!(rows(&s), pane_rows);
    let (store, mut small) = setup(80, 12);
    run(&mut small, &store, &[Input::ReloadOff(LONG.into())]);
    assert_eq!(small.status_rows, 2, "a small terminal gives fewer rows");
}

#[test]
fn every_message_said_is_kept_once_and_the_clock_adds_none() {
    let (store, mut s) = setup(80, 24);
    run(&mut s, &store, &[Action::View(1), Action::View(1)]);
    update(&mut s, &store, Input::Tick(std::time::Instant::now()));
    let said: Vec<&Said> = s.messages.newest_first().collect();
    assert_eq!(said.len(), 1, "{said:?}");
    assert!(said[0].text.starts_with("no saved views"));
    assert_eq!(said[0].times, 2, "said twice, by two keys");
    run(&mut s, &store, &[Action::CycleSort]);
    assert_eq!(s.messages.len(), 2);
}

#[test]
fn the_messages_overlay_opens_scrolls_and_closes() {
    let (store, mut s) = setup(80, 24);
    run(
        &mut s,
        &store,
        &[Action::CycleSort, Action::CycleSort, Action::Messages],
    );
    assert_eq!(s.overlay, Overlay::Messages { scroll: 0 });
    run(&mut s, &store, &[Action::Bottom]);
    assert_eq!(s.overlay, Overlay::Messages { scroll: 1 });
    run(&mut s, &store, &[Action::MoveDown, Action::MoveDown]);
    assert_eq!(
        s.overlay,
        Overlay::Messages { scroll: 1 },
        "not past the oldest"
    );
    run(&mut s, &store, &[Action::Top, Action::Cancel]);
    assert_eq!(s.overlay, Overlay::None);
}
