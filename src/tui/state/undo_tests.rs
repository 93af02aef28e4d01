//! Tests of undoing (and redoing) the last change of the marks.

use super::*;
use crate::marks::log::Mark;
use crate::tui::action::Action;
use crate::tui::testing::{run, setup};

fn selected_id(state: &AppState, store: &Store) -> String {
    store.id(state.selected_doc().unwrap()).to_string()
}

#[test]
fn nothing_to_undo_says_so() {
    let (store, mut s) = setup(120, 40);
    assert!(run(&mut s, &store, &[Action::UndoMark]).is_empty());
    assert_eq!(s.message.as_deref(), Some("no change of marks to undo"));
}

#[test]
fn undoing_all_read_makes_exactly_those_unread_and_again_redoes() {
    let (store, mut s) = setup(120, 40);
    run(&mut s, &store, &[Action::MoveDown, Action::ToggleRead]);
    let first = selected_id(&s, &store);
    run(&mut s, &store, &[Action::AllRead, Action::Submit]);
    assert_eq!(s.marks.read.len(), 6);
    let asked = run(&mut s, &store, &[Action::UndoMark]);
    let [Effect::Record(changes)] = &asked[..] else {
        panic!("{asked:?}")
    };
    assert_eq!(changes.len(), 5);
    assert!(changes.iter().all(|c| c.mark == Mark::Read { on: false }));
    assert_eq!(s.message.as_deref(), Some("undid marking 5 briefings read"));
    assert_eq!(s.marks.read.iter().collect::<Vec<_>>(), [&first]);
    assert_eq!(s.marked.read.count(), 1);
    run(&mut s, &store, &[Action::UndoMark]);
    assert_eq!(s.message.as_deref(), Some("redid marking 5 briefings read"));
    assert_eq!(s.marked.read.count(), 6);
}

#[test]
fn undoing_r_restores_and_the_briefing_stays_unread_while_shown() {
    let (store, mut s) = setup(120, 40);
    run(&mut s, &store, &[Action::ToggleRead]);
    let id = selected_id(&s, &store);
    run(&mut s, &store, &[Action::UndoMark]);
    assert_eq!(s.message, Some(format!("undid marking {id} read")));
    assert!(s.marks.read.is_empty() && s.marked.read.is_empty());
    assert_eq!(
        s.kept_unread,
        s.selected_doc(),
        "the clock leaves it unread"
    );
}

#[test]
fn undoing_a_bookmark_and_a_note_puts_back_what_was_there() {
    let (store, mut s) = setup(120, 40);
    run(&mut s, &store, &[Action::ToggleBookmark, Action::UndoMark]);
    let id = selected_id(&s, &store);
    assert!(s.marks.bookmarks.is_empty() && s.marked.bookmarked.is_empty());
    assert_eq!(s.message, Some(format!("undid bookmarking {id}")));

    let typed = |text: &str| -> Vec<Action> { text.chars().map(Action::Insert).collect() };
    run(&mut s, &store, &[Action::EditNote]);
    run(&mut s, &store, &typed("first"));
    run(
        &mut s,
        &store,
        &[Action::Submit, Action::EditNote, Action::ClearLine],
    );
    run(&mut s, &store, &typed("second"));
    run(&mut s, &store, &[Action::Submit]);
    assert_eq!(s.marks.note(&id), Some("second"));
    let asked = run(&mut s, &store, &[Action::UndoMark]);
    let first = Some("first".to_string());
    assert_eq!(
        asked,
        [Effect::Record(vec![Change::note(id.clone(), first)])]
    );
    assert_eq!(s.marks.note(&id), Some("first"));
    assert_eq!(
        s.message,
        Some(format!("undid the change of the note on {id}"))
    );
    assert!(s.marked.noted.contains(s.selected_doc().unwrap()));
}
