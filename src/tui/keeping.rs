//! The marks log, kept for the event loop and for the threads that end the
//! process on a signal or a hangup: writing each change of the marks,
//! bringing in what other readers and commands wrote, and at the end of the
//! session (quit, error, panic, SIGHUP, SIGTERM, a dead terminal) writing
//! what could not be written before, or else a rescue copy, and recording
//! the briefings seen, for `is:new`.

use std::io;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard, TryLockError};
use std::time::{Duration, Instant, SystemTime};

use crate::marks::{Book, Change, LastSeen, Marks};
use crate::store::Store;
use crate::text::plural;
use crate::text::sanitize;
use crate::text::shell::shell_word;

pub struct Keeper {
    book: Book,
    /// The generation shown: its briefings are the ones seen.
    store: Arc<Store>,
    /// What earlier sessions saw.
    seen: Option<LastSeen>,
    /// Why the last write failed, while changes wait.
    failed: Option<String>,
    /// Where rescue copies go.
    rescue_dir: PathBuf,
    /// What the end of the session could not write, to say on stderr.
    report: Option<String>,
    finished: bool,
}

/// One keeper, shared by the event loop and the threads that end the process.
#[derive(Clone)]
pub struct Shared(Arc<Mutex<Keeper>>);

impl Shared {
    /// Keeps the marks of `book` for a session on `store`, after sessions
    /// that saw `seen`.
    pub fn new(book: Book, store: Arc<Store>, seen: Option<LastSeen>) -> Shared {
        Shared(Arc::new(Mutex::new(Keeper {
            book,
            store,
            seen,
            failed: None,
            rescue_dir: std::env::temp_dir(),
            report: None,
            finished: false,
        })))
    }

    /// For the event loop. A panic elsewhere while holding it leaves the
    /// keeper as it was, which is still worth saving.
    pub fn lock(&self) -> MutexGuard<'_, Keeper> {
        self.0
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// For a thread about to end the process: the keeper, unless the loop
    /// holds it (it does only while writing a file) for longer than `patience`.
    pub fn lock_within(&self, patience: Duration) -> Option<MutexGuard<'_, Keeper>> {
        let deadline = Instant::now() + patience;
        loop {
            match self.0.try_lock() {
                Ok(keeper) => return Some(keeper),
                Err(TryLockError::Poisoned(poisoned)) => return Some(poisoned.into_inner()),
                Err(TryLockError::WouldBlock) if Instant::now() < deadline => {
                    std::thread::sleep(Duration::from_millis(2));
                }
                Err(TryLockError::WouldBlock) => return None,
            }
        }
    }
}

/// Now, as the log stamps changes: milliseconds since the epoch.
fn now() -> i64 {
    SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as i64)
}

impl Keeper {
    /// Writes `changes` (and any still waiting) to the log. Changes that
    /// could not be written wait in memory for the next try.
    pub fn record(&mut self, changes: Vec<Change>) -> io::Result<()> {
        let written = self.book.record(changes, now());
        self.failed = written.as_ref().err().map(ToString::to_string);
        written
    }

    /// What others wrote since the last poll (the marks now, if they
    /// changed), with changes still waiting tried again.
    pub fn poll(&mut self) -> (Option<Marks>, Vec<String>) {
        let failing = self.failed.is_some();
        if failing {
            let _ = self.record(Vec::new());
        }
        let (marks, mut said) = self.book.poll();
        if failing && self.failed.is_none() {
            said.push("the marks not saved before are saved now".into());
        }
        (marks, said)
    }

    /// A reload: the briefings of `store` are now the ones shown.
    pub fn showing(&mut self, store: Arc<Store>) {
        self.store = store;
    }

    /// Rescue copies go to `dir` (tests).
    pub fn rescue_in(&mut self, dir: &Path) {
        self.rescue_dir = dir.to_path_buf();
    }

    /// At the end of the session, once: changes not yet written are tried
    /// once more, and what still fails goes to a rescue file (see
    /// `report`); each archive's seen list is made from the briefings
    /// shown (see `Book::save_seen`).
    pub fn finish(&mut self) {
        if std::mem::replace(&mut self.finished, true) {
            return;
        }
        // The end goes on regardless: at worst the next session sees more as new.
        if self.failed.is_some() {
            let _ = self.record(Vec::new());
        }
        self.report = self.rescue();
        self.book.save_seen(&self.store, self.seen.as_ref());
    }

    /// What the end of the session could not write, and where it went
    /// instead: to be said on stderr once the terminal is given back.
    pub fn report(&self) -> Option<&str> {
        self.report.as_deref()
    }

    fn rescue(&mut self) -> Option<String> {
        let unsaved = self.book.unsaved();
        if unsaved.is_empty() {
            return None;
        }
        let why = self.failed.clone().unwrap_or_else(|| "not written".into());
        // Said on a terminal: a name's control characters are shown, never sent.
        let why = sanitize(&why).into_owned();
        let mut said = Vec::new();
        let ids: Vec<(String, usize)> =
            unsaved.iter().map(|&(id, n)| (id.to_string(), n)).collect();
        for (id, n) in ids {
            let name = format!(
                "brief-marks-rescue-{}-{}.log",
                &id[..id.len().min(8)],
                now()
            );
            let path = self.rescue_dir.join(name);
            let marks = plural(n, "change");
            let root = (self.book.archives().places().iter())
                .find(|p| p.id == id)
                .map_or_else(String::new, |p| p.given.display().to_string());
            let (file, folder) = (shell_word(&path.display().to_string()), shell_word(&root));
            let (file, folder) = (sanitize(&file).into_owned(), sanitize(&folder).into_owned());
            let root = sanitize(&root).into_owned();
            let shown = sanitize(&path.display().to_string()).into_owned();
            let journal = self.book.journal(&id).expect("an archive with changes");
            said.push(match journal.rescue(&path) {
                Ok(()) => format!(
                    "brief: {marks} of the marks on {root} not saved ({why}); kept in {shown}: \
                     bring them back with `brief marks import {file} {folder}`",
                ),
                Err(e) => {
                    let lines: Vec<String> =
                        journal.pending().iter().map(|e| e.line()).collect();
                    format!(
                        "brief: {marks} of the marks on {root} not saved ({why}), \
                         and no rescue copy could be written in {} ({e}); here they are, \
                         to save as a file and bring back with `brief marks import FILE {folder}`:\n{}",
                        sanitize(&self.rescue_dir.display().to_string()),
                        lines.join("\n")
                    )
                }
            });
        }
        Some(said.join("\n"))
    }
}

#[cfg(test)]
#[path = "keeping_tests.rs"]
mod tests;
