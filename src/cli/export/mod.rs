//! `brief export`: the matching briefings, or their quotes, with where they
//! came from, as Markdown, CSV or JSON Lines.

mod markdown;

use std::io::{self, Write};

use serde::Serialize;

use super::args::{ExportArgs, Format};
use super::list::{Record, record};
use super::output::{Out, json_safe};
use super::quotes::Said;
use super::{CliError, Loading, date_text, parse_query, selected};
use crate::atomic::AtomicFile;
use crate::model::{Briefing, Quote};
use crate::query::Query;
use crate::store::{DocId, Store};
use crate::text::sanitize;

/// What to export, and how.
struct Export<'a> {
    format: Format,
    quotes: bool,
    /// The query as given, named in the Markdown heading...
    query: &'a str,
    /// ...and parsed, for the quotes its `speaker:` terms keep.
    parsed: Query,
}

/// A briefing: the keys of `brief list --json`, plus its url, summary and text.
#[derive(Serialize)]
struct BriefingRecord<'a> {
    #[serde(flatten)]
    list: Record<'a>,
    url: Option<&'a str>,
    summary: Option<&'a str>,
    body: Vec<&'a str>,
}

/// A quote: the keys of `brief quotes --json`, plus its paragraph and the
/// briefing's url and tags.
#[derive(Serialize)]
struct QuoteRecord<'a> {
    id: &'a str,
    date: Option<String>,
    source: Option<&'a str>,
    url: Option<&'a str>,
    tags: Vec<&'a str>,
    text: std::borrow::Cow<'a, str>,
    #[serde(flatten)]
    said: Said<'a>,
    paragraph: usize,
}

fn briefing_record(b: &Briefing) -> BriefingRecord<'_> {
    BriefingRecord {
        list: record(b),
        url: b.url.as_deref(),
        summary: b.summary.as_deref(),
        body: b.paragraphs.iter().collect(),
    }
}

fn quote_record<'a>(b: &'a Briefing, q: &'a Quote) -> QuoteRecord<'a> {
    QuoteRecord {
        id: &b.id,
        date: date_text(b.date),
        source: b.source.as_deref(),
        url: b.url.as_deref(),
        tags: b.tag_names().collect(),
        text: b.quote_text(q),
        said: Said::of(q),
        paragraph: q.paragraph,
    }
}

/// `brief export`: load, select, and write to stdout or atomically to `-o`.
/// Exports the selection; returns how many briefings (or quotes) it wrote.
pub fn command(a: ExportArgs, loading: &Loading, out: &mut Out) -> Result<usize, CliError> {
    let query = a.select.query.clone();
    let parsed = parse_query(&query)?;
    let (store, docs) = selected(a.select, a.order.sort, loading)?;
    let spec = Export {
        format: a.format,
        quotes: a.quotes,
        query: &query,
        parsed,
    };
    let Some(path) = a.output else {
        return Ok(run(&store, &docs, &spec, out)?);
    };
    refuse_briefing(&store, &path)?;
    let cannot = |e: io::Error| {
        let message = format!("cannot write {}: {e}", path.display());
        CliError::Io(io::Error::new(e.kind(), sanitize(&message).into_owned()))
    };
    let mut file = AtomicFile::create(&path).map_err(cannot)?;
    let written = run(&store, &docs, &spec, &mut file).map_err(cannot)?;
    file.commit().map_err(cannot)?;
    Ok(written)
}

/// brief never writes to briefing files, not even when asked to.
fn refuse_briefing(store: &Store, path: &std::path::Path) -> Result<(), CliError> {
    let Ok(target) = std::fs::canonicalize(path) else {
        return Ok(());
    };
    let is_target = |path: &std::path::Path| {
        path.file_name() == target.file_name()
            && std::fs::canonicalize(path).is_ok_and(|p| p == target)
    };
    // By the paths the store holds: no briefing is read for this.
    if (0..store.len()).any(|i| is_target(store.path(DocId::from_index(i)))) {
        let message = format!("will not overwrite {}: it is a briefing", path.display());
        return Err(CliError::Usage(sanitize(&message).into_owned()));
    }
    Ok(())
}

fn run(store: &Store, docs: &[DocId], spec: &Export, w: &mut dyn Write) -> io::Result<usize> {
    // Read whole once: a store from the index cache holds heads only.
    let wholes: Vec<_> = docs
        .iter()
        .map(|&d| crate::library::whole(store, d))
        .collect();
    let briefings = || wholes.iter().map(|b| &**b);
    let keep = |b: &Briefing, q: &Quote| spec.parsed.keeps_quote(b, q, store);
    let quotes = || {
        briefings().flat_map(move |b| {
            (b.quotes.iter())
                .filter(move |q| keep(b, q))
                .map(move |q| quote_record(b, q))
        })
    };
    let count = match spec.quotes {
        true => quotes().count(),
        false => wholes.len(),
    };
    match (spec.format, spec.quotes) {
        (Format::Json, false) => briefings().try_for_each(|b| json_line(w, &briefing_record(b))),
        (Format::Json, true) => quotes().try_for_each(|q| json_line(w, &q)),
        (Format::Csv, false) => csv_briefings(w, briefings().map(briefing_record)),
        (Format::Csv, true) => csv_quotes(w, quotes()),
        (Format::Md, false) => markdown::briefings(w, spec.query, briefings()),
        (Format::Md, true) => markdown::quotes(w, spec.query, &keep, briefings()),
    }?;
    Ok(count)
}

fn json_line(w: &mut dyn Write, value: &impl Serialize) -> io::Result<()> {
    let text = serde_json::to_string(value).map_err(io::Error::other)?;
    w.write_all(json_safe(&text).as_bytes())?;
    w.write_all(b"\n")
}

/// RFC 4180: CRLF after each record, fields quoted when they hold a comma,
/// quote, CR or LF.
fn csv_writer(w: &mut dyn Write) -> csv::Writer<&mut dyn Write> {
    csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(w)
}

fn csv_error(e: csv::Error) -> io::Error {
    match e.into_kind() {
        csv::ErrorKind::Io(e) => e,
        other => io::Error::other(format!("{other:?}")),
    }
}

/// Each field sanitised: a CSV file is as likely to be shown on a terminal as
/// any other output. Paragraphs are separated by a blank line.
fn csv_briefings<'a>(
    w: &mut dyn Write,
    records: impl Iterator<Item = BriefingRecord<'a>>,
) -> io::Result<()> {
    let mut csv = csv_writer(w);
    let header = [
        "id", "date", "source", "url", "tags", "title", "priority", "path", "summary", "body",
    ];
    csv.write_record(header).map_err(csv_error)?;
    for r in records {
        let body: Vec<String> = r.body.iter().map(|p| sanitize(p).into_owned()).collect();
        let BriefingRecord { list, url, .. } = &r;
        let row = [
            sanitize(list.id).into_owned(),
            list.date.clone().unwrap_or_default(),
            optional(list.source),
            optional(*url),
            tags_cell(&list.tags),
            sanitize(list.title).into_owned(),
            list.priority.to_string(),
            sanitize(&list.path).into_owned(),
            optional(r.summary),
            body.join("\n\n"),
        ];
        csv.write_record(&row).map_err(csv_error)?;
    }
    csv.flush()
}

fn csv_quotes<'a>(
    w: &mut dyn Write,
    records: impl Iterator<Item = QuoteRecord<'a>>,
) -> io::Result<()> {
    let mut csv = csv_writer(w);
    let header = [
        "id",
        "date",
        "source",
        "url",
        "tags",
        "text",
        "speaker",
        "pronoun",
        "attribution",
        "paragraph",
    ];
    csv.write_record(header).map_err(csv_error)?;
    for r in records {
        let row = [
            sanitize(r.id).into_owned(),
            r.date.unwrap_or_default(),
            optional(r.source),
            optional(r.url),
            tags_cell(&r.tags),
            sanitize(&r.text).into_owned(),
            optional(r.said.speaker),
            optional(r.said.pronoun),
            optional(r.said.attribution),
            r.paragraph.to_string(),
        ];
        csv.write_record(&row).map_err(csv_error)?;
    }
    csv.flush()
}

fn optional(text: Option<&str>) -> String {
    text.map(|t| sanitize(t).into_owned()).unwrap_or_default()
}

fn tags_cell(tags: &[&str]) -> String {
    sanitize(&tags.join(";")).into_owned()
}
