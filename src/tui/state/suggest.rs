//! Did you mean, in the reader: the words suggested when the filter finds
//! nothing (derived from the store), and taking them.

use super::AppState;
use super::editor::LineEditor;
use super::filter::Target;
use crate::query;
use crate::store::Store;

/// When nothing is shown and the filter parses: the search's misspelt
/// words put right, else the query's.
pub fn derive(state: &mut AppState, store: &Store) {
    state.suggestion = None;
    if !state.shown.is_empty() || state.filter.error.is_some() {
        return;
    }
    state.suggestion = [Target::Search, Target::Query]
        .into_iter()
        .find_map(|t| query::suggest(store, state.filter.text(t)).map(|s| (t, s)));
}

/// The suggested text replaces its field's (as typed, when it is being
/// typed), and the filter runs again.
pub fn take(state: &mut AppState) {
    let Some((target, suggestion)) = state.suggestion.take() else {
        return;
    };
    match &mut state.filter.editing {
        Some((t, editor, _)) if *t == target => *editor = LineEditor::new(&suggestion.text),
        _ => *state.filter.field_mut(target) = suggestion.text,
    }
    state.filter_changed();
}

#[cfg(test)]
#[path = "suggest_tests.rs"]
mod tests;
