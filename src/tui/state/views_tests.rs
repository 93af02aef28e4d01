//! Tests of saved views: the picker and the digit keys.

use crate::store::Store;
use crate::tui::action::Action;
use crate::tui::keymap::{Key, Keymap, Mode};
use crate::tui::state::{AppState, Overlay, update};
use crate::tui::testing;

fn setup() -> (Store, AppState) {
    let store = testing::store();
    let start = testing::with_views(&[("energy", "tag:energy"), ("quoted", "has:quote")]);
    let state = AppState::start(&store, start, (120, 40));
    (store, state)
}

use testing::ids;

#[test]
fn digits_show_a_view_in_place_of_the_whole_filter() {
    let (store, mut s) = setup();
    let search: Vec<Action> = "grain".chars().map(Action::Insert).collect();
    testing::run(&mut s, &store, &[Action::Search]);
    testing::run(&mut s, &store, &search);
    testing::run(&mut s, &store, &[Action::Submit]);
    update(&mut s, &store, Action::View(2));
    assert_eq!(s.filter.query, "has:quote");
    assert!(s.filter.search.is_empty());
    assert_eq!(ids(&s, &store), ["bravo", "alpha"]);
    assert_eq!(s.message.as_deref(), Some("view quoted: 2 briefings"));
    update(&mut s, &store, Action::View(7));
    assert_eq!(s.message.as_deref(), Some("no view 7: there are 2"));
    assert_eq!(s.filter.query, "has:quote", "unchanged");
}

#[test]
fn the_picker_counts_each_view_and_shows_the_one_chosen() {
    let (store, mut s) = setup();
    update(&mut s, &store, Action::Views);
    let Overlay::Views(picker) = &s.overlay else {
        panic!("picker open")
    };
    assert_eq!(picker.counts, [2, 2]);
    update(&mut s, &store, Action::MoveDown);
    update(&mut s, &store, Action::MoveDown);
    update(&mut s, &store, Action::Submit);
    assert_eq!(s.overlay, Overlay::None);
    assert_eq!(s.filter.query, "has:quote");
}

#[test]
fn a_digit_key_means_that_view_number() {
    let keys = Keymap::default();
    let digit = |c| Key {
        code: ratatui::crossterm::event::KeyCode::Char(c),
        ctrl: false,
    };
    assert_eq!(keys.lookup(Mode::Browse, digit('3')), Some(Action::View(3)));
    assert_eq!(keys.lookup(Mode::Views, digit('9')), Some(Action::View(9)));
}
