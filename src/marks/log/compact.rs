//! Compaction: the files of writers that are gone are merged into
//! `base.log`, which keeps the winning change of each mark and every
//! version of every note, and are then removed. It runs alone (see
//! `lock`), when there are many files; a writer still running holds the
//! lock on its file, and its file is left be. A crash midway leaves
//! entries both in the new base and in a file not yet removed, which merge
//! to the same marks.

use std::fs::{self, File, OpenOptions};
use std::io;
use std::path::{Path, PathBuf};

use super::entry::HEADER;
use super::files::{self, Found};
use super::ledger::Ledger;
use super::lock;
use crate::atomic::AtomicFile;

pub const BASE: &str = "base.log";

/// Compaction is worth it past this many files of writers.
const FILES: usize = 8;

/// What a compaction did.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Compacted {
    pub merged: usize,
    pub warnings: Vec<String>,
}

/// Whether `dir` has enough files for compaction to be worth it.
pub fn due(dir: &Path) -> bool {
    files::list(dir).is_ok_and(|files| files.len() > FILES)
}

/// Merges the files of `dir` whose writers are gone into its base.
/// `Ok(None)` when another process is compacting, or nothing was to do.
pub fn compact(dir: &Path) -> io::Result<Option<Compacted>> {
    let Some(_alone) = lock::alone(dir) else {
        return Ok(None);
    };
    // Each file whose lock can be had: its writer is gone. Held until removed.
    let mut gone: Vec<(PathBuf, File)> = Vec::new();
    for (name, path) in files::list(dir)? {
        if name == BASE {
            continue;
        }
        let opened = crate::regular::open(OpenOptions::new().read(true).write(true), &path);
        if let Ok(file) = opened
            && file.try_lock().is_ok()
        {
            gone.push((path, file));
        }
    }
    if gone.is_empty() {
        return Ok(None);
    }
    let base = dir.join(BASE);
    let mut found = Found::default();
    match files::read_whole(&base, &mut found) {
        Err(e) if e.kind() != io::ErrorKind::NotFound => return Err(e),
        Ok(false) => return Ok(None),
        _ => {}
    }
    // A file brief cannot read (another version's) is left as it is.
    let mut merged = Vec::new();
    for (path, _) in &gone {
        if files::read_whole(path, &mut found)? {
            merged.push(path);
        }
        if files::cut_short(path)? {
            found.warnings.push(format!(
                "{}: warning: its last mark was cut short by a crash and is dropped",
                path.display()
            ));
        }
    }
    if merged.is_empty() {
        return Ok(None);
    }
    let mut ledger = Ledger::default();
    for entry in found.entries {
        ledger.add(entry);
    }
    let mut text = format!("{HEADER}\n");
    for entry in ledger.kept() {
        text.push_str(&entry.line());
        text.push('\n');
    }
    AtomicFile::write(&base, text.as_bytes())?;
    for path in &merged {
        fs::remove_file(path)?;
    }
    Ok(Some(Compacted {
        merged: merged.len(),
        warnings: found.warnings,
    }))
}
