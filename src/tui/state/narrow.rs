//! A list narrowed as you type: the entries whose name matches the text
//! typed, with a cursor among them. The tag picker and the speakers overlay
//! both narrow this way, so they match alike.

use super::editor::LineEditor;
use crate::tui::action::Action;

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct NarrowedList {
    /// What is typed to narrow the list.
    pub search: LineEditor,
    /// The entries listed, as places in the whole list: those whose name
    /// starts with the text typed, then those with a word starting with
    /// it, then those containing it, each in the whole list's order.
    pub shown: Vec<usize>,
    /// A place in `shown`.
    pub cursor: usize,
}

impl NarrowedList {
    /// Every one of `names` listed, or those matching `search`.
    pub fn new<S: AsRef<str>>(names: &[S], search: LineEditor) -> NarrowedList {
        let mut list = NarrowedList {
            search,
            ..NarrowedList::default()
        };
        list.narrow(names);
        list
    }

    /// Lists the names matching the text typed and puts the cursor on the first.
    pub fn narrow<S: AsRef<str>>(&mut self, names: &[S]) {
        let needle = self.search.text().to_lowercase();
        let mut ranked: Vec<(u8, usize)> = (names.iter().enumerate())
            .filter_map(|(i, name)| rank(&name.as_ref().to_lowercase(), &needle).map(|r| (r, i)))
            .collect();
        ranked.sort_unstable();
        self.shown = ranked.into_iter().map(|(_, i)| i).collect();
        self.cursor = 0;
    }

    /// The entry under the cursor, as a place in the whole list.
    pub fn current(&self) -> Option<usize> {
        self.shown.get(self.cursor).copied()
    }

    /// Moves the cursor, or edits the text typed and narrows `names` again;
    /// false when `action` is neither.
    pub fn act<S: AsRef<str>>(&mut self, action: Action, names: &[S]) -> bool {
        if super::cursor::move_among(&mut self.cursor, self.shown.len(), action) {
            return true;
        }
        if !self.search.apply(action) {
            return false;
        }
        self.narrow(names);
        true
    }
}

/// How well `name` matches `needle` (both lowercase), best first: it starts
/// with it (0), a word of it does (1), it contains it (2); `None` if not.
fn rank(name: &str, needle: &str) -> Option<u8> {
    if name.starts_with(needle) {
        return Some(0);
    }
    let after_break = (name.char_indices())
        .filter(|(_, c)| !c.is_alphanumeric())
        .map(|(at, c)| at + c.len_utf8());
    if after_break
        .into_iter()
        .any(|at| name[at..].starts_with(needle))
    {
        return Some(1);
    }
    name.contains(needle).then_some(2)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn listed<'a>(names: &[&'a str], typed: &str) -> Vec<&'a str> {
        let list = NarrowedList::new(names, LineEditor::new(typed));
        list.shown.iter().map(|&i| names[i]).collect()
    }

    #[test]
    fn a_name_matches_by_its_start_then_a_word_then_anywhere_ignoring_case() {
        let names = [
            "Kuleba",
            "Clewes",
            "Michael Lewis",
            "Lewandowska",
            "a diplomat",
        ];
        assert_eq!(listed(&names, ""), names, "all, in their order");
        assert_eq!(
            listed(&names, "lew"),
            ["Lewandowska", "Michael Lewis", "Clewes"]
        );
        assert_eq!(listed(&names, "LEWIS"), ["Michael Lewis"]);
        assert_eq!(listed(&names, "dipl"), ["a diplomat"]);
        assert_eq!(
            listed(&["Dr. Émile Zola-Lévy", "van der Berg"], "lév"),
            ["Dr. Émile Zola-Lévy"],
            "words after punctuation, in any script"
        );
        assert!(listed(&names, "xyz").is_empty());
    }

    #[test]
    fn typing_narrows_and_moves_put_the_cursor_among_those_listed() {
        let names = ["energy", "eu", "sanctions"];
        let mut list = NarrowedList::new(&names, LineEditor::default());
        assert!(list.act(Action::MoveDown, &names));
        assert_eq!(list.current(), Some(1));
        assert!(list.act(Action::Insert('s'), &names));
        assert_eq!((list.shown.clone(), list.current()), (vec![2], Some(2)));
        assert!(list.act(Action::Bottom, &names));
        assert_eq!(list.current(), Some(2), "only one listed");
        assert!(list.act(Action::DeleteBack, &names));
        assert_eq!(list.shown, [0, 1, 2]);
        assert!(!list.act(Action::Submit, &names), "not for the list");
    }
}
