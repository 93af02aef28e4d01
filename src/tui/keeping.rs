//! The event loop's side of the marks: loading them at start, saving after
//! each change, and at quit recording the briefings seen, for `is:new`. A
//! failed save is a message in the status bar, and is tried again at quit.

use crate::marks::{Book, Seen, state_dir};
use crate::store::{DocId, Store};
use crate::tui::state::AppState;

pub struct Keeper {
    book: Book,
    seen: Option<Seen>,
    unsaved: bool,
}

impl Keeper {
    /// Loads the marks into `state`; a damaged file's warning goes to the status bar.
    pub fn open(state: &mut AppState, store: &Store) -> Keeper {
        let opened = Book::open(state_dir());
        state.set_marks(store, opened.marks, opened.seen.as_ref());
        if !opened.warnings.is_empty() {
            state.message = Some(opened.warnings.join("; "));
        }
        Keeper {
            book: opened.book,
            seen: opened.seen,
            unsaved: false,
        }
    }

    /// The briefings earlier sessions saw, which decide what `is:new` means.
    pub fn seen(&self) -> Option<&Seen> {
        self.seen.as_ref()
    }

    pub fn save(&mut self, state: &mut AppState) {
        match self.book.save(&state.marks) {
            Ok(()) => self.unsaved = false,
            Err(e) => {
                self.unsaved = true;
                state.message = Some(format!("marks not saved: {e}"));
            }
        }
    }

    /// At quit: marks not yet saved, and every briefing of this session as seen.
    pub fn finish(&mut self, state: &mut AppState, store: &Store) {
        if self.unsaved {
            self.save(state);
        }
        let seen = self
            .seen
            .take()
            .unwrap_or_default()
            .with((0..store.len()).map(|i| store.id(DocId::from_index(i))));
        // Quitting goes on regardless: at worst the next session sees more as new.
        let _ = self.book.save_seen(&seen);
    }
}
