//! Relevance: BM25 scores of the briefings a query matched, from the words
//! and phrases it asks for. Fields (`tag:`, `since:`, ...) and negated terms
//! narrow the list but score nothing.
//!
//! A bare word is a prefix and scores as one word: its count in a briefing
//! is the count of every word it starts, and its document frequency the
//! number of briefings with any of them, so a rare spelling among the
//! expansions cannot outweigh the word itself. A phrase scores as the sum of
//! its words; the filter has already made sure they stand together.

use super::ast::{Query, Term};
use crate::store::{DocId, DocSet, Store, TextIndex};

/// How quickly repeating a word stops adding to the score.
const K1: f32 = 1.2;
/// How much a longer text weakens each occurrence.
const B: f32 = 0.75;

/// The words a query scores: (word or prefix, whether it is a prefix).
fn scored_words(query: &Query) -> Vec<(&str, bool)> {
    let mut words = Vec::new();
    for clause in query.positive_clauses() {
        match &clause.term {
            Term::Prefix(p) => words.push((p.as_str(), true)),
            Term::Phrase(ws) => words.extend(ws.iter().map(|w| (w.as_str(), false))),
            _ => {}
        }
    }
    words
}

/// Whether the query has words to score, i.e. relevance is not just date order.
pub fn scores_anything(query: &Query) -> bool {
    !scored_words(query).is_empty()
}

/// The BM25 score of every briefing in `docs`, by store position; zero
/// outside `docs`.
pub fn scores(store: &Store, query: &Query, docs: &DocSet) -> Vec<f32> {
    let text = &store.text;
    let mut scores = vec![0.0; text.docs()];
    let mut counts = vec![0u32; text.docs()];
    for (word, prefix) in scored_words(query) {
        counts.fill(0);
        let mut doc_freq = 0u32;
        for (doc, n) in text.frequencies(word, prefix) {
            if let Some(count) = counts.get_mut(doc.index()) {
                doc_freq += u32::from(*count == 0);
                *count += n;
            }
        }
        if doc_freq == 0 {
            continue;
        }
        let idf = idf(text.docs(), doc_freq);
        for doc in docs.iter() {
            let count = counts[doc.index()];
            if count > 0 {
                scores[doc.index()] += idf * saturate(text, doc, count);
            }
        }
    }
    scores
}

/// `docs` most relevant first; equal scores, and every briefing when the
/// query scores nothing, newest first.
pub fn by_relevance(store: &Store, query: &Query, docs: &DocSet) -> Vec<DocId> {
    if !scores_anything(query) {
        return docs.iter().collect();
    }
    let scores = scores(store, query, docs);
    // Scores are never negative, so their bits order as the numbers do.
    let mut keyed: Vec<u64> = docs
        .iter()
        .map(|d| u64::from(u32::MAX - scores[d.index()].to_bits()) << 32 | u64::from(d.0))
        .collect();
    keyed.sort_unstable();
    keyed.into_iter().map(|k| DocId(k as u32)).collect()
}

/// Rarer words weigh more; never negative, even for a word in every briefing.
fn idf(docs: usize, doc_freq: u32) -> f32 {
    let (n, df) = (docs as f32, doc_freq as f32);
    (1.0 + (n - df + 0.5) / (df + 0.5)).ln()
}

/// The term-frequency part of BM25: grows with `count`, levels off, and is
/// smaller in texts longer than the average.
fn saturate(text: &TextIndex, doc: DocId, count: u32) -> f32 {
    let tf = count as f32;
    let relative = text.length(doc) as f32 / text.average_length().max(1.0);
    tf * (K1 + 1.0) / (tf + K1 * (1.0 - B + B * relative))
}

#[cfg(test)]
#[path = "rank_tests.rs"]
mod tests;
