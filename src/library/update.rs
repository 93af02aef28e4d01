//! One step of the archive's life: the files found, compared with the store
//! in use by path, size, times, inode and id; only new and changed files are
//! read, and the index is told which files' documents to drop and add. A
//! first start is the same step with nothing in use.

use std::collections::HashSet;

use std::io;
use std::path::PathBuf;
use std::time::{Duration, Instant, SystemTime};

use tantivy::Index;

use super::changes::Changes;
use super::index::{CHUNK, next_number, searcher, writer};
use super::plan::{Plan, Slot};
use super::take::{Taken, Taking, in_parallel};
use crate::load::{self, Found, LoadTimings, TagRule};
use crate::model::{Briefing, Diagnostic};
use crate::progress::{Phase, Progress};
use crate::store::filed::{Saved, SkippedFile, saved_rule_files};
use crate::store::head::Problem;
use crate::store::{
    DocId, DocSet, Entry, Gathered, Indexed, Skipped, Store, Timings, Walked, schema,
};

/// Files read and indexed at a time, so that a first index holds no more
/// than this many bodies.
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

pub struct Update<'a> {
    index: &'a Index,
    previous: Option<Previous<'a>>,
    rules: Vec<TagRule>,
    rule_files: Vec<(PathBuf, Vec<u8>)>,
    diagnostics: Vec<Diagnostic>,
    walk: Duration,
    plan: Plan,
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
        let mut found = found;
        let plan = Plan::new(previous.as_ref().map(|p| p.store), &mut found, now);
        Update::planned(index, previous, plan, found)
    }

    /// The update that carries out `plan`, made against `previous`; of
    /// `listing`, what a walk finds besides the files (the tag rules and
    /// the folders' diagnostics).
    pub fn planned(
        index: &'a Index,
        previous: Option<Previous<'a>>,
        plan: Plan,
        listing: Found,
    ) -> Update<'a> {
        Update {
            index,
            previous,
            rules: listing.rules,
            rule_files: listing.rule_files,
            diagnostics: listing.diagnostics,
            walk: listing.walk_time,
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
    pub fn run(mut self, progress: &Progress, heads_only: bool) -> io::Result<(Store, Changes)> {
        let started = Instant::now();
        let store = self.previous.as_ref().map(|p| p.store);
        let mut writer = writer(self.index, self.plan.read.len(), store.is_none())?;
        let mut next = next_number(self.index, store)?;
        let rules_changed = self
            .previous
            .as_ref()
            .is_none_or(|p| p.rule_files != Some(self.rule_files.as_slice()));
        // The briefings of a store put together in memory; on disk, the
        // store comes from the index and no head is held.
        let mut gathered: Vec<Entry> = Vec::new();
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
        let first_new = next;
        // The problems now of files whose last good version is kept.
        let mut kept: Vec<(u64, Vec<Problem>)> = Vec::new();
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
                        if !heads_only {
                            gathered.push(entry);
                        }
                    }
                    Taken::Kept(entry) => {
                        let b = &entry.briefing;
                        let problems = b.diagnostics.iter().map(|d| Problem::of(d, &b.path));
                        kept.push((entry.file.number, problems.collect()));
                        fates.push(Fate::Number(entry.file.number));
                        if !heads_only {
                            gathered.push(entry);
                        }
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
        // What each file read replaced; the paths and ids of a first index
        // (a fifth of its peak memory at a million files) go before the
        // store is put together.
        let replaced: Vec<Option<DocId>> = self.plan.read.iter().map(|r| r.old).collect();
        drop(std::mem::take(&mut self.plan.read));
        progress.phase(Phase::Indexing, 0);
        if let Some(store) = store {
            // The index holds the store's files, each once (the store was put
            // together from it and checked): the documents to delete are those
            // of the files the plan does not keep, but for the last good
            // versions kept under their old numbers.
            let mut keep = DocSet::empty(store.len());
            self.plan.keep.iter().for_each(|&d| keep.insert(d));
            let kept: HashSet<u64> = fates
                .iter()
                .filter_map(|f| match *f {
                    Fate::Number(n) if n < first_new => Some(n),
                    _ => None,
                })
                .collect();
            for d in (0..store.len()).map(DocId::from_index) {
                let number = store.file(d).number;
                if !keep.contains(d) && !kept.contains(&number) {
                    writer.delete_term(schema::file_term(self.index, number));
                }
            }
        }
        let timings = Timings {
            load: timings,
            ..Timings::default()
        };
        let walk = self
            .plan
            .walk_order
            .iter()
            .map(|slot| match *slot {
                Slot::Keep(doc) => Walked::Kept(doc),
                Slot::KeepSkipped(k) => Walked::Skipped(k),
                Slot::Read(k) => match fates[k] {
                    // A last good version, kept where it was.
                    Fate::Number(n) if n < first_new => {
                        replaced[k].map_or(Walked::File(n), Walked::Kept)
                    }
                    Fate::Number(n) => Walked::File(n),
                    Fate::Skipped(k) => Walked::Skipped(k),
                },
            })
            .collect::<Vec<_>>();
        if heads_only {
            let mut saved = match store.filter(|_| !rules_changed) {
                Some(store) => store.saved(&self.rule_files),
                None => Saved::default(),
            };
            saved.rule_files = saved_rule_files(&self.rule_files);
            saved.tagged_below = if rules_changed { 0 } else { first_new };
            saved.skipped = skipped.iter().map(SkippedFile::of).collect();
            saved
                .kept
                .retain(|(n, _)| n < &first_new && !kept.iter().any(|(k, _)| k == n));
            saved.kept.extend(kept);
            commit(&mut writer, &saved)?;
            if replaced.len() > CHUNK {
                give_back_freed();
            }
            let searcher = searcher(self.index)?;
            let told = (self.diagnostics.clone(), timings);
            let carried = match store {
                Some(store) => {
                    Store::from_commit(store, searcher.clone(), &saved, &self.rules, told, &walk)?
                }
                None => None,
            };
            let built = match carried {
                Some(built) => built,
                None => {
                    Store::from_index(searcher, &saved, &self.rules, self.diagnostics, timings)?
                        .walked(&walk, store)
                }
            };
            // Tagging a few files again at each start costs less than a
            // second commit; the next update's commit names them anyway.
            if built.untagged() > CHUNK {
                commit(&mut writer, &built.saved(&self.rule_files))?;
            }
            if store.is_some() {
                let _ = writer.wait_merging_threads();
            }
            return Ok((built, changes));
        }
        writer.commit().map_err(io::Error::other)?;
        let searcher = searcher(self.index)?;
        if let Some(store) = store {
            for &doc in &self.plan.keep {
                let b = store.whole(doc).unwrap_or_else(|| store.head(doc)).clone();
                gathered.push(Entry {
                    briefing: b,
                    file: store.file(doc),
                    length: store.text_length(doc),
                    fresh: false,
                });
            }
        }
        let number = |d: DocId| store.map_or(0, |s| s.file(d).number);
        let walk = (walk.into_iter())
            .map(|w| match w {
                Walked::Kept(d) => Walked::File(number(d)),
                w => w,
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
            timings,
        })?;
        Ok((built, changes))
    }
}

/// Returns the memory freed since the reads began to the system: the
/// indexer's and the readers' threads each free into a heap of their own,
/// which glibc keeps (at a million files, some 300 MB) unless told. Worth
/// it after many files read, not after a live reload's few.
fn give_back_freed() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim takes no pointer and only releases free memory.
    unsafe {
        libc::malloc_trim(0);
    }
}

/// Commits what `writer` was given, with `saved` as the commit's payload.
fn commit(writer: &mut tantivy::IndexWriter, saved: &Saved) -> io::Result<()> {
    let mut prepared = writer.prepare_commit().map_err(io::Error::other)?;
    prepared.set_payload(&saved.encode());
    prepared.commit().map(drop).map_err(io::Error::other)
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
        let (words, length) = schema::word_counts(&b);
        b.words = words;
        writer
            .add_document(schema::document(index, number, &b))
            .map_err(io::Error::other)?;
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

#[cfg(test)]
#[path = "carry_tests.rs"]
mod tests;
