//! `Diplomats said the step was small. “…,” one said.`: `one` (or
//! `another`) as a speaker is one of the people named just before it in its
//! paragraph, and is shown as such (`one of the diplomats`). With no such
//! group before it, it stays `one`.

use super::candidates::subjects;
use super::nouns;
use crate::model::Quote;
use crate::text::words;

pub fn name_ones(paragraphs: &[String], quotes: &mut [Quote]) {
    for q in quotes.iter_mut() {
        let Some(s) = q.speaker.as_mut() else {
            continue;
        };
        if !matches!(words::fold(&s.name).as_ref(), "one" | "another") {
            continue;
        }
        let mut before = Vec::new();
        subjects(
            paragraphs,
            (q.paragraph, 0),
            (q.paragraph, q.outer.start),
            &mut before,
        );
        if let Some(group) = before.iter().rev().find_map(|b| group(paragraphs, &b.name)) {
            s.name = format!("{} of the {group}", s.name);
        }
    }
}

/// `The diplomats`, `Western diplomats`, `Dealers in the bonds` as what
/// follows `one of the`: people, in lower case where only the sentence
/// made them capital.
fn group(paragraphs: &[String], name: &str) -> Option<String> {
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
    if noun > 0 && written_lower(paragraphs, &first) {
        words[0] = &first;
    }
    words[noun] = &folded;
    Some(words.join(" "))
}

fn written_lower(paragraphs: &[String], folded: &str) -> bool {
    (paragraphs.iter()).any(|p| words::word_indices(p).any(|(_, w)| w == folded))
}

#[cfg(test)]
#[path = "groups_tests.rs"]
mod tests;
