//! Which briefing the analyst has open: the one they put in the detail pane
//! by moving the cursor onto it (`cursor::select`), by opening it (Enter, a
//! pane of its own, zen), or by submitting the search or the query (a view,
//! the tags picked) whose result it is. Only that one counts as read by the
//! clock (`marking`), and only while no line is being typed. A briefing
//! merely shown, the first one at start or one the list put under the
//! cursor while a search was typed, is not open.

use super::filter::{Filter, TagMode};
use super::{AppState, Input, Overlay};
use crate::store::DocId;
use crate::tui::action::Action;
use crate::tui::layout::Focus;

/// Nothing over the panes and no line being typed: not a search, a query,
/// a note or an answer to a question (the overlays have lines of their own).
pub fn browsing(state: &AppState) -> bool {
    state.overlay == Overlay::None
        && state.note.is_none()
        && state.confirm.is_none()
        && state.filter.editing.is_none()
}

/// The briefing's text alone on the screen: zen, or the detail as the one
/// pane a narrow terminal shows.
fn alone(state: &AppState) -> bool {
    let areas = state.areas();
    areas.detail.is_some() && areas.list.is_none()
}

/// The analyst's eyes on the text rather than the list.
fn focused(state: &AppState) -> bool {
    state.zen || state.focus != Focus::List
}

/// The filter as kept, not as being typed: query, search, tags and mode.
type Kept = (String, String, Vec<String>, TagMode);

fn kept(f: &Filter) -> Kept {
    (
        f.query.clone(),
        f.search.clone(),
        f.tags.clone(),
        f.tag_mode,
    )
}

/// The reader as one of the analyst's inputs (a key, the mouse) found it,
/// to tell afterwards what the input chose.
pub struct Before {
    doc: Option<DocId>,
    scroll: usize,
    browsing: bool,
    focused: bool,
    alone: bool,
    filter: Kept,
    /// Enter on the search or the query being typed.
    submits: bool,
}

impl Before {
    /// `None` for what is not the analyst's doing: the clock, a resize, a
    /// reload, an effect's outcome.
    pub fn of(state: &AppState, input: &Input) -> Option<Before> {
        let submits = match input {
            Input::Action(action) => *action == Action::Submit && state.filter.editing.is_some(),
            Input::Wheel { .. } | Input::Click { .. } => false,
            _ => return None,
        };
        Some(Before {
            doc: state.selected_doc(),
            scroll: state.detail.scroll,
            browsing: browsing(state),
            focused: focused(state),
            alone: alone(state),
            filter: kept(&state.filter),
            submits,
        })
    }
}

/// After the input, with the list and the layout derived: the selected
/// briefing becomes the one open if the input scrolled its text, turned
/// the eyes to it, or submitted the filter it is the result of (the cursor
/// moved onto it is open already). True when it is to be read at once:
/// its text scrolled, or shown alone, by zen or by a move while alone.
pub fn chosen(state: &mut AppState, before: Before) -> bool {
    if !browsing(state) {
        return false;
    }
    let doc = state.selected_doc();
    let submitted = before.submits || kept(&state.filter) != before.filter;
    let moved = doc != before.doc && !submitted;
    let scrolled = before.browsing && doc == before.doc && state.detail.scroll != before.scroll;
    let looked = before.browsing && focused(state) && !before.focused;
    if scrolled || looked || submitted {
        state.opened = doc;
    }
    scrolled || (alone(state) && (moved || !before.alone))
}

#[cfg(test)]
#[path = "opening_tests.rs"]
mod tests;
