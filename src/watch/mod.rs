//! The watchlist: named entities and phrases (people, places, units) that the
//! reader highlights and counts wherever they occur. Matching uses the
//! project's tokenizer, so it agrees with the full-text index: whole words,
//! case folded, phrases never spanning two fields or paragraphs.

mod find;
mod parse;

use std::path::{Path, PathBuf};

use rustc_hash::FxHashMap;

pub use find::{Hit, count, find};
pub use parse::parse;

use crate::model::{Briefing, Diagnostic};
use crate::store::{DocSet, Store};
use crate::text::sentence::title_lead;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub name: String,
    /// Each phrase as folded words.
    pub phrases: Vec<Vec<String>>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Watchlist {
    entries: Vec<Entry>,
    /// (entry, phrase) pairs by the phrase's first folded word.
    by_first: FxHashMap<String, Vec<(usize, usize)>>,
}

impl Watchlist {
    pub fn new(entries: Vec<Entry>) -> Watchlist {
        let mut by_first: FxHashMap<String, Vec<(usize, usize)>> = FxHashMap::default();
        for (e, entry) in entries.iter().enumerate() {
            for (p, phrase) in entry.phrases.iter().enumerate() {
                if let Some(first) = phrase.first() {
                    by_first.entry(first.clone()).or_default().push((e, p));
                }
            }
        }
        Watchlist { entries, by_first }
    }

    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Briefings with at least one hit in the title, summary or body, from
    /// the full-text index alone.
    pub fn candidates(&self, store: &Store) -> DocSet {
        let mut set = DocSet::empty(store.len());
        for phrase in self.entries.iter().flat_map(|e| &e.phrases) {
            set.union(&store.text.phrase_docs(phrase));
        }
        set
    }

    /// Hits in a briefing's title, summary and body together.
    pub fn count_in(&self, b: &Briefing) -> usize {
        // A title that is the text's first sentence counts once, in the text.
        let lead = b
            .paragraphs
            .get(0)
            .and_then(|first| title_lead(&b.title, first));
        let title = Some(b.title.as_str()).filter(|_| lead.is_none());
        let head = title.into_iter().chain(b.summary.as_deref());
        head.chain(b.paragraphs.iter())
            .map(|text| count(text, self))
            .sum()
    }
}

/// A watchlist as read from its file, with what was wrong in it.
#[derive(Debug, Clone, Default)]
pub struct Loaded {
    pub list: Watchlist,
    pub path: Option<PathBuf>,
    pub diagnostics: Vec<Diagnostic>,
}

impl Loaded {
    /// One line for the status bar when the file had problems.
    pub fn summary(&self) -> Option<String> {
        let first = self.diagnostics.first()?;
        let more = self.diagnostics.len() - 1;
        Some(match more {
            0 => format!("watchlist: {first}"),
            n => format!("watchlist: {first} (and {n} more, printed on exit)"),
        })
    }
}

/// `$XDG_CONFIG_HOME/brief/watchlist.toml` (`~/.config/brief/watchlist.toml`).
pub fn default_path() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "brief").map(|d| d.config_dir().join("watchlist.toml"))
}

/// The watchlist at `path` if one is given (a missing file is then an
/// error), else the one at [`default_path`] if it exists, else none.
pub fn load(path: Option<PathBuf>) -> Loaded {
    let Some(path) = path.or_else(|| default_path().filter(|p| p.exists())) else {
        return Loaded::default();
    };
    let mut diagnostics = Vec::new();
    let list = match std::fs::read_to_string(&path) {
        Ok(text) => parse(&path, &text, &mut diagnostics),
        Err(e) => {
            diagnostics.push(Diagnostic::error(
                &path,
                (1, 1),
                format!("cannot read the watchlist: {e}"),
            ));
            Watchlist::default()
        }
    };
    Loaded {
        list,
        path: Some(path),
        diagnostics,
    }
}

/// Reads a watchlist from text; for tests and for callers with the file in hand.
pub fn from_text(path: &Path, text: &str) -> (Watchlist, Vec<Diagnostic>) {
    let mut diagnostics = Vec::new();
    let list = parse(path, text, &mut diagnostics);
    (list, diagnostics)
}

#[cfg(test)]
mod tests;
