//! TOML front matter between `+++` fences: split, parse with positions, type-check.

use std::path::Path;

use chrono::NaiveDate;
use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::position::LineIndex;
use super::toml_json::to_json;
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
    let at = |span: std::ops::Range<usize>| lines.position(offset + span.start);
    let (table, errors) = DeTable::parse_recoverable(toml_text);
    for err in errors.iter().take(MAX_ERRORS) {
        let first_line = err.message().lines().next().unwrap_or("invalid TOML");
        diags.push(Diagnostic::error(
            path,
            at(err.span().unwrap_or(0..0)),
            format!("front matter is not valid TOML: {first_line}"),
        ));
    }
    // After a syntax error the recovered values are guesses; judging their
    // types would only add noise.
    let mut checker = Checker {
        judge_types: errors.is_empty(),
        path,
        diags,
        at: &at,
    };
    for (key, value) in table.get_ref().iter() {
        checker.field(&mut front, key, value);
    }
    let has = |name: &str| table.get_ref().iter().any(|(k, _)| k.get_ref() == name);
    if errors.is_empty() {
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

struct Checker<'a, F> {
    judge_types: bool,
    path: &'a Path,
    diags: &'a mut Vec<Diagnostic>,
    at: &'a F,
}

impl<F: Fn(std::ops::Range<usize>) -> (u32, u32)> Checker<'_, F> {
    fn field(
        &mut self,
        front: &mut FrontMatter,
        key: &Spanned<std::borrow::Cow<str>>,
        value: &Spanned<DeValue>,
    ) {
        let name = key.get_ref().as_ref();
        match name {
            "title" => front.title = self.string(name, value).filter(|t| !t.trim().is_empty()),
            "source" => front.source = self.string(name, value),
            "url" => front.url = self.string(name, value),
            "summary" => front.summary = self.string(name, value),
            "date" => front.date = self.date(value),
            "tags" => front.tags = self.tags(value),
            "priority" => {
                if let Some(p) = self.string(name, value) {
                    front.priority = p.parse().unwrap_or_else(|()| {
                        self.warn(value, format!("unknown priority `{p}` (expected low, normal or high); using normal"));
                        Priority::Normal
                    });
                }
            }
            _ => {
                self.warn(
                    key,
                    format!("unknown front-matter key `{name}`; kept and shown as is"),
                );
                front.extra.push(Extra {
                    key: name.to_string(),
                    value: to_json(value.get_ref()),
                });
            }
        }
    }

    fn string(&mut self, name: &str, value: &Spanned<DeValue>) -> Option<String> {
        match value.get_ref() {
            DeValue::String(s) => Some(s.to_string()),
            other => {
                self.error(
                    value,
                    format!("`{name}` must be a string, not {}", other.type_str()),
                );
                None
            }
        }
    }

    fn date(&mut self, value: &Spanned<DeValue>) -> Option<NaiveDate> {
        let parsed = match value.get_ref() {
            DeValue::Datetime(dt) => dt
                .date
                .and_then(|d| NaiveDate::from_ymd_opt(d.year.into(), d.month.into(), d.day.into())),
            DeValue::String(s) => {
                let date = NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").ok();
                if date.is_some() {
                    self.warn(
                        value,
                        "`date` is a string; write it unquoted as a TOML date (date = 2022-01-10)",
                    );
                }
                date
            }
            _ => None,
        };
        if parsed.is_none() {
            let found = value.get_ref().type_str();
            self.error(
                value,
                format!(
                    "`date` must be a date like 2022-01-10, not {found}; the briefing sorts last"
                ),
            );
        }
        parsed
    }

    fn tags(&mut self, value: &Spanned<DeValue>) -> Vec<String> {
        let DeValue::Array(items) = value.get_ref() else {
            self.error(
                value,
                format!(
                    "`tags` must be an array of strings, not {}",
                    value.get_ref().type_str()
                ),
            );
            return Vec::new();
        };
        let mut tags = Vec::new();
        for item in items.iter() {
            match item.get_ref() {
                DeValue::String(s) if !s.trim().is_empty() => tags.push(s.trim().to_lowercase()),
                DeValue::String(_) => self.warn(item, "empty tag ignored"),
                other => self.error(
                    item,
                    format!("a tag must be a string, not {}", other.type_str()),
                ),
            }
        }
        tags
    }

    fn warn<T>(&mut self, at: &Spanned<T>, message: impl Into<String>) {
        self.diags.push(Diagnostic::warning(
            self.path,
            (self.at)(at.span()),
            message,
        ));
    }

    fn error<T>(&mut self, at: &Spanned<T>, message: impl Into<String>) {
        if !self.judge_types {
            return;
        }
        self.diags
            .push(Diagnostic::error(self.path, (self.at)(at.span()), message));
    }
}

#[cfg(test)]
#[path = "front_matter_tests.rs"]
mod tests;
