//! The immutable, indexed collection of briefings that everything reads from.

mod briefings;
mod cache;
mod docset;
mod fields;
pub mod fuzzy;
mod index_build;
mod open;
pub mod reload;
mod segment;
mod text_index;

use std::path::Path;
use std::time::{Duration, Instant};

use chrono::NaiveDate;

pub use cache::MIN_FILES as CACHE_MIN_FILES;
pub use docset::DocSet;
pub use fields::SourceEntry;
pub use open::PendingCache;
pub use text_index::TextIndex;

use briefings::Briefings;
use fields::Fields;

use crate::load::{LoadTimings, Loaded, TagRule};
use crate::model::{Briefing, Diagnostic, Priority, Severity, TagOrigin};

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
    /// Building the indexes, or with a cache hit only those over fields.
    pub index: Duration,
    pub cache: CacheUse,
}

/// What the index cache did for this load.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub enum CacheUse {
    #[default]
    Off,
    /// Used; reading and checking it took this long.
    Hit(Duration),
    /// Not used (missing, stale or too few files); the folders were loaded.
    Miss,
    /// Not used, and written afresh in this long.
    Written(Duration),
}

pub struct Store {
    briefings: Briefings,
    /// Loader-level diagnostics; the last `skipped` are files that could not be read.
    diagnostics: Vec<Diagnostic>,
    skipped: usize,
    pub(crate) text: TextIndex,
    pub(crate) fields: Fields,
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
    pub fn build(loaded: Loaded) -> Store {
        let started = Instant::now();
        let Loaded {
            mut briefings,
            rules,
            diagnostics,
            skipped,
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
        let fields = Fields::build(&briefings);
        let timings = Timings {
            load: timings,
            ..Timings::default()
        };
        let parts = Parts {
            briefings: Briefings::Parsed(briefings),
            text,
            fields,
            skipped,
        };
        Store::assemble(parts, diagnostics, timings, started)
    }

    /// A store from briefings already sorted, counted and tagged, and their indexes.
    fn assemble(
        parts: Parts,
        mut diagnostics: Vec<Diagnostic>,
        timings: Timings,
        started: Instant,
    ) -> Store {
        let Parts {
            briefings,
            text,
            fields,
            mut skipped,
        } = parts;
        let skipped_count = skipped.len();
        diagnostics.append(&mut skipped);
        let mut store = Store {
            dated: fields.dates.iter().take_while(|d| d.is_some()).count(),
            problems: Vec::new(),
            severities: [0; 2],
            text,
            fields,
            diagnostics,
            skipped: skipped_count,
            briefings,
            timings,
        };
        store.index_problems();
        store.timings.index += started.elapsed();
        store
    }

    fn index_problems(&mut self) {
        let loader = (0..self.diagnostics.len()).map(|i| (LOADER, i as u32));
        let per_file = self.fields.diagnosed.iter().flat_map(|&(doc, _)| {
            let n = self.get(doc).diagnostics.len();
            (0..n).map(move |i| (doc.0, i as u32))
        });
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
            doc => &self.get(DocId(doc)).diagnostics[i as usize],
        }
    }

    pub fn len(&self) -> usize {
        self.briefings.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn get(&self, id: DocId) -> &Briefing {
        self.briefings.get(id.index())
    }

    /// The briefing's id, without decoding the briefing from the index cache.
    pub fn id(&self, id: DocId) -> &str {
        &self.fields.id_of[id.index()]
    }

    /// The briefing's path, without decoding the briefing from the index cache.
    pub fn path(&self, id: DocId) -> &Path {
        &self.fields.path_of[id.index()]
    }

    /// The briefing's date, without decoding the briefing from the index cache.
    pub fn date(&self, id: DocId) -> Option<NaiveDate> {
        self.fields.dates[id.index()]
    }

    /// Every briefing, newest first.
    pub fn iter(&self) -> impl ExactSizeIterator<Item = &Briefing> + '_ {
        (0..self.len()).map(|i| self.briefings.get(i))
    }

    pub fn all(&self) -> DocSet {
        DocSet::full(self.len())
    }

    /// Diagnostics of the files that could not be read.
    fn skipped(&self) -> &[Diagnostic] {
        &self.diagnostics[self.diagnostics.len() - self.skipped..]
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
        let matches: Vec<DocId> = self.ids_with_prefix(&id.to_lowercase()).collect();
        if let Some(&exact) = matches.iter().find(|&&d| self.get(d).id == id) {
            return Ok(exact);
        }
        match matches.as_slice() {
            [one] => Ok(*one),
            _ => Err(matches),
        }
    }

    pub fn ids_with_prefix<'a>(&'a self, prefix: &'a str) -> impl Iterator<Item = DocId> + 'a {
        let ids = &self.fields.ids;
        let start = ids.partition_point(|(id, _)| id.as_str() < prefix);
        ids[start..]
            .iter()
            .take_while(move |(id, _)| id.starts_with(prefix))
            .map(|(_, d)| *d)
    }

    /// Store positions of briefings dated within `first..=last`: a contiguous run.
    pub fn date_range(&self, first: NaiveDate, last: NaiveDate) -> std::ops::Range<usize> {
        let dated = &self.fields.dates[..self.dated];
        let start = dated.partition_point(|d| d.is_some_and(|d| d > last));
        let end = dated.partition_point(|d| d.is_some_and(|d| d >= first));
        start..end.max(start)
    }

    /// Tags with the number of briefings that carry each.
    pub fn tag_counts(&self) -> impl Iterator<Item = (&str, usize)> {
        self.fields.tags.iter().map(|(t, d)| (t.as_str(), d.len()))
    }

    pub fn tag_docs(&self, tag: &str) -> &[DocId] {
        self.fields.tags.get(tag).map_or(&[], Vec::as_slice)
    }

    /// Orders briefings by source name, those without a source last.
    pub fn source_rank(&self, id: DocId) -> u32 {
        self.fields.source_rank[id.index()]
    }

    pub fn priority_docs(&self, p: Priority) -> &[DocId] {
        &self.fields.by_priority[p as usize]
    }
}

/// What a store is made of besides the loader's diagnostics.
struct Parts {
    briefings: Briefings,
    text: TextIndex,
    fields: Fields,
    skipped: Vec<Diagnostic>,
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
