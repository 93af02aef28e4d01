//! Saved views: named queries from the configuration, picked with `v` or
//! reached with the digits 1 to 9.

use super::{AppState, Overlay};
use crate::config::View;
use crate::store::Store;
use crate::tui::action::Action;

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ViewPicker {
    pub cursor: usize,
    /// Briefings each view matches, counted when the picker opened.
    pub counts: Vec<usize>,
}

impl ViewPicker {
    pub fn open(state: &AppState, store: &Store) -> ViewPicker {
        let counts = state.views.iter().map(|v| count(state, store, v)).collect();
        ViewPicker { cursor: 0, counts }
    }
}

/// The briefings `view` shows.
fn count(state: &AppState, store: &Store, view: &View) -> usize {
    match crate::query::parse(&view.query) {
        Ok(q) => crate::query::evaluate_with(store, &q, &state.query_context()).count(),
        Err(_) => 0,
    }
}

/// Shows the briefings of view `number` (1-based): its query becomes the
/// filter, replacing the search and the picked tags.
pub fn apply(state: &mut AppState, store: &Store, number: usize) {
    let Some(view) = number
        .checked_sub(1)
        .and_then(|i| state.views.get(i))
        .cloned()
    else {
        state.message = Some(match state.views.len() {
            0 => "no saved views: add them under [views] in the configuration".into(),
            n => format!("no view {number}: there are {n}"),
        });
        return;
    };
    state.overlay = Overlay::None;
    state.filter.query = view.query.clone();
    state.filter.search.clear();
    state.filter.tags.clear();
    state.filter_changed();
    let shown = count(state, store, &view);
    state.message = Some(format!(
        "view {}: {}",
        view.name,
        crate::text::plural(shown, "briefing")
    ));
}

pub fn picker_action(state: &mut AppState, store: &Store, action: Action) {
    let Overlay::Views(picker) = &mut state.overlay else {
        return;
    };
    if super::cursor::move_among(&mut picker.cursor, state.views.len(), action) {
        return;
    }
    match action {
        Action::Submit => {
            let number = picker.cursor + 1;
            apply(state, store, number);
        }
        Action::View(n) => apply(state, store, usize::from(n)),
        Action::Cancel => state.overlay = Overlay::None,
        _ => {}
    }
}

#[cfg(test)]
#[path = "views_tests.rs"]
mod tests;
