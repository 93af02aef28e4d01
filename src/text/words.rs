//! The one tokenizer used by the index, the queries, tag rules and highlighting,
//! so that all of them agree on what a word is.

use std::borrow::Cow;

use unicode_segmentation::UnicodeSegmentation;

/// Words of `text` (Unicode word boundaries, punctuation dropped) with their byte offsets.
pub fn word_indices(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.unicode_word_indices()
}

pub fn count(text: &str) -> usize {
    text.unicode_words().count()
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
            c => out.extend(c.to_lowercase()),
        }
    }
    Cow::Owned(out)
}

/// Folded words of `text`, in order.
pub fn folded(text: &str) -> Vec<String> {
    word_indices(text)
        .map(|(_, w)| fold(w).into_owned())
        .collect()
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
    fn splits_on_unicode_boundaries() {
        assert_eq!(
            folded("De-escalation, said Кулеба: U.S. “now”!"),
            ["de", "escalation", "said", "кулеба", "u.s", "now"]
        );
    }
}
