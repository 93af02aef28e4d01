//! The store's briefings: parsed ones in memory, or heads (all but the body
//! text) kept in the index cache and decoded the first time each is asked
//! for, with the whole briefing read from its file when it is shown: the
//! file is the source of truth, and the cache never holds the texts.

use std::path::Path;
use std::sync::OnceLock;

use super::cache::records;
use super::cache::wire::{Reader, u64_at};
use super::fields::Fields;
use crate::load;
use crate::model::{Briefing, Diagnostic, SharedBytes};

pub enum Briefings {
    Parsed(Vec<Briefing>),
    Filed(Filed),
}

pub struct Filed {
    bytes: SharedBytes,
    /// Where the table of record offsets starts, one per briefing.
    offsets: usize,
    heads: Box<[OnceLock<Box<Briefing>>]>,
    whole: Box<[OnceLock<Box<Briefing>>]>,
}

impl Filed {
    pub fn new(bytes: SharedBytes, offsets: usize, count: usize) -> Filed {
        let cells = || (0..count).map(|_| OnceLock::new()).collect();
        Filed {
            bytes,
            offsets,
            heads: cells(),
            whole: cells(),
        }
    }

    fn decode(&self, i: usize, fields: &Fields) -> Briefing {
        let buf = (*self.bytes).as_ref();
        let (id, path) = (fields.id_of[i].clone(), fields.path_of[i].clone());
        let briefing = u64_at(buf, self.offsets, i)
            .and_then(|at| records::read_head(&mut Reader::new(buf, at as usize), id, path));
        briefing.unwrap_or_else(|| damaged(i))
    }

    fn head(&self, i: usize, fields: &Fields) -> &Briefing {
        self.heads[i].get_or_init(|| Box::new(self.decode(i, fields)))
    }

    /// The briefing as its file reads now, with the tags the index gave it.
    fn read(&self, i: usize, fields: &Fields) -> Briefing {
        let head = self.head(i, fields);
        match load::read_file(&head.path, &head.id) {
            Ok(mut b) => {
                b.tags.clone_from(&head.tags);
                b.words = head.words;
                b
            }
            Err(d) => unreadable(head, d),
        }
    }
}

impl Briefings {
    pub fn len(&self) -> usize {
        match self {
            Briefings::Parsed(v) => v.len(),
            Briefings::Filed(f) => f.heads.len(),
        }
    }

    /// The whole briefing.
    pub fn get(&self, i: usize, fields: &Fields) -> &Briefing {
        match self {
            Briefings::Parsed(v) => &v[i],
            Briefings::Filed(f) => f.whole[i].get_or_init(|| Box::new(f.read(i, fields))),
        }
    }

    /// All but the body text (which stays empty); its quotes are counted,
    /// but their text is in the whole briefing only.
    pub fn head(&self, i: usize, fields: &Fields) -> &Briefing {
        match self {
            Briefings::Parsed(v) => &v[i],
            Briefings::Filed(f) => f.whole[i].get().map_or_else(|| f.head(i, fields), |b| &**b),
        }
    }

    /// The head as the index recorded it, even once the whole briefing has
    /// been read (the file may have changed since).
    pub fn recorded(&self, i: usize, fields: &Fields) -> &Briefing {
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

    /// The whole briefing if it has been read already.
    pub fn read_already(&self, i: usize) -> Option<&Briefing> {
        match self {
            Briefings::Parsed(v) => v.get(i),
            Briefings::Filed(f) => f.whole[i].get().map(|b| &**b),
        }
    }
}

/// What the index knows of a briefing whose file cannot be read now.
fn unreadable(head: &Briefing, problem: Diagnostic) -> Briefing {
    let mut b = head.clone();
    b.quotes.clear();
    b.diagnostics.push(Diagnostic::warning(
        &head.path,
        (1, 1),
        format!("{}; showing what the index holds", problem.message),
    ));
    b
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
