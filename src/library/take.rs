//! Taking in a file read: indexing it, or keeping its last good version,
//! or skipping it; on the loader's threads, side by side.

use std::io;
use std::path::Path;

use tantivy::{Index, IndexWriter};

use super::plan::Read;
use crate::load::{self, FileStat};
use crate::model::{Briefing, Diagnostic, Severity};
use crate::store::filed::columns;
use crate::store::{DocId, Entry, Indexed, Skipped, Store, schema};

/// What became of a file read: indexed (and whether it differs from the
/// version in use, or is new), its last good version kept, or skipped (and
/// whether a briefing of it is gone).
pub enum Taken {
    Indexed(Entry, Option<bool>),
    Kept(Entry),
    Skipped(Option<Skipped>, bool),
}

/// What taking a file in needs, shared by the threads that do it.
pub struct Taking<'a> {
    pub index: &'a Index,
    pub writer: &'a IndexWriter,
    pub store: Option<&'a Store>,
    pub heads_only: bool,
}

impl Taking<'_> {
    /// Indexes a file read as file `number`, unless it turned invalid and
    /// its last good version is kept.
    pub fn take(
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
                let (words, length) = schema::word_counts(&b);
                b.words = words;
                let mut doc = schema::document(self.index, number, &b);
                // Only an index on disk puts a store together from its fields.
                if self.heads_only {
                    columns::add(&mut doc, &self.index.schema(), &b, read.stat, length);
                }
                self.writer.add_document(doc).map_err(io::Error::other)?;
                if self.heads_only {
                    b.paragraphs = Default::default();
                    // A head's quotes are counted and their speakers
                    // indexed; their clauses are read again with the body.
                    for q in &mut b.quotes {
                        q.attribution = None;
                        q.more = Vec::new();
                    }
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
pub fn in_parallel<T: Send, R: Send>(items: Vec<T>, f: impl Fn(T) -> R + Sync) -> Vec<R> {
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
    let mut old = match heads_only {
        true => store.head(doc),
        false => store.whole(doc).unwrap_or_else(|| store.head(doc)),
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
    let mut kept = store.whole(doc).unwrap_or_else(|| store.head(doc)).clone();
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
