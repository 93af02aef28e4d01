//! The marks file, kept for the event loop and for the threads that end the
//! process on a signal or a hangup: saving the marks after each change, and
//! at the end of the session (quit, error, panic, SIGHUP, SIGTERM, a dead
//! terminal) recording the briefings seen, for `is:new`. A failed save is
//! tried again at the end.

use std::io;
use std::sync::{Arc, Mutex, MutexGuard, TryLockError};
use std::time::{Duration, Instant};

use crate::marks::{Book, LastSeen, Marks};
use crate::store::Store;

pub struct Keeper {
    book: Book,
    /// The marks a failed save could not write, to try again at the end;
    /// from the start, also the archives the seen lists are made for.
    marks: Marks,
    unsaved: bool,
    /// The generation shown: its briefings are the ones seen.
    store: Arc<Store>,
    /// What earlier sessions saw.
    seen: Option<LastSeen>,
    finished: bool,
}

/// One keeper, shared by the event loop and the threads that end the process.
#[derive(Clone)]
pub struct Shared(Arc<Mutex<Keeper>>);

impl Shared {
    /// Keeps `marks` in `book` (the state folder opened) for a session on
    /// `store`, after sessions that saw `seen`.
    pub fn new(book: Book, marks: Marks, store: Arc<Store>, seen: Option<LastSeen>) -> Shared {
        Shared(Arc::new(Mutex::new(Keeper {
            book,
            marks,
            unsaved: false,
            store,
            seen,
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

impl Keeper {
    pub fn save(&mut self, marks: &Marks) -> io::Result<()> {
        let saved = self.book.save(marks);
        self.unsaved = saved.is_err();
        // Only marks the file lacks are worth holding for the end.
        if self.unsaved {
            self.marks.clone_from(marks);
        }
        saved
    }

    /// A reload: the briefings of `store` are now the ones shown.
    pub fn showing(&mut self, store: Arc<Store>) {
        self.store = store;
    }

    /// At the end of the session, once: marks not yet saved, and each
    /// archive's seen list made from the briefings shown (see `Book::save_seen`).
    pub fn finish(&mut self) {
        if std::mem::replace(&mut self.finished, true) {
            return;
        }
        // The end goes on regardless: at worst the marks stay as last saved,
        // and the next session sees more as new.
        if self.unsaved {
            let _ = self.book.save(&self.marks);
        }
        self.book
            .save_seen(&self.marks.archives, &self.store, self.seen.as_ref());
    }
}

#[cfg(test)]
mod tests {
    use std::fs;

    use super::*;
    use crate::marks::shelf_dir;

    #[test]
    fn marks_a_save_could_not_write_are_written_at_the_end() {
        let dir = tempfile::tempdir().unwrap();
        let (archive, state) = (dir.path().join("archive"), dir.path().join("state"));
        fs::create_dir_all(&archive).unwrap();
        fs::write(archive.join("a.txt"), "date 2022-01-01 One.").unwrap();
        let paths = [archive];
        let store = Arc::new(crate::library::open_in_memory(&paths));
        let opened = Book::open(Some(state.clone()), &paths, &store);
        let id = opened.marks.archives.places()[0].id.clone();
        let mut marks = opened.marks.clone();
        let keeper = Shared::new(opened.book, opened.marks, store.clone(), opened.seen);
        // A file where the archive's folder should be: every save fails.
        let shelf = shelf_dir(&state, &id);
        fs::create_dir_all(shelf.parent().unwrap()).unwrap();
        fs::write(&shelf, "in the way").unwrap();
        marks
            .read
            .insert(marks.key(&store, crate::store::DocId::from_index(0)));
        assert!(keeper.lock().save(&marks).is_err());
        fs::remove_file(&shelf).unwrap();
        keeper.lock().finish();
        let saved = fs::read_to_string(shelf.join(crate::marks::STATE_FILE)).unwrap();
        assert!(saved.contains("read = [\"a.txt\"]"), "{saved}");
        assert!(shelf.join(crate::marks::SEEN_FILE).exists());
    }
}
