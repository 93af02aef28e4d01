//! Evaluates a `Query` against the store's indexes; no clause scans all text.

use chrono::NaiveDate;

use super::ast::{Feature, Mark, Query, Term};
use super::picked;
use crate::marks::MarkSets;
use crate::store::{DocId, DocSet, Store};

/// What a query is evaluated against besides the store.
#[derive(Debug, Clone, Copy)]
pub struct Context<'a> {
    /// Anchors relative dates.
    pub today: NaiveDate,
    /// The reader's marks; without them nothing is read, bookmarked, noted or new.
    pub marks: Option<&'a MarkSets>,
}

impl Context<'_> {
    pub fn new(today: NaiveDate) -> Self {
        Context { today, marks: None }
    }
}

/// The briefings matching every clause; `today` anchors relative dates.
pub fn evaluate(store: &Store, query: &Query, today: NaiveDate) -> DocSet {
    evaluate_with(store, query, &Context::new(today))
}

pub fn evaluate_with(store: &Store, query: &Query, ctx: &Context) -> DocSet {
    let mut result = store.all();
    let picked = match query.asks_for_quote_words() {
        true => picked::quotes(store, query),
        false => None,
    };
    for clause in &query.clauses {
        // Terms about quotes were asked of each quote, together.
        if picked.is_some() && picked::is_about_quotes(&clause.term) {
            continue;
        }
        let mut set = term_docs(store, &clause.term, ctx);
        if clause.negated {
            set.negate();
        }
        result.intersect(&set);
    }
    if let Some(quotes) = picked {
        result.intersect(&quotes.docs(store.len()));
    }
    result
}

fn term_docs(store: &Store, term: &Term, ctx: &Context) -> DocSet {
    let today = ctx.today;
    let n = store.len();
    let ids = |docs: &[DocId]| DocSet::from_ids(n, docs.iter().copied());
    match term {
        Term::Prefix(p) => store.text.prefix_docs(p),
        Term::Phrase(words) => store.text.phrase_docs(words),
        Term::Fuzzy { word, distance } => store.text.fuzzy_docs(word, *distance),
        Term::Tags(tags) => union(n, tags.iter().map(|t| ids(store.tag_docs(t)))),
        Term::Priority(ps) => union(n, ps.iter().map(|&p| ids(store.priority_docs(p)))),
        Term::Source(prefix) => union(
            n,
            store
                .fields
                .sources
                .iter()
                .filter(|s| s.folded.starts_with(prefix.as_str()))
                .map(|s| ids(&s.docs)),
        ),
        Term::Speaker(prefix) => union(
            n,
            (store.speaker_entries().iter())
                .filter(|s| s.matches(prefix))
                .map(|s| DocSet::from_ids(n, s.docs.iter().map(|&(d, _)| d))),
        ),
        Term::InQuote(wording) => picked::with_words(store, wording).docs(n),
        Term::Id(prefix) => DocSet::from_ids(n, store.ids_with_part_prefix(prefix)),
        Term::Has(Feature::Quote) => ids(&store.fields.with_quotes),
        Term::Has(Feature::Url) => ids(&store.fields.with_url),
        Term::Has(Feature::Summary) => ids(&store.fields.with_summary),
        Term::Has(Feature::Note) => ctx
            .marks
            .map_or_else(|| DocSet::empty(n), |m| m.noted.clone()),
        Term::Is(mark) => marked(store, *mark, ctx.marks),
        Term::Since(spec) => dates(store, spec.bounds(today).0, NaiveDate::MAX),
        Term::Until(spec) => dates(store, NaiveDate::MIN, spec.bounds(today).1),
        Term::On(spec) => {
            let (first, last) = spec.bounds(today);
            dates(store, first, last)
        }
        Term::Any(alternatives) => {
            union(n, alternatives.iter().map(|q| evaluate_with(store, q, ctx)))
        }
    }
}

fn marked(store: &Store, mark: Mark, marks: Option<&MarkSets>) -> DocSet {
    let n = store.len();
    let Some(m) = marks else {
        return if mark == Mark::Unread {
            DocSet::full(n)
        } else {
            DocSet::empty(n)
        };
    };
    match mark {
        Mark::Read => m.read.clone(),
        Mark::Unread => {
            let mut unread = m.read.clone();
            unread.negate();
            unread
        }
        Mark::Bookmarked => m.bookmarked.clone(),
        Mark::New => m.new.clone(),
    }
}

fn dates(store: &Store, first: NaiveDate, last: NaiveDate) -> DocSet {
    DocSet::from_range(store.len(), store.date_range(first, last))
}

fn union(n: usize, sets: impl Iterator<Item = DocSet>) -> DocSet {
    sets.fold(DocSet::empty(n), |mut acc, s| {
        acc.union(&s);
        acc
    })
}

#[cfg(test)]
#[path = "eval_tests.rs"]
mod tests;
