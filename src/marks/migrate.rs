//! The global files of earlier versions, `state.toml` and `seen.toml` at the
//! state folder's root, keyed by store id (the file stem, or the path below
//! the folder given where stems collide). When the reader opens archives,
//! each old mark whose id is that of one of their briefings in this store
//! moves to the archive's own file, keyed by its path below the root, and
//! leaves the old file; an old file left empty is renamed
//! `state.toml.migrated`, never deleted. This happens whenever the old file
//! is still there, not only for an archive without marks of its own: a
//! subfolder opened first must not keep the rest of the archive's old
//! marks from moving later.
//!
//! The old seen list is only read (and no longer written): an archive
//! without a seen list of its own starts from its briefings whose ids it
//! holds, so what was new stays new.

use std::collections::{HashMap, HashSet};
use std::fs;
use std::path::Path;

use super::file::{self, Found, parse_toml, read_file};
use super::{Marks, Opened, SEEN_FILE, STATE_FILE, Seen};
use crate::store::{DocId, Store};

pub const MIGRATED: &str = "state.toml.migrated";

/// Moves what the old files in `state` hold for `store`'s briefings into
/// `opened`'s archives.
pub fn legacy(state: &Path, store: &Store, opened: &mut Opened) {
    // The old files are looked for before any briefing is: without them
    // (every archive since the move) a start does not walk the store.
    let old_marks = match read_file(state, STATE_FILE, false, parse_toml::<Marks>) {
        Found::Good(old) => Some(old),
        _ => None,
    };
    let old_seen = match (
        &opened.seen,
        read_file(state, SEEN_FILE, false, Seen::parse),
    ) {
        (Some(_), Found::Good(old)) => Some(old),
        _ => None,
    };
    if old_marks.is_none() && old_seen.is_none() {
        return;
    }
    let docs: Vec<(DocId, String, String)> = (0..store.len())
        .map(DocId::from_index)
        .filter_map(|doc| {
            let (id, rel) = opened.marks.archives.locate(store.path(doc))?;
            opened.book.keeps(id).then(|| (doc, id.to_string(), rel))
        })
        .collect();
    if docs.is_empty() {
        return;
    }
    let old_ids = OldIds::of(store);
    if let Some(mut old) = old_marks {
        let moved = take_marks(&mut old, &old_ids, &docs, &mut opened.marks);
        if moved {
            migrated(state, &old, opened);
        }
    }
    let (Some(seen), Some(old)) = (opened.seen.as_mut(), old_seen) else {
        return;
    };
    let archives: HashSet<&str> = docs.iter().map(|(_, id, _)| id.as_str()).collect();
    for archive in archives {
        if seen.get(archive).is_some() {
            continue;
        }
        let rels: Vec<&str> = docs
            .iter()
            .filter(|(doc, id, _)| id == archive && old_ids.of_doc(*doc).any(|o| old.contains(o)))
            .map(|(_, _, rel)| rel.as_str())
            .collect();
        // An archive none of whose briefings were seen was never opened.
        if !rels.is_empty() {
            seen.insert(archive, Seen::default().with(rels.into_iter()));
        }
    }
}

/// The ids of earlier versions: a briefing's file stem, or its path below
/// the folder without the extension where two files shared a stem. The
/// second is today's id; the first is tried where the stem is one file's.
struct OldIds<'a> {
    store: &'a Store,
    stems: HashMap<&'a str, usize>,
}

impl<'a> OldIds<'a> {
    fn of(store: &'a Store) -> OldIds<'a> {
        let mut stems: HashMap<&str, usize> = HashMap::new();
        for doc in (0..store.len()).map(DocId::from_index) {
            *stems.entry(stem(store.id(doc))).or_default() += 1;
        }
        OldIds { store, stems }
    }

    fn of_doc(&self, doc: DocId) -> impl Iterator<Item = &'a str> + '_ {
        let id = self.store.id(doc);
        let stem = Some(stem(id)).filter(|&s| s != id && self.stems.get(s) == Some(&1));
        std::iter::once(id).chain(stem)
    }
}

fn stem(id: &str) -> &str {
    id.rsplit('/').next().unwrap_or(id)
}

fn take_marks(
    old: &mut Marks,
    old_ids: &OldIds,
    docs: &[(DocId, String, String)],
    marks: &mut Marks,
) -> bool {
    let mut moved = false;
    for (doc, id, rel) in docs {
        let key = super::archives::key_in(id, rel);
        for old_id in old_ids.of_doc(*doc) {
            if old.read.remove(old_id) {
                marks.read.insert(key.clone());
                moved = true;
            }
            if old.bookmarks.remove(old_id) {
                marks.bookmarks.insert(key.clone());
                moved = true;
            }
            if let Some(note) = old.notes.remove(old_id) {
                marks.notes.entry(key.clone()).or_insert(note);
                moved = true;
            }
        }
    }
    moved
}

/// The moved marks are saved in their archives first; only then does the
/// old file lose them.
fn migrated(state: &Path, left: &Marks, opened: &mut Opened) {
    let at = file::mtime_ms(&state.join(STATE_FILE));
    let done = opened.book.save(&opened.marks, at).and_then(|()| {
        if left == &Marks::default() {
            fs::rename(state.join(STATE_FILE), state.join(MIGRATED))
        } else {
            let text = toml::to_string(left).map_err(std::io::Error::other)?;
            file::write(state, STATE_FILE, text.as_bytes())
        }
    });
    if let Err(e) = done {
        opened.warnings.push(format!(
            "could not move the old marks to their archives: {e}"
        ));
    }
}
