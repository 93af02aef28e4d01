//! A key as brief understands it, read from crossterm's events and from the configuration's spelling.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

/// A key as brief understands it: Shift is part of the character (`G`, `?`),
/// Ctrl is explicit, Alt chords are never used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key {
    pub code: KeyCode,
    pub ctrl: bool,
}

pub const fn key(c: char) -> Key {
    Key {
        code: KeyCode::Char(c),
        ctrl: false,
    }
}

pub const fn ctrl(c: char) -> Key {
    Key {
        code: KeyCode::Char(c),
        ctrl: true,
    }
}

pub const fn special(code: KeyCode) -> Key {
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

impl Key {
    /// The label as the configuration spells it: arrows by name.
    pub fn config_label(self) -> String {
        match self.code {
            KeyCode::Up => "Up".into(),
            KeyCode::Down => "Down".into(),
            KeyCode::Left => "Left".into(),
            KeyCode::Right => "Right".into(),
            _ => self.label(),
        }
    }
}

const NAMED: &[(&str, KeyCode)] = &[
    ("Space", KeyCode::Char(' ')),
    ("Enter", KeyCode::Enter),
    ("Esc", KeyCode::Esc),
    ("Tab", KeyCode::Tab),
    ("Shift-Tab", KeyCode::BackTab),
    ("Backspace", KeyCode::Backspace),
    ("Delete", KeyCode::Delete),
    ("Del", KeyCode::Delete),
    ("Insert", KeyCode::Insert),
    ("Up", KeyCode::Up),
    ("Down", KeyCode::Down),
    ("Left", KeyCode::Left),
    ("Right", KeyCode::Right),
    ("Home", KeyCode::Home),
    ("End", KeyCode::End),
    ("PgUp", KeyCode::PageUp),
    ("PgDn", KeyCode::PageDown),
];

impl std::str::FromStr for Key {
    type Err = String;

    /// `j`, `G`, `?`, `Ctrl-d`, `Enter`, `PgDn`, `F5`: what `label` writes,
    /// with arrows spelled `Up`, `Down`, `Left`, `Right`.
    fn from_str(text: &str) -> Result<Key, String> {
        let (ctrl, rest) = match text.get(..5) {
            Some(p) if p.eq_ignore_ascii_case("ctrl-") && text.len() > 5 => (true, &text[5..]),
            _ => (false, text),
        };
        let mut chars = rest.chars();
        let code = match (chars.next(), chars.next()) {
            (Some(c), None) if !c.is_control() => {
                KeyCode::Char(if ctrl { c.to_ascii_lowercase() } else { c })
            }
            _ => named(rest).ok_or_else(|| {
                format!("`{text}` is not a key (try `j`, `G`, `Ctrl-d`, `Enter`, `PgDn`, `F5`)")
            })?,
        };
        Ok(Key { code, ctrl })
    }
}

fn named(name: &str) -> Option<KeyCode> {
    let found = NAMED.iter().find(|(n, _)| n.eq_ignore_ascii_case(name));
    if let Some(&(_, code)) = found {
        return Some(code);
    }
    let n: u8 = name.strip_prefix(['F', 'f'])?.parse().ok()?;
    (1..=12).contains(&n).then_some(KeyCode::F(n))
}
