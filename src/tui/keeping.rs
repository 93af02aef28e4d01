//! The event loop's side of the marks: saving them after each change, and at
//! quit recording the briefings seen, for `is:new`. A failed save is tried
//! again at quit.

use std::io;

use crate::marks::{Book, Marks, Seen};
use crate::store::{DocId, Store};

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

    /// At quit: marks not yet saved, and every briefing of this session
    /// added to `seen`, those earlier sessions saw.
    pub fn finish(&mut self, marks: &Marks, store: &Store, seen: Option<Seen>) {
        // Quitting goes on regardless: at worst the marks stay as last saved,
        // and the next session sees more as new.
        if self.unsaved {
            let _ = self.save(marks);
        }
        let seen = seen
            .unwrap_or_default()
            .with((0..store.len()).map(|i| store.id(DocId::from_index(i))));
        let _ = self.book.save_seen(&seen);
    }
}
