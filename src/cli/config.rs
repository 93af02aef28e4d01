//! `brief config`: check the configuration, or print its path or a
//! commented default.

use std::path::Path;
use std::process::ExitCode;

use super::CliError;
use super::args::ConfigArgs;
use super::output::Out;
use crate::config::Config;
use crate::text::plural;
use crate::tui::keymap::{Keymap, default_reading_keys};

/// The configuration at `path` and the keymap its `[keys]` ask for; a
/// missing file is the defaults unless `required`. Every problem of the
/// file, in either, refuses it.
pub fn load(path: &Path, required: bool) -> Result<(Config, Keymap), CliError> {
    let (config, mut diags) = crate::config::load(path, required);
    let keymap = Keymap::from_config(&config.keys, path).unwrap_or_else(|keys| {
        diags.extend(keys);
        Keymap::default()
    });
    if diags.is_empty() {
        return Ok((config, keymap));
    }
    diags.sort();
    let lines: Vec<String> = diags.iter().map(ToString::to_string).collect();
    Err(CliError::Config(lines.join("\n")))
}

/// The commented default configuration, with the default reading keys.
fn default_text() -> String {
    crate::config::default_text(&default_reading_keys())
}

pub fn command(
    a: &ConfigArgs,
    path: Option<&std::path::Path>,
    named: bool,
    out: &mut Out,
) -> Result<ExitCode, CliError> {
    if a.print_default {
        out.line(default_text().trim_end())?;
    } else if let Some(path) = path {
        if a.path {
            out.line(&path.display().to_string())?;
        } else {
            let (config, _) = load(path, named)?;
            let state = if path.exists() {
                "ok"
            } else {
                "absent, so the defaults"
            };
            out.line(&format!(
                "{}: {state} ({}, {}, {})",
                path.display(),
                plural(config.folders.len(), "folder"),
                plural(config.views.len(), "view"),
                plural(config.keys.len(), "key override")
            ))?;
        }
    } else {
        return Err(CliError::Usage(
            "no configuration folder: $HOME is not set".into(),
        ));
    }
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;

    #[test]
    fn every_commented_default_switched_on_is_valid_and_means_the_defaults() {
        let text = default_text();
        let on: String = text
            .lines()
            .map(|l| {
                match l
                    .strip_prefix("# ")
                    .and_then(|r| Some((r, r.split_once(" = ")?.0)))
                {
                    Some((rest, key))
                        if key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') =>
                    {
                        rest
                    }
                    _ => l,
                }
            })
            .collect::<Vec<_>>()
            .join("\n");
        let path = Path::new("/home/u/.config/brief/c.toml");
        let (config, diags) = crate::config::parse(path, &on);
        assert!(diags.is_empty(), "{diags:?}");
        assert_eq!(config.views.len(), 2);
        assert!(config.keys.iter().any(|k| k.action.text == "quit"));
        assert!(config.watchlist.is_some() && !config.folders.is_empty());
        assert_eq!(
            Keymap::from_config(&config.keys, path),
            Ok(Keymap::default())
        );
    }
}
