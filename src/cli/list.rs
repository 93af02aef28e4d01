//! `brief list`: one line or JSON record per selected briefing.

use std::io;

use serde::Serialize;

use super::date_text;
use super::output::Out;
use crate::load::shorten;
use crate::model::{Briefing, Priority};
use crate::store::{DocId, Store};
use crate::text::sanitize;
use crate::text::wrap::str_width;

const SOURCE_MAX: usize = 24;

/// A briefing as `brief list --json` prints it.
#[derive(Serialize)]
pub struct Record<'a> {
    pub id: &'a str,
    pub path: String,
    pub date: Option<String>,
    pub title: &'a str,
    pub source: Option<&'a str>,
    pub tags: Vec<&'a str>,
    pub priority: Priority,
    pub quotes: usize,
    pub words: usize,
}

pub fn run(store: &Store, out: &mut Out, docs: &[DocId], json: bool) -> io::Result<()> {
    if json {
        return docs
            .iter()
            .try_for_each(|&d| out.json(&record(store.head(d))));
    }
    let id_width = docs
        .iter()
        .map(|&d| str_width(&store.head(d).id))
        .max()
        .unwrap_or(0);
    let sources: Vec<String> = docs.iter().map(|&d| source_cell(store.head(d))).collect();
    let source_width = sources.iter().map(|s| str_width(s)).max().unwrap_or(0);
    for (&d, source) in docs.iter().zip(&sources) {
        let b = store.head(d);
        let mut line = format!(
            "{}  {} {}  {}  {}",
            date_text(b.date).unwrap_or_else(|| "----------".into()),
            marker(b.priority),
            pad(&b.id, id_width),
            pad(source, source_width),
            b.title
        );
        for tag in b.tag_names() {
            line.push_str(&format!("  #{tag}"));
        }
        out.line(&sanitize(&line))?;
    }
    Ok(())
}

pub fn record(b: &Briefing) -> Record<'_> {
    Record {
        id: &b.id,
        path: b.path.display().to_string(),
        date: date_text(b.date),
        title: &b.title,
        source: b.source.as_deref(),
        tags: b.tag_names().collect(),
        priority: b.priority,
        quotes: b.quotes.len(),
        words: b.words,
    }
}

fn source_cell(b: &Briefing) -> String {
    b.source
        .as_deref()
        .map_or_else(|| "-".to_string(), |s| shorten(s, SOURCE_MAX))
}

pub fn marker(p: Priority) -> char {
    match p {
        Priority::High => '!',
        Priority::Normal => ' ',
        Priority::Low => '-',
    }
}

fn pad(text: &str, width: usize) -> String {
    let fill = width.saturating_sub(str_width(text));
    format!("{text}{}", " ".repeat(fill))
}
