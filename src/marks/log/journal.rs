//! One archive's marks log: the folder `log/` in its shelf, one file per
//! writer (`<writer>.log`, appended to by that writer only, which holds an
//! exclusive lock on it while it lives) and `base.log`, what compaction
//! kept of the writers that are gone. The marks are the merge of every
//! file (see `ledger`).
//!
//! Appending never rewrites a byte another process wrote, so two readers
//! and any number of commands never lose an entry. Changes that could not
//! be written stay pending, in memory, and are tried again with the next
//! change, on each poll and at the end of the session; what is still
//! pending then goes to a rescue file.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use super::entry::{Entry, HEADER, Mark};
use super::files::{self, Tail};
use super::ledger::Ledger;
use super::lock;
use crate::marks::Marks;

pub const LOG_DIR: &str = "log";

pub struct Journal {
    dir: PathBuf,
    by: String,
    ledger: Ledger,
    tail: Tail,
    writer: Option<File>,
    /// Files this writer gave up on after a failed write it could not undo.
    spoiled: u32,
    /// Stamped, not yet written.
    pending: Vec<Entry>,
    next: u64,
    last_at: i64,
}

impl Journal {
    /// Reads the log in the shelf folder `shelf` for the writer `by`.
    pub fn open(shelf: &Path, by: &str) -> (Journal, Vec<String>) {
        let dir = shelf.join(LOG_DIR);
        let mut journal = Journal {
            dir,
            by: by.to_string(),
            ledger: Ledger::default(),
            tail: Tail::default(),
            writer: None,
            spoiled: 0,
            pending: Vec::new(),
            next: 1,
            last_at: 0,
        };
        let _shared = lock::shared(&journal.dir);
        let warnings = journal.poll().1;
        (journal, warnings)
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The marks now, by path below the archive's root, with this
    /// writer's pending changes.
    pub fn marks(&self) -> Marks {
        self.ledger.marks()
    }

    pub fn ledger(&self) -> &Ledger {
        &self.ledger
    }

    /// What others wrote since the last poll is merged in, and pending
    /// changes are tried again; says whether the marks changed.
    pub fn poll(&mut self) -> (bool, Vec<String>) {
        let mut warnings = Vec::new();
        let _ = self.flush();
        let found = match self.tail.read(&self.dir) {
            Ok(found) => found,
            Err(e) => {
                let dir = self.dir.display();
                return (false, vec![format!("{dir}: warning: not read: {e}")]);
            }
        };
        warnings.extend(found.warnings);
        let mut changed = false;
        for entry in found.entries {
            changed |= self.ledger.add(entry);
        }
        (changed, warnings)
    }

    /// Records `changes` of the briefings at their paths, stamped `at`
    /// (milliseconds since the epoch; never earlier than this writer's
    /// last), and writes them with any still pending.
    pub fn record(&mut self, changes: Vec<(String, Mark)>, at: i64) -> io::Result<()> {
        let at = at.max(self.last_at);
        self.last_at = at;
        for (path, mark) in changes {
            let entry = Entry {
                at,
                by: self.by.clone(),
                n: self.next,
                path,
                mark,
            };
            self.next += 1;
            self.ledger.add(entry.clone());
            self.pending.push(entry);
        }
        self.flush()
    }

    /// Adds entries made elsewhere (another host's log, a rescue file),
    /// keeping their stamps; those that change nothing are left out.
    /// Returns how many were new.
    pub fn adopt(&mut self, entries: impl IntoIterator<Item = Entry>) -> io::Result<usize> {
        let mut new = 0;
        for entry in entries {
            if !self.ledger.holds(&entry) {
                self.ledger.add(entry.clone());
                self.pending.push(entry);
                new += 1;
            }
        }
        self.flush().map(|()| new)
    }

    /// Adds entries to the marks in memory only (a command that reads).
    pub fn merge(&mut self, entries: impl IntoIterator<Item = Entry>) {
        for entry in entries {
            self.ledger.add(entry);
        }
    }

    /// Every change of the briefing at `path` held, oldest first: the last
    /// of each kind, and every version of its note.
    pub fn history(&self, path: &str) -> Vec<&Entry> {
        let mut all: Vec<&Entry> = (self.ledger.kept().into_iter())
            .filter(|e| e.path == path)
            .collect();
        all.sort_by(|a, b| a.stamp().cmp(&b.stamp()));
        all
    }

    /// The changes not yet written.
    pub fn pending(&self) -> &[Entry] {
        &self.pending
    }

    /// Writes the pending changes at the end of this writer's file, in one
    /// write, flushed to disk. A write that fails is undone (the file cut
    /// back), so the next try starts on a clean line.
    pub fn flush(&mut self) -> io::Result<()> {
        if self.pending.is_empty() {
            return Ok(());
        }
        let mut text = String::new();
        for entry in &self.pending {
            text.push_str(&entry.line());
            text.push('\n');
        }
        let file = self.writer()?;
        let before = file.metadata()?.len();
        let mut bytes = Vec::with_capacity(text.len() + HEADER.len() + 1);
        if before == 0 {
            bytes.extend_from_slice(HEADER.as_bytes());
            bytes.push(b'\n');
        }
        bytes.extend_from_slice(text.as_bytes());
        let written = file.write_all(&bytes).and_then(|()| file.sync_data());
        if let Err(e) = written {
            if file.set_len(before).is_err() {
                // A line cut short stays; the next write goes to a new file.
                self.writer = None;
                self.spoiled += 1;
            }
            return Err(e);
        }
        self.pending.clear();
        Ok(())
    }

    /// This writer's file, created (with the folder) on its first write.
    fn writer(&mut self) -> io::Result<&mut File> {
        if self.writer.is_none() {
            fs::create_dir_all(&self.dir)?;
            let name = match self.spoiled {
                0 => format!("{}.{}", self.by, files::EXTENSION),
                n => format!("{}-{n}.{}", self.by, files::EXTENSION),
            };
            let file = crate::regular::open(
                OpenOptions::new().create(true).append(true),
                &self.dir.join(name),
            )?;
            // Held while this writer lives: compaction leaves the file be.
            file.try_lock().map_err(io::Error::other)?;
            self.writer = Some(file);
        }
        Ok(self.writer.as_mut().expect("opened above"))
    }

    /// Writes the pending changes to a log file of their own at `path`,
    /// for `brief marks import` to bring back.
    pub fn rescue(&self, path: &Path) -> io::Result<()> {
        let mut file = File::create_new(path)?;
        let mut text = format!("{HEADER}\n");
        for entry in &self.pending {
            text.push_str(&entry.line());
            text.push('\n');
        }
        file.write_all(text.as_bytes())?;
        file.sync_all()
    }
}

#[cfg(test)]
#[path = "journal_tests.rs"]
mod tests;
