//! One decoded file to one `Briefing`: header or front matter, paragraphs,
//! title, source and quotes.

use std::path::Path;

use chrono::NaiveDate;

use super::front_matter;
use super::quotes;
use crate::diagnose::LineIndex;
use crate::model::{Briefing, Diagnostic, Priority, TagOrigin};
use crate::text::sentence;

const TITLE_MAX: usize = 120;

pub fn parse(path: &Path, id: String, text: &str) -> Briefing {
    let mut diags = Vec::new();
    let lines = LineIndex::new(text);
    let (front, body, date) = match front_matter::split(text) {
        Some(split) => {
            let front = front_matter::parse(path, &split, &lines, &mut diags);
            let date = front.date;
            (Some(front), split.body, date)
        }
        None => {
            let (date, body) = plain_header(path, text, &lines, &mut diags);
            (None, body, date)
        }
    };
    let paragraphs = paragraphs(body);
    let quotes = quotes::find_all(&paragraphs);
    let derived_title = || derive_title(&paragraphs).unwrap_or_else(|| id.clone());
    let reported_source = || paragraphs.iter().find_map(|p| reported_by(p));

    let mut briefing = Briefing {
        id: String::new(),
        path: path.to_path_buf(),
        date,
        title: String::new(),
        source: None,
        url: None,
        summary: None,
        priority: Priority::Normal,
        tags: Vec::new(),
        paragraphs: Default::default(),
        quotes,
        extra: Vec::new(),
        words: 0,
        diagnostics: Vec::new(),
        cut: None,
    };
    match front {
        Some(front) => {
            briefing.title = front.title.unwrap_or_else(derived_title);
            briefing.source = front.source.or_else(reported_source);
            briefing.url = front.url;
            briefing.summary = front.summary;
            briefing.priority = front.priority;
            briefing.extra = front.extra;
            for tag in &front.tags {
                briefing.add_tag(tag, TagOrigin::Curated);
            }
        }
        None => {
            briefing.title = derived_title();
            briefing.source = reported_source();
        }
    }
    briefing.id = id;
    briefing.paragraphs = paragraphs.into();
    briefing.diagnostics = diags;
    briefing
}

/// `date YYYY-MM-DD` after optional white space; returns the date and the body
/// (which starts right after the date, on the same line).
fn plain_header<'t>(
    path: &Path,
    text: &'t str,
    lines: &LineIndex,
    diags: &mut Vec<Diagnostic>,
) -> (Option<NaiveDate>, &'t str) {
    let lead = text.len() - text.trim_start().len();
    let rest = &text[lead..];
    let keyword = rest
        .get(..4)
        .is_some_and(|k| k.eq_ignore_ascii_case("date"));
    let after_kw = rest.get(4..).unwrap_or("");
    let gap = after_kw.len() - after_kw.trim_start_matches([' ', '\t']).len();
    let candidate = &after_kw[gap..];
    let shaped = keyword && gap > 0 && date_shaped(candidate);
    if !shaped {
        diags.push(Diagnostic::warning(
            path,
            lines.position(lead),
            "no `date YYYY-MM-DD` header; the briefing has no date and sorts last",
        ));
        return (None, text);
    }
    let date_at = lead + 4 + gap;
    let body = &text[date_at + 10..];
    match NaiveDate::parse_from_str(&candidate[..10], "%Y-%m-%d") {
        Ok(date) => (Some(date), body),
        Err(_) => {
            diags.push(Diagnostic::warning(
                path,
                lines.position(date_at),
                format!(
                    "impossible date `{}`; the briefing has no date and sorts last",
                    &candidate[..10]
                ),
            ));
            (None, body)
        }
    }
}

fn date_shaped(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() >= 10
        && b[..10].iter().enumerate().all(|(i, &c)| match i {
            4 | 7 => c == b'-',
            _ => c.is_ascii_digit(),
        })
        && b.get(10).is_none_or(|c| c.is_ascii_whitespace())
}

/// Blank lines separate paragraphs; line breaks inside one are soft.
pub fn paragraphs(body: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    for line in body.lines() {
        let line = line.trim();
        if line.is_empty() {
            if !current.is_empty() {
                out.push(exact(&mut current));
            }
            continue;
        }
        if !current.is_empty() {
            current.push(' ');
        }
        current.push_str(line);
    }
    if !current.is_empty() {
        out.push(exact(&mut current));
    }
    out.shrink_to_fit();
    out
}

/// Takes the text out of `buf` without the spare capacity growth left in it:
/// an archive keeps every paragraph in memory for the whole session.
fn exact(buf: &mut String) -> String {
    let text = buf.as_str().to_owned();
    buf.clear();
    text
}

/// The first sentence of the first paragraph, cut at a word near `TITLE_MAX`.
pub fn derive_title(paragraphs: &[String]) -> Option<String> {
    let first = paragraphs.first()?;
    let sentence = first[..sentence::first_sentence_end(first)].trim();
    Some(shorten(sentence, TITLE_MAX))
}

/// Whether `title` is what `derive_title` made of a first sentence too
/// long to keep whole: brief's own cut, ending in `…`.
pub fn is_cut_title(title: &str, first_paragraph: &str) -> bool {
    let sentence = first_paragraph[..sentence::first_sentence_end(first_paragraph)].trim();
    sentence.chars().count() > TITLE_MAX && shorten(sentence, TITLE_MAX) == title
}

pub fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let cut_at = text.char_indices().nth(max).map_or(text.len(), |(i, _)| i);
    let cut = &text[..cut_at];
    let at_word = cut
        .rfind(char::is_whitespace)
        .filter(|&i| i > 0)
        .unwrap_or(cut.len());
    let trimmed =
        cut[..at_word].trim_end_matches(|c: char| c.is_whitespace() || ",;:-–—".contains(c));
    format!("{trimmed}…")
}

/// `As reported by <Source>.` as a whole paragraph.
fn reported_by(paragraph: &str) -> Option<String> {
    const LEAD: &str = "as reported by ";
    let head = paragraph.get(..LEAD.len())?;
    if !head.eq_ignore_ascii_case(LEAD) {
        return None;
    }
    if sentence::first_sentence_end(paragraph) < paragraph.trim_end().len() {
        return None;
    }
    let source = paragraph[LEAD.len()..].trim().trim_end_matches('.').trim();
    (!source.is_empty() && source.chars().count() <= 100).then(|| source.to_string())
}

#[cfg(test)]
#[path = "parse_tests.rs"]
mod tests;
