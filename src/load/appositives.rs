//! Appositives after a name: a role or a description set off by commas
//! (`Ada Voss, president of Voss Steel Co, a maker of pipes, said`), and
//! the name they follow.

use super::nouns;
use super::phrase::MAX_PIECE;
use super::speaker::Clause;
use super::speech;
use super::subject::Stop;

impl Clause<'_> {
    /// Whether the piece from word `before` to `start` is set off before
    /// the subject from `start` to `end` as one with it (an appositive:
    /// `Denys Shmyhal, the prime minister, said`), rather than the
    /// sentence going on; `whole` when nothing but a comma opens it.
    pub(super) fn joins_before(
        &self,
        before: usize,
        start: usize,
        end: usize,
        whole: bool,
    ) -> bool {
        // An appositive names someone: `Denys Shmyhal, the prime
        // minister,`; not `separate from space weapons, Reagan said`,
        // `Pressed for comment, Reagan said`, `(IMF), Boesze said`.
        let nominal = (before..start).any(|k| {
            self.upper(k)
                || self
                    .folded(k)
                    .is_some_and(|w| speech::is_opener(w) || nouns::is_head(w))
        });
        let participle = self.folded(before).is_some_and(|w| {
            w.len() > 4 && (w.ends_with("ed") || w.ends_with("ing")) && !self.upper(before + 1)
        });
        // `“…” of U.S. technology, Shultz said`, `“…” the party to act,
        // officials said`: the sentence going on, not an appositive.
        let titled = (before..start.min(before + 3))
            .any(|k| self.folded(k).is_some_and(|w| nouns::is_person(w, "")));
        // `Only by such steps, the journal said`: a capital that only
        // opens the sentence names no one.
        let opens_only = before == 0 && start > 1 && (1..start).all(|k| !self.upper(k));
        // `“…” the ruling in a state court, the spokeswoman said`: a
        // description of no one before a described speaker is the
        // sentence going on.
        let described = self.folded(start).is_some_and(speech::is_determiner);
        let head = (before + 1..start)
            .find(|&k| self.folded(k).is_some_and(speech::is_preposition))
            .unwrap_or(start)
            - 1;
        let thing = !self.upper(head) && !self.folded(head).is_some_and(nouns::is_head);
        let named_first = (self.upper(before) && !opens_only)
            || (self.folded(before).is_some_and(speech::is_opener) && !(described && thing));
        let going_on = self.folded(before).is_some_and(speech::is_preposition)
            || (before..start).any(|k| self.infinitive(k))
            || !named_first && !titled;
        // `In Dover, Del., Hale Corp said`: a state after a place.
        // `under the General Agreement on Tariffs and Trade, GATT, the
        // resolution said`: a body's initials end the clause before.
        let abbreviated =
            start - before == 1 && (self.gap(before).starts_with('.') || self.spells(before));
        // `Eastern's parent, Texas Air Corp, Duffy said`: a name alone
        // is no role of the firm before it.
        let firm = (before..start).any(|k| {
            self.folded(k)
                .is_some_and(|w| nouns::is_firm(w) || nouns::is_body(w))
        });
        let alone = firm
            && !titled
            && (start..end).all(|k| {
                let lower = self.raw(k).is_some_and(|w| w.contains(char::is_lowercase));
                self.upper(k)
                    && lower
                    && !(self.folded(k)).is_some_and(|w| nouns::is_head(w) || nouns::is_firm(w))
            });
        nominal
            && whole
            && !alone
            && !abbreviated
            && !going_on
            && !participle
            && !self.folded(before).is_some_and(speech::is_lead)
            && start - before <= MAX_PIECE
            && (before..start).all(|k| !self.folded(k).is_some_and(speech::is_verb))
    }

    /// Where the name starts that two appositives follow, the last from
    /// word `start` on: `Ada Voss` in `Ada Voss, a spokeswoman for the
    /// council, a group of buyers, said` or `Ada Voss, president of Voss
    /// Steel Co, a maker of pipes, said`.
    pub(super) fn before_appositives(&self, start: usize, stop: Stop) -> Option<usize> {
        if stop != Stop::Comma || !self.described(start) {
            return None;
        }
        let (role, why) = self.piece(start);
        if why != Stop::Comma || role == start || !(self.described(role) || self.opens_role(role)) {
            return None;
        }
        self.name_before(role)
    }

    /// Whether word `k` opens a role in lower case: `president of Voss
    /// Steel`, `senior vice president`.
    pub(super) fn opens_role(&self, k: usize) -> bool {
        !self.upper(k)
            && (k..k + 3)
                .take_while(|&j| j == k || !self.sets_off(j - 1))
                .any(|j| self.folded(j).is_some_and(|w| nouns::is_person(w, "")))
    }

    /// Where a name of one to four capitalised words starts that opens the
    /// piece ending before word `end`, at a comma or the clause's start:
    /// `Ada Voss` before `, a spokeswoman`; not a lead, a time, a
    /// participle or a preposition (`Citing Ben Hale`, `Like Ben Hale`).
    pub(super) fn name_before(&self, end: usize) -> Option<usize> {
        let (named, why) = self.piece(end);
        let name = (named..end).all(|k| self.upper(k))
            && (1..=4).contains(&(end - named))
            && !self.leads_off(named);
        (name && (named == 0 || why == Stop::Comma)).then_some(named)
    }

    /// Whether word `k` leads a phrase off rather than naming anyone: a
    /// lead, a time, a participle or a preposition (`Citing`, `Like`).
    pub(super) fn leads_off(&self, k: usize) -> bool {
        self.folded(k).is_some_and(|w| {
            speech::is_lead(w)
                || speech::is_time(w)
                || w.ends_with("ing")
                || speech::is_preposition(w)
                || matches!(w, "like" | "unlike" | "besides" | "dear")
        })
    }

    /// Whether word `k` opens a description: `a group of buyers`.
    fn described(&self, k: usize) -> bool {
        self.is(k, &["a", "an", "the"]) && !self.upper(k + 1) && self.folded(k + 1).is_some()
    }
}
