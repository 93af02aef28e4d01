//! The store's briefings: parsed ones in memory, or heads (all but the body
//! text) from the index on disk, decoded the first time each is asked for
//! (`filed::Filed`). The whole briefing of a head is read from its file by
//! the library when it is shown (`library::whole`): the file is the source
//! of truth, the index never holds the texts, and the store reads no file.

use std::path::Path;

use super::fields::Fields;
use super::filed::Filed;
use crate::model::{Briefing, Diagnostic};

pub enum Briefings {
    Parsed(Vec<Briefing>),
    Filed(Filed),
}

impl Briefings {
    pub fn len(&self) -> usize {
        match self {
            Briefings::Parsed(v) => v.len(),
            Briefings::Filed(f) => f.count(),
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
            Briefings::Filed(f) => f.head_copy(i, fields),
        }
    }
}

/// Stands in for a head the index cannot give back, saying so.
pub(super) fn damaged(i: usize) -> Briefing {
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
