//! Moving the reader onto a store loaded again from the files: the filter,
//! the selected briefing (by id) and the place in its text stay.

use super::derive::Keep;
use super::{AppState, Overlay, SpeakerPicker, ViewPicker, WatchState};
use crate::library::Changes;
use crate::marks::{LastSeen, MarkSets};
use crate::store::Store;

/// Re-resolves what the state holds by position on `new`; `derive` then
/// runs the list on it, keeping the briefing selected on `old`.
pub fn switch_store(
    state: &mut AppState,
    old: &Store,
    new: &Store,
    seen: Option<&LastSeen>,
    changes: &Changes,
) {
    // By its date first; a briefing whose date changed by its id, which
    // sorts every id of the new store once.
    let doc = state.selected_doc().and_then(|d| {
        let id = old.id(d);
        (new.find_dated(old.date(d), id)).or_else(|| new.exact_id(id))
    });
    // The briefing open stays open if the reload keeps it selected.
    let open = state.opened.is_some() && state.opened == state.selected_doc();
    state.opened = doc.filter(|_| open);
    state.relist = Some(Keep::Carried {
        doc,
        row: state.selected,
        row_on_screen: state.selected.saturating_sub(state.list_offset),
        anchor: state.detail.anchor.clone(),
        scroll: state.detail.scroll,
    });
    // Positions of the old store mean nothing in the new one.
    state.detail.layout.key = None;
    state.bodies.clear();
    state.shown.clear();
    state.reset_detail();
    state.watch = WatchState::new(new, state.watch.list.clone());
    state.marked = MarkSets::resolve(new, &state.marks, seen);
    // The wait to count as read starts again on the new store.
    state.reading = None;
    state.kept_unread = None;
    state.overlay = match std::mem::take(&mut state.overlay) {
        Overlay::Tags(old_picker) => {
            Overlay::Tags(old_picker.reopen(new, &state.filter, &state.query_context()))
        }
        Overlay::Views(old_picker) => Overlay::Views(ViewPicker {
            cursor: old_picker.cursor,
            ..ViewPicker::open(state, new)
        }),
        Overlay::Speakers(old_picker) => {
            let mut picker = SpeakerPicker::open(state, new, old_picker.list.search);
            let last = picker.list.shown.len().saturating_sub(1);
            picker.list.cursor = old_picker.list.cursor.min(last);
            Overlay::Speakers(picker)
        }
        other => other,
    };
    // The whole archive in place of its newest briefings is no change: what
    // was said (that the files are being checked) stands.
    if old.preview_of().is_none() {
        state.message = Some(changes.summary());
    }
}

#[cfg(test)]
#[path = "switch_tests.rs"]
mod tests;
