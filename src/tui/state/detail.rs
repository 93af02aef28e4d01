//! The detail pane's view state and its line layout: which piece of which
//! field or paragraph is on each screen line, computed once per briefing,
//! width and query, never per frame.

use std::borrow::Cow;
use std::ops::Range;

use super::cursor::Landing;
use crate::model::{Briefing, TagOrigin};
use crate::query::Highlight;
use crate::query::highlight;
use crate::store::DocId;
use crate::text::wrap::wrap;
use crate::text::{sentence, size};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Title,
    /// The title when it is the first sentence of the text: that sentence,
    /// whole, which the text then goes on from (bytes `..end` of paragraph 0).
    Lead(usize),
    Facts,
    Tags,
    Url,
    Summary,
    Extra(usize),
    Diagnostic(usize),
    /// Below the text of a briefing shown cut: where and how to read it all.
    Cut,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Line {
    Header {
        field: Field,
        range: Range<usize>,
    },
    Blank,
    Body {
        paragraph: usize,
        range: Range<usize>,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Match {
    pub paragraph: usize,
    pub range: Range<usize>,
    pub line: usize,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Layout {
    pub key: Option<(DocId, usize)>,
    pub lines: Vec<Line>,
    /// Matches of the query in the body, in reading order.
    pub matches: Vec<Match>,
    /// The line each quote starts on.
    pub quote_lines: Vec<usize>,
}

/// A reading position that survives re-wrapping: the text at the top of the
/// pane (or the blank line just above it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Anchor {
    line: Line,
    blank_before: bool,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DetailState {
    pub scroll: usize,
    /// Where the reader asked to be; `scroll` is this, fitted to the pane.
    pub anchor: Option<Anchor>,
    pub layout: Layout,
    pub marked_quote: Option<usize>,
    pub current_match: Option<usize>,
    /// Where the text goes once laid out, after moving to another briefing.
    pub landing: Option<Landing>,
}

/// How header fields are spelt: the mark between facts, and the key bound
/// to opening a briefing in the pager, if any, which the cut line names.
#[derive(Debug, Clone, Copy)]
pub struct Spelling<'a> {
    pub dot: &'a str,
    pub pager: Option<&'a str>,
}

/// The text shown for a header field; the renderer calls this too, so the
/// ranges in `Line::Header` always point into the same string.
pub fn field_text<'a>(b: &'a Briefing, field: Field, spelling: Spelling) -> Cow<'a, str> {
    let dot = spelling.dot;
    match field {
        Field::Title => Cow::Borrowed(&b.title),
        Field::Lead(end) => Cow::Borrowed(&b.paragraphs[0][..end]),
        Field::Facts => {
            let mut parts = vec![b.date.map_or_else(
                || "undated".into(),
                |d| d.format("%A, %-d %B %Y").to_string(),
            )];
            parts.push(b.source.clone().unwrap_or_else(|| "source unknown".into()));
            if b.priority != crate::model::Priority::Normal {
                parts.push(format!("{} priority", b.priority));
            }
            Cow::Owned(parts.join(&format!(" {dot} ")))
        }
        Field::Tags => {
            let list = |rule: bool| -> Vec<String> {
                b.tags
                    .iter()
                    .filter(|t| (t.origin == TagOrigin::Rule) == rule)
                    .map(|t| format!("#{}", t.name))
                    .collect()
            };
            let (own, rules) = (list(false), list(true));
            let mut text = own.join(" ");
            if !rules.is_empty() {
                let sep = if text.is_empty() { "" } else { "  " };
                text = format!("{text}{sep}by rule: {}", rules.join(" "));
            }
            Cow::Owned(text)
        }
        Field::Url => Cow::Owned(format!("url: {}", b.url.as_deref().unwrap_or(""))),
        Field::Summary => Cow::Borrowed(b.summary.as_deref().unwrap_or("")),
        Field::Extra(i) => Cow::Owned(format!("{}: {}", b.extra[i].key, b.extra[i].value)),
        Field::Diagnostic(i) => {
            let d = &b.diagnostics[i];
            Cow::Owned(format!(
                "{} at {}:{}: {}",
                d.severity, d.line, d.col, d.message
            ))
        }
        Field::Cut => Cow::Owned(b.cut.map_or_else(String::new, |cut| {
            let (limit, file) = (size::shown(cut.limit), size::shown(cut.file));
            match spelling.pager {
                Some(key) => format!(
                    "{dot} cut at show_limit = {limit} of the file's {file}: {key} opens it all in $PAGER {dot}"
                ),
                None => format!("{dot} cut at show_limit = {limit} of the file's {file} {dot}"),
            }
        })),
    }
}

/// The title's field: `Lead` when it repeats the text's first sentence.
pub fn title_field(b: &Briefing) -> Field {
    b.paragraphs
        .get(0)
        .and_then(|first| sentence::title_lead(&b.title, first))
        .map_or(Field::Title, Field::Lead)
}

fn fields(b: &Briefing, title: Field) -> Vec<Field> {
    let mut fields = vec![title, Field::Facts];
    if !b.tags.is_empty() {
        fields.push(Field::Tags);
    }
    if b.url.is_some() {
        fields.push(Field::Url);
    }
    if b.summary.is_some() {
        fields.push(Field::Summary);
    }
    fields.extend((0..b.extra.len()).map(Field::Extra));
    fields.extend((0..b.diagnostics.len()).map(Field::Diagnostic));
    fields
}

impl Layout {
    pub fn anchor(&self, scroll: usize) -> Option<Anchor> {
        let blank_before = matches!(self.lines.get(scroll), Some(Line::Blank));
        let at = scroll + usize::from(blank_before);
        self.lines.get(at).map(|line| Anchor {
            line: line.clone(),
            blank_before,
        })
    }

    /// The line that now holds the anchored text.
    pub fn line_of(&self, anchor: &Anchor) -> usize {
        let holds = |line: &Line| match (line, &anchor.line) {
            (
                Line::Body {
                    paragraph: p,
                    range: r,
                },
                Line::Body { paragraph, range },
            ) => p == paragraph && r.start <= range.start && range.start < r.end.max(r.start + 1),
            (Line::Header { field: f, range: r }, Line::Header { field, range }) => {
                f == field && r.start <= range.start && range.start < r.end.max(r.start + 1)
            }
            _ => false,
        };
        let at = self.lines.iter().position(holds).unwrap_or(0);
        at.saturating_sub(usize::from(anchor.blank_before))
    }

    pub fn build(
        id: DocId,
        b: &Briefing,
        width: usize,
        highlights: &[Highlight],
        spelling: Spelling,
    ) -> Layout {
        let mut layout = Layout {
            key: Some((id, width)),
            ..Layout::default()
        };
        let title = title_field(b);
        for field in fields(b, title) {
            let text = field_text(b, field, spelling);
            let ranges = wrap(&text, width);
            if ranges.is_empty() {
                layout.lines.push(Line::Header { field, range: 0..0 });
            }
            layout.lines.extend(
                ranges
                    .into_iter()
                    .map(|range| Line::Header { field, range }),
            );
        }
        // The lead's lines come first: a match or a quote in it is on them.
        let lead: Vec<Range<usize>> = layout
            .lines
            .iter()
            .map_while(|line| match line {
                Line::Header {
                    field: Field::Lead(_),
                    range,
                } => Some(range.clone()),
                _ => None,
            })
            .collect();
        // Quotes are in reading order: each paragraph takes those starting
        // in it from the front, rather than looking at every quote for
        // every paragraph, which made a long briefing quadratic (issue 24).
        let mut quotes = b.quotes.iter().peekable();
        for (p, text) in b.paragraphs.iter().enumerate() {
            let from = match title {
                Field::Lead(end) if p == 0 => text.len() - text[end..].trim_start().len(),
                _ => 0,
            };
            let ranges: Vec<Range<usize>> = wrap(&text[from..], width)
                .into_iter()
                .map(|r| r.start + from..r.end + from)
                .collect();
            if !ranges.is_empty() {
                layout.lines.push(Line::Blank);
            }
            let first = layout.lines.len();
            let line_of = |offset: usize| {
                if offset < from {
                    let row = lead.partition_point(|r| r.end <= offset);
                    return row.min(lead.len().saturating_sub(1));
                }
                first
                    + ranges
                        .partition_point(|r| r.end <= offset)
                        .min(ranges.len().saturating_sub(1))
            };
            layout
                .matches
                .extend(
                    highlight::find(text, highlights)
                        .into_iter()
                        .map(|range| Match {
                            paragraph: p,
                            line: line_of(range.start),
                            range,
                        }),
                );
            while let Some(q) = quotes.next_if(|q| q.paragraph == p) {
                layout.quote_lines.push(line_of(q.outer.start));
            }
            layout
                .lines
                .extend(ranges.into_iter().map(|range| Line::Body {
                    paragraph: p,
                    range,
                }));
        }
        if b.cut.is_some() {
            layout.lines.push(Line::Blank);
            let text = field_text(b, Field::Cut, spelling);
            layout
                .lines
                .extend(wrap(&text, width).into_iter().map(|range| Line::Header {
                    field: Field::Cut,
                    range,
                }));
        }
        layout
    }
}

#[cfg(test)]
#[path = "detail_tests.rs"]
mod tests;
