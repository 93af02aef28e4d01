//! `Diplomats said the step was small. “…,” one said.`: `one` (or
//! `another`) as a speaker is one of the people named just before it in its
//! paragraph, and is shown as such (`one of the diplomats`). With no such
//! group before it, it stays `one`.

use super::candidates::subjects;
use super::surnames::Surnames;
use super::{nouns, speech};
use crate::model::Quote;
use crate::text::sentence::first_sentence_end;
use crate::text::words;

/// Bytes before a `one` a group of people is looked for in: the sentence
/// and the one or two before it.
const GROUP_REACH: usize = 600;

pub fn name_ones(paragraphs: &[String], quotes: &mut [Quote]) {
    let one =
        |q: &Quote| (q.speaker.as_ref()).is_some_and(|s| speech::is_one(&words::fold(&s.name)));
    if !quotes.iter().any(one) {
        return;
    }
    let surnames = Surnames::new(paragraphs, quotes);
    for q in quotes.iter_mut() {
        if !one(q) {
            continue;
        }
        let mut before = Vec::new();
        let from = near_start(&paragraphs[q.paragraph], q.outer.start);
        subjects(
            paragraphs,
            (q.paragraph, from),
            (q.paragraph, q.outer.start),
            &mut before,
        );
        let group = before.iter().rev().find_map(|b| group(&surnames, &b.name));
        if let (Some(group), Some(s)) = (group, q.speaker.as_mut()) {
            s.name = format!("{} of the {group}", s.name);
        }
    }
}

/// Where the sentences start that a group is looked for in before a
/// quote at `quote`: those within `GROUP_REACH` bytes, so a paragraph of
/// thousands of `one said` stays linear.
fn near_start(paragraph: &str, quote: usize) -> usize {
    let reach = quote.saturating_sub(GROUP_REACH);
    if reach == 0 {
        return 0;
    }
    let reach = paragraph.ceil_char_boundary(reach);
    reach + first_sentence_end(&paragraph[reach..quote])
}

/// `The diplomats`, `Western diplomats`, `Dealers in the bonds` as what
/// follows `one of the`: people, in lower case where only the sentence
/// made them capital.
fn group(surnames: &Surnames, name: &str) -> Option<String> {
    let name = name.split(", ").next()?;
    let mut words: Vec<&str> = name.split_whitespace().collect();
    if words.first().is_some_and(|w| w.eq_ignore_ascii_case("the")) {
        words.remove(0);
    }
    let noun = words.iter().position(|w| w.eq_ignore_ascii_case("in"));
    let noun = noun.unwrap_or(words.len()).checked_sub(1)?;
    let folded = words::fold(words[noun]).into_owned();
    if !nouns::is_people(&folded) {
        return None;
    }
    // `Share analysts` opening a sentence: `one of the share analysts`.
    let first = words::fold(words[0]).into_owned();
    if noun > 0 && surnames.written_lower(&first) {
        words[0] = &first;
    }
    words[noun] = &folded;
    Some(words.join(" "))
}

#[cfg(test)]
#[path = "groups_tests.rs"]
mod tests;
