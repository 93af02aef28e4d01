//! The page sizes `update` works with agree with the panes drawn, at every
//! layout, and a resize keeps the selection in view.

use crate::tui::action::Action;
use crate::tui::layout::inner;
use crate::tui::state::Input;
use crate::tui::testing::{run, setup};

const SIZES: [(u16, u16); 7] = [
    (50, 20),
    (80, 24),
    (100, 15),
    (100, 30),
    (120, 40),
    (160, 40),
    (200, 50),
];

#[test]
fn page_sizes_match_the_panes_drawn() {
    let steps: [&[Action]; 4] = [
        &[],
        &[Action::Open],
        &[Action::ToggleQuotes, Action::FocusPrev],
        &[Action::Zen],
    ];
    for (w, h) in SIZES {
        for actions in steps {
            let (store, mut s) = setup(w, h);
            run(&mut s, &store, actions);
            let areas = s.areas();
            if let Some(list) = areas.list {
                assert_eq!(s.list_height(), usize::from(inner(list).height));
            }
            if let Some(text) = areas.text() {
                let size = (usize::from(text.height), usize::from(text.width));
                assert_eq!(s.detail_size(), size, "{w}x{h} {actions:?}");
            }
        }
    }
}

#[test]
fn resizing_keeps_the_selection_in_view() {
    let (store, mut s) = setup(200, 50);
    run(&mut s, &store, &[Action::MoveDown; 4]);
    let selected = s.selected_doc();
    for (w, h) in SIZES.into_iter().rev().chain(SIZES).chain([(20, 6)]) {
        for focus in [Action::Back, Action::Open] {
            run(&mut s, &store, &[Input::Resize(w, h), focus.into()]);
            assert_eq!(s.selected_doc(), selected, "{w}x{h}");
            let rows = s.list_offset..s.list_offset + s.list_height();
            if s.areas().list.is_some() {
                assert!(rows.contains(&s.selected), "{w}x{h}: {rows:?}");
            }
        }
    }
}

#[test]
fn a_resize_through_too_small_keeps_the_focus() {
    let (store, mut state) = setup(80, 24);
    run(&mut state, &store, &[Action::Open]);
    assert_eq!(state.focus, crate::tui::layout::Focus::Detail);
    let rows = state.detail_size().0;
    run(
        &mut state,
        &store,
        &[Input::Resize(10, 3), Input::Resize(80, 24)],
    );
    assert_eq!(state.focus, crate::tui::layout::Focus::Detail);
    assert_eq!(state.detail_size().0, rows, "the list stays small");
}
