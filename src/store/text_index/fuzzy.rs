//! Words of the index near a word: within an edit distance, counted as
//! Damerau–Levenshtein (optimal string alignment: a swap of two neighbouring
//! letters is one edit, like a letter added, dropped or changed).
//!
//! The word becomes an automaton (the `levenshtein_automata` crate) that
//! reads a term byte by byte and dies as soon as no ending could bring it
//! within the distance; tantivy walks it over each segment's dictionary (a
//! finite state transducer), so only terms that stay alive are read.

use std::ops::ControlFlow;
use std::sync::OnceLock;

use levenshtein_automata::{DFA, Distance, LevenshteinAutomatonBuilder, SINK_STATE};

use super::{DocSet, TextIndex};

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

/// The automaton as tantivy's dictionaries walk it.
struct Near<'a>(&'a DFA);

impl tantivy_fst::Automaton for Near<'_> {
    type State = u32;

    fn start(&self) -> u32 {
        self.0.initial_state()
    }

    fn is_match(&self, state: &u32) -> bool {
        matches!(self.0.distance(*state), Distance::Exact(_))
    }

    fn can_match(&self, state: &u32) -> bool {
        *state != SINK_STATE
    }

    fn accept(&self, state: &u32, byte: u8) -> u32 {
        self.0.transition(*state, byte)
    }
}

impl TextIndex {
    /// Each indexed term within `dfa`'s distance (with that distance, the
    /// segment and where its postings are), until `visit` breaks.
    fn near(
        &self,
        dfa: &DFA,
        mut visit: impl FnMut(usize, &[u8], u8, &tantivy::postings::TermInfo) -> ControlFlow<()>,
    ) {
        self.each_segment(|ord, dict| {
            let Ok(mut stream) = dict.search(Near(dfa)).into_stream() else {
                return ControlFlow::Continue(());
            };
            while stream.advance() {
                let Distance::Exact(d) = dfa.eval(stream.key()) else {
                    continue;
                };
                visit(ord, stream.key(), d, stream.value())?;
            }
            ControlFlow::Continue(())
        });
    }

    /// Documents with a word within `distance` edits of `word` (a folded word).
    pub fn fuzzy_docs(&self, word: &str, distance: u8) -> DocSet {
        let dfa = automaton(word, distance);
        let mut infos = Vec::new();
        self.near(&dfa, |ord, _, _, info| {
            infos.push((ord, info.clone()));
            ControlFlow::Continue(())
        });
        let mut set = DocSet::empty(self.docs());
        for (ord, info) in infos {
            self.postings(ord, &info, |doc, _| set.insert(doc));
        }
        set
    }

    /// The indexed word nearest to `word` within `distance` edits, other
    /// than `word` itself: the fewest edits, then the most documents, then
    /// the first in order.
    pub fn nearest(&self, word: &str, distance: u8) -> Option<String> {
        let dfa = automaton(word, distance);
        let mut found: Vec<(u8, Vec<u8>, u32)> = Vec::new();
        self.near(&dfa, |ord, term, d, info| {
            if d > 0 {
                // Briefings of this store only: a segment keeps the words of
                // documents deleted since, until it is merged.
                let mut docs = 0;
                self.postings(ord, info, |_, _| docs += 1);
                if docs > 0 {
                    found.push((d, term.to_vec(), docs));
                }
            }
            ControlFlow::Continue(())
        });
        // A term in several segments counts the documents of each.
        found.sort_unstable_by(|a, b| (&a.1, a.0).cmp(&(&b.1, b.0)));
        let mut merged: Vec<(u8, Vec<u8>, u32)> = Vec::new();
        for (d, term, docs) in found {
            match merged.last_mut() {
                Some(last) if last.1 == term => last.2 += docs,
                _ => merged.push((d, term, docs)),
            }
        }
        merged
            .into_iter()
            .min_by(|a, b| {
                (a.0, std::cmp::Reverse(a.2), &a.1).cmp(&(b.0, std::cmp::Reverse(b.2), &b.1))
            })
            .and_then(|(_, term, _)| String::from_utf8(term).ok())
    }

    /// Whether any indexed word is within `distance` edits of `word`,
    /// without gathering the documents.
    pub fn has_near(&self, word: &str, distance: u8) -> bool {
        let dfa = automaton(word, distance);
        let mut found = false;
        self.near(&dfa, |ord, _, _, info| {
            self.postings(ord, info, |_, _| found = true);
            if found {
                ControlFlow::Break(())
            } else {
                ControlFlow::Continue(())
            }
        });
        found
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
        crate::library::build(Loaded::of(briefings, Vec::new()))
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
