//! Indexes over the briefings' fields (tags, sources, ids, priorities,
//! dates), built from the briefings or from the index's fast fields.

use std::collections::BTreeMap;
use std::os::unix::ffi::OsStrExt;
use std::sync::OnceLock;

use chrono::NaiveDate;

mod merged;
mod names;
pub mod speakers;

pub use names::Names;
pub use speakers::SpeakerEntry;

use super::DocId;
use crate::model::{Briefing, Priority};
use crate::text::words;

/// A source, by its folded name: each briefing shows its own spelling.
pub struct SourceEntry {
    pub folded: String,
    pub docs: Vec<DocId>,
}

#[derive(Default)]
pub struct Fields {
    pub tags: BTreeMap<String, Vec<DocId>>,
    /// Sorted by folded name.
    pub sources: Vec<SourceEntry>,
    /// Each briefing's place in `sources`; `u32::MAX` without one.
    pub source_rank: Vec<u32>,
    /// Folded ids, sorted, for prefix lookups, and the briefing of each:
    /// made when first asked for (see `sorted_ids`).
    ids: OnceLock<(Names, Vec<DocId>)>,
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
    /// Who is quoted where; for a store from the index, made from it when
    /// first asked for (`Store::speaker_entries`).
    pub speakers: OnceLock<Vec<SpeakerEntry>>,
}

/// What the field indexes need of one briefing.
pub struct Facts<'a> {
    pub id: &'a str,
    pub path: &'a [u8],
    pub date: Option<NaiveDate>,
    pub source: Option<&'a str>,
    pub priority: Priority,
    pub quotes: bool,
    pub url: bool,
    pub summary: bool,
    pub problems: u32,
}

impl<'a> Facts<'a> {
    pub fn of(b: &'a Briefing) -> Facts<'a> {
        Facts {
            id: &b.id,
            path: b.path.as_os_str().as_bytes(),
            date: b.date,
            source: b.source.as_deref(),
            priority: b.priority,
            quotes: !b.quotes.is_empty(),
            url: b.url.is_some(),
            summary: b.summary.is_some(),
            problems: b.diagnostics.len() as u32,
        }
    }
}

impl Fields {
    pub fn build(briefings: &[Briefing]) -> Fields {
        let mut fields = Gathering::default();
        for (i, b) in briefings.iter().enumerate() {
            let id = DocId::from_index(i);
            fields.add(id, Facts::of(b));
            b.tag_names().for_each(|t| fields.tag(t, id));
            speakers::add(&mut fields.speakers, id, b);
        }
        fields.finish()
    }

    /// Folded ids, sorted, and the briefing of each.
    pub fn sorted_ids(&self) -> (&Names, &[DocId]) {
        let (names, docs) = self.ids.get_or_init(|| {
            let mut ids: Vec<(String, DocId)> = (0..self.id_of.len())
                .map(|i| (self.id_of.str(i).to_lowercase(), DocId::from_index(i)))
                .collect();
            ids.sort_unstable();
            let mut names = Names::default();
            let docs = ids.iter().map(|(_, d)| *d).collect();
            ids.iter().for_each(|(id, _)| names.push(id.as_bytes()));
            (names, docs)
        });
        (names, docs)
    }

    /// Changes the problem count of a briefing.
    pub fn set_problems(&mut self, id: DocId, problems: u32) {
        let diagnosed = &mut self.diagnosed;
        let at = diagnosed.partition_point(|&(d, _)| d < id);
        match diagnosed.get(at) {
            Some(&(d, _)) if d == id && problems == 0 => drop(diagnosed.remove(at)),
            Some(&(d, _)) if d == id => diagnosed[at].1 = problems,
            _ if problems > 0 => diagnosed.insert(at, (id, problems)),
            _ => {}
        }
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
}

/// Fields gathered one briefing at a time, in position order.
#[derive(Default)]
pub struct Gathering {
    fields: Fields,
    sources: BTreeMap<String, SourceEntry>,
    /// Each source name as written, folded.
    folded: rustc_hash::FxHashMap<String, String>,
    pub speakers: BTreeMap<String, SpeakerEntry>,
}

impl Gathering {
    /// Room for `count` briefings whose ids and paths take `bytes`.
    pub fn with_capacity(count: usize, bytes: usize) -> Gathering {
        let mut g = Gathering::default();
        g.fields.id_of = Names::with_capacity(count, bytes / 3);
        g.fields.path_of = Names::with_capacity(count, bytes);
        g.fields.dates.reserve(count);
        g
    }

    /// Adds briefings with the source `name`, in any order.
    pub fn source(&mut self, name: &str, docs: &[DocId]) {
        let folded = words::fold(name).into_owned();
        let entry = self.sources.entry(folded.clone());
        let entry = entry.or_insert_with(|| SourceEntry {
            folded,
            docs: Vec::new(),
        });
        entry.docs.extend_from_slice(docs);
    }

    /// Adds briefings tagged `tag`, in any order.
    pub fn tag_all(&mut self, tag: &str, docs: &[DocId]) {
        let tags = &mut self.fields.tags;
        let list = match tags.get_mut(tag) {
            Some(list) => list,
            None => tags.entry(tag.to_owned()).or_default(),
        };
        list.extend_from_slice(docs);
    }

    /// Adds the briefing at `id`, the next position, but for its tags and speakers.
    pub fn add(&mut self, id: DocId, b: Facts) {
        let f = &mut self.fields;
        if let Some(source) = b.source {
            let folded = match self.folded.get(source) {
                Some(folded) => folded,
                None => {
                    let folded = words::fold(source).into_owned();
                    self.folded.entry(source.to_owned()).or_insert(folded)
                }
            };
            match self.sources.get_mut(folded) {
                Some(entry) => entry.docs.push(id),
                None => {
                    let entry = SourceEntry {
                        folded: folded.clone(),
                        docs: vec![id],
                    };
                    self.sources.insert(folded.clone(), entry);
                }
            }
        }
        f.by_priority[b.priority as usize].push(id);
        let lists = [
            (b.quotes, &mut f.with_quotes),
            (b.url, &mut f.with_url),
            (b.summary, &mut f.with_summary),
        ];
        for (has, list) in lists {
            if has {
                list.push(id);
            }
        }
        if b.problems > 0 {
            f.diagnosed.push((id, b.problems));
        }
        f.id_of.push(b.id.as_bytes());
        f.path_of.push(b.path);
        f.dates.push(b.date);
    }

    pub fn tag(&mut self, tag: &str, id: DocId) {
        let tags = &mut self.fields.tags;
        let docs = match tags.get_mut(tag) {
            Some(docs) => docs,
            None => tags.entry(tag.to_owned()).or_default(),
        };
        if docs.last() != Some(&id) {
            docs.push(id);
        }
    }

    pub fn finish(self) -> Fields {
        let mut f = self.fields;
        for docs in f.tags.values_mut() {
            docs.sort();
            docs.dedup();
        }
        // A segment's columns name the tags and sources of its deleted
        // documents too.
        f.tags.retain(|_, docs| !docs.is_empty());
        f.sources = self.sources.into_values().collect();
        f.sources.retain(|s| !s.docs.is_empty());
        for source in &mut f.sources {
            source.docs.sort();
        }
        f.speakers = OnceLock::from(speakers::finish(self.speakers));
        f.rank_sources();
        f
    }
}
