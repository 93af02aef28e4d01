//! TOML front matter between `+++` fences: split, parse with positions, type-check.

use std::path::Path;

use chrono::NaiveDate;
use toml::Spanned;
use toml::de::DeValue;

use super::toml_json::to_json;
use crate::diagnose::{LineIndex, Quoted, Reporter};
use crate::model::{Diagnostic, Extra, Priority};

const MAX_ERRORS: usize = 5;

pub struct Split<'t> {
    /// Byte offset of the opening fence in the file.
    pub open: usize,
    /// The TOML text and its byte offset in the file; `None` when never closed.
    pub toml: Option<(usize, &'t str)>,
    pub body: &'t str,
}

#[derive(Default)]
pub struct FrontMatter {
    pub title: Option<String>,
    pub date: Option<NaiveDate>,
    pub source: Option<String>,
    pub url: Option<String>,
    pub summary: Option<String>,
    pub tags: Vec<String>,
    pub priority: Priority,
    pub extra: Vec<Extra>,
}

fn is_fence(line: &str) -> bool {
    line.trim_end() == "+++"
}

/// Lines with their byte offsets, line ends stripped.
fn lines_at(text: &str, from: usize) -> impl Iterator<Item = (usize, &str)> {
    text[from..].split_inclusive('\n').scan(from, |at, line| {
        let start = *at;
        *at += line.len();
        Some((start, line.trim_end_matches(['\n', '\r'])))
    })
}

pub fn split(text: &str) -> Option<Split<'_>> {
    let (open, _) = lines_at(text, 0).find(|(_, l)| !l.trim().is_empty())?;
    let first = text[open..].split('\n').next().unwrap_or("");
    if !is_fence(first.trim_start()) {
        return None;
    }
    let toml_start = (open + first.len() + 1).min(text.len());
    match lines_at(text, toml_start).find(|(_, l)| is_fence(l)) {
        Some((close, line)) => {
            let body_start = (close + line.len() + 1).min(text.len());
            Some(Split {
                open,
                toml: Some((toml_start, &text[toml_start..close])),
                body: &text[body_start..],
            })
        }
        None => Some(Split {
            open,
            toml: None,
            body: &text[toml_start..],
        }),
    }
}

pub fn parse(
    path: &Path,
    split: &Split,
    lines: &LineIndex,
    diags: &mut Vec<Diagnostic>,
) -> FrontMatter {
    let mut front = FrontMatter::default();
    let Some((offset, toml_text)) = split.toml else {
        diags.push(Diagnostic::error(
            path,
            lines.position(split.open),
            "front matter opened here is never closed by a `+++` line; everything after it is shown as the body",
        ));
        return front;
    };
    let mut report = Reporter::new(path, lines, diags).starting_at(offset);
    let table = report.parse_recoverable(toml_text, "front matter is", MAX_ERRORS);
    for (key, value) in table.get_ref().iter() {
        field(&mut report, &mut front, key, value);
    }
    let guessing = report.guessing();
    let has = |name: &str| table.get_ref().iter().any(|(k, _)| k.get_ref() == name);
    if !guessing {
        let pos = lines.position(split.open);
        if !has("title") {
            diags.push(Diagnostic::warning(
                path,
                pos,
                "front matter has no `title`; using the first sentence",
            ));
        }
        if !has("date") {
            diags.push(Diagnostic::warning(
                path,
                pos,
                "front matter has no `date`; the briefing sorts last",
            ));
        }
    }
    front
}

fn field(
    report: &mut Reporter,
    front: &mut FrontMatter,
    key: &Spanned<std::borrow::Cow<str>>,
    value: &Spanned<DeValue>,
) {
    let name = key.get_ref().as_ref();
    let string = |report: &mut Reporter| report.string(Quoted(name), value).map(str::to_string);
    match name {
        "title" => front.title = string(report).filter(|t| !t.trim().is_empty()),
        "source" => front.source = string(report),
        "url" => front.url = string(report),
        "summary" => front.summary = string(report),
        "date" => front.date = date(report, value),
        "tags" => front.tags = tags(report, value),
        "priority" => {
            if let Some(p) = string(report) {
                front.priority = p.parse().unwrap_or_else(|()| {
                    report.warning(
                        value.span(),
                        format!(
                            "unknown priority `{p}` (expected low, normal or high); using normal"
                        ),
                    );
                    Priority::Normal
                });
            }
        }
        _ => {
            report.warning(
                key.span(),
                format!("unknown front-matter key `{name}`; kept and shown as is"),
            );
            front.extra.push(Extra {
                key: name.to_string(),
                value: to_json(value.get_ref()),
            });
        }
    }
}

fn date(report: &mut Reporter, value: &Spanned<DeValue>) -> Option<NaiveDate> {
    let parsed = match value.get_ref() {
        DeValue::Datetime(dt) => dt
            .date
            .and_then(|d| NaiveDate::from_ymd_opt(d.year.into(), d.month.into(), d.day.into())),
        DeValue::String(s) => {
            let date = NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").ok();
            if date.is_some() {
                report.warning(
                    value.span(),
                    "`date` is a string; write it unquoted as a TOML date (date = 2022-01-10)",
                );
            }
            date
        }
        _ => None,
    };
    if parsed.is_none() {
        let found = value.get_ref().type_str();
        report.error(
            value.span(),
            format!("`date` must be a date like 2022-01-10, not {found}; the briefing sorts last"),
        );
    }
    parsed
}

fn tags(report: &mut Reporter, value: &Spanned<DeValue>) -> Vec<String> {
    let items = report.strings(Quoted("tags"), "a tag", value, false);
    let mut tags = Vec::new();
    for (tag, span) in items.unwrap_or_default() {
        if tag.trim().is_empty() {
            report.warning(span, "empty tag ignored");
        } else {
            tags.push(tag.trim().to_lowercase());
        }
    }
    tags
}

#[cfg(test)]
#[path = "front_matter_tests.rs"]
mod tests;
