//! Did you mean: when a query finds nothing, each of its words that matches
//! nothing replaced by the nearest word of the index.

use std::ops::Range;

use super::ast::Term;
use super::parse::parse;
use crate::store::Store;
use crate::text::words;

/// The query text with its misspelt words replaced, and the words put in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Suggestion {
    pub text: String,
    pub words: Vec<String>,
}

impl Suggestion {
    /// `did you mean zelensky?`, the words as they would be typed.
    pub fn question(&self) -> String {
        format!("did you mean {}?", self.words.join(" "))
    }
}

/// `text` with every word that matches nothing (outside negated terms)
/// replaced by the nearest indexed word: within one edit for words of up
/// to four letters, two for longer ones. `None` when no word is misspelt or
/// none has a near word.
pub fn suggest(store: &Store, text: &str) -> Option<Suggestion> {
    let query = parse(text).ok()?;
    let mut replaced: Vec<(Range<usize>, String)> = Vec::new();
    for clause in query.positive_clauses() {
        let at = clause.span.start;
        let typed = words::word_indices(&text[clause.span.clone()])
            .map(|(i, w)| (at + i..at + i + w.len(), words::fold(w).into_owned()));
        let misspelt: Vec<(Range<usize>, String)> = match &clause.term {
            Term::Prefix(p) if !store.text.has_prefix(p) => typed.take(1).collect(),
            Term::Fuzzy { word, distance } if !store.text.has_near(word, *distance) => {
                typed.take(1).collect()
            }
            Term::Phrase(_) => typed.filter(|(_, w)| !store.text.has_word(w)).collect(),
            _ => Vec::new(),
        };
        for (range, word) in misspelt {
            let distance = if word.chars().count() <= 4 { 1 } else { 2 };
            if let Some(near) = store.text.nearest(&word, distance) {
                replaced.push((range, near));
            }
        }
    }
    if replaced.is_empty() {
        return None;
    }
    let mut out = text.to_string();
    for (range, word) in replaced.iter().rev() {
        out.replace_range(range.clone(), word);
    }
    Some(Suggestion {
        text: out,
        words: replaced.into_iter().map(|(_, w)| w).collect(),
    })
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::load::{Loaded, parse_text};

    fn store() -> Store {
        let briefings = [
            "Kuleba met Blinken to discuss gas transit.",
            "Grain exports from Odesa continued.",
        ]
        .iter()
        .enumerate()
        .map(|(i, t)| parse_text(Path::new(&format!("{i}.txt")), &format!("d{i}"), t))
        .collect();
        crate::library::build(Loaded::of(briefings, Vec::new()))
    }

    fn suggested(text: &str) -> Option<(String, Vec<String>)> {
        suggest(&store(), text).map(|s| (s.text, s.words))
    }

    #[test]
    fn misspelt_words_become_the_nearest_indexed_words() {
        let s =
            |t: &str, w: &[&str]| Some((t.to_string(), w.iter().map(|w| w.to_string()).collect()));
        assert_eq!(suggested("Kulbea"), s("kuleba", &["kuleba"]));
        assert_eq!(suggested("gas kulbeaa~"), s("gas kuleba~", &["kuleba"]));
        assert_eq!(
            suggested("\"grain exprots\" -tag:x odessa"),
            s("\"grain exports\" -tag:x odesa", &["exports", "odesa"])
        );
        assert_eq!(suggested("kuleba gas"), None, "nothing misspelt");
        assert_eq!(
            suggested("-kulbea"),
            None,
            "a negated word finds everything"
        );
        assert_eq!(suggested("qqqqqqq"), None, "nothing near");
        assert_eq!(suggested("tag:"), None, "does not parse");
    }

    #[test]
    fn the_question_names_the_words() {
        let s = suggest(&store(), "Kulbea gras").unwrap();
        assert_eq!(s.question(), "did you mean kuleba gas?");
    }
}
