//! The immutable, indexed collection of briefings that everything reads from.

mod docset;
mod index_build;
mod text_index;
mod varint;

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use chrono::NaiveDate;

pub use docset::DocSet;
pub use text_index::TextIndex;

use crate::load::{self, LoadTimings, Loaded, TagRule};
use crate::model::{Briefing, Diagnostic, Priority, Severity, TagOrigin};
use crate::text::words;

/// Marks a loader-level diagnostic in `Store::problems`.
const LOADER: u32 = u32::MAX;

/// A briefing's position in the store, which is sorted newest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct DocId(pub u32);

impl DocId {
    pub fn index(self) -> usize {
        self.0 as usize
    }

    pub fn from_index(i: usize) -> Self {
        DocId(u32::try_from(i).expect("fewer than 2^32 briefings"))
    }
}

#[derive(Debug, Default, Clone, Copy)]
pub struct Timings {
    pub load: LoadTimings,
    pub index: Duration,
}

pub struct SourceEntry {
    pub folded: String,
    pub name: String,
    pub docs: Vec<DocId>,
}

pub struct Store {
    briefings: Vec<Briefing>,
    diagnostics: Vec<Diagnostic>,
    pub(crate) text: TextIndex,
    pub(crate) tags: BTreeMap<String, Vec<DocId>>,
    pub(crate) sources: Vec<SourceEntry>,
    /// Each briefing's place in `sources` (alphabetical); `u32::MAX` without one.
    source_rank: Vec<u32>,
    /// Folded ids, sorted, for prefix lookups.
    pub(crate) ids: Vec<(String, DocId)>,
    pub(crate) by_priority: [Vec<DocId>; 3],
    pub(crate) with_quotes: Vec<DocId>,
    pub(crate) with_url: Vec<DocId>,
    pub(crate) with_summary: Vec<DocId>,
    /// Dated briefings come first; this many of them.
    dated: usize,
    /// Every diagnostic, loader-level (`LOADER`) and per briefing, as
    /// (briefing, index) in path and position order; sorted once at build.
    problems: Vec<(u32, u32)>,
    /// Diagnostic counts by severity.
    severities: [usize; 2],
    timings: Timings,
}

impl Store {
    pub fn open(paths: &[PathBuf]) -> Store {
        Store::build(load::load(paths))
    }

    pub fn build(loaded: Loaded) -> Store {
        let started = Instant::now();
        let Loaded {
            mut briefings,
            rules,
            diagnostics,
            timings,
        } = loaded;
        // Ids are unique, so an unstable (in-place, allocation-free) sort is exact.
        briefings.sort_unstable_by(|a, b| match (a.date, b.date) {
            (Some(x), Some(y)) => y.cmp(&x).then_with(|| a.id.cmp(&b.id)),
            (Some(_), None) => std::cmp::Ordering::Less,
            (None, Some(_)) => std::cmp::Ordering::Greater,
            (None, None) => a.id.cmp(&b.id),
        });
        let (text, words) = index_build::build(&briefings);
        for (b, n) in briefings.iter_mut().zip(words) {
            b.words = n as usize;
        }
        apply_rules(&mut briefings, &rules, &text);
        let mut store = Store {
            dated: briefings.iter().take_while(|b| b.date.is_some()).count(),
            problems: Vec::new(),
            severities: [0; 2],
            text,
            tags: BTreeMap::new(),
            sources: Vec::new(),
            source_rank: Vec::new(),
            ids: Vec::new(),
            by_priority: Default::default(),
            with_quotes: Vec::new(),
            with_url: Vec::new(),
            with_summary: Vec::new(),
            diagnostics,
            briefings,
            timings: Timings {
                load: timings,
                index: Duration::ZERO,
            },
        };
        store.index_fields();
        store.index_problems();
        store.timings.index = started.elapsed();
        store
    }

    fn index_fields(&mut self) {
        let mut sources: BTreeMap<String, SourceEntry> = BTreeMap::new();
        for (i, b) in self.briefings.iter().enumerate() {
            let id = DocId::from_index(i);
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
            self.ids.push((b.id.to_lowercase(), id));
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
        }
        self.sources = sources.into_values().collect();
        self.source_rank = vec![u32::MAX; self.briefings.len()];
        for (rank, source) in self.sources.iter().enumerate() {
            for d in &source.docs {
                self.source_rank[d.index()] = rank as u32;
            }
        }
        self.ids.sort();
    }

    fn index_problems(&mut self) {
        let loader = (0..self.diagnostics.len()).map(|i| (LOADER, i as u32));
        let per_file = self
            .briefings
            .iter()
            .enumerate()
            .flat_map(|(doc, b)| (0..b.diagnostics.len()).map(move |i| (doc as u32, i as u32)));
        let mut problems: Vec<(u32, u32)> = loader.chain(per_file).collect();
        problems.sort_by(|&a, &b| self.problem(a).cmp(self.problem(b)));
        for &p in &problems {
            self.severities[self.problem(p).severity as usize] += 1;
        }
        self.problems = problems;
    }

    fn problem(&self, (doc, i): (u32, u32)) -> &Diagnostic {
        match doc {
            LOADER => &self.diagnostics[i as usize],
            doc => &self.briefings[doc as usize].diagnostics[i as usize],
        }
    }

    pub fn len(&self) -> usize {
        self.briefings.len()
    }

    pub fn is_empty(&self) -> bool {
        self.briefings.is_empty()
    }

    pub fn get(&self, id: DocId) -> &Briefing {
        &self.briefings[id.index()]
    }

    pub fn briefings(&self) -> &[Briefing] {
        &self.briefings
    }

    pub fn all(&self) -> DocSet {
        DocSet::full(self.len())
    }

    pub fn timings(&self) -> Timings {
        self.timings
    }

    /// Every diagnostic, loader-level and per-file, sorted by path and position.
    pub fn diagnostics(&self) -> impl ExactSizeIterator<Item = &Diagnostic> + '_ {
        self.problems.iter().map(|&p| self.problem(p))
    }

    pub fn problem_count(&self) -> usize {
        self.problems.len()
    }

    /// How many diagnostics of `severity` there are, loader-level and per file.
    pub fn count(&self, severity: Severity) -> usize {
        self.severities[severity as usize]
    }

    /// The briefing whose id is `id`, or else the only one whose id starts with it.
    pub fn find_id(&self, id: &str) -> Result<DocId, Vec<DocId>> {
        if let Some(i) = self.briefings.iter().position(|b| b.id == id) {
            return Ok(DocId::from_index(i));
        }
        let matches: Vec<DocId> = self.ids_with_prefix(&id.to_lowercase()).collect();
        match matches.as_slice() {
            [one] => Ok(*one),
            _ => Err(matches),
        }
    }

    pub fn ids_with_prefix<'a>(&'a self, prefix: &'a str) -> impl Iterator<Item = DocId> + 'a {
        let start = self.ids.partition_point(|(id, _)| id.as_str() < prefix);
        self.ids[start..]
            .iter()
            .take_while(move |(id, _)| id.starts_with(prefix))
            .map(|(_, d)| *d)
    }

    /// Store positions of briefings dated within `first..=last`: a contiguous run.
    pub fn date_range(&self, first: NaiveDate, last: NaiveDate) -> std::ops::Range<usize> {
        let dated = &self.briefings[..self.dated];
        let start = dated.partition_point(|b| b.date.is_some_and(|d| d > last));
        let end = dated.partition_point(|b| b.date.is_some_and(|d| d >= first));
        start..end.max(start)
    }

    /// Tags with the number of briefings that carry each.
    pub fn tag_counts(&self) -> impl Iterator<Item = (&str, usize)> {
        self.tags.iter().map(|(t, d)| (t.as_str(), d.len()))
    }

    pub fn tag_docs(&self, tag: &str) -> &[DocId] {
        self.tags.get(tag).map_or(&[], Vec::as_slice)
    }

    /// Orders briefings by source name, those without a source last.
    pub fn source_rank(&self, id: DocId) -> u32 {
        self.source_rank[id.index()]
    }

    pub fn priority_docs(&self, p: Priority) -> &[DocId] {
        &self.by_priority[p as usize]
    }
}

fn apply_rules(briefings: &mut [Briefing], rules: &[TagRule], text: &TextIndex) {
    for rule in rules {
        for phrase in &rule.phrases {
            for doc in text.phrase_docs(phrase).iter() {
                briefings[doc.index()].add_tag(&rule.tag, TagOrigin::Rule);
            }
        }
    }
}
