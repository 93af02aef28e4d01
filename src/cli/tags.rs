//! `brief tags`: tag counts over the selected briefings.

use std::collections::BTreeMap;
use std::io;

use serde::Serialize;

use super::output::Out;
use crate::store::{DocId, Store};
use crate::text::sanitize;

#[derive(Serialize)]
struct Record<'a> {
    tag: &'a str,
    count: usize,
}

/// Tags over the selected briefings, most frequent first, ties by name.
pub fn run(store: &Store, out: &mut Out, docs: &[DocId], json: bool) -> io::Result<()> {
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for &d in docs {
        for tag in store.head(d).tag_names() {
            *counts.entry(tag).or_default() += 1;
        }
    }
    let mut rows: Vec<(&str, usize)> = counts.into_iter().collect();
    rows.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(b.0)));
    let width = rows.first().map_or(1, |r| r.1.to_string().len());
    for (tag, count) in rows {
        if json {
            out.json(&Record { tag, count })?;
        } else {
            out.line(&sanitize(&format!("{count:>width$}  {tag}")))?;
        }
    }
    Ok(())
}
