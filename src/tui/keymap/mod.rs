//! Keys as data: the default tables, the names actions go by in the
//! configuration, and the keymap in force, which the configuration may change.

mod key;
pub mod names;
mod tables;

use std::sync::OnceLock;

use ratatui::crossterm::event::KeyCode;

use super::action::Action;
pub use key::Key;
pub use tables::{BROWSE, Binding, EDIT, HELP, PROBLEMS, TAGS, VIEWS};

/// The reader's modes, each with a table of its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Browse,
    Edit,
    Tags,
    Problems,
    Help,
    Views,
}

impl Mode {
    pub const ALL: [Mode; 6] = [
        Mode::Browse,
        Mode::Edit,
        Mode::Tags,
        Mode::Problems,
        Mode::Help,
        Mode::Views,
    ];

    fn defaults(self) -> &'static [Binding] {
        match self {
            Mode::Browse => BROWSE,
            Mode::Edit => EDIT,
            Mode::Tags => TAGS,
            Mode::Problems => PROBLEMS,
            Mode::Help => HELP,
            Mode::Views => VIEWS,
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
    tables: [Vec<Bound>; 6],
}

impl Default for Keymap {
    fn default() -> Self {
        Keymap {
            tables: Mode::ALL.map(|m| m.defaults().iter().flat_map(expand).collect()),
        }
    }
}

/// A default binding as bound at run time: the saved-view digits become one
/// binding a digit, each with the view of its number, so that lookups,
/// overrides and names treat them like any other key.
fn expand(b: &Binding) -> Vec<Bound> {
    let one = |keys: Vec<Key>, action| Bound {
        keys,
        action,
        desc: b.desc,
    };
    if b.action != Action::View(0) {
        return vec![one(b.keys.to_vec(), b.action)];
    }
    (1..)
        .zip(b.keys)
        .map(|(n, &k)| one(vec![k], Action::View(n)))
        .collect()
}

static ACTIVE: OnceLock<Keymap> = OnceLock::new();

/// The keymap in force: the one installed at start, else the defaults.
pub fn active() -> &'static Keymap {
    ACTIVE.get_or_init(Keymap::default)
}

/// Puts `keymap` in force for the rest of the process; only the first call counts.
pub fn install(keymap: Keymap) {
    let _ = ACTIVE.set(keymap);
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
        let action = self
            .table(mode)
            .iter()
            .find(|b| b.keys.contains(&key))?
            .action;
        Some(match (action, key.code) {
            (Action::View(0), KeyCode::Char(c)) => {
                Action::View(c.to_digit(10).map_or(0, |d| d as u8))
            }
            (other, _) => other,
        })
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
