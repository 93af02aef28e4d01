//! Reading a shelf's log folder: every `*.log` file in it, each from where
//! the last read stopped, so a reader that polls each second reads only
//! what other writers appended. Only complete lines are taken: a line still
//! being written is read on the next poll. A line that does not check is
//! said once, with its place, and skipped.

use std::collections::HashMap;
use std::ffi::OsString;
use std::fs;
use std::io::{self, Read, Seek, SeekFrom};
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};

use super::entry::{Entry, HEADER};
use crate::regular::open_regular;

pub const EXTENSION: &str = "log";

/// How far each file has been read.
#[derive(Debug, Default)]
pub struct Tail {
    files: HashMap<OsString, Place>,
}

#[derive(Debug, Clone, Copy)]
struct Place {
    ino: u64,
    offset: u64,
    /// Lines read, for the place of a damaged one.
    line: usize,
    /// The file is not a log brief can read (another version's); it is
    /// read again only when replaced.
    refused: bool,
}

/// What a read found: new entries, and what was wrong, said once.
#[derive(Debug, Default)]
pub struct Found {
    pub entries: Vec<Entry>,
    pub warnings: Vec<String>,
}

/// The log files in `dir`, by name; none when it does not exist yet.
pub fn list(dir: &Path) -> io::Result<Vec<(OsString, PathBuf)>> {
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(e),
    };
    let mut found = Vec::new();
    for entry in entries {
        let entry = entry?;
        let path = entry.path();
        if path.extension().is_some_and(|x| x == EXTENSION) {
            found.push((entry.file_name(), path));
        }
    }
    found.sort();
    Ok(found)
}

impl Tail {
    /// What was appended to `dir`'s logs since the last read; a file
    /// replaced (compacted) or cut shorter is read again from its start.
    pub fn read(&mut self, dir: &Path) -> io::Result<Found> {
        let mut found = Found::default();
        let files = list(dir)?;
        self.files
            .retain(|name, _| files.iter().any(|(n, _)| n == name));
        for (name, path) in files {
            let known = self.files.get(&name).copied();
            match read_file(&path, known, &mut found) {
                Ok(Some(place)) => {
                    self.files.insert(name, place);
                }
                Ok(None) => {}
                // Gone since listed (compacted): its entries are in the base.
                Err(e) if e.kind() == io::ErrorKind::NotFound => {}
                Err(e) => found
                    .warnings
                    .push(format!("{}: warning: not read: {e}", path.display())),
            }
        }
        Ok(found)
    }
}

/// Reads `path` on from `known`; `None` when nothing changed.
fn read_file(path: &Path, known: Option<Place>, found: &mut Found) -> io::Result<Option<Place>> {
    let mut file = open_regular(path)?;
    let meta = file.metadata()?;
    let mut place = match known {
        Some(p) if p.ino == meta.ino() && meta.len() >= p.offset => p,
        _ => Place {
            ino: meta.ino(),
            offset: 0,
            line: 0,
            refused: false,
        },
    };
    if place.refused || (known.is_some_and(|k| k.ino == place.ino) && meta.len() == place.offset) {
        return Ok(None);
    }
    file.seek(SeekFrom::Start(place.offset))?;
    let mut bytes = Vec::new();
    file.take(meta.len() - place.offset)
        .read_to_end(&mut bytes)?;
    // Only complete lines: the rest is still being written.
    let complete = bytes
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |at| at + 1);
    let text = String::from_utf8_lossy(&bytes[..complete]);
    for line in text.lines() {
        place.line += 1;
        if place.line == 1 {
            if line != HEADER {
                found.warnings.push(format!(
                    "{}:1:1: warning: not a marks log this brief can read (it starts {:?}); left as it is",
                    path.display(),
                    line.chars().take(40).collect::<String>()
                ));
                place.refused = true;
                break;
            }
            continue;
        }
        match Entry::parse(line) {
            Ok(entry) => found.entries.push(entry),
            Err(why) => found.warnings.push(format!(
                "{}:{}:1: warning: a damaged mark ignored: {why}",
                path.display(),
                place.line
            )),
        }
    }
    place.offset += complete as u64;
    Ok(Some(place))
}

/// Reads all of `path` into `found`; false when it is not a log this
/// brief can read.
pub fn read_whole(path: &Path, found: &mut Found) -> io::Result<bool> {
    Ok(read_file(path, None, found)?.is_none_or(|place| !place.refused))
}

/// The bytes at the end of `path` that are not a complete line: an entry a
/// crash cut short, once its writer is gone.
pub fn cut_short(path: &Path) -> io::Result<bool> {
    let bytes = fs::read(path)?;
    Ok(bytes.last().is_some_and(|&b| b != b'\n'))
}
