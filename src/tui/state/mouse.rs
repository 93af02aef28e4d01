//! The mouse, when it is on: the wheel scrolls the pane under the pointer,
//! a click focuses a pane and selects the list row clicked.

use ratatui::layout::{Position, Rect};

use super::cursor::{self, Step};
use super::navigate;
use super::{AppState, Overlay};
use crate::tui::layout::Focus;

/// Lines one wheel notch scrolls.
const WHEEL_LINES: usize = 3;

fn pane_at(state: &AppState, column: u16, row: u16) -> Option<(Focus, Rect)> {
    let areas = state.areas();
    let at = Position::new(column, row);
    [
        (Focus::List, areas.list),
        (Focus::Detail, areas.detail),
        (Focus::Quotes, areas.quotes),
    ]
    .into_iter()
    .find_map(|(focus, rect)| rect.filter(|r| r.contains(at)).map(|r| (focus, r)))
}

pub fn wheel(state: &mut AppState, down: bool, column: u16, row: u16) {
    if state.overlay != Overlay::None || state.filter.editing.is_some() {
        return;
    }
    let Some((pane, _)) = pane_at(state, column, row) else {
        return;
    };
    let before = state.focus;
    state.focus = pane;
    let lines = if pane == Focus::List { 1 } else { WHEEL_LINES };
    navigate::step(
        state,
        if down {
            Step::Down(lines)
        } else {
            Step::Up(lines)
        },
    );
    state.focus = before;
}

pub fn click(state: &mut AppState, column: u16, row: u16) {
    if state.overlay != Overlay::None || state.filter.editing.is_some() {
        return;
    }
    let Some((pane, rect)) = pane_at(state, column, row) else {
        return;
    };
    state.focus = pane;
    // Rows inside the border.
    let line = usize::from(row.saturating_sub(rect.y + 1));
    match pane {
        Focus::List if line < rect.height.saturating_sub(2).into() => {
            let index = state.list_offset + line;
            if index < state.shown.len() {
                cursor::select(state, index);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use crate::tui::layout::Focus;
    use crate::tui::state::{AppState, Input, update};
    use crate::tui::testing;

    #[test]
    fn a_click_selects_the_row_and_the_wheel_scrolls_the_pane_under_it() {
        let store = testing::store();
        let mut s = AppState::new(&store, testing::today(), (120, 40));
        let list = s.areas().list.unwrap();
        let detail = s.areas().detail.unwrap();
        // The fourth row inside the list's border.
        update(
            &mut s,
            &store,
            Input::Click {
                column: list.x + 3,
                row: list.y + 4,
            },
        );
        assert_eq!(s.selected, 3);
        assert_eq!(store.whole(s.selected_doc().unwrap()).unwrap().id, "delta");
        update(
            &mut s,
            &store,
            Input::Wheel {
                down: true,
                column: detail.x + 5,
                row: detail.y + 5,
            },
        );
        assert_eq!(s.detail.scroll, 3);
        assert_eq!(
            s.focus,
            Focus::List,
            "the wheel scrolls without taking the focus"
        );
        update(
            &mut s,
            &store,
            Input::Wheel {
                down: true,
                column: list.x + 1,
                row: list.y + 1,
            },
        );
        assert_eq!(s.selected, 4);
        update(
            &mut s,
            &store,
            Input::Click {
                column: detail.x + 2,
                row: detail.y + 2,
            },
        );
        assert_eq!(s.focus, Focus::Detail);
        update(
            &mut s,
            &store,
            Input::Click {
                column: list.x + 3,
                row: list.y + 30,
            },
        );
        assert_eq!(s.selected, 4, "a click below the last row selects nothing");
    }
}
