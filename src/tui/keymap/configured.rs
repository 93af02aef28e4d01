//! The keymap the configuration asks for: `[keys]`, read by `config` as
//! names and key strings with their places, turned into actions and keys
//! here, each mistake a diagnostic at its `path:line:col`.

use std::path::Path;

use super::{Key, Keymap, Mode, Override, names};
use crate::config::KeyChoice;
use crate::model::Diagnostic;

impl Keymap {
    /// The defaults with the reading keys of `choices` (the `[keys]` of the
    /// configuration at `path`) in place; unknown actions, keys that cannot
    /// be read and keys that would be bound twice are refused, all of them.
    pub fn from_config(choices: &[KeyChoice], path: &Path) -> Result<Keymap, Vec<Diagnostic>> {
        let mut diags = Vec::new();
        let mut overrides = Vec::new();
        let mut places = Vec::new();
        for choice in choices {
            let name = &choice.action;
            let Some(action) = names::action(&name.text) else {
                let message = format!(
                    "unknown action `{}` (`brief config --print-default` lists them)",
                    name.text
                );
                diags.push(Diagnostic::error(path, name.at, message));
                continue;
            };
            let mut keys = Vec::new();
            for key in &choice.keys {
                match key.text.parse::<Key>() {
                    Ok(k) => keys.push(k),
                    Err(message) => diags.push(Diagnostic::error(path, key.at, message)),
                }
            }
            overrides.push(Override { action, keys });
            places.push(name.at);
        }
        match Keymap::with_overrides(&overrides) {
            Ok(map) if diags.is_empty() => Ok(map),
            Ok(_) => Err(diags),
            Err((i, message)) => {
                diags.push(Diagnostic::error(path, places[i], message));
                Err(diags)
            }
        }
    }
}

/// Each reading action's name and its default keys as the configuration
/// spells them, for the commented default configuration.
pub fn default_reading_keys() -> Vec<(&'static str, Vec<String>)> {
    Keymap::default()
        .table(Mode::Browse)
        .iter()
        .filter_map(|b| {
            let keys = b.keys.iter().map(|k| k.config_label()).collect();
            Some((names::name(b.action)?, keys))
        })
        .collect()
}
