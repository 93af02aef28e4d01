//! The subject of a reporting verb: the words before it back to a comma,
//! a leading clause or a joining word, with an appositive or a relative
//! clause before the verb passed over.

use super::nouns;
use super::phrase::MAX_PIECE;
use super::role::role_after_name;
use super::speaker::{Clause, MAX_WORDS, starts_upper};
use super::speech;

/// Words a reported clause's verb may have after it before its quote
/// (`told him`, `told reporters today`) and still say the quote.
const SHORT_OBJECT: usize = 3;

/// Why the walk back over a subject stopped.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Stop {
    /// At a comma or dash: an appositive may come before.
    Comma,
    /// At `who`/`which` (the index): a relative clause set off by commas.
    Relative(usize),
    /// At other punctuation, a joining word, or the clause's start.
    Other,
}

impl Clause<'_> {
    /// The subject of the verb at word `verb`: the words before it back to
    /// a comma, a leading clause or a joining word; an appositive before a
    /// comma (`Denys Shmyhal, the prime minister,`); past a relative clause
    /// (`The commander, who led…,`); for `…, saying` the clause's opening
    /// noun phrase.
    pub(super) fn subject(&self, verb: usize) -> Option<(usize, String)> {
        let mut end = self.before_auxiliaries(verb);
        if self.passive(end, verb) {
            return None;
        }
        end = self.before_time(end);
        // `the Ministry statement issued on Monday said`: a participle
        // after the noun is context.
        let issued = |k: usize| self.folded(k).is_some_and(speech::is_past_participle);
        let noun = |k: usize| self.folded(k).is_some_and(nouns::is_head);
        if end > 1 && issued(end - 1) && !self.upper(end - 1) && noun(end - 2) {
            end -= 1;
        }
        if end == 0 {
            return None;
        }
        // `Sen. Ann Roe (D-Tex.) said`: the subject is before the bracket.
        end = self.before_bracket(end);
        if self.is(end - 1, &["to"]) {
            return self.infinitive_subject(end);
        }
        let (mut start, mut stop) = self.piece(end);
        (start, stop, end) = self.past_asides(start, stop, end);
        // `The agency reported that the minister said “…”`: the reported
        // clause's subject; `Diana noted that the board declared a payout
        // of rights “…”`, words the verb does not say: no one surely.
        // `Roe said that …, noting that “…”`: a participle's is the
        // clause's subject, read below.
        let ing = self.folded(verb).is_some_and(|v| v.ends_with("ing"));
        let reported = (start + 1..end.saturating_sub(1))
            .rfind(|&k| !ing && self.verb_at(k) && self.is(k + 1, &["that"]));
        if let Some(k) = reported {
            if self.len() - verb > SHORT_OBJECT {
                return None;
            }
            start = k + 2;
        }
        if let Some(answers) = self.answers(start, end) {
            return self.subject_text(answers, end);
        }
        // `Sen. Ann Roe (Democrat) of Ohio said`: the name before the
        // bracket, without where they are from.
        if self.is(start, &["of"]) && self.before_bracket(start) < start {
            end = self.before_bracket(start);
            (start, stop) = self.piece(end);
        }
        // `Roe set the tone by saying`: the clause's subject says it.
        let participle = ing
            && (self.gap(verb - 1).contains(',')
                || self.is(end - 1, &["by"])
                || self.acted(start, end));
        if participle {
            start = self.skip_leads(start, end);
        }
        // `He gave no details but said`: the subject opens the clause.
        let joined = self.folded(end - 1).is_some_and(speech::is_conjunction);
        if participle || joined {
            // `Andriessen gave no details, but said`: the clause's subject.
            if joined && start == end - 1 && !self.folded(0).is_some_and(speech::is_lead) {
                start = 0;
            }
            // `Vos noted despite the rules, U.S. markets had seen scandals
            // and added`: who opens the sentence by reporting.
            let reporter = self
                .opening(0)
                .filter(|&(_, verb)| verb < start && self.verb_at(verb));
            let own = self.folded(start).is_some_and(speech::is_conjunction);
            let subject_of_its_own =
                self.upper(start) || self.folded(start).is_some_and(speech::is_opener);
            let reported = joined || !subject_of_its_own;
            if let Some((last, _)) = reporter.filter(|_| reported && start > 0 && !own) {
                return self.subject_text(0, last + 1);
            }
            // `But added:` opening a sentence names no one.
            if joined && start == end - 1 {
                return None;
            }
            let last = self.leading_name(start)?;
            return self.subject_text(start, last + 1);
        }
        if let Stop::Relative(rel) = stop {
            return self.relative_subject(rel, end);
        }
        if let Some(named) = self.before_appositives(start, stop) {
            return self.subject_text(named, start);
        }
        let led = self.skip_leads(start, end) > start;
        // `Wedgeco, in a filing with the agency, said`: the name before
        // the aside.
        if led && stop == Stop::Comma {
            let (before, why) = self.piece(start);
            let named = self.upper(before) && !self.folded(before).is_some_and(speech::is_lead);
            if named && (before == 0 || why == Stop::Comma) && start - before <= MAX_PIECE {
                return self.subject_text(before, start);
            }
        }
        start = self.past_participle_lead(self.skip_leads(start, end), end);
        // `the paper said, adding that an aide called it`.
        if self.is(start, &["adding", "saying"]) && self.is(start + 1, &["that"]) && start + 2 < end
        {
            start += 2;
        }
        // A pronoun is a whole subject: `Referring to the talks, he said`.
        let pronoun = end - start == 1 && self.folded(start).and_then(speech::pronoun).is_some();
        if !led && !pronoun && stop == Stop::Comma && start > 0 {
            let (opens, why) = self.piece(start);
            let whole = opens == 0 || why == Stop::Comma;
            // `But Dennis McAlpine, analyst at Oppenheimer, said`.
            let before =
                opens + usize::from(self.folded(opens).is_some_and(speech::is_conjunction));
            let joins = self.joins_before(before, start, end, whole);
            if before < start && joins {
                // A role too long to cite whole leaves the name: `John
                // Tower, a longtime supporter and former senator from
                // Texas, told`.
                if end - before > MAX_WORDS {
                    return self.subject_text(before, start);
                }
                // `Dan Kim, oil analyst with Hale, Ross and Co said`,
                // `Buchheit, a partner with Cleary, Gottlieb, Steen and
                // Hamilton, told`: a firm's name with commas in it, after
                // the role.
                let role = self.before_firm(before, start);
                let named = (!self.upper(role))
                    .then(|| self.name_before(role))
                    .flatten();
                if let Some(named) = named.filter(|&named| end - named <= MAX_WORDS) {
                    return self.subject_text(named, end);
                }
                // `Citing Ben Hale, chairman of Hale Steel, the paper said`:
                // the role is of the name a leading participle holds.
                let (first, _) = self.piece(role);
                let led = !self.upper(role)
                    && first < role
                    && self.folded(first).is_some_and(|w| w.ends_with("ing"))
                    && (first + 1..role).all(|k| self.upper(k));
                if !led {
                    start = before;
                }
            }
        }
        match self.said_within(start, end) {
            Some(said) => self.reported(verb, said, end),
            None => self.subject_text(start, end),
        }
    }

    /// Where the words before the verb at word `verb` end, past its
    /// auxiliaries (`Hale has long said`); a word set off from the verb by
    /// a comma alone is none of them (`…, if the pound fell further,
    /// replied`), one set off on both sides is (`Hale, too, said`).
    pub(super) fn before_auxiliaries(&self, verb: usize) -> usize {
        let aside = |k: usize| !self.sets_off(k) || (k > 0 && self.sets_off(k - 1));
        let mut end = verb;
        while end > 0 && self.auxiliary_at(end - 1) && aside(end - 1) {
            end -= 1;
        }
        end
    }

    /// Where a name ends that a bracket right before word `end` follows
    /// (`Ann Roe (D-Tex.)`); `end` itself without one.
    pub(super) fn before_bracket(&self, end: usize) -> usize {
        let open = (end > 0 && self.gap(end - 1).contains(')'))
            .then(|| {
                (end.saturating_sub(MAX_PIECE)..end - 1)
                    .rev()
                    .find(|&k| self.gap(k).contains('('))
            })
            .flatten();
        open.map_or(end, |k| k + 1)
    }

    pub(super) fn subject_text(&self, start: usize, end: usize) -> Option<(usize, String)> {
        if start >= end || end - start > MAX_WORDS {
            return None;
        }
        let (from, raw, ref folded) = self.words[start];
        // `health minister jorge brancho told`, as a wire in lower case
        // writes it.
        let named = (start..end).any(|k| self.raw(k).is_some_and(starts_upper))
            || self.folded(end - 1).is_some_and(nouns::is_head)
            || (start..end).any(|k| self.folded(k).is_some_and(|w| nouns::is_person(w, "")));
        if !(starts_upper(raw) || speech::is_opener(folded) || named) {
            return None;
        }
        let text = self.text[from..self.end_of(end - 1)].trim_end_matches([',', ' ']);
        let speaker = match speech::pronoun(folded) {
            Some(_) if end - start == 1 => folded.clone(),
            _ => role_after_name(text),
        };
        Some((from, speaker))
    }

    /// Past leading words and times: `Last month the governor`.
    pub(super) fn skip_leads(&self, mut start: usize, end: usize) -> usize {
        while start < end
            && self
                .folded(start)
                .is_some_and(|w| speech::is_lead(w) || speech::is_time(w))
        {
            start += 1;
        }
        start
    }

    /// The first word of the piece that ends before word `end`, and why
    /// it starts there.
    pub(super) fn piece(&self, end: usize) -> (usize, Stop) {
        let mut start = end;
        while start > 0 {
            if self.sets_off(start - 1) && start < end {
                return (start, Stop::Comma);
            }
            let marks = [';', '(', ')', '.', ':', '"', '“', '«', '»', '”'];
            if self.breaks_after(start - 1, &marks) && start < end && !self.scare_quote(start - 1) {
                return (start, Stop::Other);
            }
            let word = self.folded(start - 1).unwrap_or("");
            // `Lawson denounced what he said was “…”`: the pronoun says it.
            let what = word == "what" && self.folded(start).and_then(speech::pronoun).is_some();
            // `an article that quoted`: a relative clause too.
            let that = word == "that" && start == end;
            if matches!(word, "who" | "which" | "whose") || what || that {
                return (start, Stop::Relative(start - 1));
            }
            // `Phillips will look in China, where Silas said`: a clause of
            // its own begins.
            if start < end && speech::is_subordinator(word) && !self.gap(end - 1).contains(',') {
                return (start, Stop::Other);
            }
            let joined = speech::is_conjunction(word) || word == "then";
            if joined && self.folded(start).is_some_and(speech::is_opener) {
                return (start, Stop::Other);
            }
            // `Peru opposed the step and finance minister Luis Paredes
            // said`, `The panel meets on a budget and Gray said`: a clause
            // of its own, with a titled name or a name alone.
            if joined && self.own_clause(start, end) && self.clause_before(start - 1) {
                return (start, Stop::Other);
            }
            start -= 1;
        }
        (0, Stop::Other)
    }
}
