//! Keys as data. Each binding carries the description the help overlay shows,
//! so the help can never disagree with what the keys do.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use super::action::Action;

/// A key as brief understands it: Shift is part of the character (`G`, `?`),
/// Ctrl is explicit, Alt chords are never used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key {
    pub code: KeyCode,
    pub ctrl: bool,
}

const fn key(c: char) -> Key {
    Key {
        code: KeyCode::Char(c),
        ctrl: false,
    }
}

const fn ctrl(c: char) -> Key {
    Key {
        code: KeyCode::Char(c),
        ctrl: true,
    }
}

const fn special(code: KeyCode) -> Key {
    Key { code, ctrl: false }
}

impl Key {
    /// `None` for releases, Alt chords and keys brief does not use.
    pub fn from_event(event: KeyEvent) -> Option<Key> {
        if event.kind == KeyEventKind::Release || event.modifiers.contains(KeyModifiers::ALT) {
            return None;
        }
        let ctrl = event.modifiers.contains(KeyModifiers::CONTROL);
        let code = match event.code {
            KeyCode::Char(c) if ctrl => KeyCode::Char(c.to_ascii_lowercase()),
            other => other,
        };
        Some(Key { code, ctrl })
    }

    pub fn label(self) -> String {
        let name = match self.code {
            KeyCode::Char(' ') => "Space".to_string(),
            KeyCode::Char(c) => c.to_string(),
            KeyCode::Up => "↑".into(),
            KeyCode::Down => "↓".into(),
            KeyCode::Left => "←".into(),
            KeyCode::Right => "→".into(),
            KeyCode::PageUp => "PgUp".into(),
            KeyCode::PageDown => "PgDn".into(),
            KeyCode::BackTab => "Shift-Tab".into(),
            KeyCode::Backspace => "Backspace".into(),
            other => format!("{other}"),
        };
        if self.ctrl {
            format!("Ctrl-{name}")
        } else {
            name
        }
    }
}

pub struct Binding {
    pub keys: &'static [Key],
    pub action: Action,
    pub desc: &'static str,
}

const fn bind(keys: &'static [Key], action: Action, desc: &'static str) -> Binding {
    Binding { keys, action, desc }
}

use KeyCode as K;

pub const BROWSE: &[Binding] = &[
    bind(
        &[key('j'), special(K::Down)],
        Action::MoveDown,
        "move down / scroll down",
    ),
    bind(
        &[key('k'), special(K::Up)],
        Action::MoveUp,
        "move up / scroll up",
    ),
    bind(&[key('g'), special(K::Home)], Action::Top, "go to the top"),
    bind(
        &[key('G'), special(K::End)],
        Action::Bottom,
        "go to the bottom",
    ),
    bind(&[ctrl('d')], Action::HalfPageDown, "half a page down"),
    bind(&[ctrl('u')], Action::HalfPageUp, "half a page up"),
    bind(&[special(K::PageDown)], Action::PageDown, "a page down"),
    bind(&[special(K::PageUp)], Action::PageUp, "a page up"),
    bind(&[special(K::Tab)], Action::FocusNext, "focus the next pane"),
    bind(
        &[special(K::BackTab)],
        Action::FocusPrev,
        "focus the previous pane",
    ),
    bind(
        &[special(K::Enter)],
        Action::Open,
        "open the briefing / jump to the quote",
    ),
    bind(
        &[special(K::Esc)],
        Action::Back,
        "back out: close, clear search, clear filter",
    ),
    bind(
        &[key('/')],
        Action::Search,
        "search as you type (query language)",
    ),
    bind(
        &[key(':'), key('f')],
        Action::EditQuery,
        "edit the full filter query",
    ),
    bind(
        &[key('n')],
        Action::NextMatch,
        "next match, on into the next briefing",
    ),
    bind(&[key('N')], Action::PrevMatch, "previous match"),
    bind(
        &[key('w')],
        Action::NextWatch,
        "next watchlist hit, on into the next briefing",
    ),
    bind(&[key('W')], Action::PrevWatch, "previous watchlist hit"),
    bind(&[key('t')], Action::TagPicker, "pick tags to filter by"),
    bind(
        &[key('s')],
        Action::CycleSort,
        "sort by date, priority, source",
    ),
    bind(&[key(']')], Action::NextQuote, "next quote"),
    bind(&[key('[')], Action::PrevQuote, "previous quote"),
    bind(
        &[key('Q')],
        Action::ToggleQuotes,
        "show or hide the quote pane",
    ),
    bind(&[key('z')], Action::Zen, "zen mode: only the text"),
    bind(&[key('?')], Action::Help, "this help"),
    bind(&[key('q'), ctrl('c')], Action::Quit, "quit"),
    bind(
        &[ctrl('z')],
        Action::Suspend,
        "suspend to the shell (fg resumes)",
    ),
    bind(
        &[key('!')],
        Action::Problems,
        "problems found while loading",
    ),
];

pub const EDIT: &[Binding] = &[
    bind(&[special(K::Enter)], Action::Submit, "keep the query"),
    bind(
        &[special(K::Esc)],
        Action::Cancel,
        "cancel, restoring the query",
    ),
    bind(&[special(K::Left)], Action::CursorLeft, "cursor left"),
    bind(&[special(K::Right)], Action::CursorRight, "cursor right"),
    bind(
        &[special(K::Home), ctrl('a')],
        Action::CursorHome,
        "to the start",
    ),
    bind(
        &[special(K::End), ctrl('e')],
        Action::CursorEnd,
        "to the end",
    ),
    bind(
        &[special(K::Backspace)],
        Action::DeleteBack,
        "delete before the cursor",
    ),
    bind(
        &[special(K::Delete)],
        Action::DeleteForward,
        "delete under the cursor",
    ),
    bind(
        &[ctrl('w')],
        Action::DeleteWord,
        "delete the word before the cursor",
    ),
    bind(&[ctrl('u')], Action::ClearLine, "clear the line"),
    bind(&[ctrl('c')], Action::Quit, "quit"),
];

pub const TAGS: &[Binding] = &[
    bind(&[key('j'), special(K::Down)], Action::MoveDown, "next tag"),
    bind(&[key('k'), special(K::Up)], Action::MoveUp, "previous tag"),
    bind(&[key('g'), special(K::Home)], Action::Top, "first tag"),
    bind(&[key('G'), special(K::End)], Action::Bottom, "last tag"),
    bind(&[key(' ')], Action::ToggleTag, "select or unselect the tag"),
    bind(
        &[key('a')],
        Action::ToggleTagMode,
        "match all selected tags (AND) or any (OR)",
    ),
    bind(&[key('c')], Action::ClearTags, "unselect all"),
    bind(
        &[special(K::Enter)],
        Action::Submit,
        "filter by the selected tags",
    ),
    bind(
        &[special(K::Esc), key('t')],
        Action::Cancel,
        "close without changes",
    ),
    bind(&[key('q'), ctrl('c')], Action::Quit, "quit"),
];

pub const HELP: &[Binding] = &[
    bind(&[special(K::Down)], Action::MoveDown, "scroll down"),
    bind(&[special(K::Up)], Action::MoveUp, "scroll up"),
    bind(&[special(K::PageDown)], Action::PageDown, "a page down"),
    bind(&[special(K::PageUp)], Action::PageUp, "a page up"),
    bind(
        &[special(K::Backspace)],
        Action::DeleteBack,
        "edit the search; type to search",
    ),
    bind(
        &[special(K::Esc), special(K::Enter)],
        Action::Cancel,
        "close the help",
    ),
    bind(&[ctrl('c')], Action::Quit, "quit"),
];

pub const PROBLEMS: &[Binding] = &[
    bind(
        &[key('j'), special(K::Down)],
        Action::MoveDown,
        "scroll down",
    ),
    bind(&[key('k'), special(K::Up)], Action::MoveUp, "scroll up"),
    bind(
        &[special(K::PageDown), ctrl('d')],
        Action::PageDown,
        "a page down",
    ),
    bind(
        &[special(K::PageUp), ctrl('u')],
        Action::PageUp,
        "a page up",
    ),
    bind(&[key('g'), special(K::Home)], Action::Top, "first problem"),
    bind(&[key('G'), special(K::End)], Action::Bottom, "last problem"),
    bind(
        &[special(K::Esc), special(K::Enter), key('!')],
        Action::Cancel,
        "close the list",
    ),
    bind(&[key('q'), ctrl('c')], Action::Quit, "quit"),
];

pub fn lookup(table: &[Binding], key: Key) -> Option<Action> {
    table
        .iter()
        .find(|b| b.keys.contains(&key))
        .map(|b| b.action)
}

/// In a text field: the field's keys, else printable characters are typed.
pub fn lookup_editing(table: &[Binding], key: Key) -> Option<Action> {
    lookup(table, key).or(match key.code {
        K::Char(c) if !key.ctrl && !c.is_control() => Some(Action::Insert(c)),
        _ => None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_reading_key_is_in_the_readme() {
        let readme = include_str!("../../README.md");
        for binding in BROWSE {
            for key in binding.keys {
                let label = format!("`{}`", key.label());
                assert!(
                    readme.contains(&label),
                    "README keys table lacks {label} ({})",
                    binding.desc
                );
            }
        }
    }

    #[test]
    fn keys_from_events() {
        use ratatui::crossterm::event::{KeyEvent, KeyModifiers as M};
        let ev = |code, mods| Key::from_event(KeyEvent::new(code, mods));
        assert_eq!(ev(KeyCode::Char('G'), M::SHIFT), Some(key('G')));
        assert_eq!(ev(KeyCode::Char('d'), M::CONTROL), Some(ctrl('d')));
        assert_eq!(ev(KeyCode::Char('x'), M::ALT), None, "no Alt chords");
        assert_eq!(lookup(BROWSE, key('q')), Some(Action::Quit));
        assert_eq!(lookup(BROWSE, ctrl('c')), Some(Action::Quit));
        assert_eq!(lookup_editing(EDIT, key('q')), Some(Action::Insert('q')));
        assert_eq!(lookup_editing(EDIT, ctrl('c')), Some(Action::Quit));
        assert_eq!(lookup_editing(EDIT, ctrl('x')), None);
    }

    #[test]
    fn no_key_is_bound_twice_in_one_table() {
        for table in [BROWSE, EDIT, TAGS, HELP, PROBLEMS] {
            let keys: Vec<Key> = table.iter().flat_map(|b| b.keys.iter().copied()).collect();
            for (i, k) in keys.iter().enumerate() {
                assert!(!keys[i + 1..].contains(k), "{} bound twice", k.label());
            }
        }
    }
}
