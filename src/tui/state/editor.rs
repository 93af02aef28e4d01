//! A one-line text field with a cursor that moves by grapheme.

use unicode_segmentation::UnicodeSegmentation;

use crate::tui::action::Action;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LineEditor {
    text: String,
    /// Byte offset, always on a grapheme boundary.
    cursor: usize,
}

impl LineEditor {
    pub fn new(text: &str) -> Self {
        LineEditor {
            text: text.to_string(),
            cursor: text.len(),
        }
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    pub fn cursor(&self) -> usize {
        self.cursor
    }

    /// Applies an editing action; `false` when the action is not about editing.
    pub fn apply(&mut self, action: Action) -> bool {
        match action {
            Action::Insert(c) => {
                self.text.insert(self.cursor, c);
                self.cursor += c.len_utf8();
            }
            Action::DeleteBack => {
                let start = self.prev_boundary();
                self.text.replace_range(start..self.cursor, "");
                self.cursor = start;
            }
            Action::DeleteForward => {
                let end = self.next_boundary();
                self.text.replace_range(self.cursor..end, "");
            }
            Action::DeleteWord => {
                let before = self.text[..self.cursor].trim_end();
                let start = before.rfind(char::is_whitespace).map_or(0, |i| i + 1);
                self.text.replace_range(start..self.cursor, "");
                self.cursor = start;
            }
            Action::ClearLine => *self = LineEditor::default(),
            Action::CursorLeft => self.cursor = self.prev_boundary(),
            Action::CursorRight => self.cursor = self.next_boundary(),
            Action::CursorHome => self.cursor = 0,
            Action::CursorEnd => self.cursor = self.text.len(),
            _ => return false,
        }
        true
    }

    fn prev_boundary(&self) -> usize {
        self.text[..self.cursor]
            .grapheme_indices(true)
            .next_back()
            .map_or(0, |(i, _)| i)
    }

    fn next_boundary(&self) -> usize {
        self.text[self.cursor..]
            .graphemes(true)
            .next()
            .map_or(self.cursor, |g| self.cursor + g.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(actions: &[Action]) -> (String, usize) {
        let mut e = LineEditor::default();
        for &a in actions {
            e.apply(a);
        }
        (e.text().to_string(), e.cursor())
    }

    #[test]
    fn edits_by_grapheme() {
        use Action::*;
        assert_eq!(
            run(&[Insert('a'), Insert('é'), DeleteBack]),
            ("a".into(), 1)
        );
        assert_eq!(
            run(&[Insert('a'), Insert('b'), CursorLeft, Insert('x')]),
            ("axb".into(), 2)
        );
        assert_eq!(
            run(&[Insert('a'), Insert('b'), CursorHome, DeleteForward]),
            ("b".into(), 0)
        );
        assert_eq!(
            run(&[Insert('a'), CursorHome, CursorEnd, Insert('z')]),
            ("az".into(), 2)
        );
        assert_eq!(
            run(&[
                Insert('a'),
                Insert(' '),
                Insert('b'),
                Insert('c'),
                DeleteWord
            ]),
            ("a ".into(), 2)
        );
        assert_eq!(run(&[Insert('a'), ClearLine]), ("".into(), 0));
        assert_eq!(
            run(&[CursorLeft, DeleteBack, CursorRight, DeleteForward]),
            ("".into(), 0)
        );
        assert!(!LineEditor::default().apply(Quit));
    }
}
