//! The quotes a query picks. Side by side, `quote:` and `speaker:` terms,
//! negated or not, must hold for one quote, so that `speaker:nazer
//! quote:price` finds a briefing only for a quote by Nazer with the word,
//! not for one quote by Nazer and another with it, and `speaker:nazer
//! -quote:price` for a quote of Nazer's without it. Brackets holding only
//! such terms count as one of them. From the index's quote fields, never
//! by reading a quote.

use super::ast::{Query, Term, Wording};
use crate::store::{QuoteSet, Store};

/// The quotes that hold all of `query`'s terms about quotes, when one of
/// them is not negated; `None` when none is, and the query's terms are
/// each about the briefing. Only a query with `quote:` in it is asked:
/// `speaker:a speaker:b` still finds briefings quoting both.
pub fn quotes(store: &Store, query: &Query) -> Option<QuoteSet> {
    let mut found: Option<QuoteSet> = None;
    let mut without = Vec::new();
    for clause in &query.clauses {
        match (term_quotes(store, &clause.term), clause.negated) {
            (Some(set), false) => {
                found = Some(match found {
                    Some(before) => before.intersect(&set),
                    None => set,
                })
            }
            (Some(set), true) => without.push(set),
            (None, _) => {}
        }
    }
    let found = found?;
    Some(without.iter().fold(found, |kept, set| kept.without(set)))
}

/// The quotes a term holds for, when it is about quotes.
fn term_quotes(store: &Store, term: &Term) -> Option<QuoteSet> {
    match term {
        Term::InQuote(wording) => Some(with_words(store, wording)),
        Term::Speaker(prefix) => Some(store.text.quotes_said_by(&store.speaker_forms(prefix))),
        Term::Any(alternatives) if is_about_quotes(term) => {
            let each: Option<Vec<QuoteSet>> =
                alternatives.iter().map(|q| quotes(store, q)).collect();
            each.map(QuoteSet::union)
        }
        _ => None,
    }
}

/// Whether a term is one `quotes` asks of each quote: `quote:`,
/// `speaker:`, or brackets whose every alternative holds only such terms,
/// one of them not negated.
pub fn is_about_quotes(term: &Term) -> bool {
    let picks = |q: &Query| {
        (q.clauses.iter()).all(|c| is_about_quotes(&c.term)) && q.clauses.iter().any(|c| !c.negated)
    };
    match term {
        Term::InQuote(_) | Term::Speaker(_) => true,
        Term::Any(alternatives) => alternatives.iter().all(picks),
        _ => false,
    }
}

pub fn with_words(store: &Store, wording: &Wording) -> QuoteSet {
    match wording {
        Wording::Prefix(prefix) => store.text.quote_prefix(prefix),
        Wording::Phrase(words) => store.text.quote_phrase(words),
    }
}
