//! Words of the index near a word: within an edit distance, counted as
//! Damerau–Levenshtein (optimal string alignment: a swap of two neighbouring
//! letters is one edit, like a letter added, dropped or changed).
//!
//! The word becomes an automaton (the `levenshtein_automata` crate) that
//! reads a term byte by byte and dies as soon as no ending could bring it
//! within the distance. The dictionary is sorted, so when a term's first
//! `k` bytes kill the automaton every following term with those bytes is
//! skipped at once, by binary search: the terms much longer or shorter than
//! the word, and all those that differ early, are never read to the end.

use std::sync::OnceLock;

use levenshtein_automata::{DFA, Distance, LevenshteinAutomatonBuilder, SINK_STATE};

use super::docset::DocSet;
use super::segment::Segment;
use super::text_index::{TextIndex, partition};

/// The largest distance a fuzzy term may ask for.
pub const MAX_DISTANCE: u8 = 2;

/// The automaton builders for distance 1 and 2: fixed tables, the same for
/// every word and index, each made on first use and kept for the process,
/// as making one (for 2) costs more than a search. Searches and the
/// highlighting of every frame share them.
static BUILDERS: [OnceLock<LevenshteinAutomatonBuilder>; MAX_DISTANCE as usize] =
    [OnceLock::new(), OnceLock::new()];

fn automaton(word: &str, distance: u8) -> DFA {
    let distance = distance.clamp(1, MAX_DISTANCE);
    BUILDERS[usize::from(distance - 1)]
        .get_or_init(|| LevenshteinAutomatonBuilder::new(distance, true))
        .build_dfa(word)
}

impl Segment {
    /// Each term within the automaton's distance, with that distance.
    fn near(&self, dfa: &DFA, mut visit: impl FnMut(usize, u8)) {
        let terms = self.term_count();
        let mut i = 0;
        while i < terms {
            let term = self.term_bytes(i);
            let mut state = dfa.initial_state();
            let dead = term.iter().position(|&b| {
                state = dfa.transition(state, b);
                state == SINK_STATE
            });
            match dead {
                None => {
                    if let Distance::Exact(d) = dfa.distance(state) {
                        visit(i, d);
                    }
                    i += 1;
                }
                Some(at) => {
                    let rejected = &term[..=at];
                    i += 1 + partition(terms - i - 1, |k| {
                        self.term_bytes(i + 1 + k).starts_with(rejected)
                    });
                }
            }
        }
    }
}

impl TextIndex {
    /// Documents with a word within `distance` edits of `word` (a folded word).
    pub fn fuzzy_docs(&self, word: &str, distance: u8) -> DocSet {
        let dfa = automaton(word, distance);
        let mut set = DocSet::empty(self.docs());
        for segment in &self.segments {
            segment.near(&dfa, |t, _| {
                segment.posting_list(t).for_each(|(doc, _)| set.insert(doc));
            });
        }
        set
    }

    /// The indexed word nearest to `word` within `distance` edits, other
    /// than `word` itself: the fewest edits, then the most documents, then
    /// the first in order.
    pub fn nearest(&self, word: &str, distance: u8) -> Option<String> {
        let dfa = automaton(word, distance);
        let mut found: Vec<(u8, &str, u32)> = Vec::new();
        for segment in &self.segments {
            segment.near(&dfa, |t, d| {
                if d > 0 {
                    found.push((d, segment.term(t), segment.doc_freq(t)));
                }
            });
        }
        // A term in several segments counts the documents of each.
        found.sort_unstable_by(|a, b| (a.1, a.0).cmp(&(b.1, b.0)));
        let mut merged: Vec<(u8, &str, u32)> = Vec::new();
        for (d, term, docs) in found {
            match merged.last_mut() {
                Some(last) if last.1 == term => last.2 += docs,
                _ => merged.push((d, term, docs)),
            }
        }
        merged
            .into_iter()
            .min_by(|a, b| {
                (a.0, std::cmp::Reverse(a.2), a.1).cmp(&(b.0, std::cmp::Reverse(b.2), b.1))
            })
            .map(|(_, term, _)| term.to_string())
    }

    /// Whether any indexed word is within `distance` edits of `word`,
    /// without gathering the documents.
    pub fn has_near(&self, word: &str, distance: u8) -> bool {
        let dfa = automaton(word, distance);
        self.segments.iter().any(|segment| {
            let mut found = false;
            segment.near(&dfa, |_, _| found = true);
            found
        })
    }

    /// Whether any indexed word starts with `prefix`.
    pub fn has_prefix(&self, prefix: &str) -> bool {
        self.segments.iter().any(|s| !s.prefixed(prefix).is_empty())
    }

    /// Whether `word` is indexed, whole.
    pub fn has_word(&self, word: &str) -> bool {
        self.segments.iter().any(|s| s.find(word).is_some())
    }
}

/// Whether `word` is within `distance` edits of `target` (both folded),
/// counted as the index counts them; for highlighting.
pub fn within(target: &str, distance: u8) -> impl Fn(&str) -> bool {
    let dfa = automaton(target, distance);
    move |word| matches!(dfa.eval(word), Distance::Exact(_))
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use crate::load::{Loaded, parse_text};
    use crate::store::Store;

    fn store(texts: &[&str]) -> Store {
        let briefings = texts
            .iter()
            .enumerate()
            .map(|(i, t)| parse_text(Path::new(&format!("{i}.txt")), &format!("d{i}"), t))
            .collect();
        Store::build(Loaded::of(briefings, Vec::new()))
    }

    #[test]
    fn words_within_the_distance_swaps_counting_one() {
        let s = store(&[
            "Zelensky spoke.",
            "Zelenskyy wrote.",
            "Zhelensky and Selensky.",
            "zebra",
        ]);
        let count = |w: &str, d: u8| s.text.fuzzy_docs(w, d).count();
        assert_eq!(count("zelenksy", 1), 1, "a swap is one edit");
        assert_eq!(count("zelensky", 1), 3);
        assert_eq!(count("zelenksy", 2), 3);
        assert_eq!(count("zebra", 1), 1);
        assert_eq!(count("qqqqq", 2), 0);
    }

    #[test]
    fn nearest_prefers_fewer_edits_then_more_briefings() {
        let s = store(&[
            "Zelensky spoke.",
            "Zelensky again.",
            "Zelenskyy wrote.",
            "Kuleba",
        ]);
        assert_eq!(s.text.nearest("zelenksy", 2).as_deref(), Some("zelensky"));
        assert_eq!(s.text.nearest("zelenskyy", 2).as_deref(), Some("zelensky"));
        assert_eq!(s.text.nearest("kulebo", 1).as_deref(), Some("kuleba"));
        assert_eq!(s.text.nearest("nothing", 2), None);
        assert!(s.text.has_prefix("zel") && !s.text.has_prefix("zex"));
        assert!(s.text.has_word("kuleba") && !s.text.has_word("kule"));
    }
}
