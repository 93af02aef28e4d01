//! `brief speakers`: who is quoted in the selected briefings, with their
//! quotes, the briefings quoting them, and the first and last dates.

use std::io;

use serde::Serialize;

use super::date_text;
use super::output::Out;
use crate::query::{Query, picked};
use crate::store::{DocId, DocSet, Store};
use crate::text::sanitize;
use crate::text::words::starts_a_word;

#[derive(Serialize)]
struct Record<'a> {
    speaker: &'a str,
    /// `person`, or `body` for a body or a document (`the ministry`).
    kind: &'static str,
    quotes: u32,
    briefings: u32,
    first: Option<String>,
    last: Option<String>,
}

/// Speakers of the briefings `docs`; with `speaker:` in the query, only
/// the speakers it names; with `quote:`, counting only the quotes it picks.
pub fn run(
    store: &Store,
    out: &mut Out,
    docs: &[DocId],
    query: &Query,
    json: bool,
) -> io::Result<usize> {
    let among = DocSet::from_ids(store.len(), docs.iter().copied());
    let keep = |folded: &str| query.keeps_speaker(|prefix| starts_a_word(folded, prefix));
    let picked = (query.asks_for_quote_words()).then(|| picked::quotes(store, query));
    let rows = match picked.flatten() {
        Some(quotes) => store.speakers_of(&quotes, &among, keep),
        None => store.speakers(&among, keep),
    };
    let width = rows
        .iter()
        .map(|r| r.quotes.to_string().len())
        .max()
        .unwrap_or(1);
    let people = rows.iter().filter(|r| r.person).count();
    let listed = rows.len();
    for (i, r) in rows.into_iter().enumerate() {
        let record = Record {
            speaker: r.name,
            kind: if r.person { "person" } else { "body" },
            quotes: r.quotes,
            briefings: r.briefings,
            first: date_text(r.first),
            last: date_text(r.last),
        };
        if json {
            out.json(&record)?;
            continue;
        }
        if i == people {
            out.line(if people > 0 {
                "\nbodies and documents:"
            } else {
                "bodies and documents:"
            })?;
        }
        let span = match (&record.first, &record.last) {
            (Some(f), Some(l)) if f == l => f.clone(),
            (Some(f), Some(l)) => format!("{f}..{l}"),
            _ => "undated".to_string(),
        };
        let line = format!(
            "{:>width$}  {}  ({} in {}, {span})",
            r.quotes,
            r.name,
            crate::text::plural(r.quotes as usize, "quote"),
            crate::text::plural(r.briefings as usize, "briefing"),
        );
        out.line(&sanitize(&line))?;
    }
    Ok(listed)
}
