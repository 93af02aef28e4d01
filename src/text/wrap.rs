//! Width-aware word wrapping over grapheme clusters, measured as the terminal
//! will show the text after sanitising.

use std::ops::Range;

use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

use super::sanitize::{needs_placeholder, placeholder};

/// Columns one grapheme takes on screen, placeholders included.
pub fn grapheme_width(g: &str) -> usize {
    if g.chars().any(needs_placeholder) {
        g.chars()
            .map(|c| placeholder(c).map_or_else(|| c.to_string().width(), |p| p.width()))
            .sum()
    } else {
        g.width()
    }
}

pub fn str_width(s: &str) -> usize {
    if printable_ascii(s) {
        return s.len();
    }
    s.graphemes(true).map(grapheme_width).sum()
}

/// Printable ASCII is a grapheme and a column a byte, and most text is:
/// segmenting it into graphemes was most of the time `show` took on a long
/// briefing.
fn printable_ascii(s: &str) -> bool {
    s.bytes().all(|b| matches!(b, b' '..=b'~'))
}

/// Byte ranges of `text`, one per screen line of at most `width` columns.
/// Lines break at white space; a word longer than a line breaks between graphemes.
pub fn wrap(text: &str, width: usize) -> Vec<Range<usize>> {
    if printable_ascii(text) {
        wrap_words(text, width, ascii_words(text))
    } else {
        wrap_words(text, width, words_with_offsets(text))
    }
}

fn wrap_words<'a>(
    text: &str,
    width: usize,
    words: impl Iterator<Item = (usize, &'a str)>,
) -> Vec<Range<usize>> {
    let width = width.max(1);
    let mut lines = Vec::new();
    let mut line: Option<Range<usize>> = None;
    let mut used = 0;
    for (start, word) in words {
        let word_width = str_width(word);
        let end = start + word.len();
        if let Some(current) = &mut line {
            let gap = str_width(&text[current.end..start]);
            if used + gap + word_width <= width {
                current.end = end;
                used += gap + word_width;
                continue;
            }
            lines.push(current.clone());
        }
        if word_width <= width {
            line = Some(start..end);
            used = word_width;
            continue;
        }
        let mut piece = start;
        let mut piece_width = 0;
        for (i, g) in word.grapheme_indices(true) {
            let w = grapheme_width(g);
            if piece_width + w > width && piece_width > 0 {
                lines.push(piece..start + i);
                piece = start + i;
                piece_width = 0;
            }
            piece_width += w;
        }
        line = Some(piece..end);
        used = piece_width;
    }
    lines.extend(line);
    lines
}

/// The words of printable ASCII: runs of bytes other than the space.
fn ascii_words(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut at = 0;
    std::iter::from_fn(move || {
        let rest = &text.as_bytes()[at..];
        let start = at + rest.iter().position(|&b| b != b' ')?;
        let len = text.as_bytes()[start..]
            .iter()
            .position(|&b| b == b' ')
            .unwrap_or(text.len() - start);
        at = start + len;
        Some((start, &text[start..at]))
    })
}

/// Runs of graphemes that are not white space. A grapheme counts as white
/// space only when all of it is, so a joiner after a space stays with it.
fn words_with_offsets(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut graphemes = text.grapheme_indices(true).peekable();
    std::iter::from_fn(move || {
        let is_space = |g: &str| g.chars().all(char::is_whitespace);
        while graphemes.next_if(|(_, g)| is_space(g)).is_some() {}
        let (start, first) = graphemes.next()?;
        let mut end = start + first.len();
        while let Some((i, g)) = graphemes.next_if(|(_, g)| !is_space(g)) {
            end = i + g.len();
        }
        Some((start, &text[start..end]))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &str, width: usize) -> Vec<&str> {
        wrap(text, width).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn wraps_at_spaces() {
        assert_eq!(lines("the quick brown fox", 9), ["the quick", "brown fox"]);
        assert_eq!(lines("  lead  and   gaps ", 20), ["lead  and   gaps"]);
        assert!(lines("", 10).is_empty());
    }

    #[test]
    fn long_words_split_between_graphemes() {
        assert_eq!(lines("abcdefgh", 3), ["abc", "def", "gh"]);
        assert_eq!(lines("日本語の文", 4), ["日本", "語の", "文"]);
        assert_eq!(
            lines("e\u{301}e\u{301}e\u{301}", 2),
            ["e\u{301}e\u{301}", "e\u{301}"]
        );
    }

    #[test]
    fn counts_placeholders_and_emoji_as_shown() {
        assert_eq!(str_width("a\u{1b}b"), 3);
        assert_eq!(str_width("x\u{202E}"), 9);
        assert_eq!(str_width("👩‍👩‍👧"), 2);
    }

    proptest::proptest! {
        /// Printable ASCII, wrapped byte by byte, breaks where wrapping
        /// grapheme by grapheme breaks it.
        #[test]
        fn ascii_wraps_as_graphemes_do(text in "[ a-zA-Z.,\"~]{0,200}", width in 1usize..30) {
            proptest::prop_assert_eq!(
                wrap(&text, width),
                wrap_words(&text, width, words_with_offsets(&text))
            );
        }
    }

    #[test]
    fn no_line_is_wider_than_asked() {
        let text = "Київ 日本語 👩‍👩‍👧 naïve e\u{301} tab\there \u{1b}[2J end";
        for width in 2..30 {
            for r in wrap(text, width) {
                assert!(
                    str_width(&text[r.clone()]) <= width,
                    "{width}: {:?}",
                    &text[r]
                );
            }
        }
    }
}
