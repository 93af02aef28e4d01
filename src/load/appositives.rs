//! Appositives after a name: a role or a description set off by commas
//! (`Ada Voss, president of Voss Steel Co, a maker of pipes, said`), and
//! the name they follow.

use super::nouns;
use super::speaker::Clause;
use super::speech;
use super::subject::Stop;

impl Clause<'_> {
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
