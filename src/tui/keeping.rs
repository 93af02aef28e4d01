//! The event loop's side of the marks: saving them after each change, and at
//! quit recording the briefings seen, for `is:new`. A failed save is tried
//! again at quit.

use std::io;

use crate::marks::{Book, LastSeen, Marks};
use crate::store::Store;

pub struct Keeper {
    book: Book,
    unsaved: bool,
}

impl Keeper {
    /// Keeps the marks in `book`, the state folder opened.
    pub fn new(book: Book) -> Keeper {
        Keeper {
            book,
            unsaved: false,
        }
    }

    pub fn save(&mut self, marks: &Marks) -> io::Result<()> {
        let saved = self.book.save(marks);
        self.unsaved = saved.is_err();
        saved
    }

    /// At quit: marks not yet saved, and each archive's seen list made
    /// from the briefings of this session (see `Book::save_seen`).
    pub fn finish(&mut self, marks: &Marks, store: &Store, seen: Option<LastSeen>) {
        // Quitting goes on regardless: at worst the marks stay as last saved,
        // and the next session sees more as new.
        if self.unsaved {
            let _ = self.save(marks);
        }
        self.book.save_seen(&marks.archives, store, seen.as_ref());
    }
}
