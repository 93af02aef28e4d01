use std::path::Path;

use super::switch_store;
use crate::load::{Loaded, parse_text};
use crate::store::Store;
use crate::tui::action::Action;
use crate::tui::layout::Focus;
use crate::tui::state::{AppState, update};
use crate::tui::testing;

fn with_extra(text: &str) -> Store {
    let old = testing::store();
    let mut briefings: Vec<_> = old.iter().cloned().collect();
    briefings.push(parse_text(Path::new("golf"), "golf", text));
    Store::build(Loaded {
        briefings,
        ..Loaded::default()
    })
}

#[test]
fn the_selection_filter_and_place_in_the_text_survive_a_reload() {
    let old = testing::store();
    let mut s = AppState::new(&old, testing::today(), (120, 40));
    s.filter.query = "-tag:sanctions".into();
    s.refresh(&old);
    for a in [Action::MoveDown, Action::MoveDown, Action::Open] {
        update(&mut s, &old, a);
    }
    assert_eq!(old.get(s.selected_doc().unwrap()).id, "delta");
    for _ in 0..5 {
        update(&mut s, &old, Action::MoveDown);
    }
    let scroll = s.detail.scroll;
    assert!(scroll > 0);

    let new = with_extra("date 2022-02-24 A newer briefing arrives.");
    switch_store(&mut s, &old, &new, None, "1 new".into());
    assert_eq!(new.get(s.selected_doc().unwrap()).id, "delta");
    assert_eq!(s.filter.query, "-tag:sanctions");
    assert_eq!(s.shown.len(), 6, "five kept and the new one");
    assert_eq!(s.detail.scroll, scroll);
    assert_eq!(s.focus, Focus::Detail);
    assert_eq!(s.message.as_deref(), Some("1 new"));
}

#[test]
fn a_removed_selection_falls_back_to_the_same_row() {
    let old = testing::store();
    let mut s = AppState::new(&old, testing::today(), (120, 40));
    update(&mut s, &old, Action::MoveDown);
    let briefings: Vec<_> = old.iter().filter(|b| b.id != "alpha").cloned().collect();
    let new = Store::build(Loaded {
        briefings,
        ..Loaded::default()
    });
    switch_store(&mut s, &old, &new, None, "1 removed".into());
    assert_eq!(s.selected, 1);
    assert_eq!(new.get(s.selected_doc().unwrap()).id, "charlie");
    assert_eq!(s.shown.len(), 5);
}
