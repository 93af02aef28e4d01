//! Tests of switching to a new store generation after a reload.

use std::path::Path;

use crate::library::Changes;
use crate::load::{Loaded, parse_text};
use crate::store::Store;
use crate::tui::action::Action;
use crate::tui::layout::Focus;
use crate::tui::state::{AppState, Input, update};
use crate::tui::testing::{self, run};

fn with_extra(text: &str) -> Store {
    let old = testing::store();
    let mut briefings: Vec<_> = crate::library::wholes(&old)
        .map(|b| b.into_owned())
        .collect();
    briefings.push(parse_text(Path::new("golf"), "golf", text));
    crate::library::build(Loaded::of(briefings, testing::rules()))
}

/// The files loaded again: `s`, on `old`, moves onto `new`.
fn reload(s: &mut AppState, old: &Store, new: &Store, changes: Changes) {
    let reloaded = Input::Reloaded {
        store: new,
        seen: None,
        changes,
    };
    update(s, old, reloaded);
}

#[test]
fn the_selection_filter_and_place_in_the_text_survive_a_reload() {
    let old = testing::store();
    let mut s = AppState::new(&old, testing::today(), (120, 40));
    let query: Vec<Action> = "-tag:sanctions".chars().map(Action::Insert).collect();
    run(&mut s, &old, &[Action::EditQuery]);
    run(&mut s, &old, &query);
    run(&mut s, &old, &[Action::Submit, Action::Top]);
    for a in [Action::MoveDown, Action::MoveDown, Action::Open] {
        update(&mut s, &old, a);
    }
    assert_eq!(old.whole(s.selected_doc().unwrap()).unwrap().id, "delta");
    for _ in 0..5 {
        update(&mut s, &old, Action::MoveDown);
    }
    let scroll = s.detail.scroll;
    assert!(scroll > 0);

    let new = with_extra("date 2022-02-24 A newer briefing arrives.");
    let changes = Changes {
        new: 1,
        ..Changes::default()
    };
    reload(&mut s, &old, &new, changes);
    assert_eq!(new.whole(s.selected_doc().unwrap()).unwrap().id, "delta");
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
    let briefings: Vec<_> = crate::library::wholes(&old)
        .filter(|b| b.id != "alpha")
        .map(|b| b.into_owned())
        .collect();
    let new = crate::library::build(Loaded::of(briefings, testing::rules()));
    let changes = Changes {
        removed: 1,
        ..Changes::default()
    };
    reload(&mut s, &old, &new, changes);
    assert_eq!(s.selected, 1);
    assert_eq!(new.whole(s.selected_doc().unwrap()).unwrap().id, "charlie");
    assert_eq!(s.shown.len(), 5);
}

#[test]
fn live_reload_stopping_says_why_and_changes_nothing_else() {
    let store = testing::store();
    let mut s = AppState::new(&store, testing::today(), (120, 40));
    run(&mut s, &store, &[Action::MoveDown, Action::Open]);
    let before = s.clone();
    let why = "live reload is off: too many folders to follow";
    update(&mut s, &store, Input::ReloadOff(why.into()));
    assert_eq!(s.message.as_deref(), Some(why));
    assert_eq!(
        s.messages.newest_first().next().map(|m| &*m.text),
        Some(why)
    );
    s.message = before.message.clone();
    s.messages = before.messages.clone();
    assert_eq!(s, before);
}

#[test]
fn a_reload_keeps_the_open_tag_picker_and_its_picks() {
    let old = testing::store();
    let mut s = AppState::new(&old, testing::today(), (120, 40));
    run(&mut s, &old, &[Action::TagPicker, Action::ToggleTag]);
    let new =
        with_extra("+++\ntitle = \"More gas\"\ndate = 2022-02-24\ntags = [\"energy\"]\n+++\nGas.");
    reload(&mut s, &old, &new, Changes::default());
    let crate::tui::state::Overlay::Tags(picker) = &s.overlay else {
        panic!("the picker stays open")
    };
    assert_eq!(picker.picked, ["energy"]);
    assert_eq!(picker.total, 3, "counted on the new store");
    assert_eq!(s.message.as_deref(), Some("reloaded: nothing changed"));
}
