//! `The Exxon chairman told …` after `Exxon Corp chairman Lawrence Rawl
//! said …`: the one full name in the briefing that a description of a
//! person fits, by its title and the words before it.

use super::names;
use super::nouns;
use crate::text::words;

/// Words before a title a description's other words are looked for in.
const TITLE_REACH: usize = 4;

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
        let text: Vec<&str> = paragraph
            .split_whitespace()
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-' && c != '\''))
            .collect();
        for (t, word) in text.iter().enumerate() {
            if words::fold(word) != title {
                continue;
            }
            let name: Vec<&str> = (text[t + 1..].iter())
                .take_while(|w| names::is_name_word(w))
                .take(4)
                .copied()
                .collect();
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
