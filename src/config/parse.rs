//! The configuration's TOML, checked key by key with positions.

use std::ops::Range;
use std::path::Path;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::{Config, KeyChoice, Placed, View, expand};
use crate::load::position::LineIndex;
use crate::load::toml_report::Reporter;
use crate::model::Diagnostic;

/// Type checks on top of the diagnostics every TOML file of brief's gets.
struct Checker<'a> {
    report: Reporter<'a>,
    /// Places of the strings kept for later checks, `[keys]`.
    lines: LineIndex<'a>,
}

impl Checker<'_> {
    fn error(&mut self, span: Range<usize>, message: impl Into<String>) {
        self.report.error(span, message);
    }

    fn placed(&self, text: &str, span: Range<usize>) -> Placed {
        Placed {
            text: text.to_string(),
            at: self.lines.position(span.start),
        }
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

/// The configuration `text` (read from `path`) gives, as far as it can be
/// read, and every mistake in it.
pub fn parse(path: &Path, text: &str) -> (Config, Vec<Diagnostic>) {
    let mut diags = Vec::new();
    let mut checker = Checker {
        report: Reporter::new(path, text, &mut diags),
        lines: LineIndex::new(text),
    };
    let config = check(&mut checker, path, text);
    (config, diags)
}

/// The configuration; the defaults if the text is not TOML at all.
fn check(c: &mut Checker, path: &Path, text: &str) -> Config {
    let mut config = Config::default();
    let Some(table) = c.report.parse(text, "") else {
        return config;
    };
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
    config
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

/// The lines of `[keys]` as strings with their places; whether the names
/// and keys mean anything is for the reader's keymap to say.
fn parse_keys(c: &mut Checker, keys: &DeTable) -> Vec<KeyChoice> {
    let mut out = Vec::new();
    for (name, value) in keys.iter() {
        let action = c.placed(name.get_ref(), name.span());
        let keys = c
            .strings(name.get_ref(), value)
            .into_iter()
            .map(|(text, span)| c.placed(text, span))
            .collect();
        out.push(KeyChoice { action, keys });
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
