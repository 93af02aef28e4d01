//! Undoing the last change of the marks the user made (`r`, `R`, `m`, a
//! note): each change keeps what it replaced; undoing puts that back and
//! keeps what it replaced in turn, so undoing again redoes. Briefings the
//! clock marked read are not changes to undo: `r` makes one unread.

use super::{AppState, Effect};
use crate::marks::Change;
use crate::store::Store;

/// The last change, and what it replaced.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Undo {
    /// The change as "undid …" names it, e.g. "marking 12 briefings read".
    pub what: String,
    pub before: Before,
    /// Whether the change is undone now (undoing again redoes it).
    pub undone: bool,
}

/// Marks as they were, by the briefings' keys in the marks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Before {
    /// These were all read, or all unread.
    Read {
        keys: Vec<String>,
        read: bool,
    },
    Bookmark {
        key: String,
        on: bool,
    },
    Note {
        key: String,
        text: Option<String>,
    },
}

impl Undo {
    pub fn of(what: impl Into<String>, before: Before) -> Undo {
        Undo {
            what: what.into(),
            before,
            undone: false,
        }
    }
}

/// Undoes the last change, or redoes it when it was just undone.
pub fn undo(state: &mut AppState, store: &Store) -> Option<Effect> {
    let Some(last) = state.undo.take() else {
        state.message = Some("no change of marks to undo".into());
        return None;
    };
    let (changes, replaced) = match last.before {
        Before::Read { keys, read } => {
            let changes = keys.iter().map(|k| Change::read(k.clone(), read)).collect();
            (changes, Before::Read { keys, read: !read })
        }
        Before::Bookmark { key, on } => (
            vec![Change::bookmark(key.clone(), on)],
            Before::Bookmark { key, on: !on },
        ),
        Before::Note { key, text } => {
            let now = state.marks.notes.get(&key).cloned();
            (
                vec![Change::note(key.clone(), text)],
                Before::Note { key, text: now },
            )
        }
    };
    let effect = super::changes::change(state, changes);
    super::changes::resolve_again(state, store);
    // A briefing made unread again stays so while it is shown, as after `r`.
    state.reading = None;
    state.kept_unread = state
        .selected_doc()
        .filter(|&doc| !state.marked.read.contains(doc));
    let verb = if last.undone { "redid" } else { "undid" };
    state.message = Some(format!("{verb} {}", last.what));
    state.undo = Some(Undo {
        what: last.what,
        before: replaced,
        undone: !last.undone,
    });
    Some(effect)
}

#[cfg(test)]
#[path = "undo_tests.rs"]
mod tests;
