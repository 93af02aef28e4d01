//! The words a pronoun's candidate of one word must be to count as a
//! person: the briefing's surnames and first names.

use std::cell::OnceCell;
use std::collections::HashSet;

use super::{names, nouns, speech};
use crate::model::Quote;
use crate::text::words;

/// The words a capitalised word alone must be to count as a person: the
/// one-word names the briefing gives as quotes' speakers, and the surnames
/// of the full names in its text, read only when first asked for.
pub(super) struct Surnames<'a> {
    paragraphs: &'a [String],
    speakers: Vec<String>,
    full_names: OnceCell<Vec<String>>,
    in_full: OnceCell<Vec<String>>,
    lower: OnceCell<HashSet<&'a str>>,
}

impl<'a> Surnames<'a> {
    pub(super) fn new(paragraphs: &'a [String], quotes: &[Quote]) -> Surnames<'a> {
        let speakers = quotes.iter().filter_map(|q| q.speaker.as_ref());
        Surnames {
            paragraphs,
            // A speaker's surname, from a one-word speaker or a name given
            // in full (`President Reagan`, as `Reagan` after it was made
            // whole).
            speakers: (speakers.map(|s| s.person()))
                .filter(|p| p.split_whitespace().all(names::is_name_word))
                .filter_map(|p| p.split_whitespace().next_back())
                .map(|w| words::fold(w).into_owned())
                .filter(|w| speech::pronoun(w).is_none())
                .collect(),
            full_names: OnceCell::new(),
            in_full: OnceCell::new(),
            lower: OnceCell::new(),
        }
    }

    /// Whether the briefing writes `folded` in lower case too: a common
    /// word (`Prices rose.` … `oil prices`), not a name.
    pub(super) fn written_lower(&self, folded: &str) -> bool {
        let lower = self.lower.get_or_init(|| {
            (self.paragraphs.iter())
                .flat_map(|p| words::word_indices(p).map(|(_, w)| w))
                .filter(|w| w.chars().next().is_some_and(char::is_lowercase))
                .collect()
        });
        lower.contains(folded)
    }

    fn full_names(&self) -> &[String] {
        self.full_names.get_or_init(|| {
            let mut names = Vec::new();
            (self.paragraphs.iter()).for_each(|p| names::full_names(p, &mut names));
            names
        })
    }

    /// Whether `words` open a firm's name the briefing gives in full:
    /// `Hale Brothers` of Hale Brothers Holdings Ltd is no person.
    pub(super) fn opens_firm(&self, words: &[&str]) -> bool {
        self.full_names().iter().any(|full| {
            let mut full = full.split(' ');
            let opens = words.iter().all(|w| full.next() == Some(*w));
            opens && full.any(|w| nouns::is_firm(&words::fold(w)))
        })
    }

    pub(super) fn has(&self, folded: &str) -> bool {
        let in_full = self.in_full.get_or_init(|| {
            let names = self.full_names();
            // A person's first name stands alone too (`Ammar` for Ammar
            // Sato), but not a firm's first word (`Marlow` of Marlow Co).
            fn first(n: &str) -> Option<&str> {
                let words: Vec<&str> = n.split(' ').collect();
                let firm = words.last().is_some_and(|w| {
                    let w = words::fold(w);
                    nouns::is_firm(&w) || nouns::is_head(&w)
                });
                (words.len() <= 3 && !firm).then(|| words[0])
            }
            (names.iter())
                .flat_map(|n| n.rsplit(' ').next().into_iter().chain(first(n)))
                .map(|w| words::fold(w).into_owned())
                .collect()
        });
        self.speakers.iter().chain(in_full).any(|s| s == folded)
    }
}
