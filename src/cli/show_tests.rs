use std::path::Path;

use proptest::prelude::*;

use super::*;
use crate::load::parse_text;
use crate::load::testing::prose_with_quotes;

/// What marking looked like when every quote was looked at for every
/// paragraph.
fn marked_by_scanning(b: &Briefing, paragraph: usize, text: &str, from: usize) -> String {
    let mut marked = String::new();
    let mut at = from;
    for (n, q) in b.quotes.iter().enumerate() {
        let (p, end) = q.end();
        if p == paragraph && end > from {
            marked.push_str(&text[at..end]);
            marked.push_str(&format!("[{}]", n + 1));
            at = end;
        }
    }
    marked.push_str(&text[at..]);
    marked
}

#[test]
fn a_quote_over_two_paragraphs_is_numbered_after_the_second() {
    let b = parse_text(
        Path::new("b"),
        "b",
        "date 2022-02-20 Title here.\n\n“We will not pay,” she said. “Two came\n\n“and three,” he said.",
    );
    assert_eq!(b.quotes.len(), 2);
    let first = "“We will not pay,”[1] she said. “Two came";
    assert_eq!(mark_quotes(&b, 1, &b.paragraphs[1], 0), first);
    assert_eq!(
        mark_quotes(&b, 2, &b.paragraphs[2], 0),
        "“and three,”[2] he said."
    );
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn quotes_are_marked_where_scanning_every_quote_marked_them(text in prose_with_quotes()) {
        let b = parse_text(Path::new("b"), "b", &text);
        for (p, paragraph) in b.paragraphs.iter().enumerate() {
            for from in [0, paragraph.len() / 2, paragraph.len()] {
                if paragraph.is_char_boundary(from) {
                    prop_assert_eq!(
                        mark_quotes(&b, p, paragraph, from),
                        marked_by_scanning(&b, p, paragraph, from)
                    );
                }
            }
        }
    }
}
