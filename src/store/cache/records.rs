//! Briefings' heads and diagnostics in the catalog.

use std::ffi::OsStr;
use std::io::{self, Write};
use std::os::unix::ffi::OsStrExt;
use std::path::PathBuf;

use chrono::{Datelike, NaiveDate};

use super::wire::{Reader, Writer};
use crate::model::{
    Briefing, Diagnostic, Extra, Priority, Quote, Severity, Speaker, Tag, TagOrigin,
};

/// Whether a head record names its quotes' speakers: a catalog's do not,
/// its speakers index does; a head added since (in a patch) does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Speakers {
    InIndex,
    Named,
}

/// Writes all of the briefing but its body text and what the field indexes
/// hold already (its id and path); of its quotes, how many there are and,
/// with `Speakers::Named`, who said each as the speakers index counts them
/// (a pronoun nothing fits is no one).
pub fn write_head<W: Write>(w: &mut Writer<W>, b: &Briefing, speakers: Speakers) -> io::Result<()> {
    w.u32(b.date.map_or(0, |d| d.num_days_from_ce() as u32))?;
    w.blob(b.title.as_bytes())?;
    w.opt_str(b.source.as_deref())?;
    w.opt_str(b.url.as_deref())?;
    w.opt_str(b.summary.as_deref())?;
    w.u8(b.priority as u8)?;
    w.len(b.tags.len())?;
    for tag in &b.tags {
        w.blob(tag.name.as_bytes())?;
        w.u8(tag.origin as u8)?;
    }
    // The count and whether speakers follow, in one number.
    w.len(b.quotes.len() * 2 + speakers as usize)?;
    if speakers == Speakers::Named {
        for q in &b.quotes {
            let named =
                (q.speaker.as_ref()).filter(|s| crate::store::fields::speakers::is_named(s));
            w.blob(named.map_or("", |s| s.person()).as_bytes())?;
        }
    }
    w.len(b.extra.len())?;
    for e in &b.extra {
        w.blob(e.key.as_bytes())?;
        w.blob(e.value.to_string().as_bytes())?;
    }
    w.len(b.words)?;
    write_diagnostics(w, &b.diagnostics)
}

pub fn write_diagnostics<W: Write>(w: &mut Writer<W>, list: &[Diagnostic]) -> io::Result<()> {
    w.len(list.len())?;
    for d in list {
        w.blob(d.path.as_os_str().as_bytes())?;
        w.u32(d.line)?;
        w.u32(d.col)?;
        w.u8(d.severity as u8)?;
        w.blob(d.message.as_bytes())?;
    }
    Ok(())
}

/// Reads one head that `write_head` wrote, for the briefing `id` at `path`.
/// Its quotes are stand-ins, as many as it has, with no text, each with the
/// person who said it.
pub fn read_head(r: &mut Reader, id: String, path: PathBuf) -> Option<Briefing> {
    let date = match r.u32()? {
        0 => None,
        days => Some(NaiveDate::from_num_days_from_ce_opt(days as i32)?),
    };
    let title = r.string()?;
    let source = r.opt_string()?;
    let url = r.opt_string()?;
    let summary = r.opt_string()?;
    let priority = *Priority::ALL.get(r.u8()? as usize)?;
    let tags = (0..r.count(5)?)
        .map(|_| {
            let name = r.string()?;
            let origin = [TagOrigin::Curated, TagOrigin::Rule, TagOrigin::Both]
                .get(r.u8()? as usize)
                .copied()?;
            Some(Tag { name, origin })
        })
        .collect::<Option<Vec<_>>>()?;
    let coded = r.count(0)?;
    let named = coded & 1 == Speakers::Named as usize;
    // Stand-ins take no bytes, so their number is capped against a damaged
    // count; named ones take at least four bytes each, which bounds them.
    let count = match named {
        true => coded >> 1,
        false => (coded >> 1).min(1 << 20),
    };
    let mut quotes = Vec::new();
    for _ in 0..count {
        let person = if named { r.string()? } else { String::new() };
        quotes.push(Quote {
            paragraph: 0,
            span: 0..0,
            outer: 0..0,
            more: Vec::new(),
            attribution: None,
            speaker: (!person.is_empty()).then(|| Speaker::named(person)),
        });
    }
    let extra = (0..r.count(8)?)
        .map(|_| {
            let key = r.string()?;
            let value = serde_json::from_str(r.str()?).ok()?;
            Some(Extra { key, value })
        })
        .collect::<Option<Vec<_>>>()?;
    let words = r.u32()? as usize;
    let diagnostics = read_diagnostics(r)?;
    Some(Briefing {
        id,
        path,
        date,
        title,
        source,
        url,
        summary,
        priority,
        tags,
        paragraphs: Default::default(),
        quotes,
        extra,
        words,
        diagnostics,
    })
}

pub fn read_diagnostics(r: &mut Reader) -> Option<Vec<Diagnostic>> {
    (0..r.count(17)?)
        .map(|_| {
            let path = path(r.blob()?);
            let pos = (r.u32()?, r.u32()?);
            let severity = [Severity::Warning, Severity::Error]
                .get(r.u8()? as usize)
                .copied()?;
            Some(Diagnostic::new(path, pos, severity, r.string()?))
        })
        .collect()
}

pub fn path(bytes: &[u8]) -> PathBuf {
    PathBuf::from(OsStr::from_bytes(bytes))
}
