//! Asking for what only the event loop can do (the clipboard, the clips
//! file, a pager or an editor, saving the marks, suspending, reading
//! briefings whole): `update` hands back an `Effect`,
//! the loop carries it out and tells `update` what became of it.

use std::path::PathBuf;
use std::sync::Arc;

use super::clip::{self, Clip};
use super::{AppState, citation};
use crate::model::Briefing;
use crate::store::{DocId, Store};
use crate::tui::clipboard::{self, Delivery};
use crate::tui::layout::Focus;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Copy `text`; `what` it is, for the message that says where it went.
    Copy { text: String, what: String },
    /// Show the file in `$PAGER`, or open it in `$EDITOR`.
    Open { path: PathBuf, editor: bool },
    /// The marks (read, bookmarks, notes) changed: write the changes to the log.
    Record(Vec<crate::marks::Change>),
    /// Give the terminal back to the shell until `fg`.
    Suspend,
    /// Read these briefings whole (see `Bodies`).
    Read(Vec<DocId>),
    /// Add the clip `text`, `what` it is, to the clips file at `path`, with
    /// the time.
    KeepClip {
        path: PathBuf,
        text: String,
        what: String,
    },
}

/// What became of an effect, when the reader is to hear of it.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    /// The marks could not be written (they are kept and tried again).
    NotSaved(String),
    /// The pager or editor ended badly.
    Ended { program: String, status: String },
    /// The pager or editor could not be started.
    NotRun { program: String, error: String },
    /// Where a copy of `what` went.
    Copied { what: String, delivery: Delivery },
    /// The briefings asked for, whole.
    Read(Vec<(DocId, Arc<Briefing>)>),
    /// The clip was added to the clips file at `path`, or not, for `error`.
    Kept {
        path: PathBuf,
        error: Option<String>,
    },
}

/// The status bar tells what went wrong, or where a copy went.
pub fn heard(state: &mut AppState, outcome: Outcome) {
    state.message = Some(match outcome {
        Outcome::NotSaved(error) => {
            format!("marks not saved ({error}): kept, tried again, rescued on quit")
        }
        Outcome::Ended { program, status } => format!("{program} ended with {status}"),
        Outcome::NotRun { program, error } => format!("cannot run {program}: {error}"),
        Outcome::Copied { what, delivery } => {
            let offer = (!delivery.confirmed()).then(|| clip::offer(state));
            copied(&what, delivery, offer)
        }
        Outcome::Kept { path, error } => clip::kept(state, path, error),
        Outcome::Read(read) => {
            arrived(state, read);
            return;
        }
    });
}

/// Where the copy went, in at most three rows of the status bar at 80
/// columns; where it may not have landed, with the `offer` of the clip.
fn copied(what: &str, delivery: Delivery, offer: Option<String>) -> String {
    let said = match delivery {
        Delivery::Terminal => {
            format!("sent {what} to the terminal's clipboard (OSC 52); cannot confirm it landed")
        }
        Delivery::TmuxBuffer { forwarded: true } => format!(
            "put {what} in the tmux buffer, which tmux sends on to your clipboard; \
             cannot confirm it landed"
        ),
        Delivery::TmuxBuffer { forwarded: false } => format!(
            "put {what} in the tmux buffer only; `set -g set-clipboard external` \
             in tmux.conf sends it on to your clipboard"
        ),
        Delivery::TmuxFailed(error) => format!(
            "tmux load-buffer failed ({error}); {what} went out as OSC 52 only, \
             which cannot be confirmed"
        ),
        Delivery::Command(command) => format!("copied {what} with {command}"),
        Delivery::CommandFailed { command, error } => {
            format!("{command} failed: {error}; {what} not copied")
        }
    };
    match offer {
        Some(offer) => format!("{said}: {offer}"),
        None => said,
    }
}

/// Whole briefings the loop read: what was laid out or counted from their
/// heads is done again.
fn arrived(state: &mut AppState, read: Vec<(DocId, Arc<Briefing>)>) {
    for (doc, _) in &read {
        if state.detail.layout.key.is_some_and(|(d, _)| d == *doc) {
            state.detail.layout.key = None;
        }
        state.watch.forget(*doc);
    }
    state.bodies.hand_in(read);
}

/// `y`: the quote in hand (the quote pane's cursor, or one jumped to with
/// `]`/`[`), else the whole briefing, with its citation.
pub fn copy_citation(state: &mut AppState, store: &Store) -> Option<Effect> {
    let Some(doc) = state.selected_doc() else {
        state.message = Some("nothing to copy".into());
        return None;
    };
    let b = state.bodies.of(store, doc);
    let quote = match state.focus {
        Focus::Quotes => Some(state.quote_cursor),
        _ => state.detail.marked_quote,
    };
    let (text, what) = match quote.and_then(|i| b.quotes.get(i)) {
        Some(q) => (citation::quote(b, q), "the quote and its citation"),
        None => (citation::briefing(b), "the briefing and its citation"),
    };
    copy(state, text, what)
}

/// `Y`: the briefing's file path.
pub fn copy_path(state: &mut AppState, store: &Store) -> Option<Effect> {
    let Some(doc) = state.selected_doc() else {
        state.message = Some("nothing to copy".into());
        return None;
    };
    let path = store.path(doc).to_string_lossy().into_owned();
    copy(state, path, "the path")
}

fn copy(state: &mut AppState, text: String, what: &str) -> Option<Effect> {
    if text.len() > clipboard::MAX_BYTES {
        state.message = Some(format!(
            "too long to copy through the terminal ({} kB); open it with o or e instead",
            text.len() / 1000
        ));
        return None;
    }
    state.clip = Some(Clip {
        text: text.clone(),
        what: what.to_owned(),
        kept: false,
    });
    // The message waits for the outcome: only then is it known where the text went.
    Some(Effect::Copy {
        text,
        what: what.to_owned(),
    })
}

/// `o` / `e`: the selected briefing's file in the pager or the editor.
pub fn open(state: &AppState, store: &Store, editor: bool) -> Option<Effect> {
    let doc = state.selected_doc()?;
    let path = store.path(doc).to_path_buf();
    Some(Effect::Open { path, editor })
}

#[cfg(test)]
#[path = "outside_tests.rs"]
mod tests;
