//! The immutable, indexed collection of briefings that everything reads from.

mod briefings;
mod docset;
pub(crate) mod fields;
pub mod filed;
mod forms;
pub mod head;
#[cfg(test)]
mod layout;
mod merge;
mod problems;
mod quote_set;
mod text_index;
mod together;

use std::os::unix::ffi::OsStrExt;
use std::path::Path;
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use chrono::NaiveDate;

pub use docset::DocSet;
pub use fields::speakers::Tally;
pub use fields::{SourceEntry, SpeakerEntry};
pub use problems::oversized_warning;
pub use quote_set::QuoteSet;
pub use text_index::{MAX_DISTANCE, TextIndex, schema, within};
pub use together::{Entry, Gathered, Walked};

use briefings::Briefings;
use fields::Fields;

use crate::load::{FileStat, LoadTimings};
use crate::model::{Briefing, Diagnostic, Priority};

/// Marks a loader-level diagnostic in `Store::problems`.
const LOADER: u32 = u32::MAX;
/// Marks a file over the show limit in `Store::problems`.
const OVERSIZED: u32 = u32::MAX - 1;

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
    /// Checking the index cache before using it (part of `cache`'s time).
    pub check: Duration,
}

/// What the index cache did for this load.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub enum CacheUse {
    #[default]
    Off,
    /// Used as it was; reading and checking it took this long.
    Hit(Duration),
    /// Brought up to date with the files that changed, and written in this long.
    Updated { files: usize, write: Duration },
}

/// The file a briefing was read from, as the index knows it: the library's
/// number for this version of the file, and its size, times and inode.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Indexed {
    pub number: u64,
    pub stat: Option<FileStat>,
}

/// A file found but not read as a briefing, and why.
#[derive(Debug, Clone)]
pub struct Skipped {
    pub problem: Diagnostic,
    pub stat: Option<FileStat>,
}

pub struct Store {
    briefings: Briefings,
    /// Each briefing's file, by position.
    files: Vec<Indexed>,
    /// The files in the order the walk found them: a position, or the
    /// store's length plus the place among the skipped files. For a store
    /// from the index, sorted by path when first asked for: the walk lists
    /// one folder in path order.
    walk_order: OnceLock<Vec<u32>>,
    /// Briefings the rules tagged when this store was put together from
    /// the index, which the index's payload does not say yet.
    untagged: usize,
    /// For the newest briefings of an index only, how many it holds.
    preview_of: Option<usize>,
    /// The files of the last `skipped` diagnostics.
    skipped_files: Vec<Option<FileStat>>,
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
    /// Files larger are shown cut (`with_show_limit`), each with a warning.
    show_limit: Option<u64>,
    oversized: Vec<Diagnostic>,
    timings: Timings,
}

impl Store {
    /// A store from briefings already sorted, counted and tagged, and their indexes.
    fn assemble(
        parts: Parts,
        mut diagnostics: Vec<Diagnostic>,
        timings: Timings,
        started: Instant,
    ) -> Store {
        let Parts {
            briefings,
            files,
            walk_order,
            text,
            fields,
            skipped,
        } = parts;
        let skipped_count = skipped.len();
        let mut skipped_files = Vec::with_capacity(skipped_count);
        for s in skipped {
            diagnostics.push(s.problem);
            skipped_files.push(s.stat);
        }
        let mut store = Store {
            files,
            walk_order: walk_order.map_or_else(OnceLock::new, OnceLock::from),
            untagged: 0,
            preview_of: None,
            skipped_files,
            dated: fields.dates.iter().take_while(|d| d.is_some()).count(),
            problems: Vec::new(),
            severities: [0; 2],
            show_limit: None,
            oversized: Vec::new(),
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

    pub fn len(&self) -> usize {
        self.briefings.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// How many briefings the archive holds when this store is only its
    /// newest (`preview_from_index`): answers from it are partial.
    pub fn preview_of(&self) -> Option<usize> {
        self.preview_of
    }

    /// The whole briefing when the store holds it (one loaded in memory);
    /// `None` for a store from the index cache, whose bodies the library
    /// reads from their files (`library::whole`): the store reads no file.
    pub fn whole(&self, id: DocId) -> Option<&Briefing> {
        self.briefings.whole(id.index())
    }

    /// All but the body text, which is empty for a store from the index
    /// cache: what lists and counts need.
    pub fn head(&self, id: DocId) -> &Briefing {
        self.briefings.head(id.index(), &self.fields)
    }

    /// The head of `id`, decoded anew rather than kept (see `head`).
    ///
    pub fn head_copy(&self, id: DocId) -> Briefing {
        self.briefings.head_copy(id.index(), &self.fields)
    }

    /// Words indexed in the briefing (title, summary and body).
    pub fn text_length(&self, id: DocId) -> u32 {
        self.text.length(id)
    }

    /// A file number above those of every briefing here.
    pub fn next_file_number(&self) -> u64 {
        self.files
            .iter()
            .map(|f| f.number.saturating_add(1))
            .max()
            .unwrap_or(0)
    }

    /// The files in the order they were found (see the field).
    pub fn walk_order(&self) -> &[u32] {
        self.walk_order.get_or_init(|| {
            let skipped = self.skipped();
            let count = self.len() + skipped.len();
            let path = |at: usize| match at.checked_sub(self.len()) {
                None => self.path(DocId::from_index(at)),
                Some(k) => &skipped[k].path,
            };
            // The walk's order is by path, a folder's files before those of
            // the folder beside it whose name continues its own (`a/x`
            // before `a.txt`): each path's bytes with `/` below every other
            // byte. The keys end to end, so a million cost no million allocations.
            let mut keys = fields::Names::default();
            let mut key = Vec::new();
            for at in 0..count {
                key.clear();
                let bytes = path(at).as_os_str().as_bytes();
                key.extend(bytes.iter().map(|&c| if c == b'/' { 0 } else { c }));
                keys.push(&key);
            }
            let mut order: Vec<u32> = (0..count as u32).collect();
            order.sort_unstable_by(|&a, &b| keys.get(a as usize).cmp(keys.get(b as usize)));
            order
        })
    }

    /// Whether the rules tagged briefings that the index's payload does not
    /// name yet (see `filed`): its next commit should.
    pub fn untagged(&self) -> usize {
        self.untagged
    }

    /// The file `id` was read from, as the index knows it.
    pub fn file(&self, id: DocId) -> Indexed {
        self.files[id.index()]
    }

    /// The briefing's id, without decoding the briefing from the index cache.
    pub fn id(&self, id: DocId) -> &str {
        self.fields.id_of.str(id.index())
    }

    /// The briefing's path, without decoding the briefing from the index cache.
    pub fn path(&self, id: DocId) -> &Path {
        self.fields.path_of.path(id.index())
    }

    /// The briefing's date, without decoding the briefing from the index cache.
    pub fn date(&self, id: DocId) -> Option<NaiveDate> {
        self.fields.dates[id.index()]
    }

    /// Every briefing's head, newest first (see `head`).
    pub fn heads(&self) -> impl ExactSizeIterator<Item = &Briefing> + '_ {
        (0..self.len()).map(|i| self.briefings.head(i, &self.fields))
    }

    pub fn all(&self) -> DocSet {
        DocSet::full(self.len())
    }

    pub fn timings(&self) -> Timings {
        self.timings
    }

    /// Notes how long finding the files took.
    pub fn record_walk(&mut self, walk: Duration) {
        self.timings.load.walk = walk;
    }

    /// Notes how long checking the index cache took.
    pub fn record_check(&mut self, check: Duration) {
        self.timings.check = check;
    }

    /// Notes what the index cache did for this store.
    pub fn record_cache(&mut self, cache: CacheUse) {
        self.timings.cache = cache;
    }

    /// The briefing of `date` whose id is `id`, found by its place in the
    /// store's order (newest first, then by id): a reload's new store finds
    /// the briefing selected in the old one without sorting its ids.
    pub fn find_dated(&self, date: Option<NaiveDate>, id: &str) -> Option<DocId> {
        let (mut low, mut high) = (0, self.len());
        while low < high {
            let mid = low + (high - low) / 2;
            let at = DocId::from_index(mid);
            match merge::newest_first((self.date(at), self.id(at)), (date, id)) {
                std::cmp::Ordering::Less => low = mid + 1,
                std::cmp::Ordering::Greater => high = mid,
                std::cmp::Ordering::Equal => return Some(at),
            }
        }
        None
    }

    pub fn ids_with_prefix<'a>(&'a self, prefix: &'a str) -> impl Iterator<Item = DocId> + 'a {
        let (ids, docs) = self.fields.sorted_ids();
        let start = ids.first_at_least(prefix.as_bytes());
        (start..ids.len())
            .take_while(move |&i| ids.get(i).starts_with(prefix.as_bytes()))
            .map(move |i| docs[i])
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

    /// The speakers quoted in `among` that `keep` (given each folded name)
    /// keeps, most quoted first.
    pub fn speakers(&self, among: &DocSet, keep: impl Fn(&str) -> bool) -> Vec<Tally<'_>> {
        let f = &self.fields;
        fields::speakers::tally(self.speaker_entries(), None, among, &f.dates, |s| {
            keep(&s.folded)
        })
    }

    /// The same, counting only the quotes in `quotes`.
    pub fn speakers_of(
        &self,
        quotes: &QuoteSet,
        among: &DocSet,
        keep: impl Fn(&str) -> bool,
    ) -> Vec<Tally<'_>> {
        let entries = self.speaker_entries();
        let mut counted: Vec<Vec<(DocId, u32)>> = vec![Vec::new(); entries.len()];
        for (folded, doc) in self.text.speakers_of(quotes) {
            if let Ok(i) = entries.binary_search_by(|e| e.folded.as_str().cmp(&folded)) {
                let listed = entries[i].joins.map_or(i, |full| full as usize);
                match counted[listed].last_mut() {
                    Some((last, n)) if *last == doc => *n += 1,
                    _ => counted[listed].push((doc, 1)),
                }
            }
        }
        for docs in &mut counted {
            docs.sort_unstable();
        }
        let f = &self.fields;
        fields::speakers::tally(entries, Some(&counted), among, &f.dates, |s| {
            keep(&s.folded)
        })
    }

    /// Who is quoted where (see `fields::speakers`).
    pub fn speaker_entries(&self) -> &[SpeakerEntry] {
        self.fields
            .speakers
            .get_or_init(|| filed::speakers(&self.text))
    }

    /// The folded names of the speakers a `speaker:` prefix finds: those
    /// with a word it starts, and each surname alone joined to one of them.
    pub fn speaker_forms(&self, prefix: &str) -> Vec<&str> {
        let entries = self.speaker_entries();
        let finds = |e: &SpeakerEntry| {
            e.matches(prefix)
                || (e.joins).is_some_and(|full| entries[full as usize].matches(prefix))
        };
        let found = entries.iter().filter(|e| finds(e));
        found.map(|e| e.folded.as_str()).collect()
    }

    /// The folded name a speaker folded as `folded` is listed under: its
    /// own, or the full name a surname alone was joined to.
    pub fn listed_speaker<'a>(&'a self, folded: &'a str) -> &'a str {
        let entries = self.speaker_entries();
        match entries.binary_search_by(|e| e.folded.as_str().cmp(folded)) {
            Ok(i) => match entries[i].joins {
                Some(full) => &entries[full as usize].folded,
                None => folded,
            },
            Err(_) => folded,
        }
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
    files: Vec<Indexed>,
    walk_order: Option<Vec<u32>>,
    text: TextIndex,
    fields: Fields,
    skipped: Vec<Skipped>,
}
