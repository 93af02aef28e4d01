//! The subject of a reporting verb that a relative clause comes between:
//! `The commander, who led the raid, said`, `bankruptcies, which he said
//! would be`, `Frank Naylor, chairman of the Farm Credit Administration,
//! FCA, which regulates…, said`.

use super::nouns;
use super::speaker::Clause;
use super::speech;
use super::subject::Stop;

impl Clause<'_> {
    /// The subject of the verb whose words end at `end`, past the relative
    /// clause that opens at word `rel` (`who`, `which`, `that`).
    pub(super) fn relative_subject(&self, rel: usize, end: usize) -> Option<(usize, String)> {
        // `bankruptcies, which he said would be`: the subject follows.
        if !self.gap(end - 1).contains(',') && end > rel + 1 {
            return self.subject_text(rel + 1, end);
        }
        if !self.gap(rel.checked_sub(1)?).contains(',') {
            return None;
        }
        // `panel chairman Ed Marr (D-Ohio), who had asked`: the name
        // before the bracket and the title before it.
        let rel = self.before_bracket(rel);
        let (mut before, mut why) = self.piece(rel);
        // `Frank Naylor, chairman of the Farm Credit Administration,
        // FCA, which regulates…, said`: `which` is of a body in an
        // appositive; the clause opens with who said it.
        let body = self.raw(rel - 1).is_some_and(speech::is_initials)
            || self.folded(rel - 1).is_some_and(nouns::is_body);
        // `Ada Voss, president of Voss Steel and the new company, which
        // …, said`: the body joined to the role by `and`.
        let joined = before > 0 && self.folded(before - 1).is_some_and(speech::is_conjunction);
        if body && why == Stop::Other && joined {
            let (role, stop) = self.piece(before - 1);
            if stop == Stop::Comma && self.opens_role(role) {
                (before, why) = (role, stop);
            }
        }
        // `Ada Voss, president of Voss Steel, which …, said`: the name
        // the role follows.
        if why == Stop::Comma
            && self.opens_role(before)
            && let Some(named) = self.name_before(before)
        {
            return self
                .subject_text(named, rel)
                .or_else(|| self.subject_text(named, before));
        }
        if self.is(rel, &["which"]) && why == Stop::Comma && body {
            let mut first = before;
            for _ in 0..3 {
                let (prev, why) = self.piece(first);
                let leads = self
                    .folded(prev)
                    .is_some_and(|w| speech::is_lead(w) || speech::is_time(w));
                if prev >= first || leads || (why != Stop::Comma && prev > 0) {
                    break;
                }
                first = prev;
            }
            if let Some(last) = (first < before).then(|| self.leading_name(first)).flatten() {
                return self.subject_text(first, last + 1);
            }
        }
        let named = (before..rel).rev().take_while(|&k| self.upper(k)).count();
        let mut start = self.skip_leads(before, rel);
        let described = (start..rel - named).any(|k| self.folded(k).is_some_and(nouns::is_head));
        if named >= 2 && rel - named > start && !described {
            start = rel - named;
            start -= usize::from(
                self.folded(start - 1)
                    .is_some_and(|w| nouns::is_person(w, "")),
            );
        }
        self.subject_text(start, rel)
    }
}
