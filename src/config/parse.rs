//! The configuration's TOML, checked key by key with positions.

use std::path::Path;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::{Config, KeyChoice, Placed, View, expand};
use crate::diagnose::{LineIndex, Quoted, Reporter};
use crate::model::Diagnostic;

/// The configuration `text` (read from `path`) gives, as far as it can be
/// read, and every mistake in it.
pub fn parse(path: &Path, text: &str) -> (Config, Vec<Diagnostic>) {
    let mut diags = Vec::new();
    let lines = LineIndex::new(text);
    let config = check(
        &mut Reporter::new(path, &lines, &mut diags),
        &lines,
        path,
        text,
    );
    (config, diags)
}

/// The configuration; the defaults if the text is not TOML at all.
fn check(c: &mut Reporter, lines: &LineIndex, path: &Path, text: &str) -> Config {
    let mut config = Config::default();
    let Some(table) = c.parse(text, "") else {
        return config;
    };
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
            "zen_width" => {
                if let Some(width) = c.whole_number(Quoted(name), value, super::ZEN_WIDTHS) {
                    config.zen_width = width as u16;
                }
            }
            "auto_read" => {
                let what = "a time: write \"2s\", \"500ms\" or \"off\"";
                if let Some(after) = read_as(c, name, value, parse_auto_read, what) {
                    config.auto_read = after;
                }
            }
            "watchlist" => {
                config.watchlist = c.string(Quoted(name), value).map(|p| expand(p, path))
            }
            "clipboard_command" => {
                if let Some(command) = c.string(Quoted(name), value) {
                    if command.trim().is_empty() {
                        c.error(
                            value.span(),
                            "`clipboard_command` is empty: leave it out to copy through the terminal",
                        );
                    } else {
                        config.clipboard_command = Some(command.to_owned());
                    }
                }
            }
            "follow_symlinks" => {
                if let Some(follow) = c.boolean(Quoted(name), value) {
                    config.follow_symlinks = follow;
                }
            }
            "show_limit" => {
                let what = "a size: write \"8MB\", \"500kB\" or \"off\"";
                if let Some(limit) = read_as(c, name, value, parse_show_limit, what) {
                    config.show_limit = limit;
                }
            }
            "views" => {
                if let Some(views) = c.table(Quoted(name), value, "a table ([views])") {
                    config.views = parse_views(c, views);
                }
            }
            "keys" => {
                if let Some(keys) = c.table(Quoted(name), value, "a table ([keys])") {
                    config.keys = parse_keys(c, lines, keys);
                }
            }
            other => c.error(
                key.span(),
                format!(
                    "unknown setting `{other}` (known: folders, theme, date_format, mouse, \
                     zen_width, auto_read, watchlist, clipboard_command, follow_symlinks, \
                     show_limit, [views], [keys])"
                ),
            ),
        }
    }
    config
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

/// The lines of `[keys]` as strings with their places; whether the names
/// and keys mean anything is for the reader's keymap to say.
fn parse_keys(c: &mut Reporter, lines: &LineIndex, keys: &DeTable) -> Vec<KeyChoice> {
    let placed = |text: &str, span: std::ops::Range<usize>| Placed {
        text: text.to_string(),
        at: lines.position(span.start),
    };
    let mut out = Vec::new();
    for (name, value) in keys.iter() {
        let action = placed(name.get_ref(), name.span());
        let keys = c
            .strings(Quoted(name.get_ref()), Quoted(name.get_ref()), value, true)
            .unwrap_or_default()
            .into_iter()
            .map(|(text, span)| placed(text, span))
            .collect();
        out.push(KeyChoice { action, keys });
    }
    out
}

/// A string setting as `read` takes it; `None` when it is no string or
/// `read` cannot take it, a mistake reported as not being `what`.
fn read_as<T>(
    c: &mut Reporter,
    name: &str,
    value: &Spanned<DeValue<'_>>,
    read: fn(&str) -> Option<T>,
    what: &str,
) -> Option<T> {
    let text = c.string(Quoted(name), value)?;
    let read = read(text);
    if read.is_none() {
        c.error(value.span(), format!("`{text}` is not {what}"));
    }
    read
}

/// `"2s"`, `"500ms"`, or `"off"` (`Some(None)`).
fn parse_auto_read(text: &str) -> Option<Option<std::time::Duration>> {
    use std::time::Duration;
    let text = text.trim();
    if text == "off" {
        return Some(None);
    }
    let (digits, unit) = text.split_at(text.find(|c: char| !c.is_ascii_digit())?);
    let n: u64 = digits.parse().ok()?;
    match unit {
        "s" => Some(Some(Duration::from_secs(n))),
        "ms" => Some(Some(Duration::from_millis(n))),
        _ => None,
    }
}

/// `"8MB"` and the like (`text::size`), or `"off"` (`Some(None)`); a
/// limit of nothing would cut every briefing to nothing, so it is refused.
fn parse_show_limit(text: &str) -> Option<Option<u64>> {
    if text.trim() == "off" {
        return Some(None);
    }
    crate::text::size::parse(text).filter(|&n| n > 0).map(Some)
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
