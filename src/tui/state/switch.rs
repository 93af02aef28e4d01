//! Moving the reader onto a store loaded again from the files: the filter,
//! the selected briefing (by id) and the place in its text stay.

use super::{AppState, Overlay, TagPicker, ViewPicker, WatchState};
use crate::marks::{MarkSets, Seen};
use crate::store::Store;

pub fn switch_store(
    state: &mut AppState,
    old: &Store,
    new: &Store,
    seen: Option<&Seen>,
    message: String,
) {
    let selected = state.selected_doc().map(|d| old.get(d).id.clone());
    let (row, row_on_screen) = (
        state.selected,
        state.selected.saturating_sub(state.list_offset),
    );
    let (anchor, scroll) = (state.detail.anchor.clone(), state.detail.scroll);
    // Positions of the old store mean nothing in the new one.
    state.detail.layout.key = None;
    state.watch = WatchState::new(new, state.watch.list.clone());
    state.marked = MarkSets::resolve(new, &state.marks, seen);
    // The wait to count as read starts again on the new store.
    state.reading = None;
    state.shown.clear();
    state.refresh(new);
    let found = selected
        .as_deref()
        .and_then(|id| new.find_id(id).ok().filter(|&d| new.get(d).id == id))
        .and_then(|d| state.shown.iter().position(|&s| s == d));
    match found {
        Some(index) => {
            state.selected = index;
            state.list_offset = index.saturating_sub(row_on_screen);
            state.detail.anchor = anchor;
            state.detail.scroll = scroll;
        }
        None => {
            state.selected = row.min(state.shown.len().saturating_sub(1));
            state.reset_detail();
        }
    }
    state.overlay = match std::mem::take(&mut state.overlay) {
        Overlay::Tags(old_picker) => {
            let mut picker = TagPicker::open(new, &state.filter, &state.query_context());
            picker.picked = old_picker.picked;
            picker.mode = old_picker.mode;
            picker.recount(new, &state.filter, &state.query_context());
            Overlay::Tags(picker)
        }
        Overlay::Views(old_picker) => Overlay::Views(ViewPicker {
            cursor: old_picker.cursor,
            ..ViewPicker::open(state, new)
        }),
        other => other,
    };
    state.sync(new);
    state.message = Some(message);
}

#[cfg(test)]
#[path = "switch_tests.rs"]
mod tests;
