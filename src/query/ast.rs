//! The parsed form of a query: clauses of terms, each maybe negated.

use std::ops::Range;

use crate::model::{Priority, Quote};
use crate::store::Store;
use crate::text::words;

use super::date::DateSpec;

/// A parsed query: clauses that must all hold.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Query {
    pub clauses: Vec<Clause>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Clause {
    pub negated: bool,
    pub term: Term,
    /// Byte range of the clause in the query text, `-` included.
    pub span: Range<usize>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Term {
    /// A word starting with this folded prefix.
    Prefix(String),
    /// A whole folded word within an edit distance (1 or 2) of this one.
    Fuzzy {
        word: String,
        distance: u8,
    },
    /// Folded words that must stand next to each other.
    Phrase(Vec<String>),
    /// Any of these tags.
    Tags(Vec<String>),
    /// A source starting with this folded prefix.
    Source(String),
    /// A quote's speaker with a word starting with this folded prefix.
    Speaker(String),
    Priority(Vec<Priority>),
    Has(Feature),
    /// The reader's own marks: read, bookmarked, new since the last session.
    Is(Mark),
    /// An id starting with this folded prefix.
    Id(String),
    Since(DateSpec),
    Until(DateSpec),
    On(DateSpec),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Feature {
    Quote,
    Url,
    Summary,
    /// A personal note (from the reader's marks).
    Note,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    Unread,
    Read,
    Bookmarked,
    New,
}

impl Query {
    pub fn is_empty(&self) -> bool {
        self.clauses.is_empty()
    }

    /// Whether a clause asks about the reader's marks (`is:`, `has:note`).
    pub fn uses_marks(&self) -> bool {
        self.clauses
            .iter()
            .any(|c| matches!(c.term, Term::Is(_) | Term::Has(Feature::Note)))
    }

    /// Whether a quote is one the query asks for: every `speaker:` term
    /// holds for its speaker (or, negated, does not), by the name `store`
    /// lists them under (a surname alone under the full name).
    pub fn keeps_quote(&self, quote: &Quote, store: &Store) -> bool {
        let person = quote.speaker.as_ref().map(|s| words::fold(s.person()));
        let listed = person.as_deref().map(|p| store.listed_speaker(p));
        self.keeps_speaker(|prefix| listed.is_some_and(|p| words::starts_a_word(p, prefix)))
    }

    /// Whether every `speaker:` term holds for a speaker, told by `matches`
    /// of each term's folded prefix.
    pub fn keeps_speaker(&self, matches: impl Fn(&str) -> bool) -> bool {
        self.clauses.iter().all(|c| match &c.term {
            Term::Speaker(prefix) => matches(prefix) != c.negated,
            _ => true,
        })
    }

    /// Whether the query picks quotes by speaker.
    pub fn asks_for_speakers(&self) -> bool {
        self.clauses
            .iter()
            .any(|c| matches!(c.term, Term::Speaker(_)))
    }

    /// The text a reader should see highlighted: words and phrases asked for, not negated.
    pub fn highlights(&self) -> Vec<Highlight> {
        self.clauses
            .iter()
            .filter(|c| !c.negated)
            .filter_map(|c| match &c.term {
                Term::Prefix(p) => Some(Highlight::Prefix(p.clone())),
                Term::Phrase(words) => Some(Highlight::Phrase(words.clone())),
                Term::Fuzzy { word, distance } => Some(Highlight::Fuzzy {
                    word: word.clone(),
                    distance: *distance,
                }),
                _ => None,
            })
            .collect()
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Highlight {
    Prefix(String),
    Phrase(Vec<String>),
    Fuzzy { word: String, distance: u8 },
}
