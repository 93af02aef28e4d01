//! Rows on screen whose briefings have the same title: each says what tells
//! it apart from the others, after its title (`ui::list`). The date is on
//! every row already; when the dates shown differ, that is enough. Else the
//! source, when it tells them apart with the date; else the id, which
//! always differs. Set by `derive` for the rows on screen; render only
//! reads it.

use std::collections::HashMap;

use crate::model::Briefing;
use crate::store::{DocId, Store};

/// What a row shows after its title.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum By {
    Source,
    Id,
}

/// What tells one row apart from the others of its title.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tell {
    pub doc: DocId,
    pub by: By,
    /// The source as the file spells it, or the id.
    pub text: String,
    /// The bytes at its start that every row of its title shares, up to a
    /// word or a folder: what a row short of room leaves out.
    pub shared: usize,
}

/// The tells of the rows on screen.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Twins {
    tells: Vec<Tell>,
}

/// One row of a title: its date as shown, its source, its id.
struct Row<'a> {
    doc: DocId,
    date: String,
    source: Option<&'a str>,
    id: &'a str,
}

impl Twins {
    /// The tells of `rows` (on screen), their dates shown in `date_format`.
    pub fn of_rows(store: &Store, rows: &[DocId], date_format: &str) -> Twins {
        let mut titles: HashMap<String, Vec<Row>> = HashMap::new();
        for &doc in rows {
            let head: &Briefing = store.head(doc);
            let date = head.date.map_or_else(
                || "undated".to_string(),
                |d| d.format(date_format).to_string(),
            );
            let row = Row {
                doc,
                date,
                source: head.source.as_deref(),
                id: store.id(doc),
            };
            titles
                .entry(head.title.trim().to_lowercase())
                .or_default()
                .push(row);
        }
        let mut tells = Vec::new();
        for group in titles.values().filter(|g| g.len() > 1) {
            tells.extend(tell_apart(group));
        }
        Twins { tells }
    }

    /// What tells `doc`'s row apart, if another on screen has its title.
    pub fn of(&self, doc: DocId) -> Option<&Tell> {
        self.tells.iter().find(|t| t.doc == doc)
    }
}

/// The tells of the rows of one title.
fn tell_apart(rows: &[Row]) -> Vec<Tell> {
    let folded = |r: &Row| r.source.map(str::to_lowercase);
    if all_differ(rows, |r| r.date.clone()) {
        return Vec::new();
    }
    let (by, texts): (By, Vec<Option<&str>>) = if all_differ(rows, |r| (r.date.clone(), folded(r)))
    {
        (By::Source, rows.iter().map(|r| r.source).collect())
    } else {
        (By::Id, rows.iter().map(|r| Some(r.id)).collect())
    };
    let shared = shared_start(texts.iter().map(|t| t.unwrap_or("")));
    let tells = rows.iter().zip(texts).filter_map(|(row, text)| {
        Some(Tell {
            doc: row.doc,
            by,
            text: text?.to_string(),
            shared,
        })
    });
    tells.collect()
}

fn all_differ<K: Eq + std::hash::Hash>(rows: &[Row], key: impl Fn(&Row) -> K) -> bool {
    let mut seen = std::collections::HashSet::new();
    rows.iter().all(|r| seen.insert(key(r)))
}

/// The bytes at the start of every text up to and with the last space,
/// `/`, `_`, `-` or `.` they all share there.
fn shared_start<'a>(mut texts: impl Iterator<Item = &'a str>) -> usize {
    let Some(first) = texts.next() else {
        return 0;
    };
    let mut common = first.len();
    for text in texts {
        common = first
            .char_indices()
            .zip(text.chars())
            .find(|((_, a), b)| a != b)
            .map_or(common.min(text.len()), |((at, _), _)| at.min(common));
    }
    first[..common]
        .rfind([' ', '/', '_', '-', '.'])
        .map_or(0, |at| at + 1)
}

#[cfg(test)]
#[path = "twins_tests.rs"]
mod tests;
