//! `brief show`: one briefing in full, re-wrapped, with its quotes.

use std::io;

use serde::Serialize;

use super::output::Out;
use super::quotes::Said;
use super::{CliError, date_text};
use crate::model::{Body, Briefing, Cut, Diagnostic, Priority, TagOrigin};
use crate::store::Store;
use crate::text::sanitize;
use crate::text::sentence::title_lead;
use crate::text::shell::shell_word;
use crate::text::size;
use crate::text::wrap::wrap;

const MAX_WIDTH: usize = 100;

/// The briefing `id` names (any unique form of it), or an error naming
/// the candidates.
pub fn find_one(store: &Store, id: &str) -> Result<crate::store::DocId, CliError> {
    store.find_id(id).map_err(|candidates| {
        let names: Vec<&str> = candidates.iter().take(10).map(|&d| store.id(d)).collect();
        let message = match candidates.len() {
            0 => format!("no briefing with id `{id}`"),
            n => format!(
                "no briefing with id `{id}` alone; it could be: {}{}",
                names.join(", "),
                if n > names.len() {
                    format!(" and {} more", n - names.len())
                } else {
                    String::new()
                }
            ),
        };
        CliError::NotFound(sanitize(&message).into_owned())
    })
}

#[derive(Serialize)]
struct Record<'a> {
    id: &'a str,
    path: String,
    date: Option<String>,
    title: &'a str,
    source: Option<&'a str>,
    tags: Vec<&'a str>,
    priority: Priority,
    quotes: Vec<QuoteRecord<'a>>,
    words: usize,
    body: &'a Body,
    summary: Option<&'a str>,
    url: Option<&'a str>,
    extra: serde_json::Map<String, serde_json::Value>,
    diagnostics: &'a [Diagnostic],
}

#[derive(Serialize)]
struct QuoteRecord<'a> {
    text: std::borrow::Cow<'a, str>,
    #[serde(flatten)]
    said: Said<'a>,
    paragraph: usize,
}

/// How to show a briefing: as JSON (whole), or as text wrapped to `width`,
/// cut at the show limit unless `whole`.
pub struct How {
    pub json: bool,
    pub whole: bool,
    pub width: Option<usize>,
}

pub fn run(store: &Store, out: &mut Out, id: &str, how: How) -> Result<(), CliError> {
    let doc = find_one(store, id)?;
    let b = match how.json || how.whole {
        true => crate::library::whole(store, doc),
        false => crate::library::shown(store, doc),
    };
    if how.json {
        out.json(&record(&b))?;
    } else {
        text(&b, out, how.width.unwrap_or_else(terminal_width).max(20))?;
    }
    Ok(())
}

fn record(b: &Briefing) -> Record<'_> {
    Record {
        id: &b.id,
        path: b.path.display().to_string(),
        date: date_text(b.date),
        title: &b.title,
        source: b.source.as_deref(),
        tags: b.tag_names().collect(),
        priority: b.priority,
        quotes: b
            .quotes
            .iter()
            .map(|q| QuoteRecord {
                text: b.quote_text(q),
                said: Said::of(q),
                paragraph: q.paragraph,
            })
            .collect(),
        words: b.words,
        body: &b.paragraphs,
        summary: b.summary.as_deref(),
        url: b.url.as_deref(),
        extra: b
            .extra
            .iter()
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect(),
        diagnostics: &b.diagnostics,
    }
}

fn terminal_width() -> usize {
    use std::io::IsTerminal;
    let cols = std::io::stdout()
        .is_terminal()
        .then(|| ratatui::crossterm::terminal::size().ok())
        .flatten()
        .map_or(80, |(w, _)| usize::from(w));
    cols.min(MAX_WIDTH)
}

fn text(b: &Briefing, out: &mut Out, width: usize) -> io::Result<()> {
    let mut put = |text: &str| wrapped(out, text, width);
    // A title that is the text's first sentence is shown once: whole, as
    // the title, and the text goes on after it.
    let lead = b
        .paragraphs
        .get(0)
        .and_then(|first| title_lead(&b.title, first));
    put(lead.map_or(&b.title, |end| &b.paragraphs[0][..end]))?;
    let mut facts = vec![b.date.map_or_else(
        || "undated".to_string(),
        |d| d.format("%A, %Y-%m-%d").to_string(),
    )];
    facts.push(b.source.clone().unwrap_or_else(|| "source unknown".into()));
    if b.priority != Priority::Normal {
        facts.push(format!("priority {}", b.priority));
    }
    put(&facts.join(" · "))?;
    if !b.tags.is_empty() {
        let tags: Vec<String> = b
            .tags
            .iter()
            .map(|t| match t.origin {
                TagOrigin::Rule => format!("#{} (rule)", t.name),
                _ => format!("#{}", t.name),
            })
            .collect();
        put(&format!("tags: {}", tags.join(" ")))?;
    }
    let fields = [("url", b.url.as_deref()), ("summary", b.summary.as_deref())];
    for (name, value) in fields {
        if let Some(v) = value {
            put(&format!("{name}: {v}"))?;
        }
    }
    for e in &b.extra {
        put(&format!("{}: {}", e.key, e.value))?;
    }
    put(&format!("id: {}", b.id))?;
    put(&format!("path: {}", b.path.display()))?;
    for d in &b.diagnostics {
        put(&format!(
            "{}: {}:{}: {}",
            d.severity, d.line, d.col, d.message
        ))?;
    }
    for (i, paragraph) in b.paragraphs.iter().enumerate() {
        let from = match lead {
            Some(end) if i == 0 => paragraph.len() - paragraph[end..].trim_start().len(),
            _ => 0,
        };
        if from < paragraph.len() {
            put("")?;
            put(&mark_quotes(b, i, paragraph, from))?;
        }
    }
    if let Some(cut) = b.cut {
        put("")?;
        put(&cut_line(b, cut))?;
    }
    if !b.quotes.is_empty() {
        put("")?;
        put("Quotes")?;
        for (n, q) in b.quotes.iter().enumerate() {
            let by = q
                .speaker
                .as_ref()
                .map(|s| format!(" — {}", s.shown()))
                .unwrap_or_default();
            put(&format!("[{}] “{}”{by}", n + 1, b.quote_text(q)))?;
        }
    }
    Ok(())
}

/// Where a briefing shown cut stops, and how to see the rest.
fn cut_line(b: &Briefing, cut: Cut) -> String {
    format!(
        "[cut at show_limit = {} of the file's {}: --whole shows it all, as does $PAGER {}]",
        size::shown(cut.limit),
        size::shown(cut.file),
        shell_word(&b.path.display().to_string())
    )
}

/// `text` wrapped to `width`, an empty line for empty text.
fn wrapped(out: &mut Out, text: &str, width: usize) -> io::Result<()> {
    if text.is_empty() {
        return out.line("");
    }
    wrap(text, width)
        .into_iter()
        .try_for_each(|r| out.line(&sanitize(&text[r])))
}

/// The paragraph from byte `from` with `[n]` after each quote (after its
/// last paragraph, for a quote over several), numbering quotes across the
/// briefing.
fn mark_quotes(b: &Briefing, paragraph: usize, text: &str, from: usize) -> String {
    let mut marked = String::with_capacity(text.len() + 8);
    let mut at = from;
    // Quotes are sorted and do not overlap, so their ends are in order too:
    // the first ending here is found by binary search, and the walk stops
    // at the first ending later. Looking at every quote for every paragraph
    // made a long briefing quadratic (issue 24).
    let first = b.quotes.partition_point(|q| q.end() <= (paragraph, from));
    let ends = (first..).zip(b.quotes[first..].iter().map(|q| q.end()));
    for (n, (_, end)) in ends.take_while(|&(_, (p, _))| p == paragraph) {
        marked.push_str(&text[at..end]);
        marked.push_str(&format!("[{}]", n + 1));
        at = end;
    }
    marked.push_str(&text[at..]);
    marked
}

#[cfg(test)]
#[path = "show_tests.rs"]
mod tests;
