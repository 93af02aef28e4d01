//! One step of the archive's life: the files found, compared with the store
//! in use by path, size, times, inode and id; only new and changed files are
//! read, and the index is told which files' documents to drop and add. A
//! first start is the same step with nothing in use.

use std::collections::{HashMap, HashSet};

use rustc_hash::FxHashMap;
use std::io;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant, SystemTime};

use tantivy::indexer::{LogMergePolicy, NoMergePolicy};
use tantivy::{Index, IndexWriter, ReloadPolicy, Searcher};

use super::changes::Changes;
use crate::load::{self, FileEntry, FileStat, Found, LoadTimings, TagRule};
use crate::model::{Briefing, Diagnostic, Severity};
use crate::progress::{Phase, Progress};
use crate::store::{DocId, Entry, Gathered, Indexed, Skipped, Store, Timings, Walked, schema};

/// A file changed this close to `now` may change again within the same
/// timestamp tick, unseen: its times are not trusted, so it is read again
/// at the next start or reload.
const RACY: Duration = Duration::from_secs(2);
/// Files read and indexed at a time, so that a first index holds no more
/// than this many bodies.
const CHUNK: usize = 2048;
/// Segments with fewer documents than this are merged in the background;
/// larger ones, made by a first index, are left as they are.
const MERGE_BELOW: usize = 5000;

/// The store in use, and the tag rule files it was made with.
pub struct Previous<'a> {
    pub store: &'a Store,
    pub rule_files: Option<&'a [(PathBuf, Vec<u8>)]>,
}

impl<'a> Previous<'a> {
    pub fn of(store: &'a Store, rule_files: Option<&'a [(PathBuf, Vec<u8>)]>) -> Self {
        Previous { store, rule_files }
    }
}

/// A file to read: its path, id and times, and the briefing it replaces.
struct Read {
    path: PathBuf,
    id: String,
    stat: Option<FileStat>,
    old: Option<DocId>,
}

pub struct Update<'a> {
    index: &'a Index,
    previous: Option<Previous<'a>>,
    rules: Vec<TagRule>,
    rule_files: Vec<(PathBuf, Vec<u8>)>,
    diagnostics: Vec<Diagnostic>,
    walk: Duration,
    plan: Plan,
}

/// What to do with each file found.
struct Plan {
    keep: Vec<DocId>,
    keep_skipped: Vec<Skipped>,
    read: Vec<Read>,
    gone: Vec<DocId>,
    /// Each file found, in the walk's order.
    walk_order: Vec<Slot>,
}

/// Where a file found went: kept as it was, kept skipped, or read (by its
/// place in `read`).
#[derive(Clone, Copy)]
enum Slot {
    Keep(DocId),
    KeepSkipped(usize),
    Read(usize),
}

/// What became of a file read, for the walk order.
#[derive(Clone, Copy)]
enum Fate {
    Number(u64),
    Skipped(usize),
}

impl<'a> Update<'a> {
    pub fn new(
        index: &'a Index,
        previous: Option<Previous<'a>>,
        found: Found,
        now: SystemTime,
    ) -> Update<'a> {
        let trusted = |stat: Option<FileStat>| stat.filter(|s| !racy(s, now));
        let store = previous.as_ref().map(|p| p.store);
        let plan = match store.and_then(|store| unchanged(store, &found, trusted)) {
            Some(plan) => plan,
            None => compare(store, found.files, trusted),
        };
        Update {
            index,
            previous,
            rules: found.rules,
            rule_files: found.rule_files,
            diagnostics: found.diagnostics,
            walk: found.walk_time,
            plan,
        }
    }

    /// Whether the store in use is still right: no file to read, none gone,
    /// no skipped file lost and the same tag rules.
    pub fn is_nothing(&self) -> bool {
        let Some(previous) = &self.previous else {
            return false;
        };
        let skipped_before = previous.store.skipped_files().count();
        self.plan.read.is_empty()
            && self.plan.gone.is_empty()
            && self.plan.keep_skipped.len() == skipped_before
            && previous.rule_files == Some(self.rule_files.as_slice())
    }

    pub fn rule_files(&self) -> &[(PathBuf, Vec<u8>)] {
        &self.rule_files
    }

    /// How many files this update reads.
    pub fn reads(&self) -> usize {
        self.plan.read.len()
    }

    /// The loader-level diagnostics of the files found.
    pub fn into_diagnostics(self) -> (Vec<Diagnostic>, Duration) {
        (self.diagnostics, self.walk)
    }

    /// Reads what is new or changed, updates the index and puts the new
    /// store together. With `heads_only`, bodies are dropped once indexed:
    /// the store is to be written to the catalog.
    pub fn run(self, progress: &Progress, heads_only: bool) -> io::Result<(Store, Changes)> {
        let started = Instant::now();
        let store = self.previous.as_ref().map(|p| p.store);
        let mut writer = writer(self.index, self.plan.read.len(), store.is_none())?;
        let mut next = next_number(self.index, store)?;
        let rules_changed = self
            .previous
            .as_ref()
            .is_none_or(|p| p.rule_files != Some(self.rule_files.as_slice()));
        let mut gathered: Vec<Entry> =
            Vec::with_capacity(self.plan.keep.len() + self.plan.read.len());
        let mut changes = Changes {
            removed: self.plan.gone.len(),
            ..Changes::default()
        };
        let mut skipped = self.plan.keep_skipped;
        progress.phase(Phase::Reading, self.plan.read.len());
        let mut timings = LoadTimings {
            walk: self.walk,
            workers: load::workers(),
            ..LoadTimings::default()
        };
        let mut fates: Vec<Fate> = Vec::with_capacity(self.plan.read.len());
        for chunk in self.plan.read.chunks(CHUNK) {
            let jobs = chunk
                .iter()
                .map(|r| (r.path.as_path(), r.id.clone()))
                .collect();
            let outcomes = load::read_files(jobs, progress);
            let first = next;
            next += chunk.len() as u64;
            let work: Vec<_> = chunk.iter().zip(outcomes).zip(first..).collect();
            let taking = Taking {
                index: self.index,
                writer: &writer,
                store,
                heads_only,
            };
            for taken in in_parallel(work, |((read, outcome), number)| {
                taking.take(read, outcome, number)
            }) {
                match taken? {
                    Taken::Indexed(entry, change) => {
                        match change {
                            Some(differs) => changes.changed += usize::from(differs),
                            None => changes.new += 1,
                        }
                        fates.push(Fate::Number(entry.file.number));
                        gathered.push(entry);
                    }
                    Taken::Kept(entry) => {
                        fates.push(Fate::Number(entry.file.number));
                        gathered.push(entry);
                        changes.kept += 1;
                    }
                    Taken::Skipped(problem, was_known) => {
                        changes.removed += usize::from(was_known);
                        // A file that fails with no problem to say cannot
                        // happen; it would simply not be in the walk order.
                        fates.push(Fate::Skipped(skipped.len()));
                        skipped.extend(problem);
                    }
                }
            }
        }
        timings.read_parse = started.elapsed();
        progress.phase(Phase::Indexing, 0);
        if let Some(store) = store {
            let live: HashSet<u64> = (self.plan.keep.iter().map(|&d| store.file(d).number))
                .chain(gathered.iter().map(|e| e.file.number))
                .collect();
            for number in indexed_numbers(self.index)? {
                if !live.contains(&number) {
                    writer.delete_term(schema::file_term(self.index, number));
                }
            }
        }
        writer.commit().map_err(io::Error::other)?;
        if store.is_some() {
            let _ = writer.wait_merging_threads();
        }
        let searcher = searcher(self.index)?;
        if let Some(store) = store {
            for &doc in &self.plan.keep {
                let b = if heads_only {
                    let mut b = store.head_copy(doc);
                    b.paragraphs = Default::default();
                    b
                } else {
                    store.get(doc).clone()
                };
                gathered.push(Entry {
                    briefing: b,
                    file: store.file(doc),
                    length: store.text_length(doc),
                    fresh: false,
                });
            }
        }
        let walk = self
            .plan
            .walk_order
            .iter()
            .map(|slot| match *slot {
                Slot::Keep(doc) => Walked::File(store.map_or(0, |s| s.file(doc).number)),
                Slot::KeepSkipped(k) => Walked::Skipped(k),
                Slot::Read(k) => match fates[k] {
                    Fate::Number(n) => Walked::File(n),
                    Fate::Skipped(k) => Walked::Skipped(k),
                },
            })
            .collect();
        let built = Store::put_together(Gathered {
            briefings: gathered,
            walk,
            rules_changed,
            searcher,
            rules: self.rules,
            diagnostics: self.diagnostics,
            skipped,
            timings: Timings {
                load: timings,
                ..Timings::default()
            },
        })?;
        Ok((built, changes))
    }
}

fn racy(stat: &FileStat, now: SystemTime) -> bool {
    let Some(limit) = now
        .checked_sub(RACY)
        .and_then(|t| t.duration_since(SystemTime::UNIX_EPOCH).ok())
    else {
        return true;
    };
    let limit = (limit.as_secs() as i64, i64::from(limit.subsec_nanos()));
    stat.mtime >= limit || stat.ctime >= limit
}

/// What became of a file read: indexed (and whether it differs from the
/// version in use, or is new), its last good version kept, or skipped (and
/// whether a briefing of it is gone).
enum Taken {
    Indexed(Entry, Option<bool>),
    Kept(Entry),
    Skipped(Option<Skipped>, bool),
}

/// What taking a file in needs, shared by the threads that do it.
struct Taking<'a> {
    index: &'a Index,
    writer: &'a IndexWriter,
    store: Option<&'a Store>,
    heads_only: bool,
}

impl Taking<'_> {
    /// Indexes a file read as file `number`, unless it turned invalid and
    /// its last good version is kept.
    fn take(
        &self,
        read: &Read,
        outcome: Result<Briefing, Diagnostic>,
        number: u64,
    ) -> io::Result<Taken> {
        let store = self.store;
        let old_good = read
            .old
            .zip(store)
            .filter(|&(doc, s)| !has_errors(&s.head(doc).diagnostics));
        let problem = match outcome {
            Ok(mut b) if !(has_errors(&b.diagnostics) && old_good.is_some()) => {
                self.writer
                    .add_document(schema::document(self.index, number, &b))
                    .map_err(io::Error::other)?;
                let (words, length) = schema::word_counts(&b);
                b.words = words;
                if self.heads_only {
                    b.paragraphs = Default::default();
                }
                let change = read
                    .old
                    .zip(store)
                    .map(|(doc, s)| differs(s, doc, &b, read.stat, self.heads_only));
                let file = Indexed {
                    number,
                    stat: read.stat,
                };
                let entry = Entry {
                    briefing: b,
                    file,
                    length,
                    fresh: true,
                };
                return Ok(Taken::Indexed(entry, change));
            }
            Ok(b) => b.diagnostics,
            Err(d) => vec![d],
        };
        Ok(match old_good {
            Some((doc, s)) => {
                let kept = last_good(s, doc, problem, &read.path, self.heads_only);
                // The old version stays indexed under its old number.
                Taken::Kept(Entry {
                    briefing: kept,
                    file: s.file(doc),
                    length: s.text_length(doc),
                    fresh: false,
                })
            }
            None => {
                let problem = problem.into_iter().next().map(|problem| Skipped {
                    problem,
                    stat: read.stat,
                });
                Taken::Skipped(problem, read.old.is_some())
            }
        })
    }
}

/// `f` of each item, on the loader's worker threads, in order.
fn in_parallel<T: Send, R: Send>(items: Vec<T>, f: impl Fn(T) -> R + Sync) -> Vec<R> {
    let workers = load::workers().max(1);
    let per = items.len().div_ceil(workers).max(1);
    let mut parts: Vec<Vec<T>> = Vec::new();
    let mut items = items.into_iter().peekable();
    while items.peek().is_some() {
        parts.push(items.by_ref().take(per).collect());
    }
    std::thread::scope(|scope| {
        let handles: Vec<_> = parts
            .into_iter()
            .map(|part| scope.spawn(|| part.into_iter().map(&f).collect::<Vec<R>>()))
            .collect();
        handles
            .into_iter()
            .flat_map(|h| {
                h.join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
            })
            .collect()
    })
}

/// Whether a briefing read again differs from the version in use, as far
/// as can be told: with `heads_only` the old body is not at hand, so the
/// file's times stand in for it.
fn differs(
    store: &Store,
    doc: DocId,
    new: &Briefing,
    stat: Option<FileStat>,
    heads_only: bool,
) -> bool {
    let mut old = if heads_only {
        store.head(doc)
    } else {
        store.get(doc)
    }
    .clone();
    if heads_only {
        old.paragraphs = Default::default();
    }
    old.drop_rule_tags();
    old != *new || (heads_only && store.file(doc).stat != stat)
}

pub(super) fn has_errors(diagnostics: &[Diagnostic]) -> bool {
    diagnostics.iter().any(|d| d.severity == Severity::Error)
}

/// The briefing as it last read well, with the problems it has now.
fn last_good(
    store: &Store,
    doc: DocId,
    now: Vec<Diagnostic>,
    path: &Path,
    heads_only: bool,
) -> Briefing {
    let mut kept = store
        .read_already(doc)
        .unwrap_or_else(|| store.head(doc))
        .clone();
    if heads_only {
        kept.paragraphs = Default::default();
    }
    kept.diagnostics = now;
    kept.diagnostics.push(Diagnostic::warning(
        path,
        (1, 1),
        "the file no longer reads as a valid briefing; showing its last good version",
    ));
    kept
}

/// A writer for `reads` files; a first index (`first`) merges nothing, and
/// later ones merge only the small segments they leave.
fn writer(index: &Index, reads: usize, first: bool) -> io::Result<IndexWriter> {
    let threads = if reads > CHUNK {
        load::workers().clamp(1, 2)
    } else {
        1
    };
    let per_thread = if reads > CHUNK {
        64_000_000
    } else {
        15_000_000
    };
    let writer = index
        .writer_with_num_threads(threads, threads * per_thread)
        .map_err(io::Error::other)?;
    if first {
        writer.set_merge_policy(Box::new(NoMergePolicy));
    } else {
        let mut policy = LogMergePolicy::default();
        policy.set_max_docs_before_merge(MERGE_BELOW);
        writer.set_merge_policy(Box::new(policy));
    }
    Ok(writer)
}

pub fn searcher(index: &Index) -> io::Result<Searcher> {
    let reader = index
        .reader_builder()
        .reload_policy(ReloadPolicy::Manual)
        .try_into()
        .map_err(io::Error::other)?;
    Ok(reader.searcher())
}

/// What to do with each file, told by its path, times and id against the
/// store in use.
fn compare(
    store: Option<&Store>,
    files: Vec<FileEntry>,
    trusted: impl Fn(Option<FileStat>) -> Option<FileStat>,
) -> Plan {
    let ids = load::ids(&files);
    // Keyed by the path's bytes: hashing a `Path` walks its components.
    let mut known: FxHashMap<&[u8], DocId> = FxHashMap::default();
    let mut skipped: HashMap<PathBuf, Skipped> = HashMap::new();
    if let Some(store) = store {
        known.reserve(store.len());
        for i in 0..store.len() {
            let doc = DocId::from_index(i);
            known.insert(store.path(doc).as_os_str().as_encoded_bytes(), doc);
        }
        for s in store.skipped_files() {
            skipped.insert(s.problem.path.clone(), s);
        }
    }
    let mut keep = Vec::new();
    let mut keep_skipped = Vec::new();
    let mut read = Vec::new();
    let mut walk = Vec::with_capacity(files.len());
    for (file, id) in files.into_iter().zip(ids) {
        let stat = trusted(file.stat);
        let old = known.remove(file.path.as_os_str().as_encoded_bytes());
        if let (Some(doc), Some(store)) = (old, store)
            && stat.is_some()
            && store.file(doc).stat == stat
            && store.id(doc) == id
        {
            keep.push(doc);
            walk.push(Slot::Keep(doc));
            continue;
        }
        if let Some(s) = skipped.remove(file.path.as_path())
            && stat.is_some()
            && s.stat == stat
        {
            walk.push(Slot::KeepSkipped(keep_skipped.len()));
            keep_skipped.push(s);
            continue;
        }
        walk.push(Slot::Read(read.len()));
        read.push(Read {
            path: file.path,
            id,
            stat,
            old,
        });
    }
    Plan {
        keep,
        keep_skipped,
        read,
        gone: known.into_values().collect(),
        walk_order: walk,
    }
}

/// The walk order of the store in use, if `found` is exactly its files and
/// skipped files, in the same order, with the same trusted times: then
/// nothing changed, told without hashing a path or computing an id (ids
/// depend only on the paths found, in order).
fn unchanged(
    store: &Store,
    found: &Found,
    trusted: impl Fn(Option<FileStat>) -> Option<FileStat>,
) -> Option<Plan> {
    let order = store.walk_order();
    if order.len() != found.files.len() {
        return None;
    }
    let skipped: Vec<Skipped> = store.skipped_files().collect();
    let mut walk = Vec::with_capacity(order.len());
    for (file, &at) in found.files.iter().zip(order) {
        let stat = trusted(file.stat)?;
        let at = at as usize;
        let (path, known) = match at.checked_sub(store.len()) {
            None => {
                let doc = DocId::from_index(at);
                walk.push(Slot::Keep(doc));
                (store.path(doc), store.file(doc).stat)
            }
            Some(k) => {
                walk.push(Slot::KeepSkipped(k));
                let s = skipped.get(k)?;
                (s.problem.path.as_path(), s.stat)
            }
        };
        if known != Some(stat) || path != file.path {
            return None;
        }
    }
    let keep = walk
        .iter()
        .filter_map(|s| match s {
            Slot::Keep(doc) => Some(*doc),
            _ => None,
        })
        .collect();
    Some(Plan {
        keep,
        keep_skipped: skipped,
        read: Vec::new(),
        gone: Vec::new(),
        walk_order: walk,
    })
}

/// A number above every file number in use or in the index (which may hold
/// documents a killed process added but never listed in a catalog).
fn next_number(index: &Index, store: Option<&Store>) -> io::Result<u64> {
    let mut next = store.map_or(0, Store::next_file_number);
    for segment in searcher(index)?.segment_readers() {
        if segment.max_doc() > 0
            && let Ok(numbers) = segment.fast_fields().u64(schema::FILE)
        {
            next = next.max(numbers.max_value() + 1);
        }
    }
    Ok(next)
}

/// Indexes briefings parsed elsewhere (tests, benchmarks, fuzzing) in
/// `index`, which must be empty, and puts their store together.
pub fn index_parsed(
    index: &Index,
    briefings: Vec<Briefing>,
    rules: Vec<TagRule>,
    diagnostics: Vec<Diagnostic>,
    skipped: Vec<Skipped>,
    load: LoadTimings,
) -> io::Result<Store> {
    let mut writer = writer(index, briefings.len(), true)?;
    let mut gathered = Vec::with_capacity(briefings.len());
    for (number, mut b) in (0u64..).zip(briefings) {
        writer
            .add_document(schema::document(index, number, &b))
            .map_err(io::Error::other)?;
        let (words, length) = schema::word_counts(&b);
        b.words = words;
        gathered.push(Entry {
            briefing: b,
            file: Indexed { number, stat: None },
            length,
            fresh: true,
        });
    }
    writer.commit().map_err(io::Error::other)?;
    let walk = (0..gathered.len() as u64).map(Walked::File).collect();
    Store::put_together(Gathered {
        briefings: gathered,
        walk,
        rules_changed: true,
        searcher: searcher(index)?,
        rules,
        diagnostics,
        skipped,
        timings: Timings {
            load,
            ..Timings::default()
        },
    })
}

/// The file number of every document the index holds now: those of files
/// gone or read again, and any a killed process left, are deleted.
fn indexed_numbers(index: &Index) -> io::Result<HashSet<u64>> {
    let mut numbers = HashSet::new();
    for segment in searcher(index)?.segment_readers() {
        let Ok(column) = segment.fast_fields().u64(schema::FILE) else {
            continue;
        };
        for doc in 0..segment.max_doc() {
            if !segment.is_deleted(doc) {
                numbers.extend(column.first(doc));
            }
        }
    }
    Ok(numbers)
}
