//! `watchlist.toml`: `[[watch]]` tables, each a `name` and optionally the
//! phrases to `match` (the name itself when absent).

use std::path::Path;

use toml::Spanned;
use toml::de::DeValue;

use super::{Entry, Watchlist};
use crate::diagnose::{LineIndex, Quoted, Reporter};
use crate::model::Diagnostic;
use crate::text::words;

/// The entries of a watchlist file; every problem is a diagnostic and the
/// entries that are still usable are kept.
pub fn parse(path: &Path, text: &str, diags: &mut Vec<Diagnostic>) -> Watchlist {
    let lines = LineIndex::new(text);
    let mut report = Reporter::new(path, &lines, diags);
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
            report.mismatch(Quoted("watch"), value, "an array of tables ([[watch]])");
            continue;
        };
        entries.extend(items.iter().filter_map(|item| entry(&mut report, item)));
    }
    Watchlist::new(entries)
}

fn entry(report: &mut Reporter, item: &Spanned<DeValue>) -> Option<Entry> {
    let table = report.table("a watch entry", item, "a table with `name`")?;
    let mut name = None;
    let mut matches = None;
    for (key, value) in table.iter() {
        match key.get_ref().as_ref() {
            "name" => match report.string(Quoted("name"), value) {
                Some(s) if !s.trim().is_empty() => name = Some(s.trim().to_string()),
                Some(_) => report.error(value.span(), "`name` is empty"),
                None => {}
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
    let Some(items) = report.strings(
        format_args!("`match` of `{name}`"),
        format_args!("a phrase of `{name}`"),
        value,
        true,
    ) else {
        return Vec::new();
    };
    if value.get_ref().as_array().is_some_and(|a| a.is_empty()) {
        report.warning(
            value.span(),
            format!("`match` of `{name}` is empty; entry ignored"),
        );
    }
    let mut phrases = Vec::new();
    for (phrase, span) in items {
        if words::count(phrase) > 0 {
            phrases.push(words::folded(phrase));
        } else {
            report.warning(span, format!("a phrase of `{name}` has no words; ignored"));
        }
    }
    phrases
}
