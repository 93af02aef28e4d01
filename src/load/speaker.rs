//! The speaker in an attribution clause: the subject before a reporting verb
//! (`Anna Ivanova, the council's chair, said`), the name after one (`said
//! Anna Ivanova`, `according to the ministry`), or the one quoted (`the
//! agency quoted Shmyhal as saying`).

use super::speech;
use crate::text::sentence::{self, first_sentence_end};
use crate::text::words;

/// Words a speaker may run to.
pub(super) const MAX_WORDS: usize = 12;
/// Words between a reporting verb and the quote it introduces (`Lavrov said
/// Moscow “…”`, `told reporters at a briefing “…”`).
pub(super) const MAX_OBJECT: usize = 8;
/// Words into a clause after a quote that its reporting verb may come
/// (`the regional manager for one of the large refiners said`).
pub(super) const WINDOW: usize = 12;

/// A clause and its words, with their offsets and folded forms.
pub struct Clause<'a> {
    pub text: &'a str,
    pub(super) words: Vec<(usize, &'a str, String)>,
}

/// Where in the clause the attribution starts, and the speaker named.
pub struct Found {
    pub clause_from: usize,
    pub speaker: String,
}

impl<'a> Clause<'a> {
    pub fn new(text: &'a str) -> Clause<'a> {
        let words = words::word_indices(text)
            .map(|(at, w)| (at, w, words::fold(w).into_owned()))
            .collect();
        Clause { text, words }
    }

    pub fn folded(&self, i: usize) -> Option<&str> {
        self.words.get(i).map(|w| w.2.as_str())
    }

    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// Whether word `i` is a number written in digits: `24`.
    pub(super) fn number_at(&self, i: usize) -> bool {
        self.raw(i)
            .is_some_and(|w| w.bytes().all(|b| b.is_ascii_digit()))
    }

    /// Word `i` as written.
    pub fn raw(&self, i: usize) -> Option<&'a str> {
        self.words.get(i).map(|w| w.1)
    }

    /// Whether the text after word `i` ends a name: a stop, a comma, a
    /// dash, a bracket or a colon, but not the dot of an abbreviation
    /// (`E.F. Hutton`, `J. Smith`, `Mr. Lee`).
    pub(super) fn breaks_after(&self, i: usize, marks: &[char]) -> bool {
        let gap = self.gap(i);
        if !gap.contains(marks) {
            return false;
        }
        let dot_only = gap.trim_end() == ".";
        !(dot_only && self.raw(i).is_some_and(is_abbreviation) && self.words.get(i + 1).is_some())
    }

    pub(super) fn is(&self, i: usize, any: &[&str]) -> bool {
        self.folded(i).is_some_and(|w| any.contains(&w))
    }

    /// Where word `i` ends, a wire's ticker with its closing `>`.
    pub fn end_of(&self, i: usize) -> usize {
        let (at, w, _) = self.words[i];
        let end = at + w.len();
        let closed = self.text[..at].ends_with('<') && self.text[end..].starts_with('>');
        end + usize::from(closed)
    }

    /// Whether the gap after word `i` sets a piece off: a comma or a dash
    /// (`—`, `–`, or a wire's `--`).
    pub(super) fn sets_off(&self, i: usize) -> bool {
        let gap = self.gap(i);
        gap.contains([',', '—', '–']) || gap.contains("--")
    }

    /// The text between word `i` and the next.
    pub fn gap(&self, i: usize) -> &str {
        match self.words.get(i + 1) {
            Some(next) => &self.text[self.end_of(i)..next.0],
            None => &self.text[self.end_of(i)..],
        }
    }

    pub fn according_at(&self, i: usize) -> bool {
        let rest: Vec<&str> = (i..self.words.len().min(i + 2))
            .filter_map(|k| self.folded(k))
            .collect();
        speech::according(&rest)
    }

    /// `…,” Kuleba said`, `…,” said Kuleba`, `…,” according to Kuleba`.
    pub fn speaker_after_quote(&self) -> Option<Found> {
        if self.according_at(0) {
            return self.found(0, self.name_from(2)?);
        }
        // `Peter Vance, vice president and general manager of the group's
        // storage division, said`: a name and its role before the verb.
        let named = (0..3).any(|k| self.upper(k) && self.breaks_after(k, &[','])) && self.upper(0);
        let n = self
            .words
            .len()
            .min(if named { WINDOW * 2 } else { WINDOW });
        let verb = (0..n).find(|&i| self.verb_after_quote(i))?;
        if let Some(object) = self.quoted_as(verb) {
            return self.found(0, object);
        }
        if verb == 0 {
            // `“…” adding the goals include…`: a participle is the quote's
            // own sentence going on, not its attribution.
            if self.folded(0).is_some_and(|w| w.ends_with("ing")) {
                return None;
            }
            let named = self.role_then_name(1);
            return self.found(0, named.or_else(|| self.name_from(1))?);
        }
        if let Some(name) = self.said_after_going_on(verb) {
            return self.found(0, name);
        }
        let (from, speaker) = self.subject(verb)?;
        // Past the usual reach, only the name the clause opens with.
        if verb >= WINDOW && from > 0 {
            return None;
        }
        self.found(0, speaker)
    }

    /// `Kuleba said: “…”`, `Kuleba told reporters “…”`, `according to
    /// Kuleba, “…”`, `Shmyhal was quoted as saying: “…”`, `Lavrov said
    /// Moscow “…”`, `як заявив Кулеба, «…»`.
    pub fn speaker_before_quote(&self) -> Option<Found> {
        let n = self.words.len();
        // `a fare called “Night In Town”`: a name, not a quote; but `what
        // he called “a mistake”`.
        let what = (n.saturating_sub(4)..n).any(|k| self.is(k, &["what"]));
        let naming = n > 0 && self.folded(n - 1).is_some_and(speech::is_naming);
        if naming && !what {
            return None;
        }
        let window = n.saturating_sub(MAX_OBJECT + 1)..n;
        if let Some(at) = (0..n).rev().find(|&i| self.according_at(i)) {
            let speaker = self.name_from(at + 2)?;
            return self.found(self.words[at].0, speaker);
        }
        let Some(mut verb) = window.rev().find(|&i| self.reports_at(i)) else {
            return self.opening_speaker();
        };
        // Another sentence or clause between verb and quote; a dot after
        // initials (`U.S officials`) is none.
        let rest = &self.text[self.end_of(verb)..];
        if rest.contains([';', '(']) || first_sentence_end(rest) < rest.trim_end().len() {
            return None;
        }
        if verb > 0 && self.is(verb - 1, &["as"]) {
            let quoted = (verb.saturating_sub(MAX_OBJECT)..verb)
                .rev()
                .find(|&i| self.is(i, &["quoted", "cited"]));
            verb = quoted?;
            if let Some(object) = self.quoted_as(verb) {
                return self.found(self.words[verb].0, object);
            }
        }
        // `“Rates,” said the bank, “…”`: a short quote before the verb is no
        // subject; whoever follows the verb says it.
        let opens_quoted = self.text.trim_start().starts_with(['"', '“', '«']);
        if opens_quoted && verb > 0 && self.gap(verb - 1).contains(['"', '”', '»']) {
            return self.found(self.words[verb].0, self.name_from(verb + 1)?);
        }
        if let Some((from, speaker)) = self.subject(verb) {
            return self.found(from, speaker);
        }
        // `As said Kuleba`, but not `and said its units had`.
        let joined = verb > 0 && self.folded(verb - 1).is_some_and(speech::is_conjunction);
        let leads_only = !joined && (0..verb).all(|i| self.folded(i).is_some_and(speech::is_lead));
        if leads_only {
            return self.found(self.words[0].0, self.name_from(verb + 1)?);
        }
        None
    }

    /// `Rha told Reuters the mission is looking for purchases, "…"`: a
    /// sentence that opens with its subject and a reporting verb, with no
    /// other reporting verb before the quote that ends it.
    fn opening_speaker(&self) -> Option<Found> {
        // `However, Sears said…`, `But Sears said…`.
        let first = (self.folded(0))
            .is_some_and(|w| w == "however" || speech::is_conjunction(w))
            .into();
        let (_, verb) = self.opening(first)?;
        let alone = (verb + 1..self.words.len()).all(|k| !self.reports_at(k));
        if !self.reports_at(verb) || !alone {
            return None;
        }
        let (from, speaker) = self.subject(verb)?;
        self.found(from, speaker)
    }

    fn found(&self, clause_from: usize, speaker: String) -> Option<Found> {
        let count = words::count(&speaker);
        (count > 0 && count <= MAX_WORDS).then_some(Found {
            clause_from,
            speaker,
        })
    }
}

pub fn starts_upper(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// A word whose dot does not end a sentence: initials (`E.F`, `U.S`, `J`)
/// and the abbreviations a sentence does not end at (`Mr`, `Inc`).
pub fn is_abbreviation(word: &str) -> bool {
    let initials = word.split('.').all(|part| {
        let mut chars = part.chars();
        chars.next().is_some_and(char::is_uppercase) && chars.next().is_none()
    });
    initials || sentence::is_abbreviation(word)
}
