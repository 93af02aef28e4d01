//! The plan for the files of one folder against the store in use, found
//! by walking the two lists side by side: the walk lists a folder's files
//! in path order every time, and the store keeps the order it found them
//! in. No path is hashed; an id is made only for a file read.

use std::cmp::Ordering;
use std::path::Path;

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
    // An id is the file's path, but for files beside one that has the
    // same stem: those beside a file come or gone are read again if theirs
    // changed with it.
    if !same_files {
        let changed = reads.iter().filter(|(_, old)| old.is_none());
        let mut around: Vec<(&Path, usize)> = changed
            .map(|&(i, _)| (files[i].path.as_path(), i))
            .collect();
        for &doc in &gone {
            let path = store.path(doc);
            around.push((path, files.partition_point(|f| f.path.as_path() < path)));
        }
        for (path, at) in around {
            for j in load::same_stem(files, path, at..at) {
                if let Slot::Keep(doc) = walk[j]
                    && load::id_of(files, j) != store.id(doc)
                {
                    walk[j] = Slot::Read(reads.len());
                    reads.push((j, Some(doc)));
                }
            }
        }
    }
    let read = reads
        .into_iter()
        .map(|(i, old)| Read {
            path: files[i].path.clone(),
            id: load::id_of(files, i),
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
