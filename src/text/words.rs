//! The one tokenizer used by the index, the queries, tag rules and highlighting,
//! so that all of them agree on what a word is.
//!
//! A word is a run of letters, digits and combining marks. An apostrophe or a
//! full stop between two word characters stays inside the word (`Ukraine’s`,
//! `U.S`, `Censor.NET`, `2.5`), as does a comma between digits (`1,000`);
//! hyphens and everything else separate words. This follows Unicode word
//! boundaries for news prose, at a fraction of their cost: the index runs it
//! over every byte of the archive.

use std::borrow::Cow;

/// Words of `text` with their byte offsets.
pub fn word_indices(text: &str) -> WordIndices<'_> {
    WordIndices { text, at: 0 }
}

pub fn count(text: &str) -> usize {
    word_indices(text).count()
}

/// The case-folded form under which a word is indexed and looked up.
/// Typographic apostrophes fold to `'` so `Ukraine’s` and `Ukraine's` agree.
pub fn fold(word: &str) -> Cow<'_, str> {
    let clean = word
        .bytes()
        .all(|b| b.is_ascii() && !b.is_ascii_uppercase());
    if clean {
        return Cow::Borrowed(word);
    }
    let mut out = String::with_capacity(word.len());
    for c in word.chars() {
        match c {
            '\u{2019}' | '\u{2018}' | '\u{02BC}' => out.push('\''),
            c if c.is_ascii() => out.push(c.to_ascii_lowercase()),
            c => out.extend(c.to_lowercase()),
        }
    }
    Cow::Owned(out)
}

/// Whether `prefix` (folded) starts at a word of `folded`: `iv` and `anna
/// iv` in `anna ivanova`.
pub fn starts_a_word(folded: &str, prefix: &str) -> bool {
    word_indices(folded).any(|(at, _)| folded[at..].starts_with(prefix))
}

/// Folded words of `text`, in order.
pub fn folded(text: &str) -> Vec<String> {
    word_indices(text)
        .map(|(_, w)| fold(w).into_owned())
        .collect()
}

pub struct WordIndices<'a> {
    text: &'a str,
    at: usize,
}

fn is_word_char(c: char) -> bool {
    match c {
        '\0'..='\u{7F}' => c.is_ascii_alphanumeric(),
        // Latin-1 letters and Latin Extended, Cyrillic: the common cases, without table lookups.
        '\u{C0}'..='\u{24F}' => c != '\u{D7}' && c != '\u{F7}',
        '\u{400}'..='\u{481}' | '\u{48A}'..='\u{52F}' => true,
        _ => c.is_alphanumeric() || is_combining(c),
    }
}

fn is_combining(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}' | '\u{0483}'..='\u{0489}' | '\u{1AB0}'..='\u{1AFF}'
        | '\u{1DC0}'..='\u{1DFF}' | '\u{20D0}'..='\u{20FF}' | '\u{FE20}'..='\u{FE2F}')
}

impl<'a> Iterator for WordIndices<'a> {
    type Item = (usize, &'a str);

    fn next(&mut self) -> Option<Self::Item> {
        let bytes = self.text.as_bytes();
        let mut start = self.at;
        loop {
            let b = *bytes.get(start)?;
            if b.is_ascii_alphanumeric() {
                break;
            }
            if b < 0x80 {
                start += 1;
                continue;
            }
            let c = self.text[start..].chars().next()?;
            if is_word_char(c) {
                break;
            }
            start += c.len_utf8();
        }
        let mut end = start;
        let mut prev = '\0';
        while end < bytes.len() {
            let b = bytes[end];
            let (c, len) = if b < 0x80 {
                (b as char, 1)
            } else {
                let c = self.text[end..].chars().next().unwrap_or('\0');
                (c, c.len_utf8())
            };
            if is_word_char(c) {
                prev = c;
                end += len;
                continue;
            }
            let next = || self.text[end + len..].chars().next();
            let joins = match c {
                '\'' | '\u{2019}' | '.' => next().is_some_and(is_word_char),
                ',' => prev.is_ascii_digit() && next().is_some_and(|n| n.is_ascii_digit()),
                _ => false,
            };
            if joins {
                end += len;
                prev = c;
                continue;
            }
            break;
        }
        self.at = end;
        Some((start, &self.text[start..end]))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_and_apostrophes() {
        assert_eq!(fold("Ukraine’s"), "ukraine's");
        assert_eq!(fold("КИЇВ"), "київ");
        assert!(matches!(fold("nato"), Cow::Borrowed(_)));
    }

    #[test]
    fn splits_news_prose_like_unicode_word_boundaries() {
        assert_eq!(
            folded("De-escalation, said Кулеба: U.S. “now”! Ukraine’s 1,000 2.5% Censor.NET it's"),
            [
                "de",
                "escalation",
                "said",
                "кулеба",
                "u.s",
                "now",
                "ukraine's",
                "1,000",
                "2.5",
                "censor.net",
                "it's"
            ]
        );
        assert_eq!(
            folded("end. Next 'quoted' a,b 1, 2 x_y"),
            ["end", "next", "quoted", "a", "b", "1", "2", "x", "y"]
        );
        assert_eq!(
            folded("naïve café e\u{301}te"),
            ["naïve", "café", "e\u{301}te"]
        );
        assert!(folded("— … !!").is_empty());
    }

    #[test]
    fn offsets_point_at_the_words() {
        let text = "«Він сказав» — ok";
        let words: Vec<(usize, &str)> = word_indices(text).collect();
        for (at, w) in &words {
            assert_eq!(&text[*at..*at + w.len()], *w);
        }
        assert_eq!(words.len(), 3);
    }
}
