//! Who says a sentence without quote marks, a pronoun's candidate: who
//! closes it (`…, Funaro said.`, `…, said Lewis Preston.`), or a full
//! name that says something in a relative clause.

use super::names;
use super::speaker::{Clause, MAX_WORDS, starts_upper};
use super::speech;
use crate::text::words;

/// Words a sentence's closing `, Funaro said` may have.
pub(super) const CLOSING_WORDS: usize = 8;

/// Who a sentence closes by saying said it, without quote marks: `Funaro`
/// in `Lawson would state his position, Funaro said.`, `James Fry, the
/// unit's head` in `…, James Fry, the unit's head said.`; not `said
/// management wants` after an appositive.
pub(super) fn closing_speaker(sentence: &str) -> Option<String> {
    let sentence = sentence.trim_end_matches(|c: char| !c.is_alphanumeric());
    let mut pieces = sentence.rsplit(", ").peekable();
    let last = pieces.next().filter(|_| sentence.contains(", "))?;
    // `…, Ann Kowal, vice president of market research at the gas group
    // said.`: a long role after a full name.
    let role = last.starts_with(char::is_lowercase)
        && pieces.peek().is_some_and(|p| names::is_full_name(p));
    // `…, said J.P. Morgan and Co Inc chairman Lewis Preston.`: a role
    // before the name that ends it; not `said the trend has been up for
    // months`.
    let inverted = (last.starts_with("said ") || last.starts_with("added "))
        && (last.split_whitespace().next_back()).is_some_and(starts_upper);
    let most = if role || inverted {
        MAX_WORDS
    } else {
        CLOSING_WORDS
    };
    // `Reuters Holdings Plc <RTRS.L> chairman Sir Christopher Hogg said`:
    // a wire's ticker is no word of it.
    let mut count = (last.split_whitespace())
        .filter(|w| !speech::is_ticker(w))
        .count();
    let c = Clause::new(last);
    // `…, Hong Kong secretary David Nendick told the annual meeting of the
    // bank here.`: who is told, and where, are no part of the subject.
    let named = |v: usize| v >= 2 && (v - 2..v).all(|k| c.raw(k).is_some_and(names::is_name_word));
    if let Some((verb, _)) = c
        .first_report()
        .filter(|&(v, _)| c.is(v, &["told"]) && named(v))
    {
        count = count.min(verb);
    }
    if last.contains(['"', '“', '”', '«', '»']) || count > most {
        return None;
    }
    let Some(found) = c.speaker_after_quote() else {
        return named_with_role(&c, pieces);
    };
    let ends = (found.speaker.split_whitespace().next_back()).is_some_and(|w| last.ends_with(w));
    // `…, said the visitors had submitted 40 proposals.`: a clause, not a
    // name after the verb.
    let clause = (found.speaker.split_whitespace()).any(|w| speech::is_auxiliary(&words::fold(w)));
    if speech::pronoun(&found.speaker).is_some() || (c.verb_at(0) && (!ends || clause)) {
        return None;
    }
    let before = pieces.next().unwrap_or("");
    let named = names::is_full_name(before);
    let name = if named && !starts_upper(&found.speaker) {
        format!("{before}, {}", found.speaker)
    } else {
        found.speaker
    };
    Some(name)
}

/// `“…” in talks, said Juan Roe, speaker of the house, before the
/// meeting.`: a full name right after `, said` inside the sentence.
pub(super) fn inverted_speaker(c: &Clause) -> Option<String> {
    let verb = (1..c.len()).find(|&k| c.gap(k - 1).contains(',') && c.is(k, &["said", "added"]))?;
    let name = c.name_from(verb + 1)?;
    names::person_is_full(&name).then_some(name)
}

/// `He was echoed by the deputy minister, Ada Ruiz Orta, who said …`: a
/// full name that says something in a relative clause.
pub(super) fn relative_speaker(c: &Clause) -> Option<String> {
    let who = (1..c.len()).find(|&k| c.is(k, &["who"]) && c.verb_at(k + 1))?;
    let name = c.subject(who + 1)?.1;
    names::person_is_full(&name).then_some(name)
}

/// `…, Jon Hale, director of the bank's Tunisian division, said.`: a
/// closing verb with no name after it, after a name and its role.
fn named_with_role<'a>(verb: &Clause, mut pieces: impl Iterator<Item = &'a str>) -> Option<String> {
    if !verb.verb_at(0) || verb.len() > CLOSING_WORDS {
        return None;
    }
    let mut role = pieces.next()?.to_string();
    let mut name = pieces.next()?;
    // `…, Steve Richards, a supply manager with a user group, a Houston
    // natural gas broker, said.`: two roles after the name.
    if name.starts_with(char::is_lowercase)
        && let Some(before) = pieces.next().filter(|n| names::is_full_name(n))
    {
        role = name.to_string();
        name = before;
    }
    let named = names::is_full_name(name);
    let described = role
        .split_whitespace()
        .next()
        .is_some_and(|w| !starts_upper(w))
        && role.split_whitespace().count() <= CLOSING_WORDS * 2;
    (named && described).then(|| format!("{name}, {role}"))
}
