//! Quotation marks within one paragraph, and who the quote is attributed to.

use std::ops::Range;

use super::attribution::attribution;
use crate::model::Quote;
use crate::text::words;

const MIN_WORDS: usize = 3;

pub fn find_quotes(paragraph: usize, text: &str) -> Vec<Quote> {
    let mut quotes = Vec::new();
    // Once a mark has no closer after some point it has none after any later
    // point either; remembering that keeps hostile paragraphs linear.
    let mut unclosed: Vec<char> = Vec::new();
    let mut i = 0;
    while let Some((open, mark)) = next_opener(text, i) {
        let inner_start = open + mark.len_utf8();
        let close = match unclosed.contains(&mark) {
            true => None,
            false => find_closer(text, inner_start, mark),
        };
        let Some(close) = close else {
            unclosed.push(mark);
            i = inner_start;
            continue;
        };
        let outer = open..close + closer_of(mark).len_utf8();
        let span = trim_span(text, inner_start..close);
        if words::count(&text[span.clone()]) >= MIN_WORDS {
            quotes.push(Quote {
                paragraph,
                attribution: attribution(text, outer.clone()),
                span,
                outer: outer.clone(),
            });
        }
        i = outer.end;
    }
    quotes
}

fn closer_of(open: char) -> char {
    match open {
        '“' => '”',
        '«' => '»',
        _ => '"',
    }
}

fn next_opener(text: &str, from: usize) -> Option<(usize, char)> {
    text[from..].char_indices().find_map(|(j, c)| {
        let at = from + j;
        let opens = match c {
            '“' | '«' => true,
            '"' => straight_can_open(text, at),
            _ => false,
        };
        opens.then_some((at, c))
    })
}

/// A straight mark opens at the start or after a space or opening punctuation,
/// and only when a word follows it.
fn straight_can_open(text: &str, at: usize) -> bool {
    let before = text[..at].chars().next_back();
    let after = text[at + 1..].chars().next();
    let left_ok = before.is_none_or(|c| c.is_whitespace() || "([{—–-/:“«'‘".contains(c));
    left_ok && after.is_some_and(|c| !c.is_whitespace())
}

fn find_closer(text: &str, from: usize, open: char) -> Option<usize> {
    if open != '"' {
        return text[from..].find(closer_of(open)).map(|j| from + j);
    }
    text[from..]
        .match_indices('"')
        .map(|(j, _)| from + j)
        .find(|&at| {
            text[..at]
                .chars()
                .next_back()
                .is_some_and(|p| !p.is_whitespace())
        })
}

/// The quoted words without surrounding spaces or the trailing comma that
/// English style puts inside the marks.
fn trim_span(text: &str, span: Range<usize>) -> Range<usize> {
    let inner = &text[span.clone()];
    let start = span.start + (inner.len() - inner.trim_start().len());
    let trimmed = inner
        .trim_start()
        .trim_end_matches(|c: char| c.is_whitespace() || c == ',');
    start..start + trimmed.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(p: &str) -> Vec<String> {
        find_quotes(0, p)
            .iter()
            .map(|q| p[q.span.clone()].to_string())
            .collect()
    }

    #[test]
    fn finds_all_three_styles() {
        assert_eq!(
            texts("He said “we will stay here” today."),
            ["we will stay here"]
        );
        assert_eq!(
            texts("Він сказав «ми залишимося тут назавжди»."),
            ["ми залишимося тут назавжди"]
        );
        assert_eq!(
            texts(r#"She wrote "the talks are over," adding more."#),
            ["the talks are over"]
        );
        assert_eq!(
            texts(r#"He said:"we will not retreat now""#),
            ["we will not retreat now"]
        );
    }

    #[test]
    fn apostrophes_never_open_a_quote() {
        assert!(
            texts("Russia's build-up and Ukraine’s reply, it's 'not a quote at all' here")
                .is_empty()
        );
        assert_eq!(
            texts("“NATO's door is open to all,” he said"),
            ["NATO's door is open to all"]
        );
    }

    #[test]
    fn unclosed_marks_are_plain_text() {
        assert!(texts("“this never closes at all").is_empty());
        assert!(texts(r#"a 5" pipe and then "an open end"#).is_empty());
        assert_eq!(
            texts("« unclosed then “three words here” ok"),
            ["three words here"]
        );
    }

    #[test]
    fn short_scare_quotes_are_not_quotes() {
        assert!(texts(r#"the so-called "peacekeepers" arrived"#).is_empty());
        assert!(texts("two “words only” here").is_empty());
    }

    #[test]
    fn nested_marks_belong_to_the_outer_quote() {
        assert_eq!(
            texts("«He called it “a grave mistake” in public», she said."),
            ["He called it “a grave mistake” in public"]
        );
    }

    #[test]
    fn several_straight_quotes_pair_in_order() {
        assert_eq!(
            texts(r#""one two three," he said, "four five six.""#),
            ["one two three", "four five six."]
        );
    }

    #[test]
    fn many_unclosed_marks_stay_linear() {
        let hostile = "“ « \"x ".repeat(200_000);
        assert!(texts(&hostile).is_empty());
    }

    #[test]
    fn spans_cover_the_marks() {
        let p = "x “a b c” y";
        let q = &find_quotes(3, p)[0];
        assert_eq!(&p[q.outer.clone()], "“a b c”");
        assert_eq!(q.paragraph, 3);
    }
}
