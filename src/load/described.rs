//! `The Exxon chairman told …` after `Exxon Corp chairman Lawrence Rawl
//! said …`: the one full name in the briefing that a description of a
//! person fits, by its title and the words before it.

use super::names;
use super::nouns;
use crate::text::words;

/// Words before a title a description's other words are looked for in.
const TITLE_REACH: usize = 4;
/// Words before a title that make it another post.
const QUALIFIERS: &[&str] = &[
    "acting",
    "assistant",
    "deputy",
    "former",
    "prime",
    "under",
    "vice",
];

/// The full name that `description` (`the minister`, `The Exxon
/// chairman`) stands for in the paragraphs up to `last`: the only one
/// written right after its title, with the description's other words
/// (`Exxon`, `White House budget`) before that title, in any case. None
/// when no name fits, or several do.
pub fn full_name(paragraphs: &[String], last: usize, description: &str) -> Option<String> {
    let mut words: Vec<&str> = description.split_whitespace().collect();
    if !words.first().is_some_and(|w| w.eq_ignore_ascii_case("the")) {
        return None;
    }
    words.remove(0);
    let title = words::fold(words.pop()?).into_owned();
    if !nouns::is_person(&title, "") {
        return None;
    }
    let mut found: Option<String> = None;
    for paragraph in paragraphs.iter().take(last + 1) {
        let raw: Vec<&str> = paragraph.split_whitespace().collect();
        let ends = |w: &str| w.ends_with([',', '.', ';', ':']);
        let text: Vec<&str> = (raw.iter())
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-' && c != '\''))
            .collect();
        for (t, word) in text.iter().enumerate() {
            // `Vice President Jon Roe` is no `the president`.
            let before = t.checked_sub(1).map(|b| words::fold(text[b]));
            let qualified = before.is_some_and(|b| {
                QUALIFIERS.contains(&b.as_ref())
                    && !words.iter().any(|w| w.eq_ignore_ascii_case(&b))
            });
            if words::fold(word) != title || ends(raw[t]) || qualified {
                continue;
            }
            // The name follows the title in the same clause, and ends at
            // its punctuation.
            let mut name: Vec<&str> = Vec::new();
            for k in t + 1..raw.len().min(t + 5) {
                if !names::is_name_word(text[k]) {
                    break;
                }
                name.push(text[k]);
                if ends(raw[k]) {
                    break;
                }
            }
            let before = &text[t.saturating_sub(TITLE_REACH)..t];
            let within = |w: &&str| before.iter().any(|b| b.eq_ignore_ascii_case(w));
            if name.len() < 2 || !words.iter().all(within) {
                continue;
            }
            let name = name.join(" ");
            match &found {
                Some(other) if *other != name => return None,
                _ => found = Some(name),
            }
        }
    }
    found
}
