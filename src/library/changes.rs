//! What a reload found, said in the status bar.

use rustc_hash::FxHashMap;

use crate::store::{DocId, Store};

/// What a reload found, counted by briefing.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Changes {
    pub new: usize,
    pub changed: usize,
    pub removed: usize,
    /// Now invalid, so shown as they last were.
    pub kept: usize,
}

impl Changes {
    /// What changed from `old` to `new`, told by briefing id: a briefing
    /// whose file was indexed again counts as changed.
    pub fn between(old: &Store, new: &Store) -> Changes {
        let ids = |s: &Store| -> FxHashMap<String, u64> {
            (0..s.len())
                .map(DocId::from_index)
                .map(|d| (s.id(d).to_string(), s.file(d).number))
                .collect()
        };
        let (before, after) = (ids(old), ids(new));
        let mut changes = Changes::default();
        for (id, number) in &after {
            match before.get(id) {
                None => changes.new += 1,
                Some(n) if n != number => changes.changed += 1,
                Some(_) => {}
            }
        }
        changes.removed = before.keys().filter(|id| !after.contains_key(*id)).count();
        changes
    }

    pub fn is_empty(&self) -> bool {
        *self == Changes::default()
    }

    /// "3 new, 1 changed, 2 removed, 1 invalid (last good version kept)".
    pub fn summary(&self) -> String {
        let parts = [
            (self.new, "new"),
            (self.changed, "changed"),
            (self.removed, "removed"),
            (self.kept, "invalid (last good version kept)"),
        ];
        let text: Vec<String> = parts
            .iter()
            .filter(|(n, _)| *n > 0)
            .map(|(n, what)| format!("{n} {what}"))
            .collect();
        if text.is_empty() {
            "reloaded: nothing changed".into()
        } else {
            text.join(", ")
        }
    }
}
