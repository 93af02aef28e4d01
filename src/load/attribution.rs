//! Who said a quote: the clause right after it (`…,” Kuleba said.`, `…,”
//! said Kuleba`), or failing that the clause that introduces it in the same
//! sentence (`Kuleba said: “…”`, `according to Kuleba, “…”`, `Lavrov said
//! Moscow “…”`). The attribution is that clause; the speaker is the name in
//! it, without the reporting verb, a leading clause or trailing context.

use std::ops::Range;

use super::closing::CLOSING_WORDS;
use super::speaker::{Clause, Found};
use super::speech;
use crate::text::sentence::first_sentence_end;
use crate::text::words;

const MAX_CHARS: usize = 160;
/// Words a plain subject after an unmarked quote may have before its verb.
const PLAIN_WORDS: usize = 8;
/// How far from the quote an attribution is looked for, in bytes.
const REACH: usize = 600;

/// The clause that attributes a quote, and the speaker it names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Said {
    pub attribution: String,
    pub speaker: String,
}

/// The attribution of the quote marked at `quote` in `paragraph`; text
/// before `from` (an earlier quote) is not looked at.
pub fn said(paragraph: &str, quote: Range<usize>, from: usize) -> Option<Said> {
    let quoted = paragraph[quote.clone()].trim_matches(|c: char| !c.is_alphanumeric());
    if is_title(quoted) || names_a_thing(&paragraph[from.min(quote.start)..quote.start]) {
        return None;
    }
    // `Reagan called the plan “…” at a meeting, Fitzwater said.`: the one
    // before the quote over who closes the sentence, unless hedged (`Sandoz
    // would have reported “…” …, an official said`).
    let before = || said_before(paragraph, quote.start, from);
    said_after(paragraph, quote.end)
        .or_else(|| still_adding(paragraph, quote.start, from))
        .or_else(|| before().filter(|b| !hedged(&b.attribution)))
        .or_else(|| said_closing(paragraph, quote.end))
        .or_else(before)
}

/// `“…,” said Ada Voss, chairman of Voss Steel, adding, “…”`: the quote
/// before this one (ending at `from`) and its speaker going on.
fn still_adding(paragraph: &str, start: usize, from: usize) -> Option<Said> {
    let lead = paragraph.get(from..start)?;
    let lead = lead.trim_end_matches(|c: char| c.is_whitespace() || ",:—–-".contains(c));
    let (said, _) = lead
        .rsplit_once(char::is_whitespace)
        .filter(|(_, w)| *w == "adding")?;
    // `said Ada Voss, adding`; not `said Ada Voss, Ben Hale adding`.
    let said = said.strip_suffix(',')?;
    if from == 0 || first_sentence_end(said) < said.len() {
        return None;
    }
    // Only the speaker (and where they work) before `adding`: not `said
    // Ada Voss, and her deputy, adding`.
    let alone = |s: &Said| {
        (said.find(&s.speaker)).is_some_and(|at| !said[at + s.speaker.len()..].contains([',', ';']))
    };
    said_after(paragraph, from).filter(alone)
}

/// Whether an attribution's verb is under a modal: `would have reported`.
fn hedged(attribution: &str) -> bool {
    (attribution.split_whitespace()).any(|w| matches!(w, "would" | "could" | "might"))
}

/// An attribution after a quote that closes at `end`.
pub fn said_after(paragraph: &str, end: usize) -> Option<Said> {
    let reach_end = paragraph.floor_char_boundary(end + REACH);
    let inner = paragraph[..end].trim_end_matches(['”', '»', '"']);
    // `“… over.” He said later…`: what follows a quote that ends its
    // sentence is the next sentence, not the quote's attribution.
    if inner.ends_with('.') {
        return None;
    }
    // `ready to “simplify and suppress” the procedure for non-residents`:
    // a quote with no mark before or after it is part of its sentence, and
    // the words after it are that sentence going on, not who said it,
    // unless they open plainly with a subject (`“…” he said`, `“…” the
    // minister said`).
    let rest = &paragraph[end..reach_end];
    let marked = !inner.ends_with(char::is_alphanumeric)
        || rest
            .trim_start()
            .starts_with(|c: char| !c.is_alphanumeric());
    after(rest, marked)
}

impl Clause<'_> {
    /// Whether the clause opens with a pronoun, or a short subject with no
    /// comma or joining word before its reporting verb: `the minister
    /// said`, `a source close to the talks said`; not `the rules for
    /// non-residents and would announce`.
    fn opens_plainly(&self) -> bool {
        if self.folded(0).and_then(speech::pronoun).is_some() {
            return true;
        }
        let Some((verb, _)) = self.first_report().filter(|&(verb, _)| verb < PLAIN_WORDS) else {
            return false;
        };
        let broken = |k: usize| k + 1 < verb && self.sets_off(k);
        let joined = |k: usize| self.folded(k).is_some_and(speech::is_conjunction);
        (0..verb).all(|k| !broken(k) && !joined(k))
    }
}

/// Who closes the sentence a quote that closes at `end` is part of, when
/// the sentence goes on past it.
fn said_closing(paragraph: &str, end: usize) -> Option<Said> {
    let reach_end = paragraph.floor_char_boundary(end + REACH);
    if paragraph[..end]
        .trim_end_matches(['”', '»', '"'])
        .ends_with('.')
    {
        return None;
    }
    let rest = paragraph[end..reach_end].trim_start();
    let clause = &rest[..first_sentence_end(rest)];
    if clause.contains(['“', '«', '"']) {
        return None;
    }
    closing(&Clause::new(trim_clause(clause)))
}

/// An attribution before a quote that opens at `start`, from `from` on.
pub fn said_before(paragraph: &str, start: usize, from: usize) -> Option<Said> {
    let reach_start =
        paragraph.ceil_char_boundary(start.saturating_sub(REACH).max(from.min(start)));
    before(&paragraph[reach_start..start])
}

/// Words a title leaves in lower case.
const SMALL: &[&str] = &[
    "a", "an", "and", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "with",
];

/// Whether quoted words are a title in title case (`Face the Nation`,
/// `The New Vision of Kodak`): a name, which no one is said to say.
fn is_title(quoted: &str) -> bool {
    let words: Vec<&str> = words::word_indices(quoted).map(|(_, w)| w).collect();
    let capital = |w: &str| {
        w.chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
    };
    words.len() <= 8
        && words.iter().filter(|w| capital(w)).count() >= 2
        && words.iter().all(|w| capital(w) || SMALL.contains(w))
}

/// Whether the words before a quote name a thing by it (`The bonds,
/// dubbed “…”`, `a fare called “…”`), words no one is said to say; not
/// `what he called “…”` or `Reagan called “…”`.
fn names_a_thing(lead: &str) -> bool {
    let lead = lead.trim_end_matches(|c: char| c.is_whitespace() || "“«\"".contains(c));
    let mut back = lead.split_whitespace().rev();
    let (Some(verb), Some(before)) = (back.next(), back.next()) else {
        return false;
    };
    let said_by = |w: &str| {
        let w = words::fold(w.trim_matches(|c: char| !c.is_alphanumeric()));
        w == "what" || speech::pronoun(&w).is_some()
    };
    let named = before.starts_with(char::is_uppercase) || said_by(before);
    verb == "so-called" || (speech::is_naming(verb) && !named && !back.take(3).any(said_by))
}

fn after(rest: &str, marked: bool) -> Option<Said> {
    let rest = rest.trim_start_matches(|c: char| c.is_whitespace() || ",;:—–-".contains(c));
    let mut clause = &rest[..first_sentence_end(rest)];
    if let Some(next_quote) = clause.find(['“', '«', '"']) {
        clause = &clause[..next_quote];
    }
    let clause = Clause::new(trim_clause(clause));
    let first = clause.folded(0)?;
    let capital = clause.text.chars().next().is_some_and(char::is_uppercase);
    let opens = capital
        || speech::is_verb(first)
        || (speech::is_opener(first) && (marked || clause.opens_plainly()))
        || clause.according_at(0)
        || clause.opens_with_subject();
    if !opens {
        return None;
    }
    let found = clause.speaker_after_quote()?;
    Some(said_in(&clause, found))
}

/// Who closes the sentence a quote is part of by saying it: `“close to
/// double figures” rather than two pct had it not been for the fire, a
/// company official said.`
fn closing(clause: &Clause) -> Option<Said> {
    let (_, last) = clause.text.rsplit_once(", ")?;
    let tail = Clause::new(last);
    if tail.len() > CLOSING_WORDS || !tail.opens_with_subject() {
        return None;
    }
    // The verb ends the sentence, or context follows it (`said in a
    // survey`); not `but Smith said the figure was fair`.
    let verb = (0..tail.len()).find(|&k| tail.verb_at(k))?;
    let context = tail.folded(verb + 1).is_none_or(speech::is_preposition);
    if tail.folded(0).is_some_and(speech::is_conjunction) || !context {
        return None;
    }
    let found = tail.speaker_after_quote()?;
    Some(said_in(&tail, found))
}

fn before(lead: &str) -> Option<Said> {
    let mut start = 0;
    while start < lead.len() {
        let end = start + first_sentence_end(&lead[start..]);
        if end >= lead.len() {
            break;
        }
        start = end;
    }
    let clause = Clause::new(trim_clause(&lead[start..]));
    let found = clause.speaker_before_quote()?;
    Some(said_in(&clause, found))
}

fn said_in(clause: &Clause, found: Found) -> Said {
    Said {
        attribution: cap(&clause.text[found.clause_from..]),
        speaker: found.speaker,
    }
}

fn trim_clause(clause: &str) -> &str {
    clause.trim_matches(|c: char| c.is_whitespace() || ",.;:—–!?".contains(c))
}

fn cap(clause: &str) -> String {
    if clause.chars().count() <= MAX_CHARS {
        return clause.to_string();
    }
    let cut: String = clause.chars().take(MAX_CHARS).collect();
    let at_word = cut.rfind(' ').unwrap_or(cut.len());
    format!("{}…", cut[..at_word].trim_end())
}

#[cfg(test)]
#[path = "attribution_tests.rs"]
mod tests;
