//! `brief quotes`: every quote of the selected briefings with its attribution.

use std::io;

use serde::Serialize;

use super::date_text;
use super::output::Out;
use crate::store::{DocId, Store};
use crate::text::sanitize;
use crate::text::wrap::wrap;

const WIDTH: usize = 78;

#[derive(Serialize)]
struct Record<'a> {
    id: &'a str,
    date: Option<String>,
    source: Option<&'a str>,
    text: &'a str,
    attribution: Option<&'a str>,
}

pub fn run(store: &Store, out: &mut Out, docs: &[DocId], json: bool) -> io::Result<()> {
    for &d in docs {
        let b = store.get(d);
        for q in &b.quotes {
            let record = Record {
                id: &b.id,
                date: date_text(b.date),
                source: b.source.as_deref(),
                text: b.quote_text(q),
                attribution: q.attribution.as_deref(),
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
            if let Some(a) = record.attribution {
                for (i, r) in wrap(a, WIDTH - 2).into_iter().enumerate() {
                    let dash = if i == 0 { "—" } else { " " };
                    out.line(&sanitize(&format!("    {dash} {}", &a[r])))?;
                }
            }
            out.line("")?;
        }
    }
    Ok(())
}
