//! Where a query's words and phrases occur in a text, for highlighting.

use std::ops::Range;

use crate::store as fuzzy;
use crate::text::words;

/// What to mark in a text: a query's words and phrases.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Highlight {
    Prefix(String),
    Phrase(Vec<String>),
    Fuzzy { word: String, distance: u8 },
}

/// Byte ranges of matches in `text`, sorted and not overlapping.
pub fn find(text: &str, highlights: &[Highlight]) -> Vec<Range<usize>> {
    if highlights.is_empty() {
        return Vec::new();
    }
    let tokens: Vec<(Range<usize>, String)> = words::word_indices(text)
        .map(|(at, w)| (at..at + w.len(), words::fold(w).into_owned()))
        .collect();
    let mut found = Vec::new();
    for h in highlights {
        match h {
            Highlight::Prefix(p) => found.extend(
                tokens
                    .iter()
                    .filter(|(_, w)| w.starts_with(p.as_str()))
                    .map(|(r, _)| r.clone()),
            ),
            Highlight::Phrase(phrase) if !phrase.is_empty() => {
                for window in tokens.windows(phrase.len()) {
                    if window.iter().zip(phrase).all(|((_, w), p)| w == p) {
                        found.push(window[0].0.start..window[phrase.len() - 1].0.end);
                    }
                }
            }
            Highlight::Phrase(_) => {}
            Highlight::Fuzzy { word, distance } => {
                let near = fuzzy::within(word, *distance);
                found.extend(
                    tokens
                        .iter()
                        .filter(|(_, w)| near(w))
                        .map(|(r, _)| r.clone()),
                );
            }
        }
    }
    found.sort_by_key(|r| (r.start, std::cmp::Reverse(r.end)));
    let mut merged: Vec<Range<usize>> = Vec::with_capacity(found.len());
    for r in found {
        match merged.last_mut() {
            Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
            _ => merged.push(r),
        }
    }
    merged
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefixes_and_phrases() {
        let text = "Gas transit: gasoline and GAS TRANSIT talks.";
        let hs = [
            Highlight::Prefix("gas".into()),
            Highlight::Phrase(vec!["gas".into(), "transit".into()]),
        ];
        let found: Vec<&str> = find(text, &hs).into_iter().map(|r| &text[r]).collect();
        assert_eq!(found, ["Gas transit", "gasoline", "GAS TRANSIT"]);
        assert!(find(text, &[]).is_empty());
    }

    #[test]
    fn fuzzy_marks_each_variant_within_the_distance() {
        let text = "Zelensky, Zelenskyy and Zelenksy met Zelinskyi.";
        let near = |distance| {
            let hs = [Highlight::Fuzzy {
                word: "zelensky".into(),
                distance,
            }];
            let found: Vec<&str> = find(text, &hs).into_iter().map(|r| &text[r]).collect();
            found
        };
        assert_eq!(near(1), ["Zelensky", "Zelenskyy", "Zelenksy"]);
        assert_eq!(near(2), ["Zelensky", "Zelenskyy", "Zelenksy", "Zelinskyi"]);
    }
}
