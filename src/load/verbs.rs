//! Which words of a clause are reporting verbs, and which of those report:
//! not a noun (`the notes`), an adjective (`alleged subsidies`, `the
//! government's announced plan`), a passive or a naming (`called ARGOS`).

use super::speaker::{Clause, starts_upper};
use super::speech;

impl Clause<'_> {
    /// Whether word `k` stands between a subject and its verb: an
    /// auxiliary or an adverb (`has said`, `also said`, `has long argued`;
    /// not `Long Island`).
    pub(super) fn auxiliary_at(&self, k: usize) -> bool {
        self.folded(k).is_some_and(speech::is_auxiliary) || self.raw(k) == Some("long")
    }

    /// Whether word `i` is a reporting verb: not a noun after a determiner
    /// (`the notes`), nor a capitalised word within the clause (`the United
    /// States`), nor `alleged` before a noun (`alleged subsidies`), nor a
    /// participle that describes (`a deal described as “historic”`, not
    /// `Roe described the deal as “historic”`), nor the end of a compound
    /// (`the Nationalist-ruled island`).
    pub(super) fn verb_at(&self, i: usize) -> bool {
        // `the government's announced intention`: after a possessive too.
        let noun = i > 0
            && (self.folded(i - 1).is_some_and(speech::is_determiner)
                || self.owned(i - 1)
                || self.raw(i).is_some_and(starts_upper)
                || self.gap(i - 1) == "-");
        let adjective = self.is(i, &["alleged"])
            && i + 1 < self.len()
            && !self.gap(i).contains([',', ':', '"', '“'])
            && !self.is(i + 1, &["that"]);
        let describes = self.is(i, &["described", "hailed"]) && self.is(i + 1, &["as"]);
        self.folded(i).is_some_and(speech::is_verb) && !noun && !adjective && !describes
    }

    /// Whether word `k` is a possessive of a noun, not a name that ends
    /// like one: `the government's`, not `Moody's`.
    fn owned(&self, k: usize) -> bool {
        let owner = self.raw(k).and_then(speech::owner);
        let lower = self
            .raw(k)
            .is_some_and(|w| w.starts_with(char::is_lowercase));
        let noun = lower || (k > 0 && self.folded(k - 1).is_some_and(speech::is_determiner));
        owner.is_some() && noun
    }

    /// A reporting verb at word `i` of the clause after a quote: `called`
    /// there names (`a group called Citizens for Tax Justice said`).
    pub(super) fn verb_after_quote(&self, i: usize) -> bool {
        self.verb_at(i) && !self.is(i, &["called"])
    }

    /// A reporting verb at word `i` that reports: not a passive participle
    /// (`the arguments cited by Hughes`; `was quoted by the agency as
    /// saying` is read apart).
    pub(super) fn reports_at(&self, i: usize) -> bool {
        // `until they have told “the whole truth”`: telling no one is no
        // attribution.
        let tells = self.is(i, &["told", "tell", "tells", "telling"]);
        let told_no_one = tells && i + 1 == self.len();
        // `must be ruled on`, `was told`: a passive reports no one.
        let passive = i > 0
            && self.is(i - 1, speech::BE)
            && self
                .folded(i)
                .is_some_and(|w| w.ends_with("ed") || w == "told");
        let quoted = self.is(i, &["quoted"]);
        // `Hair called the plan “a mistake”`, not `the group called
        // SEMATECH, for “…”`, which names.
        let names = self.is(i, &["called"])
            && (self.upper(i + 1)
                || (i..self.len()).any(|k| self.gap(k).contains(','))
                || (i.saturating_sub(2)..i).any(|k| self.is(k, &["what"])));
        // `Getty agreed, “…”`, not `the sides agreed to “keep talking”`.
        let agrees =
            self.is(i, &["agreed"]) && i + 1 < self.len() && !self.gap(i).contains([',', ':']);
        self.verb_at(i)
            && (quoted || !self.is(i + 1, &["by"]) && !passive)
            && !told_no_one
            && !names
            && !agrees
    }
}
