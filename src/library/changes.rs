//! What a reload found, said in the status bar.

use rustc_hash::FxHashMap;

use crate::store::{DocId, Store};
use crate::text::plural;

/// What a reload found, counted by briefing.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Changes {
    pub new: usize,
    pub changed: usize,
    pub removed: usize,
    /// Now invalid, so shown as they last were.
    pub kept: usize,
    /// The files the walk compared, when this reload was the check of a
    /// store opened from the index cache without one.
    pub checked: Option<usize>,
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
        self.new + self.changed + self.removed + self.kept == 0
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
        let text = match text.is_empty() {
            true => "nothing changed".to_string(),
            false => text.join(", "),
        };
        match self.checked {
            Some(files) => format!("checked {}: {text}", plural(files, "file")),
            None if self.is_empty() => format!("reloaded: {text}"),
            None => text,
        }
    }
}
