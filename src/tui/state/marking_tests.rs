//! Tests of marking: read after a while on screen, bookmarks, notes and saving.

use std::time::{Duration, Instant};

use super::*;
use crate::tui::state::Confirm;
use crate::tui::state::Input;
use crate::tui::testing;

use testing::{run, setup};

fn selected(state: &AppState, store: &Store) -> String {
    store
        .whole(state.selected_doc().unwrap())
        .unwrap()
        .id
        .clone()
}

/// Saves asked for since last counted.
fn saves(asked: &mut Vec<Effect>) -> usize {
    std::mem::take(asked)
        .into_iter()
        .filter(|e| matches!(e, Effect::Record(_)))
        .count()
}

#[test]
fn m_toggles_the_bookmark_and_is_bookmarked_filters() {
    let (store, mut s) = setup(120, 40);
    let mut asked = run(&mut s, &store, &[Action::MoveDown, Action::ToggleBookmark]);
    let id = selected(&s, &store);
    assert!(s.marks.bookmarks.contains(&id));
    assert!(s.marked.bookmarked.contains(s.selected_doc().unwrap()));
    assert_eq!(saves(&mut asked), 1);
    let query: Vec<Action> = "is:bookmarked".chars().map(Action::Insert).collect();
    run(&mut s, &store, &[Action::EditQuery]);
    run(&mut s, &store, &query);
    run(&mut s, &store, &[Action::Submit]);
    assert_eq!(s.shown.len(), 1);
    assert_eq!(selected(&s, &store), id);
    asked.extend(run(&mut s, &store, &[Action::ToggleBookmark]));
    assert!(s.marks.bookmarks.is_empty() && s.marked.bookmarked.is_empty());
    assert_eq!(s.message.as_deref(), Some("bookmark removed"));
    assert_eq!(saves(&mut asked), 1);
}

#[test]
fn a_edits_the_note_enter_saves_esc_cancels_empty_removes() {
    let (store, mut s) = setup(120, 40);
    let typed: Vec<Action> = "ask Kyiv".chars().map(Action::Insert).collect();
    let mut asked = Vec::new();
    asked.extend(run(&mut s, &store, &[Action::EditNote]));
    assert_eq!(s.note.as_ref().map(|e| e.text()), Some(""));
    asked.extend(run(&mut s, &store, &typed));
    assert_eq!(s.shown.len(), 6, "typing a note does not filter");
    asked.extend(run(&mut s, &store, &[Action::Submit]));
    let id = selected(&s, &store);
    assert_eq!(s.marks.note(&id), Some("ask Kyiv"));
    assert!(s.note.is_none() && saves(&mut asked) == 1);

    asked.extend(run(&mut s, &store, &[Action::EditNote]));
    assert_eq!(s.note.as_ref().map(|e| e.text()), Some("ask Kyiv"));
    asked.extend(run(&mut s, &store, &[Action::Insert('!'), Action::Cancel]));
    assert_eq!(s.marks.note(&id), Some("ask Kyiv"));
    assert_eq!(saves(&mut asked), 0);

    asked.extend(run(
        &mut s,
        &store,
        &[Action::EditNote, Action::ClearLine, Action::Insert(' ')],
    ));
    asked.extend(run(&mut s, &store, &[Action::Submit]));
    assert_eq!(s.marks.note(&id), None);
    assert!(s.marked.noted.is_empty());
    assert_eq!(s.message.as_deref(), Some("note removed"));
    assert_eq!(saves(&mut asked), 1);
}

#[test]
fn open_for_two_seconds_is_read() {
    let (store, mut s) = setup(120, 40);
    let t0 = Instant::now();
    let at = |ms: u64| Input::Tick(t0 + Duration::from_millis(ms));
    let first = s.selected_doc().unwrap();
    let mut asked = run(&mut s, &store, &[Action::Open.into(), at(0), at(1999)]);
    assert!(!s.marked.read.contains(first));
    assert_eq!(read_deadline(&s), Some(t0 + crate::config::AUTO_READ));
    asked.extend(run(&mut s, &store, &[at(2000)]));
    assert!(s.marked.read.contains(first));
    assert!(s.marks.read.contains(&store.whole(first).unwrap().id));
    assert_eq!(saves(&mut asked), 1);
    assert_eq!(read_deadline(&s), None, "nothing left to wait for");

    // Moving on restarts the wait; a briefing passed over stays unread.
    let keys = [Action::Back, Action::MoveDown];
    run(&mut s, &store, &keys);
    run(&mut s, &store, &[at(2500), Action::MoveDown.into()]);
    let second = s.shown[1];
    run(&mut s, &store, &[at(4000), at(5900)]);
    assert!(!s.marked.read.contains(second));
    assert!(!s.marked.read.contains(s.selected_doc().unwrap()));
    run(&mut s, &store, &[at(6000)]);
    assert!(s.marked.read.contains(s.selected_doc().unwrap()));
    assert_eq!(s.marked.read.count(), 2);
}

#[test]
fn nothing_is_read_while_the_detail_is_hidden_covered_or_a_line_typed() {
    let t0 = Instant::now();
    let at = |ms: u64| Input::Tick(t0 + Duration::from_millis(ms));
    let (store, mut s) = setup(50, 20);
    run(&mut s, &store, &[Action::MoveDown.into(), at(0), at(5000)]);
    assert!(s.marked.read.is_empty(), "one pane, the list");
    assert_eq!(read_candidate(&s), None);

    let (store, mut s) = setup(120, 40);
    run(&mut s, &store, &[Action::MoveDown.into(), at(0)]);
    let open = s.selected_doc();
    assert_eq!(read_candidate(&s), open, "the briefing moved onto");
    for cover in [Action::Help, Action::EditNote, Action::AllRead] {
        run(&mut s, &store, &[cover.into(), at(1000), at(9000)]);
        assert!(s.marked.read.is_empty(), "{cover:?}");
        assert_eq!(read_deadline(&s), None, "{cover:?}");
        run(&mut s, &store, &[Action::Cancel]);
    }
    // The wait starts again once nothing covers it.
    run(&mut s, &store, &[at(10_000), at(11_999)]);
    assert!(s.marked.read.is_empty());
    run(&mut s, &store, &[at(12_000)]);
    assert_eq!(s.marked.read.count(), 1);
}

#[test]
fn scrolling_the_text_reads_at_once() {
    let (store, mut s) = setup(120, 20);
    run(
        &mut s,
        &store,
        &[Action::Bottom, Action::MoveUp, Action::MoveUp],
    );
    assert_eq!(selected(&s, &store), "delta");
    run(&mut s, &store, &[Action::FocusNext, Action::MoveUp]);
    assert!(s.marked.read.is_empty(), "at the top, nothing moved");
    let mut asked = run(&mut s, &store, &[Action::MoveDown]);
    assert!(s.marked.read.contains(s.selected_doc().unwrap()));
    assert_eq!(saves(&mut asked), 1);
}

#[test]
fn the_clock_leaves_the_message_alone() {
    let (store, mut s) = setup(120, 40);
    run(&mut s, &store, &[Action::ToggleBookmark]);
    run(&mut s, &store, &[Input::Tick(Instant::now())]);
    assert!(s.message.is_some());
}

#[test]
fn r_toggles_read_and_an_unread_briefing_stays_unread_while_shown() {
    let (store, mut s) = setup(120, 40);
    run(&mut s, &store, &[Action::MoveDown, Action::MoveUp]);
    let doc = s.selected_doc().unwrap();
    let mut asked = run(&mut s, &store, &[Action::ToggleRead]);
    assert!(s.marked.read.contains(doc) && s.marks.read.contains(&selected(&s, &store)));
    assert_eq!(s.message.as_deref(), Some("marked read"));
    assert_eq!(saves(&mut asked), 1);
    asked.extend(run(&mut s, &store, &[Action::ToggleRead]));
    assert!(!s.marked.read.contains(doc) && s.marks.read.is_empty());
    assert_eq!(s.message.as_deref(), Some("marked unread"));
    assert_eq!(saves(&mut asked), 1);
    let start = Instant::now();
    run(&mut s, &store, &[Input::Tick(start)]);
    run(
        &mut s,
        &store,
        &[Input::Tick(start + Duration::from_secs(5))],
    );
    assert!(!s.marked.read.contains(doc), "the clock does not undo r");
    run(&mut s, &store, &[Action::MoveDown, Action::MoveUp]);
    assert_eq!(s.kept_unread, None, "moving away ends the keeping");
}

#[test]
fn u_and_shift_u_go_to_the_next_and_previous_unread_wrapping() {
    let (store, mut s) = setup(120, 40);
    run(&mut s, &store, &[Action::MoveDown, Action::ToggleRead]);
    run(&mut s, &store, &[Action::MoveDown, Action::ToggleRead]);
    run(&mut s, &store, &[Action::Top]);
    run(&mut s, &store, &[Action::NextUnread]);
    assert_eq!(s.selected, 3, "rows 1 and 2 are read");
    assert_eq!(s.message, None);
    run(&mut s, &store, &[Action::PrevUnread]);
    assert_eq!(s.selected, 0);
    run(&mut s, &store, &[Action::PrevUnread]);
    assert_eq!(s.selected, s.shown.len() - 1);
    assert_eq!(s.message.as_deref(), Some("wrapped to the bottom"));
    run(&mut s, &store, &[Action::NextUnread]);
    assert_eq!(s.selected, 0);
    assert_eq!(s.message.as_deref(), Some("wrapped to the top"));
    for _ in 0..s.shown.len() {
        if !s.marked.read.contains(s.selected_doc().unwrap()) {
            run(&mut s, &store, &[Action::ToggleRead]);
        }
        run(&mut s, &store, &[Action::MoveDown]);
    }
    run(&mut s, &store, &[Action::NextUnread]);
    assert_eq!(s.message.as_deref(), Some("no unread briefing is shown"));
}

#[test]
fn with_auto_read_off_only_r_marks_read() {
    let (store, mut s) = setup(120, 40);
    s.auto_read = None;
    let doc = s.selected_doc().unwrap();
    let t0 = Instant::now();
    run(&mut s, &store, &[Input::Tick(t0)]);
    run(
        &mut s,
        &store,
        &[Action::Open, Action::MoveDown, Action::Zen],
    );
    run(&mut s, &store, &[Input::Tick(t0 + Duration::from_secs(60))]);
    assert_eq!(read_deadline(&s), None, "nothing waits to be read");
    assert!(
        s.marked.read.is_empty(),
        "neither the clock, a scroll nor zen reads"
    );
    run(&mut s, &store, &[Action::ToggleRead]);
    assert!(s.marked.read.contains(doc));
}

#[test]
fn shift_r_asks_naming_the_count_and_y_marks_every_shown_briefing_read() {
    let (store, mut s) = setup(120, 40);
    run(&mut s, &store, &[Action::ToggleRead]);
    let mut asked = run(&mut s, &store, &[Action::AllRead]);
    assert_eq!(s.confirm, Some(Confirm::AllRead));
    assert_eq!(shown_unread(&s), 5, "six shown, one read");
    assert!(asked.is_empty(), "nothing is marked before the answer");
    asked = run(&mut s, &store, &[Action::MoveDown]);
    assert!(
        asked.is_empty() && s.selected == 0,
        "other keys wait for y or n"
    );
    asked = run(&mut s, &store, &[Action::Submit]);
    assert_eq!(saves(&mut asked), 1);
    assert!(s.confirm.is_none());
    assert_eq!(s.marks.read.len(), 6);
    assert_eq!(s.marked.read.count(), 6);
    assert_eq!(s.message.as_deref(), Some("5 briefings marked read"));
    run(&mut s, &store, &[Action::AllRead]);
    assert!(s.confirm.is_none());
    assert_eq!(
        s.message.as_deref(),
        Some("every shown briefing is read already")
    );
}

#[test]
fn shift_r_answered_no_marks_nothing_and_counts_only_what_is_shown() {
    let (store, mut s) = setup(120, 40);
    let query: Vec<Action> = "tag:energy".chars().map(Action::Insert).collect();
    run(&mut s, &store, &[Action::EditQuery]);
    run(&mut s, &store, &query);
    run(&mut s, &store, &[Action::Submit]);
    let shown = s.shown.len();
    assert!(shown > 0 && shown < 6, "{shown}");
    let mut asked = run(&mut s, &store, &[Action::AllRead, Action::Cancel]);
    assert!(s.confirm.is_none() && s.marks.read.is_empty());
    assert_eq!(s.message.as_deref(), Some("nothing marked"));
    asked.extend(run(&mut s, &store, &[Action::AllRead, Action::Submit]));
    assert_eq!(saves(&mut asked), 1);
    assert_eq!(s.marks.read.len(), shown, "only the shown briefings");
}
