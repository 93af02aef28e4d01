//! `brief quotes`: every quote of the selected briefings with its speaker;
//! with `speaker:` in the query, only the quotes of that speaker.

use std::io;

use serde::Serialize;

use super::date_text;
use super::output::Out;
use crate::query::Query;
use crate::store::{DocId, Store};
use crate::text::sanitize;
use crate::text::wrap::wrap;

const WIDTH: usize = 78;

#[derive(Serialize)]
struct Record<'a> {
    id: &'a str,
    date: Option<String>,
    source: Option<&'a str>,
    text: std::borrow::Cow<'a, str>,
    #[serde(flatten)]
    said: Said<'a>,
}

/// Who said a quote, in the keys every JSON output uses: `speaker` is who
/// is meant, `pronoun` the pronoun the text used for them, if it did.
#[derive(Serialize)]
pub struct Said<'a> {
    pub speaker: Option<&'a str>,
    pub pronoun: Option<&'a str>,
    pub attribution: Option<&'a str>,
}

impl<'a> Said<'a> {
    pub fn of(q: &'a crate::model::Quote) -> Said<'a> {
        let s = q.speaker.as_ref();
        Said {
            speaker: s.map(|s| s.who()),
            pronoun: s.filter(|s| s.refers_to.is_some()).map(|s| s.name.as_str()),
            attribution: q.attribution.as_deref(),
        }
    }
}

pub fn run(
    store: &Store,
    out: &mut Out,
    docs: &[DocId],
    query: &Query,
    json: bool,
) -> io::Result<usize> {
    let mut printed = 0;
    for &d in docs {
        let b = crate::library::whole(store, d);
        for q in b.quotes.iter().filter(|q| query.keeps_quote(&b, q, store)) {
            printed += 1;
            let record = Record {
                id: &b.id,
                date: date_text(b.date),
                source: b.source.as_deref(),
                text: b.quote_text(q),
                said: Said::of(q),
            };
            if json {
                out.json(&record)?;
                continue;
            }
            let head = format!(
                "{}  {}  {}",
                record.date.as_deref().unwrap_or("----------"),
                b.id,
                record.source.unwrap_or("-")
            );
            out.line(&sanitize(&head))?;
            let text = format!("“{}”", record.text);
            for r in wrap(&text, WIDTH) {
                out.line(&sanitize(&format!("    {}", &text[r])))?;
            }
            if let Some(s) = &q.speaker {
                let who = s.shown();
                for (i, r) in wrap(&who, WIDTH - 2).into_iter().enumerate() {
                    let dash = if i == 0 { "—" } else { " " };
                    out.line(&sanitize(&format!("    {dash} {}", &who[r])))?;
                }
            }
            out.line("")?;
        }
    }
    Ok(printed)
}
