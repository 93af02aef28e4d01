//! A change of one briefing's marks, as the reader and the commands make
//! it: the loop stamps it with the time and writes it to the log.

use super::Marks;
use super::log::Mark;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    /// The briefing's key (see `Marks::key`).
    pub key: String,
    pub mark: Mark,
}

impl Change {
    pub fn read(key: String, on: bool) -> Change {
        Change {
            key,
            mark: Mark::Read { on },
        }
    }

    pub fn bookmark(key: String, on: bool) -> Change {
        Change {
            key,
            mark: Mark::Bookmark { on },
        }
    }

    pub fn note(key: String, text: Option<String>) -> Change {
        Change {
            key,
            mark: Mark::Note { text },
        }
    }

    /// The changes that turn `from` into `to`.
    pub fn between(from: &Marks, to: &Marks) -> Vec<Change> {
        let mut changes = Vec::new();
        let sets = [
            (
                &from.read,
                &to.read,
                Change::read as fn(String, bool) -> Change,
            ),
            (&from.bookmarks, &to.bookmarks, Change::bookmark),
        ];
        for (before, after, change) in sets {
            changes.extend(after.difference(before).map(|k| change(k.clone(), true)));
            changes.extend(before.difference(after).map(|k| change(k.clone(), false)));
        }
        for (key, text) in &to.notes {
            if from.notes.get(key) != Some(text) {
                changes.push(Change::note(key.clone(), Some(text.clone())));
            }
        }
        for key in from.notes.keys().filter(|k| !to.notes.contains_key(*k)) {
            changes.push(Change::note(key.clone(), None));
        }
        changes
    }
}

impl Marks {
    /// Makes `change` in these marks.
    pub fn apply(&mut self, change: &Change) {
        let key = change.key.clone();
        match &change.mark {
            Mark::Read { on: true } => drop(self.read.insert(key)),
            Mark::Read { on: false } => drop(self.read.remove(&key)),
            Mark::Bookmark { on: true } => drop(self.bookmarks.insert(key)),
            Mark::Bookmark { on: false } => drop(self.bookmarks.remove(&key)),
            Mark::Note { text: Some(text) } => drop(self.notes.insert(key, text.clone())),
            Mark::Note { text: None } => drop(self.notes.remove(&key)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_changes_between_two_marks_make_one_the_other() {
        let mut from = Marks::default();
        from.read.extend(["a".to_string(), "b".into()]);
        from.notes.insert("a".into(), "old".into());
        from.notes.insert("c".into(), "gone".into());
        let mut to = Marks::default();
        to.read.insert("b".into());
        to.bookmarks.insert("c".into());
        to.notes.insert("a".into(), "new".into());
        let changes = Change::between(&from, &to);
        assert_eq!(changes.len(), 4, "{changes:?}");
        let mut made = from.clone();
        changes.iter().for_each(|c| made.apply(c));
        assert_eq!(made, to);
        assert!(Change::between(&to, &to).is_empty());
    }
}
