//! `watchlist.toml`: `[[watch]]` tables, each a `name` and optionally the
//! phrases to `match` (the name itself when absent).

use std::path::Path;

use toml::Spanned;
use toml::de::DeValue;

use super::{Entry, Watchlist};
use crate::load::toml_report::Reporter;
use crate::model::Diagnostic;
use crate::text::words;

/// The entries of a watchlist file; every problem is a diagnostic and the
/// entries that are still usable are kept.
pub fn parse(path: &Path, text: &str, diags: &mut Vec<Diagnostic>) -> Watchlist {
    let mut report = Reporter::new(path, text, diags);
    let Some(table) = report.parse(text, "the watchlist is") else {
        return Watchlist::default();
    };
    let mut entries = Vec::new();
    for (key, value) in table.get_ref().iter() {
        if key.get_ref() != "watch" {
            report.warning(
                key.span(),
                format!(
                    "unknown key `{}`; entries go in [[watch]] tables; ignored",
                    key.get_ref()
                ),
            );
            continue;
        }
        let DeValue::Array(items) = value.get_ref() else {
            report.error(
                value.span(),
                format!(
                    "`watch` must be an array of tables ([[watch]]), not {}",
                    value.get_ref().type_str()
                ),
            );
            continue;
        };
        entries.extend(items.iter().filter_map(|item| entry(&mut report, item)));
    }
    Watchlist::new(entries)
}

fn entry(report: &mut Reporter, item: &Spanned<DeValue>) -> Option<Entry> {
    let DeValue::Table(table) = item.get_ref() else {
        report.error(
            item.span(),
            format!(
                "a watch entry must be a table with `name`, not {}",
                item.get_ref().type_str()
            ),
        );
        return None;
    };
    let mut name = None;
    let mut matches = None;
    for (key, value) in table.iter() {
        match key.get_ref().as_ref() {
            "name" => match value.get_ref() {
                DeValue::String(s) if !s.trim().is_empty() => name = Some(s.trim().to_string()),
                DeValue::String(_) => report.error(value.span(), "`name` is empty"),
                other => report.error(
                    value.span(),
                    format!("`name` must be a string, not {}", other.type_str()),
                ),
            },
            "match" => matches = Some(value),
            other => report.warning(
                key.span(),
                format!("unknown key `{other}` in a watch entry (expected name, match); ignored"),
            ),
        }
    }
    let Some(name) = name else {
        if !table.iter().any(|(k, _)| k.get_ref() == "name") {
            report.error(
                item.span(),
                "a watch entry needs `name = \"...\"`; entry ignored",
            );
        }
        return None;
    };
    let phrases = match matches {
        Some(value) => phrases(report, &name, value),
        None if words::count(&name) > 0 => vec![words::folded(&name)],
        None => {
            report.warning(
                item.span(),
                format!("`{name}` has no words to match; give `match = [...]`"),
            );
            Vec::new()
        }
    };
    (!phrases.is_empty()).then_some(Entry { name, phrases })
}

fn phrases(report: &mut Reporter, name: &str, value: &Spanned<DeValue>) -> Vec<Vec<String>> {
    let items: Vec<&Spanned<DeValue>> = match value.get_ref() {
        DeValue::Array(items) => items.iter().collect(),
        DeValue::String(_) => vec![value],
        other => {
            report.error(
                value.span(),
                format!(
                    "`match` of `{name}` must be an array of strings, not {}",
                    other.type_str()
                ),
            );
            return Vec::new();
        }
    };
    if items.is_empty() {
        report.warning(
            value.span(),
            format!("`match` of `{name}` is empty; entry ignored"),
        );
    }
    let mut phrases = Vec::new();
    for item in items {
        match item.get_ref() {
            DeValue::String(s) if words::count(s) > 0 => phrases.push(words::folded(s)),
            DeValue::String(_) => report.warning(
                item.span(),
                format!("a phrase of `{name}` has no words; ignored"),
            ),
            other => report.error(
                item.span(),
                format!(
                    "a phrase of `{name}` must be a string, not {}",
                    other.type_str()
                ),
            ),
        }
    }
    phrases
}
