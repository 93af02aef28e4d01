//! The plan for the files of one folder against the store in use, found
//! by walking the two lists side by side: the walk lists a folder's files
//! in path order every time, and the store keeps the order it found them
//! in. No path is hashed, and ids are computed only when the set of files
//! changed, and then from file names alone when none is shared.

use std::borrow::Cow;
use std::cmp::Ordering;
use std::ffi::OsStr;
use std::path::Path;

use rustc_hash::FxHashSet;

use super::{Plan, Read, Slot};
use crate::load::{self, FileEntry, FileStat};
use crate::store::{DocId, Skipped, Store};

/// A file of the store in use: a briefing, or a file skipped.
#[derive(Clone, Copy)]
enum Known {
    Doc(DocId),
    Skipped(usize),
}

/// What to do with each of `files` (one folder's, in walk order): a file
/// the store holds with the same trusted times and id is kept, any other
/// is read, and the store's files not found are gone. Were the two lists
/// ever out of step, a file would only be read again needlessly.
pub fn plan(
    store: &Store,
    files: &[FileEntry],
    trusted: impl Fn(Option<FileStat>) -> Option<FileStat>,
) -> Plan {
    let order = store.walk_order();
    let skipped: Vec<Skipped> = store.skipped_files().collect();
    let known = |at: u32| -> (&Path, Option<FileStat>, Known) {
        let at = at as usize;
        match at.checked_sub(store.len()) {
            None => {
                let doc = DocId::from_index(at);
                (store.path(doc), store.file(doc).stat, Known::Doc(doc))
            }
            Some(k) => (&skipped[k].problem.path, skipped[k].stat, Known::Skipped(k)),
        }
    };
    let mut walk: Vec<Slot> = Vec::with_capacity(files.len());
    // Each file to read, by its place in `files`, with what it replaces.
    let mut reads: Vec<(usize, Option<DocId>)> = Vec::new();
    let mut gone = Vec::new();
    let mut keep_skipped = Vec::new();
    let mut same_files = true;
    let (mut i, mut j) = (0, 0);
    loop {
        let here = files.get(i);
        let there = order.get(j).map(|&at| known(at));
        let step = match (here, &there) {
            (Some(f), Some((path, ..))) if f.path == *path => Ordering::Equal,
            (Some(f), Some((path, ..))) => f.path.as_path().cmp(path),
            (Some(_), None) => Ordering::Less,
            (None, Some(_)) => Ordering::Greater,
            (None, None) => break,
        };
        if step != Ordering::Equal {
            same_files = false;
        }
        match (step, there) {
            (Ordering::Equal, Some((_, stat, was))) => {
                let now = trusted(files[i].stat);
                let same = now.is_some() && now == stat;
                match was {
                    Known::Doc(doc) if same => walk.push(Slot::Keep(doc)),
                    Known::Skipped(k) if same => {
                        walk.push(Slot::KeepSkipped(keep_skipped.len()));
                        keep_skipped.push(skipped[k].clone());
                    }
                    Known::Doc(doc) => read(&mut walk, &mut reads, i, Some(doc)),
                    Known::Skipped(_) => read(&mut walk, &mut reads, i, None),
                }
                i += 1;
                j += 1;
            }
            (Ordering::Less, _) => {
                read(&mut walk, &mut reads, i, None);
                i += 1;
            }
            (_, Some((_, _, was))) => {
                if let Known::Doc(doc) = was {
                    gone.push(doc);
                }
                j += 1;
            }
            (_, None) => unreachable!("a step past both lists ends the loop"),
        }
    }
    // Ids depend on every file found: with the same files they are the
    // same, else a file kept whose id changed is read again.
    let fresh_ids = !same_files || reads.iter().any(|&(_, old)| old.is_none());
    // Names still apart, as they were in a store whose ids are all names:
    // each file kept keeps its id, its name, with no need to look at each.
    let apart = fresh_ids && still_apart(store, files, &reads, &gone);
    let ids = match (fresh_ids, reads.is_empty()) {
        (false, true) => None,
        (false, false) => Some(Ids::Kept),
        (true, _) if apart => Some(Ids::Names),
        (true, _) => Some(Ids::of(files)),
    };
    if let Some(ids) = ids.as_ref().filter(|_| fresh_ids && !apart) {
        for (i, slot) in walk.iter_mut().enumerate() {
            if let Slot::Keep(doc) = *slot
                && *ids.get(files, i, store, Some(doc)) != *store.id(doc)
            {
                *slot = Slot::Read(reads.len());
                reads.push((i, Some(doc)));
            }
        }
    }
    let read = reads
        .into_iter()
        .map(|(i, old)| Read {
            path: files[i].path.clone(),
            id: ids.as_ref().map_or_else(String::new, |ids| {
                ids.get(files, i, store, old).into_owned()
            }),
            stat: trusted(files[i].stat),
            old,
        })
        .collect();
    let keep = walk
        .iter()
        .filter_map(|s| match s {
            Slot::Keep(doc) => Some(*doc),
            _ => None,
        })
        .collect();
    Plan {
        keep,
        keep_skipped,
        read,
        gone,
        walk_order: walk,
    }
}

fn read(
    walk: &mut Vec<Slot>,
    reads: &mut Vec<(usize, Option<DocId>)>,
    i: usize,
    old: Option<DocId>,
) {
    walk.push(Slot::Read(reads.len()));
    reads.push((i, old));
}

/// The ids of the files found.
enum Ids {
    /// The same files as the store's, each read one it holds: each keeps
    /// its id.
    Kept,
    /// No two files share a name (as almost always): each id is the name.
    Names,
    /// Names shared: the ids as the loader assigns them.
    Assigned(Vec<String>),
}

impl Ids {
    fn of(files: &[FileEntry]) -> Ids {
        let mut names: FxHashSet<Cow<str>> = FxHashSet::default();
        names.reserve(files.len());
        match files
            .iter()
            .all(|f| names.insert(stem(&f.path).to_string_lossy()))
        {
            true => Ids::Names,
            false => Ids::Assigned(load::ids(files)),
        }
    }

    /// The id of `files[i]`, which replaces `old` in `store`.
    fn get<'a>(
        &'a self,
        files: &'a [FileEntry],
        i: usize,
        store: &'a Store,
        old: Option<DocId>,
    ) -> Cow<'a, str> {
        match (self, old) {
            (Ids::Kept, Some(doc)) => Cow::Borrowed(store.id(doc)),
            (Ids::Assigned(ids), _) => Cow::Borrowed(&ids[i]),
            _ => stem(&files[i].path).to_string_lossy(),
        }
    }
}

/// Whether no two of `files` share a name, told without looking at each
/// when the store's ids are all names (so were theirs): then only a new
/// file's name can meet another's.
fn still_apart(
    store: &Store,
    files: &[FileEntry],
    reads: &[(usize, Option<DocId>)],
    gone: &[DocId],
) -> bool {
    if !store.ids_are_names() {
        return false;
    }
    let mut new: FxHashSet<Cow<str>> = FxHashSet::default();
    for &(i, _) in reads.iter().filter(|(_, old)| old.is_none()) {
        if !new.insert(stem(&files[i].path).to_string_lossy()) {
            return false;
        }
    }
    let met_skipped = |s: Skipped| new.contains(&*stem(&s.problem.path).to_string_lossy());
    if store.skipped_files().any(met_skipped) {
        return false;
    }
    let gone: FxHashSet<DocId> = gone.iter().copied().collect();
    let met = |d: &DocId| new.contains(store.id(*d)) && !gone.contains(d);
    new.is_empty() || !(0..store.len()).map(DocId::from_index).any(|d| met(&d))
}

fn stem(path: &Path) -> &OsStr {
    path.file_stem().unwrap_or_default()
}
