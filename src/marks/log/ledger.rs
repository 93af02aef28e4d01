//! The marks as the merge of a log's entries: for each briefing and kind of
//! mark the entry with the latest stamp wins, and every version of a note
//! is kept. Adding an entry twice, or entries in any order, gives the same
//! marks, so logs can be merged between readers and hosts without loss.

use std::collections::{BTreeMap, HashMap};

use super::entry::{Entry, Kind, Mark};
use crate::marks::Marks;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Ledger {
    /// The winning entry for each briefing's path and kind of mark.
    last: HashMap<(String, Kind), Entry>,
    /// Every version of every note, by the entry's identity.
    notes: BTreeMap<(String, u64), Entry>,
}

impl Ledger {
    /// Adds `entry`; says whether the marks changed.
    pub fn add(&mut self, entry: Entry) -> bool {
        if let Mark::Note { .. } = entry.mark {
            let id = (entry.by.clone(), entry.n);
            self.notes.entry(id).or_insert_with(|| entry.clone());
        }
        let key = (entry.path.clone(), entry.mark.kind());
        let before = self.last.get(&key);
        if before.is_some_and(|old| old.stamp() >= entry.stamp()) {
            return false;
        }
        let changed = before.map_or_else(|| !is_default(&entry.mark), |old| old.mark != entry.mark);
        self.last.insert(key, entry);
        changed
    }

    /// Whether adding `entry` would change nothing: it is held, or it
    /// lost to a later change.
    pub fn holds(&self, entry: &Entry) -> bool {
        if let Mark::Note { .. } = entry.mark {
            return self.notes.contains_key(&(entry.by.clone(), entry.n));
        }
        let key = (entry.path.clone(), entry.mark.kind());
        self.last
            .get(&key)
            .is_some_and(|old| old.stamp() >= entry.stamp())
    }

    /// The marks now, by path below the archive's root.
    pub fn marks(&self) -> Marks {
        let mut marks = Marks::default();
        self.marks_into(None, &mut marks);
        marks
    }

    /// Adds the marks now to `marks`, each key the path below the root,
    /// after `archive` and a `/` when given: one string made per mark, as a
    /// reader opens a hundred thousand of them.
    pub fn marks_into(&self, archive: Option<&str>, marks: &mut Marks) {
        let key = |path: &str| match archive {
            Some(id) => format!("{id}/{path}"),
            None => path.to_string(),
        };
        for ((path, _), entry) in &self.last {
            match &entry.mark {
                Mark::Read { on: true } => {
                    marks.read.insert(key(path));
                }
                Mark::Bookmark { on: true } => {
                    marks.bookmarks.insert(key(path));
                }
                Mark::Note { text: Some(text) } => {
                    marks.notes.insert(key(path), text.clone());
                }
                _ => {}
            }
        }
    }

    /// What a compacted log keeps: the winning changes and every version
    /// of every note, oldest first.
    pub fn kept(&self) -> Vec<&Entry> {
        let mut kept: Vec<&Entry> = (self.last.values())
            .filter(|e| e.mark.kind() != Kind::Note)
            .chain(self.notes.values())
            .collect();
        kept.sort_by(|a, b| a.stamp().cmp(&b.stamp()));
        kept
    }
}

/// A change to what a briefing has when it was never marked.
fn is_default(mark: &Mark) -> bool {
    matches!(
        mark,
        Mark::Read { on: false } | Mark::Bookmark { on: false } | Mark::Note { text: None }
    )
}

#[cfg(test)]
#[path = "ledger_tests.rs"]
mod tests;
