//! The noun phrases of an attribution clause: the name after a reporting
//! verb, the subject before one, and the name a sentence opens with.

use super::role::role_after_name;
use super::speaker::{Clause, MAX_WORDS, starts_upper};
use super::{names, speech};
use crate::text::words;

/// Words a subject set off by commas, or a sentence's opening noun
/// phrase, may run to.
pub(super) const MAX_PIECE: usize = 6;

/// Why the walk back over a subject stopped.
#[derive(PartialEq, Eq)]
enum Stop {
    /// At a comma or dash: an appositive may come before.
    Comma,
    /// At `who`/`which` (the index): a relative clause set off by commas.
    Relative(usize),
    /// At other punctuation, a joining word, or the clause's start.
    Other,
}

impl Clause<'_> {
    /// The name that starts at word `i`, with one appositive after a comma
    /// (`Anna Ivanova, the council's chair`), up to the context after it
    /// (`in a statement`, `who chairs…`, `published on…`).
    pub(super) fn name_from(&self, i: usize) -> Option<String> {
        let first = self.folded(i)?;
        let (at, raw, _) = self.words[i];
        let named_soon = (i..self.len().min(i + 3)).any(|k| self.raw(k).is_some_and(starts_upper));
        let opens = speech::is_opener(first) || starts_upper(raw) || speech::is_head(first);
        if !(opens || named_soon) || speech::is_stop(first) {
            return None;
        }
        let mut last = i;
        let mut commas = 0;
        while let Some(next) = self.folded(last + 1) {
            let gap = self.gap(last);
            if self.breaks_after(last, &[';', '(', ')', '.', '—', '–', ':', '"', '“', '«']) {
                break;
            }
            if gap.contains(',') {
                commas += 1;
                let raw = self.words[last + 1].1;
                let appositive =
                    speech::is_opener(next) || starts_upper(raw) || speech::is_head(next);
                if commas > 1 || !appositive || speech::is_stop(next) || speech::is_lead(next) {
                    break;
                }
            } else if next == "and" && self.folded(last + 2) == Some("co") {
                // `Wertheim and Co analyst Michael Ellman`: a firm's name.
                last += 1;
            } else if next == "and" && (self.titled(last) || self.firm_before_title(last + 2)) {
                // `former Nevada Sen. and Reagan confidant Paul Laxalt`: two
                // titles before one name; `Hale Keene and Dobbs analyst Ruth
                // Adler`: a firm's name before a title.
                last += 1;
            } else if speech::is_stop(next) || next.ends_with("ly") && !self.upper(last + 1) {
                break;
            } else if next.ends_with("ing")
                && !self.upper(last + 1)
                && self.folded(last).is_some_and(speech::is_head)
            {
                // `another official following the talks`: context.
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

    /// Whether word `k` ends a title and, after an `and`, a second title
    /// leads to a name within a few words.
    fn titled(&self, k: usize) -> bool {
        let title = |k: usize| {
            self.folded(k).is_some_and(|w| speech::is_person(w, ""))
                || self.raw(k).is_some_and(speech::is_short_title)
        };
        title(k) && (k + 3..k + 6).any(|t| title(t) && self.upper(t + 1))
    }

    /// Whether capitalised words from word `k` lead to a title and a name
    /// within a few words: `Dobbs analyst Ruth Adler`.
    fn firm_before_title(&self, k: usize) -> bool {
        let Some(title) = (k + 1..k + 4).find(|&t| !self.upper(t)) else {
            return false;
        };
        self.upper(k)
            && self.folded(title).is_some_and(|w| speech::is_person(w, ""))
            && self.upper(title + 1)
            && (k..=title).all(|t| !self.breaks_after(t, &[',', '.', ';', ':']))
    }

    /// Whether the mark after word `k` is one of a scare quote of one or
    /// two words inside a phrase (`a group of "monetarist" economists`).
    fn scare_quote(&self, k: usize) -> bool {
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
            && self.folded(last).is_some_and(|w| speech::is_person(w, ""));
        if !described || !self.is(last + 1, &["at", "for"]) {
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
        (end > last + 1 && (self.upper(end) || speech::is_body(place))).then_some(end)
    }

    /// The subject of the verb at word `verb`: the words before it back to
    /// a comma, a leading clause or a joining word; an appositive before a
    /// comma (`Denys Shmyhal, the prime minister,`); past a relative clause
    /// (`The commander, who led…,`); for `…, saying` the clause's opening
    /// noun phrase.
    pub(super) fn subject(&self, verb: usize) -> Option<(usize, String)> {
        let mut end = verb;
        while end > 0 && self.folded(end - 1).is_some_and(speech::is_auxiliary) {
            end -= 1;
        }
        if end == 0 {
            return None;
        }
        // `Sen. Ann Roe (D-Tex.) said`: the subject is before the bracket.
        if self.gap(end - 1).contains(')')
            && let Some(open) = (end.saturating_sub(MAX_PIECE)..end - 1)
                .rev()
                .find(|&k| self.gap(k).contains('('))
        {
            end = open + 1;
        }
        let (mut start, mut stop) = self.piece(end);
        // `Sen. Ann Roe (Democrat) of Ohio said`: the name before the
        // bracket, without where they are from.
        if self.is(start, &["of"])
            && start > 0
            && self.gap(start - 1).contains(')')
            && let Some(open) = (start.saturating_sub(MAX_PIECE)..start - 1)
                .rev()
                .find(|&k| self.gap(k).contains('('))
        {
            end = open + 1;
            (start, stop) = self.piece(end);
        }
        let participle = self.folded(verb).is_some_and(|v| v.ends_with("ing"))
            && self.gap(verb - 1).contains(',');
        // `He gave no details but said`: the subject opens the clause.
        let joined = self.folded(end - 1).is_some_and(speech::is_conjunction);
        if participle || joined {
            // `Andriessen gave no details, but said`: the clause's subject.
            if joined && start == end - 1 && !self.folded(0).is_some_and(speech::is_lead) {
                start = 0;
            }
            let last = self.leading_name(start)?;
            return self.subject_text(start, last + 1);
        }
        if let Stop::Relative(rel) = stop {
            // `bankruptcies, which he said would be`: the subject follows.
            if !self.gap(end - 1).contains(',') && end > rel + 1 {
                return self.subject_text(rel + 1, end);
            }
            if !self.gap(rel.checked_sub(1)?).contains(',') {
                return None;
            }
            let (before, _) = self.piece(rel);
            return self.subject_text(self.skip_leads(before, rel), rel);
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
        start = self.skip_leads(start, end);
        // A pronoun is a whole subject: `Referring to the talks, he said`.
        let pronoun = end - start == 1 && self.folded(start).and_then(speech::pronoun).is_some();
        if !led && !pronoun && stop == Stop::Comma && start > 0 {
            let (opens, why) = self.piece(start);
            let whole = opens == 0 || why == Stop::Comma;
            // `But Dennis McAlpine, analyst at Oppenheimer, said`.
            let before =
                opens + usize::from(self.folded(opens).is_some_and(speech::is_conjunction));
            // An appositive names someone: `Denys Shmyhal, the prime
            // minister,`; not `separate from space weapons, Reagan said`,
            // `Pressed for comment, Reagan said`, `(IMF), Boesze said`.
            let nominal = (before..start).any(|k| {
                self.upper(k)
                    || self
                        .folded(k)
                        .is_some_and(|w| speech::is_opener(w) || speech::is_head(w))
            });
            let participle = self.folded(before).is_some_and(|w| {
                w.len() > 4 && (w.ends_with("ed") || w.ends_with("ing")) && !self.upper(before + 1)
            });
            let joins = nominal
                && whole
                && !participle
                && !self.folded(before).is_some_and(speech::is_lead)
                && start - before <= MAX_PIECE
                && (before..start).all(|k| !self.folded(k).is_some_and(speech::is_verb));
            if before < start && joins {
                // A role too long to cite whole leaves the name: `John
                // Tower, a longtime supporter and former senator from
                // Texas, told`.
                if end - before > MAX_WORDS {
                    return self.subject_text(before, start);
                }
                // `Dan Kim, oil analyst with Hale, Ross and Co said`: a
                // firm's name with a comma in it, after the role.
                let (named, why) = self.piece(before);
                if !self.upper(before)
                    && (named == 0 || why == Stop::Comma)
                    && (named..before).all(|k| self.upper(k))
                    && (2..=4).contains(&(before - named))
                    && end - named <= MAX_WORDS
                {
                    return self.subject_text(named, end);
                }
                start = before;
            }
        }
        self.subject_text(start, end)
    }

    fn subject_text(&self, start: usize, end: usize) -> Option<(usize, String)> {
        if start >= end || end - start > MAX_WORDS {
            return None;
        }
        let (from, raw, ref folded) = self.words[start];
        let named = (start..end).any(|k| self.raw(k).is_some_and(starts_upper))
            || self.folded(end - 1).is_some_and(speech::is_head);
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
    fn skip_leads(&self, mut start: usize, end: usize) -> usize {
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
    fn piece(&self, end: usize) -> (usize, Stop) {
        let mut start = end;
        while start > 0 {
            let gap = self.gap(start - 1);
            if gap.contains([',', '—', '–']) && start < end {
                return (start, Stop::Comma);
            }
            let marks = [';', '(', ')', '.', ':', '"', '“', '«', '»', '”'];
            if self.breaks_after(start - 1, &marks) && start < end && !self.scare_quote(start - 1) {
                return (start, Stop::Other);
            }
            let word = self.folded(start - 1).unwrap_or("");
            if matches!(word, "who" | "which" | "whose") {
                return (start, Stop::Relative(start - 1));
            }
            let joined = speech::is_conjunction(word) || word == "then";
            if joined && self.folded(start).is_some_and(speech::is_opener) {
                return (start, Stop::Other);
            }
            start -= 1;
        }
        (0, Stop::Other)
    }
}
