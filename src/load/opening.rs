//! The name a clause opens with (`Anna Ivanova met…`, `The brigade's press
//! officer said…`), and where its verb would stand.

use super::nouns;
use super::phrase::MAX_PIECE;
use super::speaker::{Clause, MAX_WORDS, WINDOW, starts_upper};
use super::speech;

impl Clause<'_> {
    /// The name a clause opens with at word `i`, with where its verb would
    /// stand: past where the person works (`A spokesman for Airbus`), a
    /// relative clause or a role set off by commas (`Paul Channon,
    /// secretary for trade, said`) and auxiliaries (`has said`).
    pub(super) fn opening(&self, i: usize) -> Option<(usize, usize)> {
        let last = self.leading_name(i)?;
        let last = self.workplace(i, last).unwrap_or(last);
        let past_auxiliaries = |mut verb: usize| {
            while self.auxiliary_at(verb) {
                verb += 1;
            }
            verb
        };
        let mut verb = last + 1;
        if self.is(verb, &["who"]) || self.breaks_after(last, &[',']) {
            // `Rich Hale, a land manager for Oil and Gas Corp, a venture of
            // two firms, said`: the comma the verb follows, else the first.
            let commas: Vec<usize> = (verb..self.len().min(verb + 2 * MAX_WORDS))
                .filter(|&k| self.breaks_after(k, &[',']))
                .take(3)
                .collect();
            let said = commas
                .iter()
                .find(|&&k| self.verb_at(past_auxiliaries(k + 1)));
            if let Some(&k) = said.or(commas.first()) {
                verb = k + 1;
            }
        }
        Some((last, past_auxiliaries(verb)))
    }

    /// The last word of the noun phrase that opens at word `i`: a name
    /// (`Anna Ivanova`), or words up to a head noun (`The brigade's press
    /// officer`, `Local officials`, `NATO`).
    pub fn leading_name(&self, i: usize) -> Option<usize> {
        let first = self.folded(i)?;
        if speech::pronoun(first).is_some() {
            return Some(i);
        }
        let raw = self.raw(i)?;
        // `Another said` opening a sentence: someone never named.
        if speech::is_one(first) && starts_upper(raw) && self.verb_at(i + 1) {
            return Some(i);
        }
        // `Such bids`, `Many banks`: no name opens with these.
        let determiner = speech::is_determiner(first) || speech::is_quantifier(first);
        let from = i + usize::from(determiner);
        let phrase: Vec<usize> = (from..self.len().min(from + MAX_PIECE))
            .take_while(|&k| k == from || !self.gap(k - 1).contains([',', '.', ';', ':']))
            .take_while(|&k| {
                let w = self.folded(k).unwrap_or("");
                let another = k > from && speech::is_determiner(w);
                !(speech::is_stop(w) || speech::is_auxiliary(w) || another)
            })
            .collect();
        // `Central bank president Wim Duisenberg`: a title before a name
        // is the head, not the body it is of.
        let titled = phrase.iter().copied().find(|&k| {
            self.folded(k).is_some_and(|w| nouns::is_person(w, ""))
                && self.upper(k + 1)
                && !self.breaks_after(k, &[',', '.'])
        });
        // `A ministry official`: the last of head nouns in a row.
        let is_head = |k: &usize| self.folded(*k).is_some_and(nouns::is_head);
        let head = titled
            .or_else(|| {
                let first = phrase.iter().position(is_head)?;
                let run = phrase[first..].iter().take_while(|k| is_head(k)).count();
                Some(phrase[first + run - 1])
            })
            // Only a person is `who`: `A port pilot who asked…`.
            .or_else(|| {
                let last = *phrase.last()?;
                self.is(last + 1, &["who"]).then_some(last)
            })
            // `One veteran debt rescheduler said`: one of some kind who
            // speaks; not `Another factor was`.
            .or_else(|| {
                let one = speech::is_one(first);
                let before_verb = phrase.iter().copied().take_while(|&k| !self.verb_at(k));
                let noun = |k: usize| k > i && !self.folded(k).is_some_and(speech::is_stop);
                before_verb
                    .last()
                    .filter(|&k| one && noun(k) && self.verb_at(k + 1))
            });
        // `The New York Times` is a name; `The Syrian envoy` a head noun's.
        let name = starts_upper(raw)
            && self.raw(i + 1).is_some_and(starts_upper)
            && !(determiner && head.is_some());
        if !name && (head.is_some() || determiner) {
            // `The DOT said`: a body's initials.
            let initials = self.raw(from).is_some_and(speech::is_initials);
            if head.is_none() && initials && !self.upper(from + 1) {
                return Some(from);
            }
            // `the Budget Office's Rudolph Penner`: a name after a body's.
            let owner = (phrase.iter().copied())
                .find(|&k| self.raw(k).and_then(speech::owner).is_some() && self.upper(k + 1));
            if let (None, Some(owner)) = (head, owner) {
                return Some(self.through_name(owner + 1));
            }
            // A name after a title: `Energy minister Andrei Spînu`; a
            // body's whole name: `The Bank of Norway`.
            let last = self.through_name(head?);
            let of = self.is(last + 1, &["of"]) && !self.breaks_after(last, &[',', '.']);
            // `The Group of 24`: a number names too.
            return Some(
                match of && (self.upper(last + 2) || self.number_at(last + 2)) {
                    true => self.through_name(last + 2),
                    false => last,
                },
            );
        }
        if !starts_upper(raw) {
            return None;
        }
        let mut last = i;
        while last + 1 < self.len().min(i + MAX_WORDS) && !self.breaks_after(last, &[',', '.']) {
            let next = self.raw(last + 1)?;
            // `House Ways and Means Committee chairman Dan Rostenkowski`;
            // `Secretary of State for Economic Affairs Allen Wallis`.
            // `Chancellor of the Exchequer Nigel Lawson`.
            let of_the = next == "the" && self.is(last, &["of"]);
            let joins = (matches!(next, "and" | "for") || of_the) && self.upper(last + 2);
            if !(starts_upper(next) || joins || matches!(next, "of" | "van" | "von" | "de" | "al"))
            {
                break;
            }
            last += 1;
        }
        // `Hong Kong representative Michael Cartland`, `Former Marlow Lines
        // navigating officer Clive Dunn`: a title after a place or a firm,
        // then the name.
        Some(match self.title_after(last) {
            Some(title) => self.through_name(title + 1),
            None => last,
        })
    }

    /// The title right after word `last`, with up to two words before it
    /// (`navigating officer`), when a name follows it.
    fn title_after(&self, last: usize) -> Option<usize> {
        let mut title = (last + 1..last + 4).find(|&t| {
            self.folded(t)
                .is_some_and(|w| nouns::is_person(w, "") || speech::is_stop(w))
                || self.upper(t)
        })?;
        // `Sumitomo Bank chief economist Masahiko Koido`: a title of two.
        let person = |t: usize| self.folded(t).is_some_and(|w| nouns::is_person(w, ""));
        while person(title) && person(title + 1) && !self.breaks_after(title, &[',', '.', ';', ':'])
        {
            title += 1;
        }
        let plain = |k: usize| {
            !self.breaks_after(k, &[',', '.', ';', ':'])
                && self
                    .folded(k)
                    .is_some_and(|w| !speech::is_auxiliary(w) && !speech::is_determiner(w))
        };
        let fits = self.folded(title).is_some_and(|w| nouns::is_person(w, ""))
            && self.upper(title + 1)
            && (last..=title).all(plain);
        fits.then_some(title)
    }

    /// The last of the capitalised words from word `at` on, within one
    /// piece of the clause.
    pub(super) fn through_name(&self, mut at: usize) -> usize {
        while self.upper(at + 1) && !self.breaks_after(at, &[',', '.']) {
            at += 1;
        }
        at
    }

    /// Whether the clause after a quote opens with the subject of a
    /// reporting verb (`air force spokesman Yurii Ihnat warned`) rather than
    /// going on with the sentence (`text and then something said`).
    pub fn opens_with_subject(&self) -> bool {
        let Some((_, end)) = self.first_report() else {
            return false;
        };
        // `“…” for a year, but Smith said the figure was fair`: a clause
        // of its own.
        let joined = (1..end).any(|k| {
            self.gap(k - 1).contains(',') && self.folded(k).is_some_and(speech::is_conjunction)
        });
        end > 0
            && !joined
            && (self.raw(end - 1).is_some_and(starts_upper)
                || self.folded(end - 1).is_some_and(nouns::is_head)
                || self.lower_case_title(end))
    }

    /// `union pacific chairman william cook said…`: the titled subject a
    /// wire in lower case opens a clause with.
    pub(super) fn lower_case_subject(&self) -> Option<String> {
        let (verb, end) = self.first_report()?;
        self.lower_case_title(end)
            .then(|| self.subject(verb))
            .flatten()
            .map(|(_, speaker)| speaker)
    }

    /// The clause's first reporting verb within reach, and where the words
    /// before it end, past its auxiliaries.
    pub(super) fn first_report(&self) -> Option<(usize, usize)> {
        let verb = (0..self.words.len().min(WINDOW)).find(|&i| self.verb_after_quote(i))?;
        Some((verb, self.before_auxiliaries(verb)))
    }

    /// Whether a title stands among the four words before word `end`, all
    /// of the clause before it in lower case (`central bank president
    /// carlos julio emanuel said`).
    fn lower_case_title(&self, end: usize) -> bool {
        end > 0
            && (end.saturating_sub(4)..end)
                .any(|k| self.folded(k).is_some_and(|w| nouns::is_person(w, "")))
            && (0..end).all(|k| !self.upper(k))
    }
}
