//! Indexes over the briefings' fields (tags, sources, ids, priorities,
//! dates), built from the briefings or read back from the index cache.

use std::collections::BTreeMap;
use std::io::{self, Write};
use std::os::unix::ffi::OsStrExt;

use chrono::{Datelike, NaiveDate};

mod amend;
mod names;
mod speaker_index;
pub mod speakers;

pub use amend::{GONE, Origin};
pub use names::Names;
pub use speakers::SpeakerEntry;

use super::DocId;
use super::cache::wire::{Reader, Writer};
use crate::model::{Briefing, SharedBytes};
use crate::text::words;

pub struct SourceEntry {
    pub folded: String,
    pub name: String,
    pub docs: Vec<DocId>,
}

#[derive(Default)]
pub struct Fields {
    pub tags: BTreeMap<String, Vec<DocId>>,
    /// Sorted by folded name.
    pub sources: Vec<SourceEntry>,
    /// Each briefing's place in `sources`; `u32::MAX` without one.
    pub source_rank: Vec<u32>,
    /// Folded ids, sorted, for prefix lookups...
    pub ids: Names,
    /// ...and the briefing of each.
    pub id_docs: Vec<DocId>,
    /// Each briefing's id as it is, so that ids need no briefing decoded.
    pub id_of: Names,
    /// Each briefing's path, so that marks find their archive without
    /// decoding a briefing.
    pub path_of: Names,
    pub by_priority: [Vec<DocId>; 3],
    pub with_quotes: Vec<DocId>,
    pub with_url: Vec<DocId>,
    pub with_summary: Vec<DocId>,
    /// Each briefing's date; the store puts dated briefings first.
    pub dates: Vec<Option<NaiveDate>>,
    /// Briefings with diagnostics of their own, and how many.
    pub diagnosed: Vec<(DocId, u32)>,
    pub speakers: speaker_index::Speakers,
    /// The same by briefing, made when a head from the catalog first needs
    /// its quotes' speakers (see `name_speakers`).
    speakers_by_doc: std::sync::OnceLock<speakers::ByDoc>,
}

/// What `Fields::add` gathers by name, sorted into lists once all are in.
#[derive(Default)]
struct Gathered {
    sources: BTreeMap<String, SourceEntry>,
    ids: Vec<(String, DocId)>,
    speakers: BTreeMap<String, SpeakerEntry>,
}

impl Fields {
    pub fn build(briefings: &[Briefing]) -> Fields {
        let mut f = Fields::default();
        let mut gathered = Gathered::default();
        for (i, b) in briefings.iter().enumerate() {
            let id = DocId::from_index(i);
            f.add(&mut gathered, id, b);
            f.id_of.push(b.id.as_bytes());
            f.path_of.push(b.path.as_os_str().as_bytes());
            f.dates.push(b.date);
        }
        f.sources = gathered.sources.into_values().collect();
        f.speakers = speaker_index::Speakers::built(speakers::finish(gathered.speakers));
        let mut ids = gathered.ids;
        ids.sort();
        for (id, doc) in ids {
            f.ids.push(id.as_bytes());
            f.id_docs.push(doc);
        }
        f.rank_sources();
        f
    }

    /// Adds the briefing at `id` to every list by field but those by
    /// position, and its source, folded id and speakers to `gathered`.
    fn add(&mut self, gathered: &mut Gathered, id: DocId, b: &Briefing) {
        let sources = &mut gathered.sources;
        speakers::add(&mut gathered.speakers, id, b);
        for tag in &b.tags {
            self.tags.entry(tag.name.clone()).or_default().push(id);
        }
        if let Some(source) = &b.source {
            let folded = words::fold(source).into_owned();
            sources
                .entry(folded.clone())
                .or_insert_with(|| SourceEntry {
                    folded,
                    name: source.clone(),
                    docs: Vec::new(),
                })
                .docs
                .push(id);
        }
        gathered.ids.push((b.id.to_lowercase(), id));
        self.by_priority[b.priority as usize].push(id);
        let lists = [
            (!b.quotes.is_empty(), &mut self.with_quotes),
            (b.url.is_some(), &mut self.with_url),
            (b.summary.is_some(), &mut self.with_summary),
        ];
        for (has, list) in lists {
            if has {
                list.push(id);
            }
        }
        if !b.diagnostics.is_empty() {
            self.diagnosed.push((id, b.diagnostics.len() as u32));
        }
    }

    /// Gives the stand-in quotes of a head from the catalog, which names no
    /// speakers, those the speakers index holds for briefing `i`.
    pub fn name_speakers(&self, i: usize, quotes: &mut [crate::model::Quote]) {
        if quotes.is_empty() {
            return;
        }
        let by_doc = (self.speakers_by_doc)
            .get_or_init(|| speakers::ByDoc::new(self.speakers.entries(), self.dates.len()));
        by_doc.name(i, self.speakers.entries(), quotes);
    }

    fn rank_sources(&mut self) {
        self.source_rank = vec![u32::MAX; self.dates.len()];
        for (rank, source) in self.sources.iter().enumerate() {
            for d in &source.docs {
                if let Some(r) = self.source_rank.get_mut(d.index()) {
                    *r = rank as u32;
                }
            }
        }
    }

    pub fn write<W: Write>(&self, w: &mut Writer<W>) -> io::Result<()> {
        w.len(self.tags.len())?;
        for (name, docs) in &self.tags {
            w.blob(name.as_bytes())?;
            write_docs(w, docs)?;
        }
        w.len(self.sources.len())?;
        for s in &self.sources {
            w.blob(s.folded.as_bytes())?;
            w.blob(s.name.as_bytes())?;
            write_docs(w, &s.docs)?;
        }
        w.len(self.ids.len())?;
        for (i, doc) in self.id_docs.iter().enumerate() {
            w.blob(self.ids.get(i))?;
            w.u32(doc.0)?;
        }
        w.len(self.id_of.len())?;
        for i in 0..self.id_of.len() {
            w.blob(self.id_of.get(i))?;
        }
        for i in 0..self.path_of.len() {
            w.blob(self.path_of.get(i))?;
        }
        for list in
            self.by_priority
                .iter()
                .chain([&self.with_quotes, &self.with_url, &self.with_summary])
        {
            write_docs(w, list)?;
        }
        w.len(self.dates.len())?;
        for d in &self.dates {
            w.u32(d.map_or(0, |d| d.num_days_from_ce() as u32))?;
        }
        w.len(self.diagnosed.len())?;
        for &(doc, n) in &self.diagnosed {
            w.u32(doc.0)?;
            w.u32(n)?;
        }
        speaker_index::write(w, self.speakers.entries())
    }

    /// Reads what `write` wrote for `docs` briefings, from `base`: ids and
    /// paths stay in its bytes.
    pub fn read(r: &mut Reader, docs: usize, base: &SharedBytes) -> Option<Fields> {
        let mut f = Fields {
            ids: Names::over(base),
            id_of: Names::over(base),
            path_of: Names::over(base),
            ..Fields::default()
        };
        for _ in 0..r.count(8)? {
            let name = r.string()?;
            f.tags.insert(name, read_docs(r, docs)?);
        }
        for _ in 0..r.count(12)? {
            let folded = r.string()?;
            let name = r.string()?;
            let docs = read_docs(r, docs)?;
            f.sources.push(SourceEntry { folded, name, docs });
        }
        for _ in 0..r.count(8)? {
            f.ids.push_in_base(r.blob()?)?;
            f.id_docs.push(doc(r.u32()?, docs)?);
        }
        if r.count(4)? != docs {
            return None;
        }
        for _ in 0..docs {
            f.id_of.push_in_base(r.blob()?)?;
        }
        for _ in 0..docs {
            f.path_of.push_in_base(r.blob()?)?;
        }
        let mut lists = (0..6)
            .map(|_| read_docs(r, docs))
            .collect::<Option<Vec<_>>>()?;
        f.with_summary = lists.pop()?;
        f.with_url = lists.pop()?;
        f.with_quotes = lists.pop()?;
        f.by_priority = lists.try_into().ok()?;
        if r.count(4)? != docs {
            return None;
        }
        for _ in 0..docs {
            f.dates.push(match r.u32()? {
                0 => None,
                days => Some(NaiveDate::from_num_days_from_ce_opt(days as i32)?),
            });
        }
        for _ in 0..r.count(8)? {
            f.diagnosed.push((doc(r.u32()?, docs)?, r.u32()?));
        }
        f.speakers = speaker_index::read(r, docs, base)?;
        f.rank_sources();
        Some(f)
    }
}

fn write_docs<W: Write>(w: &mut Writer<W>, docs: &[DocId]) -> io::Result<()> {
    w.len(docs.len())?;
    docs.iter().try_for_each(|d| w.u32(d.0))
}

fn read_docs(r: &mut Reader, docs: usize) -> Option<Vec<DocId>> {
    (0..r.count(4)?).map(|_| doc(r.u32()?, docs)).collect()
}

fn doc(n: u32, docs: usize) -> Option<DocId> {
    ((n as usize) < docs).then_some(DocId(n))
}
