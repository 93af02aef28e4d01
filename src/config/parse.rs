//! The configuration's TOML, checked key by key with positions.

use std::path::Path;

use toml::de::DeTable;

use super::{Config, View, expand};
use crate::diagnose::{LineIndex, Quoted, Reporter};
use crate::model::Diagnostic;
use crate::tui::keymap::{Key, Override, names};

pub fn parse(path: &Path, text: &str) -> Result<Config, Vec<Diagnostic>> {
    let mut diags = Vec::new();
    let lines = LineIndex::new(text);
    let config = check(&mut Reporter::new(path, &lines, &mut diags), path, text);
    match config {
        Some(config) if diags.is_empty() => Ok(config),
        _ => Err(diags),
    }
}

/// The configuration, `None` if the text is not TOML at all.
fn check(c: &mut Reporter, path: &Path, text: &str) -> Option<Config> {
    let table = c.parse(text, "")?;
    let mut config = Config::default();
    for (key, value) in table.get_ref().iter() {
        let name = key.get_ref().as_ref();
        match name {
            "folders" => {
                for (folder, _) in c
                    .strings(Quoted(name), Quoted(name), value, true)
                    .unwrap_or_default()
                {
                    config.folders.push(expand(folder, path));
                }
            }
            "theme" => config.theme = c.string(Quoted(name), value).map(str::to_owned),
            "date_format" => {
                if let Some(format) = c.string(Quoted(name), value) {
                    match check_date_format(format) {
                        Ok(()) => config.date_format = format.to_owned(),
                        Err(msg) => c.error(value.span(), msg),
                    }
                }
            }
            "mouse" => {
                if let Some(mouse) = c.boolean(Quoted(name), value) {
                    config.mouse = mouse;
                }
            }
            "watchlist" => {
                config.watchlist = c.string(Quoted(name), value).map(|p| expand(p, path))
            }
            "views" => {
                if let Some(views) = c.table(Quoted(name), value, "a table ([views])") {
                    config.views = parse_views(c, views);
                }
            }
            "keys" => {
                if let Some(keys) = c.table(Quoted(name), value, "a table ([keys])") {
                    config.keys = parse_keys(c, keys);
                }
            }
            other => c.error(
                key.span(),
                format!(
                    "unknown setting `{other}` (known: folders, theme, date_format, mouse, \
                     watchlist, [views], [keys])"
                ),
            ),
        }
    }
    Some(config)
}

fn parse_views(c: &mut Reporter, views: &DeTable) -> Vec<View> {
    let mut out = Vec::new();
    for (name, query) in views.iter() {
        let Some(text) = c.string(Quoted(name.get_ref()), query) else {
            continue;
        };
        if let Err(e) = crate::query::parse(text) {
            c.error(query.span(), format!("view `{}`: {e}", name.get_ref()));
            continue;
        }
        out.push(View {
            name: name.get_ref().to_string(),
            query: text.to_string(),
        });
    }
    out
}

fn parse_keys(c: &mut Reporter, keys: &DeTable) -> Vec<Override> {
    let mut out = Vec::new();
    let mut spans = Vec::new();
    for (name, value) in keys.iter() {
        let Some(action) = names::action(name.get_ref()) else {
            c.error(
                name.span(),
                format!(
                    "unknown action `{}` (`brief config --print-default` lists them)",
                    name.get_ref()
                ),
            );
            continue;
        };
        let mut parsed = Vec::new();
        for (text, span) in c
            .strings(Quoted(name.get_ref()), Quoted(name.get_ref()), value, true)
            .unwrap_or_default()
        {
            match text.parse::<Key>() {
                Ok(k) => parsed.push(k),
                Err(msg) => c.error(span, msg),
            }
        }
        out.push(Override {
            action,
            keys: parsed,
        });
        spans.push(name.span());
    }
    if let Err((i, msg)) = crate::tui::keymap::Keymap::with_overrides(&out) {
        c.error(spans[i].clone(), msg);
    }
    out
}

fn check_date_format(format: &str) -> Result<(), String> {
    use chrono::format::{Item, StrftimeItems};
    if StrftimeItems::new(format).any(|i| matches!(i, Item::Error)) {
        return Err(format!(
            "`{format}` is not a date format (try \"%Y-%m-%d\" or \"%d %b\")"
        ));
    }
    Ok(())
}
