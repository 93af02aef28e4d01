//! The whole briefings the reader holds besides its store: a store from the
//! index cache keeps heads only, and neither `update` nor render reads a
//! file. `derive` asks for the bodies it needs (the selected briefing, the
//! rows on screen with watchlist hits); `update` hands the asks to the loop
//! as `Effect::Read`, and the loop reads them through the library and hands
//! them back (`Outcome::Read`) before it draws. A briefing over the show
//! limit is read so even from a store that holds it whole, to be shown cut.
//! Positions belong to one store generation: a reload empties it.

use std::sync::Arc;

use rustc_hash::FxHashMap;

use crate::model::Briefing;
use crate::store::{DocId, Store};

/// Bodies held at most; past that the held ones are let go (those on
/// screen are asked for again at once).
const KEEP: usize = 256;

#[derive(Debug, Default, Clone)]
pub struct Bodies {
    held: FxHashMap<DocId, Arc<Briefing>>,
    /// Asked for, not yet sent to the loop.
    asked: Vec<DocId>,
    /// Sent to the loop, not yet handed back.
    reading: Vec<DocId>,
}

/// The same bodies: the same briefings, handed in by the same reads.
impl PartialEq for Bodies {
    fn eq(&self, other: &Bodies) -> bool {
        self.asked == other.asked
            && self.reading == other.reading
            && self.held.len() == other.held.len()
            && (self.held.iter()).all(|(d, b)| other.held.get(d).is_some_and(|o| Arc::ptr_eq(b, o)))
    }
}

impl Eq for Bodies {}

impl Bodies {
    /// The whole briefing if at hand (one handed in, or the store's own),
    /// else its head. One over the show limit is handed in cut
    /// (`library::shown`), even when the store holds it whole.
    pub fn of<'a>(&'a self, store: &'a Store, doc: DocId) -> &'a Briefing {
        self.held
            .get(&doc)
            .map(|b| &**b)
            .or_else(|| store.whole(doc))
            .unwrap_or_else(|| store.head(doc))
    }

    pub fn has(&self, store: &Store, doc: DocId) -> bool {
        let own = store.whole(doc).is_some() && store.oversized_file(doc).is_none();
        own || self.held.contains_key(&doc)
    }

    /// Whether `doc` is at hand; if not, it is asked for.
    pub fn want(&mut self, store: &Store, doc: DocId) -> bool {
        if self.has(store, doc) {
            return true;
        }
        if !self.asked.contains(&doc) && !self.reading.contains(&doc) {
            self.asked.push(doc);
        }
        false
    }

    /// What the loop is to read now.
    pub fn to_read(&mut self) -> Option<Vec<DocId>> {
        if self.asked.is_empty() {
            return None;
        }
        let asked = std::mem::take(&mut self.asked);
        self.reading.extend(&asked);
        Some(asked)
    }

    /// Takes in what the loop read.
    pub fn hand_in(&mut self, read: Vec<(DocId, Arc<Briefing>)>) {
        if self.held.len() + read.len() > KEEP {
            self.held.clear();
        }
        for (doc, b) in read {
            self.reading.retain(|&d| d != doc);
            self.held.insert(doc, b);
        }
    }

    /// For a new store generation.
    pub fn clear(&mut self) {
        *self = Bodies::default();
    }
}

#[cfg(test)]
#[path = "bodies_tests.rs"]
mod tests;
