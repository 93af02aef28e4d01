//! The plan for a live reload from the paths the watcher reported, without
//! walking the folders: each path is looked at again, and every other file
//! is as the store in use says. `None` when the paths cannot tell (a file
//! that is not a regular one or is reached through a symbolic link, a file
//! added or gone beside one with its stem, a file skipped): then the
//! folders are walked.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use super::{Plan, Read, Slot, racy};
use crate::load::{self, FileStat, is_briefing_name};
use crate::store::{DocId, Skipped, Store};

/// A path looked at again: where it is in the store's walk order, whether
/// the store has it there, and its times now (`None` once it is gone).
struct Look {
    at: usize,
    known: bool,
    path: PathBuf,
    stat: Option<FileStat>,
}

/// The plan for the files under the folder `root` as the store in use has
/// them, but for those at `touched`, looked at now.
pub fn plan(store: &Store, root: &Path, touched: &[PathBuf], now: SystemTime) -> Option<Plan> {
    let order = store.walk_order();
    let skipped: Vec<Skipped> = store.skipped_files().collect();
    let path_of = |at: u32| -> &Path {
        match (at as usize).checked_sub(store.len()) {
            None => store.path(DocId(at)),
            Some(k) => &skipped[k].problem.path,
        }
    };
    // Files whose times were not trusted when they were read are looked at
    // again too, as a walk would.
    if skipped.iter().any(|s| s.stat.is_none()) {
        return None;
    }
    let untrusted = (0..store.len())
        .map(DocId::from_index)
        .filter(|&d| store.file(d).stat.is_none())
        .map(|d| store.path(d).to_path_buf());
    let mut paths = Vec::with_capacity(touched.len());
    for path in touched {
        let path = walk_form(root, path)?;
        if seen_by_walk(root, &path) {
            paths.push(path);
        }
    }
    paths.extend(untrusted);
    paths.sort();
    paths.dedup();
    let mut looks = Vec::with_capacity(paths.len());
    for path in paths {
        let at = order.partition_point(|&at| path_of(at) < path.as_path());
        let known = order.get(at).is_some_and(|&at| path_of(at) == path);
        if known && order[at] as usize >= store.len() {
            return None;
        }
        // A folder that went (its name may look like a briefing's): the
        // files below it come right after it in the walk's order.
        let holds = |&at: &u32| path_of(at) != path && path_of(at).starts_with(&path);
        if order.get(at).is_some_and(holds) {
            return None;
        }
        // A symbolic link, or a file reached through one, is for a walk
        // to judge (see `load::Links`).
        let stat = match fs::symlink_metadata(&path) {
            Ok(meta) if meta.is_file() && load::reached_directly(root, &path) => {
                Some(FileStat::of(&meta))
            }
            Ok(_) => return None,
            Err(e) if e.kind() == io::ErrorKind::NotFound => None,
            Err(_) => return None,
        };
        if known || stat.is_some() {
            looks.push(Look {
                at,
                known,
                path,
                stat,
            });
        }
    }
    let ids = new_ids(root, path_of, order, &looks)?;
    let mut plan = Plan {
        keep: Vec::with_capacity(store.len()),
        keep_skipped: Vec::new(),
        read: Vec::new(),
        gone: Vec::new(),
        walk_order: Vec::with_capacity(order.len() + looks.len()),
    };
    let mut looks = looks.into_iter().zip(ids).peekable();
    for j in 0..=order.len() {
        // New files go before the file the walk lists after them.
        while let Some((look, id)) = looks.next_if(|(l, _)| l.at == j && !l.known) {
            plan.read(look.path, id, trusted(look.stat, now), None);
        }
        let Some(&at) = order.get(j) else { break };
        let at = at as usize;
        let Some(doc) = (at < store.len()).then(|| DocId::from_index(at)) else {
            plan.walk_order
                .push(Slot::KeepSkipped(plan.keep_skipped.len()));
            plan.keep_skipped.push(skipped[at - store.len()].clone());
            continue;
        };
        match looks.next_if(|(l, _)| l.at == j) {
            Some((look, _)) if look.stat.is_none() => plan.gone.push(doc),
            Some((look, _))
                if trusted(look.stat, now).is_none()
                    || trusted(look.stat, now) != store.file(doc).stat =>
            {
                let id = store.id(doc).to_string();
                plan.read(look.path, id, trusted(look.stat, now), Some(doc));
            }
            _ => {
                plan.walk_order.push(Slot::Keep(doc));
                plan.keep.push(doc);
            }
        }
    }
    Some(plan)
}

impl Plan {
    fn read(&mut self, path: PathBuf, id: String, stat: Option<FileStat>, old: Option<DocId>) {
        self.walk_order.push(Slot::Read(self.read.len()));
        self.read.push(Read {
            path,
            id,
            stat,
            old,
        });
    }
}

fn trusted(stat: Option<FileStat>, now: SystemTime) -> Option<FileStat> {
    stat.filter(|s| !racy(s, now))
}

/// `path` as a walk of `root` names it: the watcher reports absolute
/// paths for a folder given as a relative one. `None` if it is not under
/// `root`.
fn walk_form(root: &Path, path: &Path) -> Option<PathBuf> {
    if path.starts_with(root) {
        return Some(path.to_path_buf());
    }
    let path = std::path::absolute(path).ok()?;
    // The folder as given, made absolute; or with its links resolved, as
    // the watcher may have it.
    let roots = [std::path::absolute(root), fs::canonicalize(root)];
    let rel = roots
        .iter()
        .flatten()
        .find_map(|r| path.strip_prefix(r).ok())?;
    Some(root.join(rel))
}

/// Whether a walk of `root` lists `path`: a briefing's name, under the
/// folder, in no hidden folder.
fn seen_by_walk(root: &Path, path: &Path) -> bool {
    let Ok(rel) = path.strip_prefix(root) else {
        return false;
    };
    is_briefing_name(path)
        && !rel
            .components()
            .any(|c| c.as_os_str().to_str().is_some_and(|n| n.starts_with('.')))
}

/// The ids of the files looked at (empty for those the store has): each
/// one's path below `root`. `None` when a file added or gone has the stem
/// of another in its folder, as the ids of both change with it.
fn new_ids<'a>(
    root: &Path,
    path_of: impl Fn(u32) -> &'a Path + Copy,
    order: &'a [u32],
    looks: &[Look],
) -> Option<Vec<String>> {
    let changing = looks.iter().filter(|l| l.known != l.stat.is_some());
    for look in changing {
        let path_at = |j: usize| path_of(order[j]);
        let beside = load::same_stem_in(order.len(), path_at, &look.path, look.at..look.at);
        let others = looks.iter().filter(|l| l.path != look.path);
        if beside.iter().any(|&j| path_at(j) != look.path)
            || others
                .filter(|l| l.stat.is_some())
                .any(|l| same_stem(&l.path, &look.path))
        {
            return None;
        }
    }
    let id = |l: &Look| load::id_below(l.path.strip_prefix(root).unwrap_or(&l.path), false);
    Some(
        looks
            .iter()
            .map(|l| if l.known { String::new() } else { id(l) })
            .collect(),
    )
}

fn same_stem(a: &Path, b: &Path) -> bool {
    a.parent() == b.parent() && a.file_stem() == b.file_stem()
}
