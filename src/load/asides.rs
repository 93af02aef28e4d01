//! What stands between a subject and its verb without being the subject: a
//! bracket inside a name, an aside on who a body is, a report inside a
//! report, an infinitive, a time, a firm's name with commas, a clause
//! joined by `and` before a name of its own.

use super::nouns;
use super::speaker::{Clause, starts_upper};
use super::speech;
use super::subject::Stop;

impl Clause<'_> {
    /// `The Bank of Norway called a meeting to announce “…”`: no one
    /// reports; the clause's subject announces, past a leading phrase
    /// (`Asked about it, Roe went on to say`), unless another is to
    /// (`Analysts expect him to announce`, `expect Vantor to announce`).
    pub(super) fn infinitive_subject(&self, end: usize) -> Option<(usize, String)> {
        let first = self.skip_leads(self.piece(end).0, end);
        let last = self.leading_name(first)?;
        let object = self.upper(last + 2)
            || (last + 1..end).any(|k| self.is(k, &["him", "her", "them", "us"]));
        match object {
            true => None,
            false => self.subject_text(first, last + 1),
        }
    }

    /// The subject's first piece and its end, past a bracket inside a name
    /// (`Carl Dent of Lindqvist Bank (Luxembourg) SA said`) and an aside on
    /// who a body is (`The committee, headed by Minister Paolo Ricci,
    /// said`, `carried by the Gulf News Agency (GNA), said`) and a body's
    /// initials (`, AMF, told`).
    pub(super) fn past_asides(
        &self,
        mut start: usize,
        mut stop: Stop,
        mut end: usize,
    ) -> (usize, Stop, usize) {
        for _ in 0..3 {
            let open = self.before_bracket(start);
            // Not a wire's `WASHINGTON (Reuters) - Treasury Secretary`.
            let inside = stop == Stop::Other
                && open < start
                && open > 0
                && !self.gap(start - 1).contains('-')
                && self.upper(open - 1)
                && self.upper(start);
            // `Ines Roa, general secretary of the miners' federation, AMF,
            // told`: the body's initials after its name.
            let initials = stop == Stop::Comma
                && end == start + 1
                && self.raw(start).is_some_and(speech::is_initials)
                && (self.folded(start - 1))
                    .is_some_and(|w| nouns::is_body(w) || nouns::is_bodies(w));
            let by = stop == Stop::Comma && self.is(start + 1, &["by"]);
            let aside = by && self.folded(start).is_some_and(|w| w.ends_with("ed"));
            // `Hale Corp -- answering a letter from its rival -- said`,
            // `Hale, asked whether rates would fall, replied`; not `Ann
            // Roe, managing director, said`.
            let doing = stop == Stop::Comma
                && self.sets_off(end - 1)
                && end - start > 1
                && !self.upper(start)
                && self
                    .folded(start)
                    .is_some_and(|w| (w.len() > 5 && w.ends_with("ing")) || speech::is_asked(w))
                && !self.upper(start + 1)
                && !self
                    .folded(start + 1)
                    .is_some_and(|w| nouns::is_person(w, ""));
            if inside {
                (start, stop) = self.piece(open);
            } else if doing {
                end = start;
                (start, stop) = self.piece(end);
            } else if aside || initials {
                end = self.before_bracket(start);
                (start, stop) = self.piece(end);
            } else {
                break;
            }
        }
        (start, stop, end)
    }

    /// Whether the words from `end` to the verb hold a passive: `because a
    /// new model has been added` names no one who said it; `was quoted`
    /// and `is saying` do.
    pub(super) fn passive(&self, end: usize, verb: usize) -> bool {
        // `is said to have told`, `was reported by the agency as saying`.
        let reports = (self.is(verb + 1, &["to"]) && self.is(verb + 2, &["have", "be"]))
            || (verb + 1..verb + 6).any(|k| self.is(k, &["as"]));
        (end..verb).any(|k| self.is(k, speech::BE))
            && !reports
            && !self.is(verb, &["quoted", "cited"])
            && !self.folded(verb).is_some_and(|v| v.ends_with("ing"))
    }

    /// Whether the clause from `start` opens with a subject and a past
    /// verb before word `end`: `Sibson defended the rules saying`, whose
    /// subject says it.
    pub(super) fn acted(&self, start: usize, end: usize) -> bool {
        // Not `denied a report saying`, `received a letter from Hale saying`.
        let other = [
            "cited",
            "denied",
            "dismissed",
            "quoted",
            "received",
            "rejected",
        ];
        let past = |w: &str| {
            (w.ends_with("ed") && !other.contains(&w))
                || matches!(w, "gave" | "made" | "put" | "set" | "spoke" | "took")
        };
        self.opening(start).is_some_and(|(_, did)| {
            did < end
                && !self.upper(did)
                && self.folded(did).is_some_and(past)
                && end - did <= 6
                && (did + 1..end).all(|k| {
                    !self.is(k, &["by", "from"])
                        && !self.folded(k).is_some_and(|w| w.ends_with("ing"))
                })
        })
    }

    /// Who answers the question a sentence opens with, unset off by a
    /// comma: `a spokesman` in `Asked if Hale had plans a spokesman said`,
    /// `the head of the union` in `Asked about it the head of the union
    /// said`, `he` in `Questioned about the plan he said`.
    pub(super) fn answers(&self, start: usize, end: usize) -> Option<usize> {
        let asked = self.upper(0) && self.folded(0).is_some_and(speech::is_asked);
        if !asked || (0..end - 1).any(|k| self.sets_off(k)) {
            return None;
        }
        if self.folded(end - 1).and_then(speech::pronoun).is_some() {
            return Some(end - 1);
        }
        let article = |k: usize| self.is(k, &["a", "an", "the"]);
        // The first article whose words run to the verb as one noun phrase:
        // in lower case, with no verb, any other article after a
        // preposition (`the governor of the central bank`).
        let phrase = |k: usize| {
            end - k <= 8
                && (k + 1..end).all(|j| {
                    let verb = self.folded(j).is_some_and(|w| {
                        speech::is_auxiliary(w) || speech::is_verb(w) || w.ends_with("ed")
                    });
                    let joined =
                        !article(j) || self.folded(j - 1).is_some_and(speech::is_preposition);
                    !self.upper(j) && !verb && joined
                })
                && (k + 1..end).any(|j| self.folded(j).is_some_and(nouns::is_head))
        };
        (start + 1..end).find(|&k| article(k) && phrase(k))
    }

    /// Past a leading participle to the pronoun before the verb at `end`:
    /// `Sounding dismayed he added`.
    pub(super) fn past_participle_lead(&self, start: usize, end: usize) -> usize {
        let led = start < end && self.folded(start).is_some_and(|w| w.ends_with("ing"));
        if led && self.folded(end - 1).and_then(speech::pronoun).is_some() {
            end - 1
        } else {
            start
        }
    }

    /// Whether word `k` is the initials of the capitalised words before
    /// it: `GATT` after `General Agreement on Tariffs and Trade`.
    pub(super) fn spells(&self, k: usize) -> bool {
        let Some(initials) = self.raw(k).filter(|w| speech::is_initials(w)) else {
            return false;
        };
        let (first, _) = self.piece(k);
        let capitals: String = (first..k)
            .filter_map(|j| self.raw(j).filter(|w| starts_upper(w)))
            .filter_map(|w| w.chars().next())
            .collect();
        capitals.ends_with(initials)
    }

    /// A `said` or `told` after the first word of a subject, words `start`
    /// to `end`: a report inside a report.
    pub(super) fn said_within(&self, start: usize, end: usize) -> Option<usize> {
        (start + 1..end).find(|&k| self.is(k, &["said", "says", "told", "tells"]))
    }

    /// Whose words the quote of the verb at `verb` is, when the words
    /// before it hold another report at `said`: `The aide said Roe told
    /// Hale “…”` gives Roe, as the aide tells it; `One envoy said the
    /// lenders had promised “…”` the envoy, whose account it is.
    pub(super) fn reported(&self, verb: usize, said: usize, end: usize) -> Option<(usize, String)> {
        let speaks = [
            "said", "says", "told", "tells", "stated", "states", "wrote", "added",
        ];
        match self.is(verb, &speaks) {
            true => self.subject_text(said + 1 + usize::from(self.is(said + 1, &["that"])), end),
            false => self.subject(said),
        }
    }

    /// Where a subject ends that a time right before word `end` follows:
    /// `Lawson on Tuesday said`, `Lawson as recently as December 17 said`;
    /// `end` itself without one (`the Group of 5 said`).
    pub(super) fn before_time(&self, end: usize) -> usize {
        let time = |k: usize| {
            self.folded(k)
                .is_some_and(|w| speech::is_time(w) || speech::is_month(w))
        };
        let mut k = end;
        while k > 0 && (time(k - 1) || self.number_at(k - 1)) {
            k -= 1;
        }
        if k == end || k == 0 || !(k..end).any(time) {
            return end;
        }
        if k >= 4 && self.is(k - 1, &["as"]) && self.is(k - 3, &["as"]) {
            return k - 3;
        }
        let leads = ["on", "in", "last", "this", "early", "late", "next"];
        if !(k > 1 && self.is(k - 1, &leads)) {
            return end;
        }
        // `the party leadership late last night said`.
        let late = k > 2 && self.is(k - 1, &["last", "this"]) && self.is(k - 2, &["early", "late"]);
        k - 1 - usize::from(late)
    }

    /// The piece before the capitalised pieces of a firm's name, from word
    /// `from` (the first piece) to `to`: `a partner with Cleary` before
    /// `Gottlieb, Steen and Hamilton`; `from` when that piece is not a
    /// firm's.
    pub(super) fn before_firm(&self, mut from: usize, to: usize) -> usize {
        for _ in 0..3 {
            if !(from..to).all(|k| self.upper(k) || self.is(k, &["and"])) {
                break;
            }
            match self.piece(from) {
                (prev, Stop::Comma) if prev < from => from = prev,
                _ => break,
            }
        }
        from
    }

    /// Whether word `k` is the `to` of an infinitive (`to force`), not of
    /// a role (`adviser to the president`).
    pub(super) fn infinitive(&self, k: usize) -> bool {
        self.is(k, &["to"])
            && !self.upper(k + 1)
            && self
                .folded(k + 1)
                .is_some_and(|w| !speech::is_determiner(w) && !speech::is_opener(w))
    }

    /// Whether words `start` to `end` after a joining word are a name
    /// alone (`Gray`) or hold a title before a name (`finance minister
    /// Luis Paredes`).
    pub(super) fn own_clause(&self, start: usize, end: usize) -> bool {
        let alone = (1..=4).contains(&(end - start)) && (start..end).all(|k| self.upper(k));
        alone
            || (start..end).any(|k| {
                self.upper(k + 1) && self.folded(k).is_some_and(|w| nouns::is_person(w, ""))
            })
    }

    /// Whether the words before the joining word at `and` make a clause
    /// (`Peru opposed such a step`), not a noun (`The lenders`) that the
    /// name after it is said with.
    pub(super) fn clause_before(&self, and: usize) -> bool {
        if and < 2 || self.upper(and - 1) || self.folded(and - 1).is_some_and(nouns::is_head) {
            return false;
        }
        let first = (1..and)
            .rev()
            .find(|&k| self.gap(k - 1).contains(','))
            .unwrap_or(0);
        // A determiner, a preposition or a verb in the past after its
        // first word.
        (first + 1..and).any(|k| {
            self.folded(k).is_some_and(|w| {
                speech::is_determiner(w)
                    || speech::is_preposition(w)
                    || (w.ends_with("ed") && !self.upper(k))
            })
        })
    }
}
