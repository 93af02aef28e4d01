//! Moving a cursor: steps among a count of entries, where the text of a
//! briefing just selected lands, and selecting a row of the list. A leaf
//! that the modules moving through the list, the text, the hits and the
//! overlays share.

use super::AppState;
use crate::tui::action::Action;

/// Where the text of a briefing just selected goes once it is laid out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Landing {
    /// On its first match of the search, or its last.
    Match { first: bool },
    /// On its first watchlist hit, or its last.
    Hit { first: bool },
}

#[derive(Debug, Clone, Copy)]
pub enum Step {
    Down(usize),
    Up(usize),
    Top,
    Bottom,
}

pub fn apply(at: usize, step: Step, last: usize) -> usize {
    match step {
        Step::Down(n) => at.saturating_add(n).min(last),
        Step::Up(n) => at.saturating_sub(n),
        Step::Top => 0,
        Step::Bottom => last,
    }
}

/// Moves the cursor `at` of an overlay's list of `count` entries as
/// `action` asks; false when `action` is not a move.
pub fn move_among(at: &mut usize, count: usize, action: Action) -> bool {
    let last = count.saturating_sub(1);
    let step = match action {
        Action::MoveDown => Step::Down(1),
        Action::MoveUp => Step::Up(1),
        Action::PageDown => Step::Down(10),
        Action::PageUp => Step::Up(10),
        Action::Top => Step::Top,
        Action::Bottom => Step::Bottom,
        _ => return false,
    };
    *at = apply(*at, step, last);
    true
}

/// Selects row `index` of the list, its text from the top: the analyst
/// moved the cursor onto it, so it is open (`opening`).
pub fn select(state: &mut AppState, index: usize) {
    if index != state.selected {
        state.selected = index;
        state.reset_detail();
    }
    state.opened = state.selected_doc();
}
