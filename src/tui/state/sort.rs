//! The orders the list can be sorted in, cycled by `s`.

use super::filter::Filter;

/// The list's order; undated briefings come last in both date orders.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Sort {
    #[default]
    Newest,
    Oldest,
    Priority,
    Source,
    /// Best BM25 score for the filter's words first (`query::rank`); newest
    /// first when the filter has no words.
    Relevance,
}

impl Sort {
    pub fn next(self) -> Sort {
        match self {
            Sort::Newest => Sort::Oldest,
            Sort::Oldest => Sort::Priority,
            Sort::Priority => Sort::Source,
            Sort::Source => Sort::Relevance,
            Sort::Relevance => Sort::Newest,
        }
    }

    /// The order in words, as the status bar says it after "sorted".
    pub fn label(self) -> &'static str {
        match self {
            Sort::Newest => "newest first",
            Sort::Oldest => "oldest first",
            Sort::Priority => "by priority",
            Sort::Source => "by source",
            Sort::Relevance => "by relevance",
        }
    }
}

/// What the status bar says on a change of order to `sort` under `filter`.
pub fn message(sort: Sort, filter: &Filter) -> String {
    let scored = filter
        .compose()
        .is_ok_and(|q| crate::query::rank::scores_anything(&q));
    if sort == Sort::Relevance && !scored {
        return "sorted by relevance: no words to score, so newest first".into();
    }
    format!("sorted {}", sort.label())
}
