//! Quotation marks within a paragraph, or continued over the next ones by
//! the newspaper convention (each paragraph opens with a new mark, only the
//! last closes), and who the quote is attributed to.

use std::ops::Range;

use super::attribution::{Said, said, said_after, said_before};
use super::{groups, names, pronouns, speech};
use crate::model::{Quote, QuotePart, Speaker};
use crate::text::words;

const MIN_WORDS: usize = 3;

/// Every quote of a briefing's paragraphs, in order, with its speaker;
/// pronouns are resolved to speakers and subjects named before them.
pub fn find_all(paragraphs: &[String]) -> Vec<Quote> {
    let mut quotes = Vec::new();
    let mut from = 0;
    let mut i = 0;
    // Where the last quote that failed to run on stopped, and its mark: one
    // opening before that, with the same mark, stops there too, so it is
    // not walked again (which would make paragraphs of `“x` quadratic).
    let mut failed: Option<(char, usize)> = None;
    while i < paragraphs.len() {
        let scan = find_quotes(i, &paragraphs[i], from);
        quotes.extend(scan.quotes);
        from = 0;
        i += 1;
        let Some((open, mark)) = scan.dangling else {
            continue;
        };
        if failed.is_some_and(|(m, stop)| m == mark && i <= stop) {
            continue;
        }
        let start = Start {
            paragraph: i - 1,
            open,
            mark,
            after: scan.last_end,
        };
        match continued(paragraphs, start) {
            Ok((quote, end)) => {
                (i, from) = end;
                quotes.push(quote);
            }
            Err(stop) => failed = Some((mark, stop)),
        }
    }
    groups::name_ones(paragraphs, &mut quotes);
    names::unify(paragraphs, &mut quotes);
    pronouns::resolve(paragraphs, &mut quotes);
    // Again, for the names pronouns were found to stand for, if any.
    let stands_for = |q: &Quote| q.speaker.as_ref().is_some_and(|s| s.refers_to.is_some());
    if quotes.iter().any(stands_for) {
        names::unify(paragraphs, &mut quotes);
    }
    quotes
}

/// Where a quote left open at a paragraph's end starts: the paragraph, the
/// opening mark and its place, and where the quote before it ended.
struct Start {
    paragraph: usize,
    open: usize,
    mark: char,
    after: usize,
}

/// The quote that opens at `start` and runs on in the paragraphs after it,
/// each opening with its mark, until one closes it; and the paragraph and
/// offset to go on scanning from. Otherwise, the paragraph it stopped at.
fn continued(paragraphs: &[String], start: Start) -> Result<(Quote, (usize, usize)), usize> {
    let Start {
        paragraph: first,
        open,
        mark,
        after,
    } = start;
    let text = &paragraphs[first];
    let outer = open..text.trim_end().len();
    let span = trim_span(text, open + mark.len_utf8()..outer.end);
    let mut more = Vec::new();
    let mut p = first + 1;
    while let Some(next) = paragraphs.get(p) {
        if !next.starts_with(mark) {
            return Err(p);
        }
        let inner = mark.len_utf8();
        let close = find_closer(next, inner, mark);
        let end = close.map_or(next.trim_end().len(), |c| c + closer_of(mark).len_utf8());
        more.push(QuotePart {
            paragraph: p,
            span: trim_span(next, inner..close.unwrap_or(end)),
            outer: 0..end,
        });
        if close.is_some() {
            let words: usize = std::iter::once(&text[span.clone()])
                .chain(
                    more.iter()
                        .map(|m| &paragraphs[m.paragraph][m.span.clone()]),
                )
                .map(words::count)
                .sum();
            if words < MIN_WORDS {
                return Err(p);
            }
            let found = said_after(next, end).or_else(|| said_before(text, open, after));
            let (attribution, speaker) = attributed(found);
            let quote = Quote {
                paragraph: first,
                span,
                outer,
                more,
                attribution,
                speaker,
            };
            return Ok((quote, (p, end)));
        }
        p += 1;
    }
    Err(p)
}

fn attributed(found: Option<Said>) -> (Option<String>, Option<Speaker>) {
    match found {
        Some(s) => (Some(s.attribution), Some(Speaker::named(s.speaker))),
        None => (None, None),
    }
}

/// The quotes of one paragraph from byte `from`, and the opening mark left
/// open at its end with no quote after it, which the next paragraph may
/// continue.
pub struct Scan {
    pub quotes: Vec<Quote>,
    pub dangling: Option<(usize, char)>,
    /// Where the last quote found ends.
    pub last_end: usize,
}

pub fn find_quotes(paragraph: usize, text: &str, from: usize) -> Scan {
    let mut quotes = Vec::new();
    let mut dangling = None;
    // Once a mark has no closer after some point it has none after any later
    // point either; remembering that keeps hostile paragraphs linear.
    let mut unclosed: Vec<char> = Vec::new();
    let mut i = from;
    let mut previous_end = from;
    while let Some((open, mark)) = next_opener(text, i) {
        let inner_start = open + mark.len_utf8();
        let close = match unclosed.contains(&mark) {
            true => None,
            false => find_closer(text, inner_start, mark),
        };
        let Some(close) = close else {
            if !unclosed.contains(&mark) {
                dangling = dangling.or(Some((open, mark)));
            }
            unclosed.push(mark);
            i = inner_start;
            continue;
        };
        let outer = open..close + closer_of(mark).len_utf8();
        let span = trim_span(text, inner_start..close);
        if words::count(&text[span.clone()]) >= MIN_WORDS {
            let (attribution, speaker) = attributed(said(text, outer.clone(), previous_end));
            previous_end = outer.end;
            dangling = None;
            quotes.push(Quote {
                paragraph,
                attribution,
                speaker,
                span,
                outer: outer.clone(),
                more: Vec::new(),
            });
        }
        i = outer.end;
    }
    Scan {
        quotes,
        dangling,
        last_end: previous_end,
    }
}

fn closer_of(open: char) -> char {
    match open {
        '“' => '”',
        '«' => '»',
        _ => '"',
    }
}

fn next_opener(text: &str, from: usize) -> Option<(usize, char)> {
    text[from..].char_indices().find_map(|(j, c)| {
        let at = from + j;
        let opens = match c {
            '“' | '«' => true,
            '"' => straight_can_open(text, at),
            _ => false,
        };
        opens.then_some((at, c))
    })
}

/// A straight mark opens at the start or after a space or opening punctuation,
/// and only when a word follows it.
fn straight_can_open(text: &str, at: usize) -> bool {
    let before = text[..at].chars().next_back();
    let after = text[at + 1..].chars().next();
    let left_ok = before.is_none_or(|c| c.is_whitespace() || "([{—–-/:“«'‘".contains(c));
    left_ok && after.is_some_and(|c| !c.is_whitespace())
}

fn find_closer(text: &str, from: usize, open: char) -> Option<usize> {
    if open != '"' {
        return text[from..].find(closer_of(open)).map(|j| from + j);
    }
    let mut marks = text[from..].match_indices('"').map(|(j, _)| from + j);
    let first = marks.next()?;
    // `…than the world's major exchanges, " he said.`: a wire's stray
    // space before the first mark after the opening one, a pronoun after
    // it.
    let pronoun = |t: &str| {
        let first = words::word_indices(t).next();
        first.is_some_and(|(at, word)| at == 0 && speech::pronoun(word).is_some())
    };
    let spaced =
        text[..first].ends_with(", ") && (text[first + 1..].strip_prefix(' ')).is_some_and(pronoun);
    let closes = |at: usize| {
        text[..at]
            .chars()
            .next_back()
            .is_some_and(|p| !p.is_whitespace())
    };
    if spaced || closes(first) {
        return Some(first);
    }
    marks.find(|&at| closes(at))
}

/// The quoted words without surrounding spaces or the trailing comma that
/// English style puts inside the marks.
fn trim_span(text: &str, span: Range<usize>) -> Range<usize> {
    let inner = &text[span.clone()];
    let start = span.start + (inner.len() - inner.trim_start().len());
    let trimmed = inner
        .trim_start()
        .trim_end_matches(|c: char| c.is_whitespace() || c == ',');
    start..start + trimmed.len()
}

#[cfg(test)]
#[path = "asides_tests.rs"]
mod asides_tests;
#[cfg(test)]
#[path = "clauses_tests.rs"]
mod clauses_tests;
#[cfg(test)]
#[path = "marks_tests.rs"]
mod marks_tests;
#[cfg(test)]
#[path = "reported_tests.rs"]
mod reported_tests;
#[cfg(test)]
#[path = "rounds_tests.rs"]
mod rounds_tests;
#[cfg(test)]
#[path = "shapes_tests.rs"]
mod shapes_tests;
#[cfg(test)]
#[path = "speakers_tests.rs"]
mod speakers_tests;
#[cfg(test)]
#[path = "titles_tests.rs"]
mod titles_tests;
#[cfg(test)]
#[path = "wire_tests.rs"]
mod wire_tests;
