//! Query text to `Query`. Every error names the byte range of the bad term.

use std::ops::Range;

use super::QueryError;
use super::ast::{Clause, Feature, Mark, Query, Term, Wording};
use super::date::DateSpec;
use crate::model::Priority;
use crate::text::words;

pub const FIELDS: &[&str] = &[
    "tag", "source", "speaker", "quote", "priority", "has", "is", "id", "since", "until", "date",
];

/// Brackets nested deeper than this are refused, so that no query can
/// exhaust the stack.
const DEPTH: usize = 32;

pub fn parse(text: &str) -> Result<Query, QueryError> {
    let parsed = any_of(text, 0, None, 0).map(|(alternatives, _)| match alternatives.len() {
        1 => alternatives.into_iter().next().expect("one"),
        _ => Query {
            clauses: vec![Clause {
                negated: false,
                term: Term::Any(alternatives),
                span: 0..text.len(),
            }],
        },
    });
    parsed.map_err(|mut e| {
        e.column = text[..e.span.start].chars().count() + 1;
        e
    })
}

/// Terms joined by `OR` (with `AND`, or nothing, binding tighter) from
/// `at` to the end, or to the `)` that closes the `(` at `open`: each
/// alternative, and where it ended.
fn any_of(
    text: &str,
    mut at: usize,
    open: Option<usize>,
    depth: usize,
) -> Result<(Vec<Query>, usize), QueryError> {
    let mut alternatives = Vec::new();
    let mut clauses: Vec<Clause> = Vec::new();
    // The `OR` or `AND` last read, which needs a term after it.
    let mut joined: Option<(Range<usize>, &str)> = None;
    let end = loop {
        let Some(start) = skip_space(text, at) else {
            if let Some(open) = open {
                return Err(err(open..text.len(), "unclosed `(`: add a closing `)`"));
            }
            break text.len();
        };
        let rest = &text[start..];
        if rest.starts_with(')') {
            if open.is_none() {
                return Err(err(start..start + 1, "`)` closes no `(`"));
            }
            break start + 1;
        }
        if let Some(word) = ["OR", "AND"].into_iter().find(|w| is_operator(rest, w)) {
            let span = start..start + word.len();
            if clauses.is_empty() || joined.is_some() {
                return Err(needs_terms(span, word));
            }
            if word == "OR" {
                alternatives.push(Query {
                    clauses: std::mem::take(&mut clauses),
                });
            }
            joined = Some((span, word));
            at = start + word.len();
            continue;
        }
        let (clause, end) = clause(text, start, depth)?;
        clauses.push(clause);
        joined = None;
        at = end;
    };
    if let Some((span, word)) = joined {
        return Err(needs_terms(span, word));
    }
    alternatives.push(Query { clauses });
    Ok((alternatives, end))
}

/// Whether `rest` starts with the operator `word`, standing alone.
fn is_operator(rest: &str, word: &str) -> bool {
    rest.strip_prefix(word).is_some_and(|after| {
        after.is_empty() || after.starts_with(|c: char| c.is_whitespace() || c == '(' || c == ')')
    })
}

fn needs_terms(span: Range<usize>, word: &str) -> QueryError {
    err(
        span,
        format!("`{word}` needs a term on each side, as in oil {word} gas"),
    )
}

/// `(…)` at `open`, maybe after `-`: its alternatives, and where it ends.
fn group(text: &str, open: usize, depth: usize) -> Result<(Term, usize), QueryError> {
    if depth >= DEPTH {
        return Err(err(
            open..open + 1,
            format!("brackets nested deeper than {DEPTH}"),
        ));
    }
    let (alternatives, end) = any_of(text, open + 1, Some(open), depth + 1)?;
    if alternatives.iter().all(Query::is_empty) {
        return Err(err(
            open..end,
            "empty brackets: put terms inside, as in (oil OR gas)",
        ));
    }
    Ok((Term::Any(alternatives), end))
}

fn skip_space(text: &str, from: usize) -> Option<usize> {
    text[from..]
        .find(|c: char| !c.is_whitespace())
        .map(|i| from + i)
}

fn err(span: Range<usize>, message: impl Into<String>) -> QueryError {
    QueryError {
        span,
        column: 0,
        message: message.into(),
    }
}

/// End of a bare token: the next white space, or a `)` closing a group.
fn token_end(text: &str, from: usize) -> usize {
    text[from..]
        .find(|c: char| c.is_whitespace() || c == ')')
        .map_or(text.len(), |i| from + i)
}

/// A `"…"` starting at `from`: its inner text and the end of the closing mark.
fn quoted(text: &str, from: usize) -> Result<(&str, usize), QueryError> {
    match text[from + 1..].find('"') {
        Some(i) => Ok((&text[from + 1..from + 1 + i], from + 2 + i)),
        None => Err(err(from..text.len(), "unclosed quote: add a closing `\"`")),
    }
}

fn clause(text: &str, start: usize, depth: usize) -> Result<(Clause, usize), QueryError> {
    let negated = text[start..].starts_with('-');
    let body = if negated { start + 1 } else { start };
    if skip_space(text, body) != Some(body) {
        return Err(err(
            start..body,
            "`-` needs a term right after it, as in -tag:sport",
        ));
    }
    let rest = &text[body..];
    let (term, end) = if rest.starts_with('(') {
        group(text, body, depth)?
    } else if rest.starts_with('"') {
        let (inner, end) = quoted(text, body)?;
        (text_term(inner, body..end, true)?, end)
    } else if let Some(tag) = rest.strip_prefix('#') {
        let end = token_end(text, body);
        let tag = &tag[..end - body - 1];
        (Term::Tags(tag_list(tag, body..end)?), end)
    } else if let Some((field, value_at)) = field_of(rest) {
        let value_start = body + value_at;
        let in_marks = text[value_start..].starts_with('"');
        let (value, end) = if in_marks {
            quoted(text, value_start)?
        } else {
            let end = token_end(text, value_start);
            (&text[value_start..end], end)
        };
        let term = match field.eq_ignore_ascii_case("quote") && !value.is_empty() {
            true => Term::InQuote(wording(value, body..end, in_marks)?),
            false => field_term(field, value, body..end)?,
        };
        (term, end)
    } else {
        let end = token_end(text, body);
        let token = &text[body..end];
        let term = match fuzzy_of(token) {
            Some((word, distance)) => fuzzy_term(word, distance, body..end)?,
            None => text_term(token, body..end, false)?,
        };
        (term, end)
    };
    Ok((
        Clause {
            negated,
            term,
            span: start..end,
        },
        end,
    ))
}

/// `name:` at the start of a token whose name is a plain word.
fn field_of(token: &str) -> Option<(&str, usize)> {
    let colon = token.find(':')?;
    let name = &token[..colon];
    let plain = !name.is_empty() && name.bytes().all(|b| b.is_ascii_alphabetic());
    let first_space = token.find(char::is_whitespace).unwrap_or(token.len());
    (plain && colon < first_space).then_some((name, colon + 1))
}

/// A bare word matches as a prefix; quoted words, or several words in one
/// token (`de-escalation`), must match exactly and in order.
fn text_term(text: &str, span: Range<usize>, quoted: bool) -> Result<Term, QueryError> {
    let mut words = words::folded(text);
    match words.len() {
        0 => Err(err(
            span,
            format!("`{text}` has no letters or digits to search for"),
        )),
        1 if !quoted => Ok(Term::Prefix(words.remove(0))),
        _ => Ok(Term::Phrase(words)),
    }
}

/// What `quote:` looks for: one word as a prefix, or quoted words (or
/// several in one token) as a phrase.
fn wording(text: &str, span: Range<usize>, quoted: bool) -> Result<Wording, QueryError> {
    match text_term(text, span.clone(), quoted)? {
        Term::Prefix(p) => Ok(Wording::Prefix(p)),
        Term::Phrase(words) => Ok(Wording::Phrase(words)),
        _ => Err(err(span, "`quote:` needs words, as in quote:price")),
    }
}

/// `word~` or `word~N`: the word and the distance as written.
fn fuzzy_of(token: &str) -> Option<(&str, &str)> {
    let (word, distance) = token.rsplit_once('~')?;
    distance
        .bytes()
        .all(|b| b.is_ascii_digit())
        .then_some((word, distance))
}

fn fuzzy_term(word: &str, distance: &str, span: Range<usize>) -> Result<Term, QueryError> {
    let distance = match distance {
        "" => 1,
        "1" => 1,
        "2" => 2,
        _ => {
            return Err(err(
                span,
                format!("`~{distance}`: the edit distance is 1 or 2, as in zelensky~2"),
            ));
        }
    };
    match words::folded(word).as_slice() {
        [one] => Ok(Term::Fuzzy {
            word: one.clone(),
            distance,
        }),
        _ => Err(err(
            span,
            format!("`{word}~` needs one word before `~`, as in zelensky~"),
        )),
    }
}

fn field_term(field: &str, value: &str, span: Range<usize>) -> Result<Term, QueryError> {
    let lower = field.to_ascii_lowercase();
    if value.is_empty() {
        return Err(err(span, format!("`{field}:` needs a value")));
    }
    let date = |v: &str| DateSpec::parse(v).map_err(|m| err(span.clone(), m));
    match lower.as_str() {
        "tag" => Ok(Term::Tags(tag_list(value, span.clone())?)),
        "source" => Ok(Term::Source(words::fold(value).into_owned())),
        "speaker" => Ok(Term::Speaker(words::fold(value).into_owned())),
        "id" => Ok(Term::Id(value.to_lowercase())),
        "since" => Ok(Term::Since(date(value)?)),
        "until" => Ok(Term::Until(date(value)?)),
        "date" => Ok(Term::On(date(value)?)),
        "priority" => value
            .split(',')
            .map(|p| {
                p.parse::<Priority>().map_err(|()| {
                    err(
                        span.clone(),
                        format!("unknown priority `{p}`: use low, normal or high"),
                    )
                })
            })
            .collect::<Result<_, _>>()
            .map(Term::Priority),
        "has" => match value.to_ascii_lowercase().as_str() {
            "quote" | "quotes" => Ok(Term::Has(Feature::Quote)),
            "url" | "link" => Ok(Term::Has(Feature::Url)),
            "summary" => Ok(Term::Has(Feature::Summary)),
            "note" | "notes" => Ok(Term::Has(Feature::Note)),
            _ => Err(err(
                span,
                format!("unknown `has:{value}`: use has:quote, has:url, has:summary or has:note"),
            )),
        },
        "is" => match value.to_ascii_lowercase().as_str() {
            "unread" => Ok(Term::Is(Mark::Unread)),
            "read" => Ok(Term::Is(Mark::Read)),
            "bookmarked" | "bookmark" => Ok(Term::Is(Mark::Bookmarked)),
            "new" => Ok(Term::Is(Mark::New)),
            _ => Err(err(
                span,
                format!("unknown `is:{value}`: use is:unread, is:read, is:bookmarked or is:new"),
            )),
        },
        _ => Err(err(
            span,
            format!("unknown field `{field}:`; fields are {}", FIELDS.join(", ")),
        )),
    }
}

fn tag_list(value: &str, span: Range<usize>) -> Result<Vec<String>, QueryError> {
    let tags: Vec<String> = value.split(',').map(|t| t.trim().to_lowercase()).collect();
    if tags.iter().any(String::is_empty) {
        return Err(err(span, "empty tag name: write tag:nato or tag:nato,eu"));
    }
    Ok(tags)
}

#[cfg(test)]
#[path = "parse_tests.rs"]
mod tests;
