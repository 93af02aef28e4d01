//! The parsed form of a query: clauses of terms, each maybe negated.

use std::ops::Range;

use crate::model::{Briefing, Priority, Quote};
use crate::store::Store;
use crate::text::words;

use super::date::DateSpec;
use super::highlight::{self, Highlight};

/// A parsed query: clauses that must all hold. `a OR b` and brackets are a
/// clause of their own, `Term::Any`, whose alternatives are queries.
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
    /// Words inside one quote's text.
    InQuote(Wording),
    Priority(Vec<Priority>),
    Has(Feature),
    /// The reader's own marks: read, bookmarked, new since the last session.
    Is(Mark),
    /// An id starting with this folded prefix.
    Id(String),
    Since(DateSpec),
    Until(DateSpec),
    On(DateSpec),
    /// Brackets, or terms joined by `OR`: any of these queries holds.
    Any(Vec<Query>),
}

/// The words `quote:` looks for in a quote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Wording {
    /// A word starting with this folded prefix.
    Prefix(String),
    /// Folded words next to each other.
    Phrase(Vec<String>),
}

impl Wording {
    pub fn highlight(&self) -> Highlight {
        match self {
            Wording::Prefix(p) => Highlight::Prefix(p.clone()),
            Wording::Phrase(words) => Highlight::Phrase(words.clone()),
        }
    }
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
        self.has_term(&|t| matches!(t, Term::Is(_) | Term::Has(Feature::Note)))
    }

    /// Whether any term, in any group, negated or not, is one `fits`.
    pub fn has_term(&self, fits: &impl Fn(&Term) -> bool) -> bool {
        self.clauses.iter().any(|c| match &c.term {
            Term::Any(alternatives) => alternatives.iter().any(|q| q.has_term(fits)),
            term => fits(term),
        })
    }

    /// The clauses that ask for something to be there: those not negated,
    /// in groups not negated, groups left out.
    pub fn positive_clauses(&self) -> Vec<&Clause> {
        let mut found = Vec::new();
        for clause in self.clauses.iter().filter(|c| !c.negated) {
            match &clause.term {
                Term::Any(alternatives) => {
                    found.extend(alternatives.iter().flat_map(Query::positive_clauses));
                }
                _ => found.push(clause),
            }
        }
        found
    }

    /// The part of the query that picks quotes within a briefing: its
    /// `speaker:` and `quote:` terms, in the groups they stand in.
    pub fn quote_terms(&self) -> Query {
        let mut clauses = Vec::new();
        for clause in &self.clauses {
            match &clause.term {
                Term::Speaker(_) | Term::InQuote(_) => clauses.push(clause.clone()),
                Term::Any(alternatives) => {
                    let picked: Vec<Query> = alternatives.iter().map(Query::quote_terms).collect();
                    if picked.iter().any(|q| !q.is_empty()) {
                        clauses.push(Clause {
                            term: Term::Any(picked),
                            ..clause.clone()
                        });
                    }
                }
                _ => {}
            }
        }
        Query { clauses }
    }

    /// Whether quote `q` of `b` is one the query asks for: every `speaker:`
    /// term holds for its speaker (or, negated, does not), by the name
    /// `store` lists them under (a surname alone under the full name), and
    /// every `quote:` term for its words.
    pub fn keeps_quote(&self, b: &Briefing, q: &Quote, store: &Store) -> bool {
        if self.is_empty() {
            return true;
        }
        let person = q.speaker.as_ref().map(|s| words::fold(s.person()));
        let listed = person.as_deref().map(|p| store.listed_speaker(p));
        let text = b.quote_text(q);
        self.keeps(&|term| match term {
            Term::Speaker(prefix) => Some(listed.is_some_and(|p| words::starts_a_word(p, prefix))),
            Term::InQuote(wording) => {
                Some(!highlight::find(&text, &[wording.highlight()]).is_empty())
            }
            _ => None,
        })
    }

    /// Whether every `speaker:` term holds for a speaker, told by `matches`
    /// of each term's folded prefix.
    pub fn keeps_speaker(&self, matches: impl Fn(&str) -> bool) -> bool {
        self.keeps(&|term| match term {
            Term::Speaker(prefix) => Some(matches(prefix)),
            _ => None,
        })
    }

    /// Whether every term `holds` tells of holds (or, negated, does not);
    /// terms it says nothing of (`None`) hold. A group holds when one of its
    /// alternatives does; an alternative without such terms holds for
    /// every quote, except under `-`, where it removes none.
    fn keeps(&self, holds: &dyn Fn(&Term) -> Option<bool>) -> bool {
        self.clauses.iter().all(|c| match &c.term {
            Term::Any(alternatives) if c.negated => !(alternatives.iter())
                .any(|q| q.has_term(&|t| holds(t).is_some()) && q.keeps(holds)),
            Term::Any(alternatives) => alternatives.iter().any(|q| q.keeps(holds)),
            term => holds(term).is_none_or(|h| h != c.negated),
        })
    }

    /// Whether the query looks for words inside quotes.
    pub fn asks_for_quote_words(&self) -> bool {
        self.has_term(&|t| matches!(t, Term::InQuote(_)))
    }

    /// What to highlight inside the quotes shown: the `quote:` words asked
    /// for, not negated.
    pub fn quote_highlights(&self) -> Vec<Highlight> {
        (self.positive_clauses().into_iter())
            .filter_map(|c| match &c.term {
                Term::InQuote(wording) => Some(wording.highlight()),
                _ => None,
            })
            .collect()
    }

    /// The text a reader should see highlighted: words and phrases asked for, not negated.
    pub fn highlights(&self) -> Vec<Highlight> {
        self.positive_clauses()
            .into_iter()
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
