//! The catalog: what the index cache keeps of a store besides the full-text
//! index (which tantivy keeps beside it). For each briefing, its file (the
//! library's number, size, times and inode) and its head (all but the body
//! text), then the field indexes and each briefing's length in words, and
//! the `tags.toml` files the rules came from. The library maps it into
//! memory; a head is decoded only when asked for. A CRC-32 over every byte
//! before it is checked before anything is read, so a damaged catalog is
//! never taken for a good one.

pub mod patch;
pub mod records;
pub mod wire;

use std::io::{self, Write};
use std::path::PathBuf;
use std::time::Instant;

use super::amend::{Amendment, Before, amend};
use super::briefings::{Briefings, Filed};
use super::fields::Fields;
use super::{DocId, Indexed, Parts, Skipped, Store, Timings, doc_of};
use crate::load::FileStat;
use crate::model::{Diagnostic, SharedBytes};
use wire::{Reader, Writer};

const MAGIC: &[u8; 8] = b"BRIEFCT\0";
const END: &[u8; 4] = b"END\0";
/// The catalog's format; a cache folder's name depends on it too.
pub const FORMAT: u32 = 12;

/// A catalog read back, to be joined with its full-text index.
pub struct Catalog {
    /// Made anew with each catalog written, so that a process can tell the
    /// catalog its store came from from one another process wrote since.
    pub generation: u64,
    pub rule_files: Vec<(PathBuf, Vec<u8>)>,
    filed: Filed,
    files: Vec<Indexed>,
    walk_order: Vec<u32>,
    fields: Fields,
    lengths: Vec<u32>,
    skipped: Vec<Skipped>,
}

/// Why a catalog or patch could not be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unusable {
    /// None kept, or one of another format or version: nothing to say.
    Absent,
    /// Cut short or broken, and how: worth saying.
    Damaged(&'static str),
}

impl Catalog {
    /// The file of each briefing, by position.
    pub fn files(&self) -> &[Indexed] {
        &self.files
    }

    /// The store, amended by `patch` if there is one, with the full-text
    /// index `searcher`, which must hold exactly its files: `None` if it
    /// does not.
    pub fn into_store(
        self,
        searcher: tantivy::Searcher,
        diagnostics: Vec<Diagnostic>,
        timings: Timings,
        patch: Option<patch::Patch>,
    ) -> Option<Store> {
        let started = Instant::now();
        if let Some(patch) = patch {
            let doc_of = doc_of(&self.files);
            let gone = (patch.gone.iter())
                .map(|n| doc_of.get(n).map(|&p| DocId(p)))
                .collect::<Option<Vec<_>>>()?;
            let before = Before {
                filed: &self.filed,
                files: &self.files,
                fields: &self.fields,
                lengths: &self.lengths,
            };
            let amendment = Amendment {
                gone,
                added: patch.added,
                walk: patch.walk,
                searcher,
                rules: Vec::new(),
                diagnostics,
                skipped: patch.skipped,
                timings,
            };
            let store = amend(before, amendment).ok()?;
            return store.text.holds_each_once().then_some(store);
        }
        let text = super::TextIndex::new(searcher, &doc_of(&self.files), self.lengths).ok()?;
        if !text.holds_each_once() {
            return None;
        }
        let parts = Parts {
            briefings: Briefings::Filed(self.filed),
            files: self.files,
            walk_order: self.walk_order,
            text,
            fields: self.fields,
            skipped: self.skipped,
        };
        Some(Store::assemble(parts, diagnostics, timings, started))
    }
}

/// Reads the catalog in `bytes`.
pub fn read(bytes: SharedBytes) -> Result<Catalog, Unusable> {
    let buf = (*bytes).as_ref();
    if !buf.starts_with(MAGIC) {
        return Err(Unusable::Damaged("it is not a catalog"));
    }
    let (generation, body) = header(buf).ok_or(Unusable::Absent)?;
    let footer = buf.len().checked_sub(FOOTER).filter(|&f| f >= body);
    let summed = footer.and_then(|f| Some((f, Reader::new(buf, f + 24).u32()?)));
    match summed {
        Some((at, sum)) if crc32fast::hash(&buf[..at + 24]) == sum => {}
        _ => return Err(Unusable::Damaged("its checksum does not match")),
    }
    decode(&bytes, body, generation).ok_or(Unusable::Damaged("its records do not read back"))
}

/// The generation of a catalog from its first bytes, if they are one of
/// this format and version.
pub fn generation(first: &[u8]) -> Option<u64> {
    header(first).map(|(generation, _)| generation)
}

/// The generation, and where the body starts, if this is a catalog of this
/// format and version.
fn header(bytes: &[u8]) -> Option<(u64, usize)> {
    let mut r = Reader::new(bytes, 0);
    let ours = r.bytes(MAGIC.len()) == Some(MAGIC)
        && r.u32() == Some(FORMAT)
        && r.blob() == Some(env!("CARGO_PKG_VERSION").as_bytes());
    let generation = r.u64().filter(|_| ours)?;
    Some((generation, r.at()))
}

/// Positions of the sections after the records, the CRC-32 of every byte
/// before it, and the end mark, kept at the end of the file.
const FOOTER: usize = 3 * 8 + 4 + END.len();

fn decode(bytes: &SharedBytes, body: usize, generation: u64) -> Option<Catalog> {
    let buf = (**bytes).as_ref();
    let mut r = Reader::new(buf, body);
    let rule_files = (0..r.count(2)?)
        .map(|_| Some((records::path(r.blob()?), r.blob()?.to_vec())))
        .collect::<Option<Vec<_>>>()?;
    let skipped = read_skipped(&mut r)?;
    let files = (0..r.count(9)?)
        .map(|_| {
            Some(Indexed {
                number: r.u64()?,
                stat: read_stat(&mut r)?,
            })
        })
        .collect::<Option<Vec<_>>>()?;
    let limit = (files.len() + skipped.len()) as u32;
    let walk_order = (0..r.count(4)?)
        .map(|_| r.u32().filter(|&n| n < limit))
        .collect::<Option<Vec<_>>>()?;
    let footer = buf.len().checked_sub(FOOTER)?;
    let mut f = Reader::new(buf, footer);
    let positions = [f.u64()?, f.u64()?, f.u64()?];
    f.u32()?;
    if f.bytes(END.len())? != END {
        return None;
    }
    let [offsets, fields, text] = positions.map(|n| n as usize);
    let count = files.len();
    r.seek(offsets)?;
    if r.count(8)? != count {
        return None;
    }
    let offsets = r.at();
    r.seek(fields)?;
    let fields = Fields::read(&mut r, count, bytes)?;
    r.seek(text)?;
    let lengths = (0..r.count(4)?)
        .map(|_| r.u32())
        .collect::<Option<Vec<_>>>()?;
    if lengths.len() != count || r.at() != footer {
        return None;
    }
    Some(Catalog {
        generation,
        rule_files,
        filed: Filed::new(bytes.clone(), offsets, count),
        files,
        walk_order,
        fields,
        lengths,
        skipped,
    })
}

/// Writes the catalog of `store` to `out` as `generation`.
pub fn write<W: Write>(
    out: W,
    store: &Store,
    rule_files: &[(PathBuf, Vec<u8>)],
    generation: u64,
) -> io::Result<W> {
    let mut summed = Summed {
        out,
        sum: crc32fast::Hasher::new(),
    };
    write_catalog(&mut summed, store, rule_files, generation)?;
    let Summed { mut out, sum } = summed;
    out.write_all(&sum.finalize().to_le_bytes())?;
    out.write_all(END)?;
    Ok(out)
}

/// A writer that sums what passes through it.
struct Summed<W> {
    out: W,
    sum: crc32fast::Hasher,
}

impl<W: Write> Write for Summed<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let n = self.out.write(buf)?;
        self.sum.update(&buf[..n]);
        Ok(n)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}

fn write_catalog<W: Write>(
    out: &mut W,
    store: &Store,
    rule_files: &[(PathBuf, Vec<u8>)],
    generation: u64,
) -> io::Result<()> {
    let mut w = Writer::new(out);
    w.bytes(MAGIC)?;
    w.u32(FORMAT)?;
    w.blob(env!("CARGO_PKG_VERSION").as_bytes())?;
    w.u64(generation)?;
    w.len(rule_files.len())?;
    for (path, bytes) in rule_files {
        w.blob(path.as_os_str().as_encoded_bytes())?;
        w.blob(bytes)?;
    }
    write_skipped(&mut w, store)?;
    w.len(store.files.len())?;
    for f in &store.files {
        w.u64(f.number)?;
        write_stat(&mut w, f.stat)?;
    }
    w.len(store.walk_order.len())?;
    for &at in &store.walk_order {
        w.u32(at)?;
    }
    let mut record_at = Vec::with_capacity(store.len());
    for b in store.heads() {
        record_at.push(w.pos());
        records::write_head(&mut w, b, records::Speakers::InIndex)?;
    }
    let offsets = w.pos();
    w.len(store.len())?;
    for at in record_at {
        w.u64(at)?;
    }
    let fields = w.pos();
    store.fields.write(&mut w)?;
    let text = w.pos();
    w.len(store.text.lengths().len())?;
    for &n in store.text.lengths() {
        w.u32(n)?;
    }
    for at in [offsets, fields, text] {
        w.u64(at)?;
    }
    Ok(())
}

/// The files of `store` that were skipped, each with why.
fn write_skipped<W: Write>(w: &mut Writer<W>, store: &Store) -> io::Result<()> {
    w.len(store.skipped_files.len())?;
    for s in store.skipped_files() {
        write_stat(w, s.stat)?;
        records::write_diagnostics(w, std::slice::from_ref(&s.problem))?;
    }
    Ok(())
}

fn read_skipped(r: &mut Reader) -> Option<Vec<Skipped>> {
    (0..r.count(2)?)
        .map(|_| {
            let stat = read_stat(r)?;
            let problem = records::read_diagnostics(r)?.pop()?;
            Some(Skipped { problem, stat })
        })
        .collect()
}

fn write_stat<W: Write>(w: &mut Writer<W>, stat: Option<FileStat>) -> io::Result<()> {
    let Some(s) = stat else {
        return w.u8(0);
    };
    w.u8(1)?;
    w.u64(s.size)?;
    for n in [s.mtime.0, s.mtime.1, s.ctime.0, s.ctime.1] {
        w.i64(n)?;
    }
    w.u64(s.ino)
}

fn read_stat(r: &mut Reader) -> Option<Option<FileStat>> {
    if r.u8()? == 0 {
        return Some(None);
    }
    let size = r.u64()?;
    let [a, b, c, d] = [r.i64()?, r.i64()?, r.i64()?, r.i64()?];
    Some(Some(FileStat {
        size,
        mtime: (a, b),
        ctime: (c, d),
        ino: r.u64()?,
    }))
}
