//! The reader's own marks on briefings: read or not, bookmarked, a note, and
//! which briefings were there when the last session ended. Kept by briefing
//! id in the user's state folder; briefing files are never written.

mod file;
mod seen;

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

pub use file::{Book, Opened, STATE_FILE, state_dir};
pub use seen::{SEEN_FILE, Seen};

use crate::store::{DocId, DocSet, Store};

/// What the user marked, by briefing id; the contents of `state.toml`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Marks {
    pub read: BTreeSet<String>,
    pub bookmarks: BTreeSet<String>,
    pub notes: BTreeMap<String, String>,
}

impl Marks {
    pub fn note(&self, id: &str) -> Option<&str> {
        self.notes.get(id).map(String::as_str)
    }
}

/// The marks as sets of store positions, for queries, the list and counts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MarkSets {
    pub read: DocSet,
    pub bookmarked: DocSet,
    pub noted: DocSet,
    /// Not among the briefings seen when the previous session ended.
    pub new: DocSet,
}

impl MarkSets {
    /// No marks: everything unread, nothing new.
    pub fn empty(n: usize) -> MarkSets {
        MarkSets {
            read: DocSet::empty(n),
            bookmarked: DocSet::empty(n),
            noted: DocSet::empty(n),
            new: DocSet::empty(n),
        }
    }

    /// Ids the store does not hold (a briefing deleted or renamed) are kept in
    /// `marks` but match nothing.
    pub fn resolve(store: &Store, marks: &Marks, seen: Option<&Seen>) -> MarkSets {
        let n = store.len();
        let set = |ids: &mut dyn Iterator<Item = &String>| {
            DocSet::from_ids(n, ids.filter_map(|id| doc_of(store, id)))
        };
        let new = match seen {
            Some(seen) => DocSet::from_ids(
                n,
                (0..n)
                    .map(DocId::from_index)
                    .filter(|&d| !seen.contains(store.id(d))),
            ),
            None => DocSet::empty(n),
        };
        MarkSets {
            read: set(&mut marks.read.iter()),
            bookmarked: set(&mut marks.bookmarks.iter()),
            noted: set(&mut marks.notes.keys()),
            new,
        }
    }
}

/// The briefing whose id is exactly `id`.
pub fn doc_of(store: &Store, id: &str) -> Option<DocId> {
    let lower = id.to_lowercase();
    store.ids_with_prefix(&lower).find(|&d| store.id(d) == id)
}

/// How many of `docs` are unread, bookmarked and new: a word at a time,
/// as the reader's status bar asks on every frame.
pub fn counts(sets: &MarkSets, docs: &DocSet) -> (usize, usize, usize) {
    (
        docs.count() - docs.count_common(&sets.read),
        docs.count_common(&sets.bookmarked),
        docs.count_common(&sets.new),
    )
}

#[cfg(test)]
mod tests;
