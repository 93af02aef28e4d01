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

/// Marks as they were, by briefing id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Before {
    /// These were all read, or all unread.
    Read {
        ids: Vec<String>,
        read: bool,
    },
    Bookmark {
        id: String,
        on: bool,
    },
    Note {
        id: String,
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
        Before::Read { ids, read } => {
            for id in &ids {
                if read {
                    marks.read.insert(id.clone());
                } else {
                    marks.read.remove(id);
                }
            }
            Before::Read { ids, read: !read }
        }
        Before::Bookmark { id, on } => {
            if on {
                marks.bookmarks.insert(id.clone());
            } else {
                marks.bookmarks.remove(&id);
            }
            Before::Bookmark { id, on: !on }
        }
        Before::Note { id, text } => {
            let now = match text {
                Some(text) => marks.notes.insert(id.clone(), text),
                None => marks.notes.remove(&id),
            };
            Before::Note { id, text: now }
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
