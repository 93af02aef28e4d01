//! Asking for what only the event loop can do (the clipboard, a pager or an
//! editor): `update` records an `Effect`, the loop carries it out.

use std::path::PathBuf;

use super::{AppState, citation};
use crate::store::Store;
use crate::tui::clipboard;
use crate::tui::layout::Focus;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Put this text on the terminal's clipboard (OSC 52).
    Copy(String),
    /// Show the file in `$PAGER`, or open it in `$EDITOR`.
    Open { path: PathBuf, editor: bool },
    /// The marks (read, bookmarks, notes) changed: write them to the state file.
    SaveMarks,
}

/// `y`: the quote in hand (the quote pane's cursor, or one jumped to with
/// `]`/`[`), else the whole briefing, with its citation.
pub fn copy_citation(state: &mut AppState, store: &Store) {
    let Some(doc) = state.selected_doc() else {
        state.message = Some("nothing to copy".into());
        return;
    };
    let b = store.get(doc);
    let quote = match state.focus {
        Focus::Quotes => Some(state.quote_cursor),
        _ => state.detail.marked_quote,
    };
    let (text, what) = match quote.and_then(|i| b.quotes.get(i)) {
        Some(q) => (citation::quote(b, q), "the quote and its citation"),
        None => (citation::briefing(b), "the briefing and its citation"),
    };
    copy(state, text, what);
}

/// `Y`: the briefing's file path.
pub fn copy_path(state: &mut AppState, store: &Store) {
    match state.selected_doc() {
        Some(doc) => {
            let path = store.get(doc).path.to_string_lossy().into_owned();
            copy(state, path, "the path");
        }
        None => state.message = Some("nothing to copy".into()),
    }
}

fn copy(state: &mut AppState, text: String, what: &str) {
    if text.len() > clipboard::MAX_BYTES {
        state.message = Some(format!(
            "too long to copy through the terminal ({} kB); open it with o or e instead",
            text.len() / 1000
        ));
        return;
    }
    state.effects.push(Effect::Copy(text));
    state.message = Some(format!(
        "copied {what} (the terminal must allow OSC 52 clipboard access)"
    ));
}

/// `o` / `e`: the selected briefing's file in the pager or the editor.
pub fn open(state: &mut AppState, store: &Store, editor: bool) {
    if let Some(doc) = state.selected_doc() {
        let path = store.get(doc).path.clone();
        state.effects.push(Effect::Open { path, editor });
    }
}

#[cfg(test)]
#[path = "outside_tests.rs"]
mod tests;
