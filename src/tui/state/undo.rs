//! Undoing the last change of the marks the user made (`r`, `R`, `m`, a
//! note): each change keeps what it replaced; undoing puts that back and
//! keeps what it replaced in turn, so undoing again redoes. Briefings the
//! clock marked read are not changes to undo: `r` makes one unread.

use super::{AppState, Effect};
use crate::marks::MarkSets;
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
    let marks = &mut state.marks;
    let replaced = match last.before {
        Before::Read { keys, read } => {
            for key in &keys {
                if read {
                    marks.read.insert(key.clone());
                } else {
                    marks.read.remove(key);
                }
            }
            Before::Read { keys, read: !read }
        }
        Before::Bookmark { key, on } => {
            if on {
                marks.bookmarks.insert(key.clone());
            } else {
                marks.bookmarks.remove(&key);
            }
            Before::Bookmark { key, on: !on }
        }
        Before::Note { key, text } => {
            let now = match text {
                Some(text) => marks.notes.insert(key.clone(), text),
                None => marks.notes.remove(&key),
            };
            Before::Note { key, text: now }
        }
    };
    let new = std::mem::replace(&mut state.marked.new, crate::store::DocSet::empty(0));
    state.marked = MarkSets {
        new,
        ..MarkSets::resolve(store, &state.marks, None)
    };
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
    Some(Effect::SaveMarks)
}

#[cfg(test)]
#[path = "undo_tests.rs"]
mod tests;
