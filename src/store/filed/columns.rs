//! A briefing's fields as a tantivy document's fast fields and stored head,
//! and read back per segment without decoding a document: what a store is
//! put together from at start.

use std::io;
use std::os::unix::ffi::OsStrExt;

use chrono::{Datelike, NaiveDate};
use tantivy::columnar::{BytesColumn, Column, StrColumn};
use tantivy::schema::{Field, Schema};
use tantivy::{DocId as SegmentDoc, SegmentReader, TantivyDocument};

use crate::load::FileStat;
use crate::model::{Briefing, Priority, TagOrigin};
use crate::store::fields::Names;
use crate::store::fields::speakers::is_named;
use crate::store::head;
use crate::store::schema::{
    CTIME, DATE, FILE, FLAGS, HEAD, ID, INO, LENGTH, MTIME, PATH, SIZE, SOURCE, SPEAKERS, TAGS,
};

/// `FLAGS`: the priority in the low two bits, then these, then the count of
/// the briefing's problems from `PROBLEMS_SHIFT` on.
pub const QUOTES: u64 = 1 << 2;
pub const URL: u64 = 1 << 3;
pub const SUMMARY: u64 = 1 << 4;
const PROBLEMS_SHIFT: u32 = 8;

fn field(schema: &Schema, name: &str) -> Field {
    schema
        .get_field(name)
        .expect("brief's schema has the field")
}

/// Adds `b`'s fields to `doc`, read from a file of `stat` and `length` words.
pub fn add(
    doc: &mut TantivyDocument,
    schema: &Schema,
    b: &Briefing,
    stat: Option<FileStat>,
    length: u32,
) {
    let f = |name| field(schema, name);
    doc.add_bytes(f(HEAD), &head::encode(b));
    doc.add_text(f(ID), &b.id);
    doc.add_bytes(f(PATH), b.path.as_os_str().as_bytes());
    if let Some(source) = &b.source {
        doc.add_text(f(SOURCE), source);
    }
    for tag in b.tags.iter().filter(|t| t.origin != TagOrigin::Rule) {
        doc.add_text(f(TAGS), &tag.name);
    }
    for s in b
        .quotes
        .iter()
        .filter_map(|q| q.speaker.as_ref())
        .filter(|s| is_named(s))
    {
        doc.add_text(f(SPEAKERS), s.person());
    }
    if let Some(date) = b.date {
        doc.add_i64(f(DATE), i64::from(date.num_days_from_ce()));
    }
    let flags = b.priority as u64
        | if b.quotes.is_empty() { 0 } else { QUOTES }
        | if b.url.is_some() { URL } else { 0 }
        | if b.summary.is_some() { SUMMARY } else { 0 }
        | (b.diagnostics.len() as u64) << PROBLEMS_SHIFT;
    doc.add_u64(f(FLAGS), flags);
    doc.add_u64(f(LENGTH), u64::from(length));
    if let Some(s) = stat {
        doc.add_u64(f(SIZE), s.size);
        doc.add_i64(f(MTIME), nanos(s.mtime));
        doc.add_i64(f(CTIME), nanos(s.ctime));
        doc.add_u64(f(INO), s.ino);
    }
}

fn nanos((secs, nsec): (i64, i64)) -> i64 {
    secs.saturating_mul(1_000_000_000).saturating_add(nsec)
}

fn from_nanos(n: i64) -> (i64, i64) {
    (n.div_euclid(1_000_000_000), n.rem_euclid(1_000_000_000))
}

/// One segment's columns.
pub struct Columns {
    pub file: Column<u64>,
    id: StrColumn,
    path: BytesColumn,
    source: Option<StrColumn>,
    tags: Option<StrColumn>,
    date: Column<i64>,
    flags: Column<u64>,
    length: Column<u64>,
    size: Column<u64>,
    mtime: Column<i64>,
    ctime: Column<i64>,
    ino: Column<u64>,
    /// Each column's terms by ordinal, read once (`read_terms`): empty
    /// until then.
    ids: Names,
    paths: Names,
    pub sources: Vec<String>,
    pub tag_names: Vec<String>,
}

fn other(e: impl std::fmt::Display) -> io::Error {
    io::Error::other(e.to_string())
}

/// A column's terms by ordinal, end to end.
fn terms(column: &BytesColumn) -> io::Result<Names> {
    let dictionary = column.dictionary();
    let mut terms = Names::with_capacity(dictionary.num_terms(), 0);
    let mut stream = dictionary.stream()?;
    while stream.advance() {
        terms.push(stream.key());
    }
    Ok(terms)
}

/// A column's terms by ordinal, as text.
pub fn texts(column: Option<&StrColumn>) -> io::Result<Vec<String>> {
    let Some(column) = column else {
        return Ok(Vec::new());
    };
    let terms = terms(column)?;
    Ok((0..terms.len())
        .map(|i| String::from_utf8_lossy(terms.get(i)).into_owned())
        .collect())
}

impl Columns {
    pub fn of(segment: &SegmentReader) -> io::Result<Columns> {
        let fast = segment.fast_fields();
        let str_column = |name: &str| fast.str(name).map_err(other);
        let id = str_column(ID)?.ok_or_else(|| other("the index has no ids"))?;
        let (source, tags) = (str_column(SOURCE)?, str_column(TAGS)?);
        let path =
            (fast.bytes(PATH).map_err(other)?).ok_or_else(|| other("the index has no paths"))?;
        let u64s = |name: &str| fast.u64(name).map_err(other);
        let i64s = |name: &str| fast.i64(name).map_err(other);
        Ok(Columns {
            file: u64s(FILE)?,
            ids: Names::default(),
            paths: Names::default(),
            sources: texts(source.as_ref())?,
            tag_names: texts(tags.as_ref())?,
            id,
            path,
            source,
            tags,
            date: i64s(DATE)?,
            flags: u64s(FLAGS)?,
            length: u64s(LENGTH)?,
            size: u64s(SIZE)?,
            mtime: i64s(MTIME)?,
            ctime: i64s(CTIME)?,
            ino: u64s(INO)?,
        })
    }

    /// Reads the ids and paths by ordinal, which `id` and `path` need: only
    /// for the segments that hold a briefing of the store.
    pub fn read_terms(&mut self) -> io::Result<()> {
        if self.ids.len() == 0 {
            self.ids = terms(&self.id)?;
            self.paths = terms(&self.path)?;
        }
        Ok(())
    }

    /// What the segment's paths take, end to end.
    pub fn path_bytes(&self) -> usize {
        self.paths.byte_len()
    }

    pub fn id(&self, doc: SegmentDoc) -> &str {
        let ord = self.id.ords().first(doc).map(|o| o as usize);
        ord.filter(|&o| o < self.ids.len())
            .map_or("", |o| self.ids.str(o))
    }

    pub fn path(&self, doc: SegmentDoc) -> &[u8] {
        let ord = self.path.ords().first(doc).map(|o| o as usize);
        ord.filter(|&o| o < self.paths.len())
            .map_or(&[], |o| self.paths.get(o))
    }

    /// The place in `sources` of the document's source.
    pub fn source(&self, doc: SegmentDoc) -> Option<usize> {
        let ord = self.source.as_ref()?.ords().first(doc)? as usize;
        (ord < self.sources.len()).then_some(ord)
    }

    /// The places in `tag_names` of the document's tags.
    pub fn tags(&self, doc: SegmentDoc) -> impl Iterator<Item = usize> + '_ {
        let ords = self.tags.as_ref().map(|c| c.term_ords(doc));
        let known = self.tag_names.len();
        ords.into_iter()
            .flatten()
            .map(|o| o as usize)
            .filter(move |&o| o < known)
    }

    pub fn date(&self, doc: SegmentDoc) -> Option<NaiveDate> {
        let days = i32::try_from(self.date.first(doc)?).ok()?;
        NaiveDate::from_num_days_from_ce_opt(days)
    }

    pub fn flags(&self, doc: SegmentDoc) -> u64 {
        self.flags.first(doc).unwrap_or(0)
    }

    pub fn length(&self, doc: SegmentDoc) -> u32 {
        self.length
            .first(doc)
            .map_or(0, |n| n.min(u64::from(u32::MAX)) as u32)
    }

    pub fn stat(&self, doc: SegmentDoc) -> Option<FileStat> {
        Some(FileStat {
            size: self.size.first(doc)?,
            mtime: from_nanos(self.mtime.first(doc)?),
            ctime: from_nanos(self.ctime.first(doc)?),
            ino: self.ino.first(doc)?,
        })
    }
}

pub fn priority(flags: u64) -> Priority {
    Priority::ALL
        .get((flags & 3) as usize)
        .copied()
        .unwrap_or_default()
}

pub fn problems(flags: u64) -> u32 {
    (flags >> PROBLEMS_SHIFT).min(u64::from(u32::MAX)) as u32
}
