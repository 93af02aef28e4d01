//! The store's briefings: parsed ones in memory, or heads (all but the body
//! text) kept in the index cache and decoded the first time each is asked
//! for. The whole briefing of a head is read from its file by the library
//! when it is shown (`library::whole`): the file is the source of truth, the
//! cache never holds the texts, and the store reads no file.

use std::path::Path;
use std::sync::{Arc, OnceLock};

use super::cache::records;
use super::cache::wire::{Reader, u64_at};
use super::fields::Fields;
use crate::model::{Briefing, Diagnostic, SharedBytes};

pub enum Briefings {
    Parsed(Vec<Briefing>),
    Filed(Filed),
}

pub struct Filed {
    /// The catalog the store came from.
    bytes: SharedBytes,
    /// Where the catalog's table of record offsets starts.
    offsets: usize,
    /// How many records the catalog holds.
    base: usize,
    /// Each position's record: below `base` the catalog's, else one of
    /// `added`. `None` while the positions are the catalog's own.
    places: Option<Box<[u32]>>,
    /// Heads added since the catalog was written, as records.
    added: Arc<[Box<[u8]>]>,
    /// The file numbers of the catalog's records that are gone since.
    gone: Arc<[u64]>,
    heads: Box<[OnceLock<Box<Briefing>>]>,
}

/// Where an amended store's heads are: the catalog's records, those added
/// and the catalog's files that are gone.
pub struct Amended {
    pub places: Box<[u32]>,
    pub added: Arc<[Box<[u8]>]>,
    pub gone: Arc<[u64]>,
}

impl Filed {
    pub fn new(bytes: SharedBytes, offsets: usize, count: usize) -> Filed {
        Filed {
            bytes,
            offsets,
            base: count,
            places: None,
            added: Arc::new([]),
            gone: Arc::new([]),
            heads: cells(count),
        }
    }

    /// The same catalog, its records placed anew.
    pub fn amended(&self, amended: Amended) -> Filed {
        let count = amended.places.len();
        Filed {
            bytes: self.bytes.clone(),
            offsets: self.offsets,
            base: self.base,
            places: Some(amended.places),
            added: amended.added,
            gone: amended.gone,
            heads: cells(count),
        }
    }

    /// Where each position's record is (see `places`).
    pub fn place(&self, i: usize) -> u32 {
        self.places.as_ref().map_or(i as u32, |p| p[i])
    }

    pub fn base(&self) -> usize {
        self.base
    }

    pub fn added(&self) -> &Arc<[Box<[u8]>]> {
        &self.added
    }

    pub fn gone(&self) -> &Arc<[u64]> {
        &self.gone
    }

    pub(super) fn decode(&self, i: usize, fields: &Fields) -> Briefing {
        let (id, path) = (
            fields.id_of.str(i).to_owned(),
            fields.path_of.path(i).to_owned(),
        );
        let place = self.place(i) as usize;
        let briefing = match place.checked_sub(self.base) {
            None => {
                let buf = (*self.bytes).as_ref();
                u64_at(buf, self.offsets, place)
                    .and_then(|at| records::read_head(&mut Reader::new(buf, at as usize), id, path))
            }
            Some(k) => self
                .added
                .get(k)
                .and_then(|record| records::read_head(&mut Reader::new(record, 0), id, path)),
        };
        briefing.unwrap_or_else(|| damaged(i))
    }

    fn head(&self, i: usize, fields: &Fields) -> &Briefing {
        self.heads[i].get_or_init(|| Box::new(self.decode(i, fields)))
    }
}

fn cells(count: usize) -> Box<[OnceLock<Box<Briefing>>]> {
    (0..count).map(|_| OnceLock::new()).collect()
}

impl Briefings {
    pub fn len(&self) -> usize {
        match self {
            Briefings::Parsed(v) => v.len(),
            Briefings::Filed(f) => f.heads.len(),
        }
    }

    /// The whole briefing, if this is a store of parsed ones.
    pub fn whole(&self, i: usize) -> Option<&Briefing> {
        match self {
            Briefings::Parsed(v) => v.get(i),
            Briefings::Filed(_) => None,
        }
    }

    /// All but the body text (which stays empty); its quotes are counted,
    /// but their text is in the whole briefing only.
    pub fn head(&self, i: usize, fields: &Fields) -> &Briefing {
        match self {
            Briefings::Parsed(v) => &v[i],
            Briefings::Filed(f) => f.head(i, fields),
        }
    }

    /// A copy of the head, decoded without keeping it when it is not kept
    /// already.
    pub fn head_copy(&self, i: usize, fields: &Fields) -> Briefing {
        match self {
            Briefings::Parsed(v) => v[i].clone(),
            Briefings::Filed(f) => match f.heads[i].get() {
                Some(head) => (**head).clone(),
                None => f.decode(i, fields),
            },
        }
    }
}

/// Stands in for a record the cache cannot give back, saying so.
fn damaged(i: usize) -> Briefing {
    let path = Path::new("(index cache)");
    let message = "this briefing's record in the index cache is damaged; run brief with --no-cache";
    Briefing {
        id: format!("damaged-{i}"),
        title: "Damaged index cache entry".into(),
        diagnostics: vec![Diagnostic::error(path, (1, 1), message)],
        path: path.to_path_buf(),
        date: None,
        source: None,
        url: None,
        summary: None,
        priority: Default::default(),
        tags: Vec::new(),
        paragraphs: Default::default(),
        quotes: Vec::new(),
        extra: Vec::new(),
        words: 0,
    }
}
