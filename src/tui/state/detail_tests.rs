use std::path::Path;

use super::*;
use crate::load::parse_text;

const SPELLING: Spelling = Spelling {
    dot: "·",
    pager: Some("o"),
};

fn laid_out(text: &str, query: &str) -> (Briefing, Layout) {
    let b = parse_text(Path::new("b"), "b", text);
    let highlights = crate::query::parse(query).unwrap().highlights();
    let layout = Layout::build(DocId::from_index(0), &b, 40, &highlights, SPELLING);
    (b, layout)
}

/// The text on each line, headers by their field text.
fn shown(b: &Briefing, layout: &Layout) -> Vec<String> {
    let lines = layout.lines.iter().map(|line| match line {
        Line::Header { field, range } => field_text(b, *field, SPELLING)[range.clone()].to_string(),
        Line::Blank => String::new(),
        Line::Body { paragraph, range } => b.paragraphs[*paragraph][range.clone()].to_string(),
    });
    lines.collect()
}

#[test]
fn a_title_that_is_the_first_sentence_shows_once() {
    let (b, layout) = laid_out(
        "date 2022-02-20 Kuleba met Blinken. They spoke of gas.\n\nLater more.",
        "",
    );
    assert_eq!(
        shown(&b, &layout),
        [
            "Kuleba met Blinken.",
            "Sunday, 20 February 2022 · source",
            "unknown",
            "",
            "They spoke of gas.",
            "",
            "Later more.",
        ]
    );
}

#[test]
fn a_shortened_title_shows_its_whole_sentence() {
    let long = "word ".repeat(40);
    let (b, layout) = laid_out(&format!("date 2022-02-20 {long}end. Next one."), "");
    assert!(b.title.ends_with('…'));
    let text = shown(&b, &layout);
    let title_lines = text.iter().take_while(|l| !l.starts_with("Sunday"));
    assert_eq!(
        title_lines.cloned().collect::<Vec<_>>().join(" "),
        format!("{long}end.")
    );
    assert_eq!(text.last().unwrap(), "Next one.");
}

#[test]
fn a_paragraph_that_is_only_the_title_is_not_repeated() {
    let (b, layout) = laid_out("date 2022-02-20 Only this.\n\nThen that.", "");
    assert_eq!(shown(&b, &layout)[3..], ["", "Then that."]);
    let (b, layout) = laid_out("+++\ntitle = \"Other\"\n+++\nOnly this.", "");
    assert_eq!(shown(&b, &layout)[0], "Other");
    assert_eq!(shown(&b, &layout).last().unwrap(), "Only this.");
}

#[test]
fn matches_and_quotes_in_the_title_are_on_its_lines() {
    let (b, layout) = laid_out(
        "date 2022-02-20 “Gas flows stopped today at the border,” a trader said. Gas again.",
        "gas",
    );
    assert!(matches!(title_field(&b), Field::Lead(_)));
    let lines: Vec<usize> = layout.matches.iter().map(|m| m.line).collect();
    assert_eq!(lines[0], 0, "the title's match is on the first line");
    assert!(matches!(
        layout.lines[lines[1]],
        Line::Body { paragraph: 0, .. }
    ));
    assert_eq!(layout.quote_lines, [0]);
}

mod quotes_in_order {
    use proptest::prelude::*;

    use super::*;
    use crate::load::testing::prose_with_quotes;

    proptest! {
        #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

        /// The line each quote starts on, taken from the front of the
        /// quotes paragraph by paragraph, is where looking at every quote
        /// for every paragraph found it.
        #[test]
        fn each_quote_is_on_the_line_it_starts_on(text in prose_with_quotes(), width in 8usize..50) {
            let b = parse_text(Path::new("b"), "b", &text);
            let layout = Layout::build(DocId::from_index(0), &b, width, &[], SPELLING);
            let mut expected = Vec::new();
            for p in 0..b.paragraphs.len() {
                for q in b.quotes.iter().filter(|q| q.paragraph == p) {
                    let line = layout.lines.iter().position(|line| match line {
                        Line::Body { paragraph, range } => {
                            *paragraph == p && range.start <= q.outer.start && q.outer.start < range.end
                        }
                        _ => false,
                    });
                    expected.push(line);
                }
            }
            prop_assert_eq!(layout.quote_lines.len(), b.quotes.len());
            for (got, want) in layout.quote_lines.iter().zip(expected) {
                // A quote in the title's sentence is on the title's lines.
                if let Some(want) = want {
                    prop_assert_eq!(*got, want);
                }
            }
        }
    }
}

#[test]
fn the_cut_line_names_the_pager_key_bound_or_none() {
    let mut b = parse_text(Path::new("b"), "b", "date 2022-02-20 Talks ended.");
    b.cut = Some(crate::model::Cut {
        file: 9_000_000,
        limit: 8_000_000,
    });
    let text = |pager| field_text(&b, Field::Cut, Spelling { dot: "·", pager }).into_owned();
    assert!(
        text(Some("O")).contains(": O opens it all in $PAGER"),
        "{}",
        text(Some("O"))
    );
    assert!(!text(None).contains("$PAGER"), "{}", text(None));
    assert!(
        text(None).contains("cut at show_limit = 8 MB"),
        "{}",
        text(None)
    );
}
