//! The configuration's TOML, checked key by key with positions.

use std::ops::Range;
use std::path::Path;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::{Config, View, expand};
use crate::load::toml_report::Reporter;
use crate::model::Diagnostic;
use crate::tui::keymap::{Key, Override, names};

/// Type checks on top of the diagnostics every TOML file of brief's gets.
struct Checker<'a>(Reporter<'a>);

impl Checker<'_> {
    fn error(&mut self, span: Range<usize>, message: impl Into<String>) {
        self.0.error(span, message);
    }

    fn string<'v>(&mut self, key: &str, value: &'v Spanned<DeValue>) -> Option<&'v str> {
        match value.get_ref() {
            DeValue::String(s) => Some(s),
            _ => {
                self.error(value.span(), format!("`{key}` must be a string"));
                None
            }
        }
    }

    /// A string or an array of strings.
    fn strings<'v>(
        &mut self,
        key: &str,
        value: &'v Spanned<DeValue>,
    ) -> Vec<(&'v str, Range<usize>)> {
        match value.get_ref() {
            DeValue::String(s) => vec![(s.as_ref(), value.span())],
            DeValue::Array(items) => items
                .iter()
                .filter_map(|item| Some((self.string(key, item)?, item.span())))
                .collect(),
            _ => {
                self.error(
                    value.span(),
                    format!("`{key}` must be a string or a list of strings"),
                );
                Vec::new()
            }
        }
    }

    fn table<'v>(&mut self, key: &str, value: &'v Spanned<DeValue>) -> Option<&'v DeTable<'v>> {
        match value.get_ref() {
            DeValue::Table(t) => Some(t),
            _ => {
                self.error(value.span(), format!("`{key}` must be a table, [{key}]"));
                None
            }
        }
    }
}

pub fn parse(path: &Path, text: &str) -> Result<Config, Vec<Diagnostic>> {
    let mut diags = Vec::new();
    let config = check(
        &mut Checker(Reporter::new(path, text, &mut diags)),
        path,
        text,
    );
    match config {
        Some(config) if diags.is_empty() => Ok(config),
        _ => Err(diags),
    }
}

/// The configuration, `None` if the text is not TOML at all.
fn check(c: &mut Checker, path: &Path, text: &str) -> Option<Config> {
    let table = c.0.parse(text, "")?;
    let mut config = Config::default();
    for (key, value) in table.get_ref().iter() {
        let name = key.get_ref().as_ref();
        match name {
            "folders" => {
                for (folder, _) in c.strings(name, value) {
                    config.folders.push(expand(folder, path));
                }
            }
            "theme" => config.theme = c.string(name, value).map(str::to_owned),
            "date_format" => {
                if let Some(format) = c.string(name, value) {
                    match check_date_format(format) {
                        Ok(()) => config.date_format = format.to_owned(),
                        Err(msg) => c.error(value.span(), msg),
                    }
                }
            }
            "mouse" => match value.get_ref() {
                DeValue::Boolean(b) => config.mouse = *b,
                _ => c.error(value.span(), "`mouse` must be true or false"),
            },
            "watchlist" => config.watchlist = c.string(name, value).map(|p| expand(p, path)),
            "views" => {
                if let Some(views) = c.table(name, value) {
                    config.views = parse_views(c, views);
                }
            }
            "keys" => {
                if let Some(keys) = c.table(name, value) {
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

fn parse_views(c: &mut Checker, views: &DeTable) -> Vec<View> {
    let mut out = Vec::new();
    for (name, query) in views.iter() {
        let Some(text) = c.string(name.get_ref(), query) else {
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

fn parse_keys(c: &mut Checker, keys: &DeTable) -> Vec<Override> {
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
        for (text, span) in c.strings(name.get_ref(), value) {
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
