//! The reader's own marks on briefings: read or not, bookmarked, a note, and
//! which briefings were there when the last session ended. Kept per archive
//! (`archives`, `identity`), by the briefing's path below the archive's
//! root, in the user's state folder; briefing files are never written.

mod archives;
mod book;
mod change;
mod file;
mod identity;
pub mod log;
mod migrate;
mod places;
mod registry;
mod seen;
mod upgrade;
mod writer;

use std::collections::{BTreeMap, BTreeSet};

use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};

pub use archives::{Archives, LastSeen, Place};
pub use book::{Book, Opened, shelf_dir};
pub use change::Change;
pub use file::{STATE_FILE, state_dir};
pub use identity::IDENTITY_FILE;
pub use migrate::MIGRATED;
pub use registry::REGISTRY_FILE;
pub use seen::{SEEN_FILE, Seen};
pub use writer::host;

use crate::store::{DocId, DocSet, Store};

/// What the user marked, by key (see `Archives::key`): the merge of each
/// archive's log (see `log`), whose entries name the path below its root.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Marks {
    pub read: BTreeSet<String>,
    pub bookmarks: BTreeSet<String>,
    pub notes: BTreeMap<String, String>,
    /// The archives opened, which turn a briefing into its key.
    #[serde(skip)]
    pub archives: Archives,
}

impl Marks {
    pub fn note(&self, key: &str) -> Option<&str> {
        self.notes.get(key).map(String::as_str)
    }

    /// The key `doc`'s marks are kept under: every place that marks a
    /// briefing asks this.
    pub fn key(&self, store: &Store, doc: DocId) -> String {
        self.archives.key(store, doc)
    }

    /// Archive `id`'s marks, keyed by path below its root.
    pub fn of_archive(&self, id: &str) -> Marks {
        let prefix = format!("{id}/");
        let strip = |key: &String| key.strip_prefix(&prefix).map(str::to_string);
        Marks {
            read: self.read.iter().filter_map(strip).collect(),
            bookmarks: self.bookmarks.iter().filter_map(strip).collect(),
            notes: (self.notes.iter())
                .filter_map(|(k, v)| Some((strip(k)?, v.clone())))
                .collect(),
            archives: Archives::default(),
        }
    }

    /// Adds archive `id`'s marks, as read from its file.
    pub fn add_archive(&mut self, id: &str, marks: Marks) {
        let key = |rel: String| archives::key_in(id, &rel);
        self.read.extend(marks.read.into_iter().map(key));
        self.bookmarks.extend(marks.bookmarks.into_iter().map(key));
        (self.notes).extend(marks.notes.into_iter().map(|(k, v)| (key(k), v)));
    }
}

const READ: u8 = 1;
const BOOKMARKED: u8 = 2;
const NOTED: u8 = 4;

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

    /// Keys the store does not hold (a briefing deleted or renamed) are
    /// kept in `marks` but match nothing. `seen` decides what is new.
    pub fn resolve(store: &Store, marks: &Marks, seen: Option<&LastSeen>) -> MarkSets {
        let mut sets = MarkSets::empty(store.len());
        // Each key marked, with its marks (`READ`, `BOOKMARKED`, `NOTED`).
        let mut marked: FxHashMap<&str, u8> = FxHashMap::default();
        for (key, kind) in (marks.read.iter().map(|k| (k, READ)))
            .chain(marks.bookmarks.iter().map(|k| (k, BOOKMARKED)))
            .chain(marks.notes.keys().map(|k| (k, NOTED)))
        {
            *marked.entry(key.as_str()).or_default() |= kind;
        }
        // Per archive seen before, each briefing's hash there.
        let mut hashed: BTreeMap<&str, Vec<(DocId, u64)>> = BTreeMap::new();
        let mut key = String::new();
        for doc in (0..store.len()).map(DocId::from_index) {
            let Some(archive) = marks.archives.key_into(store.path(doc), &mut key) else {
                sets.mark(marked.get(store.id(doc)), doc);
                continue;
            };
            sets.mark(marked.get(key.as_str()), doc);
            if seen.is_some_and(|s| s.get(archive).is_some()) {
                let rel = &key[archive.len() + 1..];
                hashed
                    .entry(archive)
                    .or_default()
                    .push((doc, seen::hash(rel)));
            }
        }
        for (archive, docs) in hashed {
            let unseen = seen
                .and_then(|s| s.get(archive))
                .map(|s| s.unseen(docs.into_iter()));
            unseen
                .into_iter()
                .flatten()
                .for_each(|doc| sets.new.insert(doc));
        }
        sets
    }

    /// Puts `doc` in the sets of its `marks`, if any.
    fn mark(&mut self, marks: Option<&u8>, doc: DocId) {
        let Some(&marks) = marks else {
            return;
        };
        let sets = [
            (READ, &mut self.read),
            (BOOKMARKED, &mut self.bookmarked),
            (NOTED, &mut self.noted),
        ];
        for (kind, set) in sets {
            if marks & kind != 0 {
                set.insert(doc);
            }
        }
    }
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
