//! The noun phrases of an attribution clause: the name after a reporting
//! verb, the subject before one, and the name a sentence opens with.

use super::nouns;
use super::role::role_after_name;
use super::speaker::{Clause, MAX_OBJECT, MAX_WORDS, starts_upper};
use super::{names, speech};
use crate::text::words;

/// Words a subject set off by commas, or a sentence's opening noun
/// phrase, may run to.
pub(super) const MAX_PIECE: usize = 6;

impl Clause<'_> {
    /// The name that starts at word `i`, with one appositive after a comma
    /// (`Anna Ivanova, the council's chair`), up to the context after it
    /// (`in a statement`, `who chairs…`, `published on…`).
    pub(super) fn name_from(&self, i: usize) -> Option<String> {
        let first = self.folded(i)?;
        let (at, raw, _) = self.words[i];
        // `private market analyst Edouard Cointreau`: a title of a few
        // lower-case words before the name.
        let titled_soon = (i..self.len().min(i + 4)).any(|k| {
            self.folded(k)
                .is_some_and(|w| nouns::is_person(w, "") || nouns::is_people(w))
                && self.upper(k + 1)
        });
        let named_soon = (i..self.len().min(i + 3)).any(|k| self.raw(k).is_some_and(starts_upper))
            || titled_soon;
        let opens = speech::is_opener(first) || starts_upper(raw) || nouns::is_head(first);
        if !(opens || named_soon) || speech::is_stop(first) {
            return None;
        }
        let mut last = i;
        let mut commas = 0;
        while let Some(next) = self.folded(last + 1) {
            let gap = self.gap(last);
            // `Bache Securities (Japan) associate vice president Peter
            // Wolffe`: a bracket of a word or two inside the name.
            if self.gap(last).trim() == "(" && self.gap(last + 1).trim() == ")" {
                last += 2;
                if self.folded(last).is_none() {
                    last -= 2;
                    break;
                }
                continue;
            }
            if self.breaks_after(last, &[';', '(', ')', '.', '—', '–', ':', '"', '“', '«']) {
                break;
            }
            if gap.contains(',') {
                commas += 1;
                let raw = self.words[last + 1].1;
                let appositive =
                    speech::is_opener(next) || starts_upper(raw) || nouns::is_head(next);
                if commas > 1 || !appositive || speech::is_stop(next) || speech::is_lead(next) {
                    break;
                }
            } else if next == "and" && self.folded(last + 2) == Some("co") {
                // `Wertheim and Co analyst Michael Ellman`: a firm's name.
                last += 1;
            } else if next == "and"
                && (self.titled(last)
                    || self.firm_before_title(last + 2)
                    || self.raw(last + 2).is_some_and(starts_upper)
                        && self.possessive_soon(last + 2))
            {
                // `former Nevada Sen. and Reagan confidant Paul Laxalt`: two
                // titles before one name; `Hale Keene and Dobbs analyst Ruth
                // Adler`: a firm's name before a title.
                last += 1;
            } else if next == "and" && nouns::is_people(first) && self.upper(last + 2) {
                // `brokers Hale and Orr`: a firm, or two of the people.
                last += 1;
            } else if speech::is_stop(next)
                || next.ends_with("ly") && !self.upper(last + 1) && !nouns::is_body(next)
            {
                break;
            } else if (next.ends_with("ing") || self.participle_before(last + 1))
                && !self.upper(last + 1)
                && self.folded(last).is_some_and(nouns::is_head)
            {
                // `another official following the talks`, `the statement
                // broadcast on radio`: context.
                break;
            }
            last += 1;
        }
        let last = self.workplace(i, last).unwrap_or(last);
        let named = role_after_name(&self.text[at..self.end_of(last)]);
        // A role too long to cite whole leaves the name: `Aiko Mori,
        // Director of the Second International Economic Affairs Division
        // of the Trade Ministry`.
        Some(match named.split_once(", ") {
            Some((name, _)) if words::count(&named) > MAX_WORDS && names::is_full_name(name) => {
                name.to_string()
            }
            _ => named,
        })
    }

    /// `“…,” after a weak January, said Ann Roe of Roe and Co`: the
    /// sentence goes on after the quote, then the verb after a comma, then
    /// a full name that says it.
    pub(super) fn said_after_going_on(&self, verb: usize) -> Option<String> {
        let inverted = self.is(verb, &["said", "added"]) && self.upper(verb + 1);
        if verb == 0 || !self.gap(verb - 1).contains(',') || !inverted {
            return None;
        }
        let name = self.name_from(verb + 1)?;
        names::person_is_full(&name).then_some(name)
    }

    /// `said head of equities at Hale Securities Co, Mario Malt.`: a role
    /// from word `from`, then, closing the clause after a comma, the full
    /// name it is of.
    pub(super) fn role_then_name(&self, from: usize) -> Option<String> {
        let last = self.len().checked_sub(1)?;
        let comma = (from..last).rfind(|&k| self.gap(k).contains(','))?;
        let name = &self.text[self.words[comma + 1].0..self.end_of(last)];
        let role = &self.text[self.words.get(from)?.0..self.end_of(comma)];
        let described = !self.upper(from)
            && (from..comma).all(|k| !self.verb_at(k) && !self.gap(k).contains(','));
        let firm = name.split(' ').any(|w| nouns::is_firm(&words::fold(w)));
        (described && !firm && words::count(role) <= MAX_WORDS && names::is_full_name(name))
            .then(|| format!("{name}, {role}"))
    }

    /// Whether word `k` is a past participle before a preposition:
    /// `issued by`, `broadcast on`.
    fn participle_before(&self, k: usize) -> bool {
        self.folded(k).is_some_and(speech::is_past_participle)
            && self.folded(k + 1).is_some_and(speech::is_preposition)
    }

    /// Whether word `k` ends a title and, after an `and`, a second title
    /// leads to a name within a few words.
    fn titled(&self, k: usize) -> bool {
        let title = |k: usize| {
            self.folded(k).is_some_and(|w| nouns::is_person(w, ""))
                || self.raw(k).is_some_and(nouns::is_short_title)
        };
        title(k) && (k + 2..k + 6).any(|t| title(t) && self.upper(t + 1))
    }

    /// Whether capitalised words from word `k` lead to a title and a name
    /// within a few words: `Dobbs analyst Ruth Adler`.
    fn firm_before_title(&self, k: usize) -> bool {
        let Some(title) = (k + 1..k + 4).find(|&t| !self.upper(t)) else {
            return false;
        };
        self.upper(k)
            && self.folded(title).is_some_and(|w| nouns::is_person(w, ""))
            && self.upper(title + 1)
            && (k..=title).all(|t| !self.breaks_after(t, &[',', '.', ';', ':']))
    }

    /// Whether capitalised words from word `k` end in a firm's possessive
    /// within a few words: `Benson Ltd's` in `Kleinwort and Benson Ltd's
    /// analyst`, not `Roe's` in `Hale and Roe's lawyer`.
    fn possessive_soon(&self, k: usize) -> bool {
        let firm = |w: &str| nouns::is_firm(&words::fold(w));
        (k..k + 3)
            .take_while(|&j| self.upper(j))
            .any(|j| self.raw(j).and_then(speech::owner).is_some_and(firm))
    }

    /// Whether the mark after word `k` is one of a scare quote of one or
    /// two words inside a phrase (`a group of "monetarist" economists`).
    pub(super) fn scare_quote(&self, k: usize) -> bool {
        let mark = |j: usize| {
            let gap = self.gap(j);
            // `entitled "Hard Times," said`: the comma inside the marks.
            let t = gap.trim().trim_start_matches(',');
            (t.chars().count() == 1 && t.contains(['"', '“', '”', '«', '»'])).then_some(gap)
        };
        let opens = |j: usize| mark(j).is_some_and(|g| !g.ends_with(' '));
        let closes = |j: usize| mark(j).is_some_and(|g| !g.starts_with(' '));
        (opens(k) && (k + 1..k + 3).any(closes))
            || (closes(k) && (k.saturating_sub(2)..k).any(opens))
    }

    pub(super) fn upper(&self, k: usize) -> bool {
        self.raw(k).is_some_and(starts_upper)
    }

    /// Where a described person works, after them: the last word of `at
    /// the Hesse LZB` in `an official at the Hesse LZB` (or `for Airbus` in
    /// `A spokesman for Airbus`), when the words
    /// from `first` to `last` are a determiner and a person's noun and the
    /// place ends with a name or a body's noun.
    pub(super) fn workplace(&self, first: usize, last: usize) -> Option<usize> {
        let described = self.folded(first).is_some_and(speech::is_opener)
            && (first == 0 || !self.upper(first))
            && self.folded(last).is_some_and(|w| nouns::is_person(w, ""));
        if !described || !self.is(last + 1, &["at", "for", "with"]) {
            return None;
        }
        let marks = [',', ';', '(', ')', '.', ':', '"', '“', '«', '—', '–'];
        let mut end = last + 1;
        while end < last + 1 + MAX_PIECE && !self.breaks_after(end, &marks) {
            match self.folded(end + 1) {
                Some(w) if !speech::is_stop(w) => end += 1,
                _ => break,
            }
        }
        let place = self.folded(end)?;
        // `one trader at a Canadian house`: a place with a name in it.
        let named =
            (last + 2..=end).any(|k| self.upper(k) && !self.folded(k).is_some_and(speech::is_time));
        (end > last + 1 && (named || nouns::is_body(place))).then_some(end)
    }

    /// Whether a body does the quoting of word `verb`: `The daily quoted`.
    pub(super) fn body_quotes(&self, verb: usize) -> bool {
        // `the Emirates news agency WAM quoted`: the body's name after it.
        let named = verb > 1
            && self.raw(verb - 1).is_some_and(speech::is_initials)
            && self.folded(verb - 2).is_some_and(nouns::is_body);
        named || (verb > 0 && self.folded(verb - 1).is_some_and(nouns::is_body))
    }

    /// `the agency quoted Shmyhal as saying`: the one quoted, not the one
    /// quoting. In the passive (`was quoted`) the subject is the speaker.
    pub(super) fn quoted_as(&self, verb: usize) -> Option<String> {
        if !self.is(verb, &["quoted", "cited"]) || verb == 0 {
            return None;
        }
        if self.is(verb - 1, speech::BE) {
            return None;
        }
        // An object of one to MAX_OBJECT words, then `as`.
        let last_as = (verb + 1 + MAX_OBJECT).min(self.words.len() - 1);
        let reporting = |w: &str| w.ends_with("ing") && speech::is_verb(w);
        let as_at = (verb + 2..=last_as)
            .find(|&i| self.is(i, &["as"]) && self.folded(i + 1).is_some_and(reporting))?;
        let name = self.text[self.words[verb + 1].0..self.end_of(as_at - 1)].trim();
        // `the paper quoted him as saying`: the pronoun, to be resolved,
        // when a body quotes, whom it cannot stand for.
        let body = self.body_quotes(verb);
        let subject = match name {
            "him" if body => "he",
            "her" if body => "she",
            _ => name,
        };
        Some(subject.to_string())
    }
}
