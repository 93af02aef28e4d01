//! Keys as data: the default tables, the names actions go by in the
//! configuration, and the keymap: the defaults with the configuration's
//! `[keys]` applied, built once at start and passed to whatever needs it.

mod configured;
mod key;
pub mod names;
mod overlays;
mod tables;

use ratatui::crossterm::event::KeyCode;

use super::action::Action;
pub use configured::default_reading_keys;
pub use key::Key;
use overlays::{CONFIRM, EDIT, HELP, PROBLEMS, SPEAKERS, TAGS, VIEWS};
use tables::{BROWSE, Binding};
pub use tables::{
    CYCLE_SORT, LIST_PROBLEMS, OPEN_HELP, OPEN_PAGER, PICK_TAGS, QUIT, SHOW_CLIP, START_SEARCH,
    TAKE_READING, TAKE_TYPING,
};

/// The reader's modes, each with a table of its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Browse,
    Edit,
    Tags,
    Problems,
    Help,
    Views,
    Speakers,
    /// A y/n question.
    Confirm,
}

impl Mode {
    pub const ALL: [Mode; 8] = [
        Mode::Browse,
        Mode::Edit,
        Mode::Tags,
        Mode::Problems,
        Mode::Help,
        Mode::Views,
        Mode::Speakers,
        Mode::Confirm,
    ];

    fn defaults(self) -> &'static [Binding] {
        match self {
            Mode::Browse => BROWSE,
            Mode::Edit => EDIT,
            Mode::Tags => TAGS,
            Mode::Problems => PROBLEMS,
            Mode::Help => HELP,
            Mode::Views => VIEWS,
            Mode::Speakers => SPEAKERS,
            Mode::Confirm => CONFIRM,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bound {
    pub keys: Vec<Key>,
    pub action: Action,
    pub desc: &'static str,
}

/// A change of the reading keys asked for in the configuration.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Override {
    pub action: Action,
    pub keys: Vec<Key>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Keymap {
    tables: [Vec<Bound>; 8],
}

impl Default for Keymap {
    fn default() -> Self {
        Keymap {
            tables: Mode::ALL.map(|m| m.defaults().iter().flat_map(Binding::bounds).collect()),
        }
    }
}

impl Keymap {
    /// The defaults with the reading keys of each override replaced; the
    /// error names the override (by index) and what is wrong.
    pub fn with_overrides(overrides: &[Override]) -> Result<Keymap, (usize, String)> {
        let mut map = Keymap::default();
        let browse = &mut map.tables[0];
        for (i, o) in overrides.iter().enumerate() {
            let Some(bound) = browse.iter_mut().find(|b| b.action == o.action) else {
                return Err((i, "this action has no key while reading".into()));
            };
            bound.keys = o.keys.clone();
        }
        for (i, o) in overrides.iter().enumerate() {
            for key in &o.keys {
                let holders: Vec<&Bound> = browse.iter().filter(|b| b.keys.contains(key)).collect();
                if let [_, _, ..] = holders.as_slice() {
                    let names: Vec<&str> = holders
                        .iter()
                        .filter_map(|b| names::name(b.action))
                        .collect();
                    let msg = format!(
                        "`{}` would be bound to {}",
                        key.label(),
                        names.join(" and ")
                    );
                    return Err((i, msg));
                }
            }
        }
        Ok(map)
    }

    pub fn table(&self, mode: Mode) -> &[Bound] {
        let i = Mode::ALL.iter().position(|&m| m == mode).unwrap_or(0);
        &self.tables[i]
    }

    pub fn lookup(&self, mode: Mode, key: Key) -> Option<Action> {
        let bound = self.table(mode).iter().find(|b| b.keys.contains(&key))?;
        Some(bound.action)
    }

    /// In a text field: the field's keys, else printable characters are typed.
    pub fn lookup_editing(&self, mode: Mode, key: Key) -> Option<Action> {
        self.lookup(mode, key).or(match key.code {
            KeyCode::Char(c) if !key.ctrl && !c.is_control() => Some(Action::Insert(c)),
            _ => None,
        })
    }
}

#[cfg(test)]
mod tests;
