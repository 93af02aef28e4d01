//! An archive's `state.toml`, the marks as one file before they became a
//! log: its marks become entries stamped with the file's time, so any
//! change made since wins over them, and the file is renamed
//! `state.toml.migrated`, never deleted. The entries' identities come from
//! the file alone, so two readers migrating at once add the same entries.

use std::fs;
use std::path::Path;

use super::file::{Found, parse_toml, read_file};
use super::log::{Entry, Journal, Mark};
use super::{MIGRATED, Marks, STATE_FILE};

/// The writer named in the entries migrated from `state.toml`.
const FROM: &str = "state-toml";

/// Moves the marks of `shelf`'s `state.toml` into `journal`; only in
/// memory when `writes` is false (a command that only reads).
pub fn state_toml(shelf: &Path, journal: &mut Journal, writes: bool, warnings: &mut Vec<String>) {
    let old = match read_file(shelf, STATE_FILE, writes, parse_toml::<Marks>) {
        Found::Missing => return,
        Found::Good(old) => old,
        Found::Bad { message, .. } => return warnings.push(message),
    };
    let path = shelf.join(STATE_FILE);
    let at = super::file::mtime_ms(&path);
    let entries = entries(&old, at);
    if !writes {
        journal.merge(entries);
        return;
    }
    let moved = journal
        .adopt(entries)
        .and_then(|_| fs::rename(&path, shelf.join(MIGRATED)));
    if let Err(e) = moved {
        warnings.push(format!(
            "{}: warning: its marks are not yet in the log ({e}); it is kept and read again",
            path.display()
        ));
    }
}

/// `marks` as entries of the writer `FROM`, stamped `at`.
pub fn entries(marks: &Marks, at: i64) -> Vec<Entry> {
    let read = (marks.read.iter()).map(|p| (p, Mark::Read { on: true }));
    let bookmarks = (marks.bookmarks.iter()).map(|p| (p, Mark::Bookmark { on: true }));
    let notes = (marks.notes.iter()).map(|(p, text)| {
        let text = Some(text.clone());
        (p, Mark::Note { text })
    });
    (read.chain(bookmarks).chain(notes))
        .zip(1..)
        .map(|((path, mark), n)| Entry {
            at,
            by: FROM.into(),
            n,
            path: path.clone(),
            mark,
        })
        .collect()
}
