//! `The Exxon chairman told …` after `Exxon Corp chairman Lawrence Rawl
//! said …`: the one full name in the briefing that a description of a
//! person fits, by its title and the words before it.

use std::collections::{HashMap, HashSet};

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

/// A full name written right after a title (`Finance Minister Ada Roe`):
/// where it first stands, and the words before the title, folded.
struct Titled {
    paragraph: usize,
    name: String,
    before: Vec<String>,
}

/// Every full name of a briefing written right after a title, by the
/// title, read once: a briefing of thousands of pronouns asks for them
/// thousands of times.
pub struct Titles {
    by_title: HashMap<String, Vec<Titled>>,
}

impl Titles {
    pub fn new(paragraphs: &[String]) -> Titles {
        let mut by_title: HashMap<String, Vec<Titled>> = HashMap::new();
        let mut seen = HashSet::new();
        for (p, paragraph) in paragraphs.iter().enumerate() {
            let raw: Vec<&str> = paragraph.split_whitespace().collect();
            let ends = |w: &str| w.ends_with([',', '.', ';', ':']);
            let text: Vec<&str> = (raw.iter())
                .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-' && c != '\''))
                .collect();
            for t in 0..text.len() {
                let title = words::fold(text[t]);
                if ends(raw[t]) || !nouns::is_person(&title, "") {
                    continue;
                }
                // The name follows the title in the same clause, and ends
                // at its punctuation.
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
                if name.len() < 2 {
                    continue;
                }
                let before: Vec<String> = text[t.saturating_sub(TITLE_REACH)..t]
                    .iter()
                    .map(|w| words::fold(w).into_owned())
                    .collect();
                let entry = Titled {
                    paragraph: p,
                    name: name.join(" "),
                    before,
                };
                // The first of the same name after the same words serves
                // every later question.
                let key = (title.to_string(), entry.name.clone(), entry.before.clone());
                if seen.insert(key) {
                    by_title.entry(title.into_owned()).or_default().push(entry);
                }
            }
        }
        Titles { by_title }
    }

    /// The full name that `description` (`the minister`, `The Exxon
    /// chairman`) stands for in the paragraphs up to `last`: the only one
    /// written right after its title, with the description's other words
    /// (`Exxon`, `White House budget`) before that title, in any case, and
    /// no qualifier the description lacks (`Vice President Jon Roe` is no
    /// `the president`). None when no name fits, or several do.
    pub fn full_name(&self, last: usize, description: &str) -> Option<String> {
        let mut words: Vec<String> = (description.split_whitespace())
            .map(|w| words::fold(w).into_owned())
            .collect();
        if words.first().is_none_or(|w| w != "the") {
            return None;
        }
        words.remove(0);
        let title = words.pop()?;
        let mut found: Option<&str> = None;
        let entries = self.by_title.get(&title)?;
        for entry in entries.iter().take_while(|e| e.paragraph <= last) {
            let qualified = (entry.before.last())
                .is_some_and(|b| QUALIFIERS.contains(&b.as_str()) && !words.contains(b));
            if qualified || !words.iter().all(|w| entry.before.contains(w)) {
                continue;
            }
            match found {
                Some(other) if other != entry.name => return None,
                _ => found = Some(&entry.name),
            }
        }
        found.map(str::to_string)
    }
}
