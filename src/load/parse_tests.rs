//! Tests of parsing both formats: headers, titles, sources, quotes.

use super::*;
use crate::model::Severity;

fn parse_str(text: &str) -> Briefing {
    parse(Path::new("b.txt"), "b".into(), text)
}

#[test]
fn plain_header_and_paragraphs() {
    let b = parse_str(
        " date 2022-01-10 First line of the lead.\nStill the lead.\n\nAs reported by Censor.NET.\n\n\n\nLast paragraph.",
    );
    assert_eq!(b.date, NaiveDate::from_ymd_opt(2022, 1, 10));
    assert_eq!(
        b.paragraphs,
        [
            "First line of the lead. Still the lead.",
            "As reported by Censor.NET.",
            "Last paragraph."
        ]
    );
    assert_eq!(b.title, "First line of the lead.");
    assert_eq!(b.source.as_deref(), Some("Censor.NET"));
    assert!(b.diagnostics.is_empty());
}

#[test]
fn crlf_and_no_final_newline() {
    let b = parse_str("date 2022-02-01 One.\r\n\r\nTwo\r\nthree");
    assert_eq!(b.paragraphs, ["One.", "Two three"]);
}

#[test]
fn header_may_stand_alone_and_be_capitalised() {
    let b = parse_str("\n\nDate 2022-02-01\nBody text.");
    assert_eq!(b.date, NaiveDate::from_ymd_opt(2022, 2, 1));
    assert_eq!(b.paragraphs, ["Body text."]);
}

#[test]
fn missing_header_is_a_warning_and_keeps_all_text() {
    let b = parse_str("Dates are sweet. More.");
    assert_eq!(b.date, None);
    assert_eq!(b.paragraphs, ["Dates are sweet. More."]);
    assert_eq!(b.diagnostics[0].severity, Severity::Warning);
    assert!(b.diagnostics[0].message.contains("no `date"));
}

#[test]
fn impossible_date_is_a_warning_at_the_date() {
    let b = parse_str("date 2022-13-45 Text here.");
    assert_eq!(b.date, None);
    assert_eq!(b.paragraphs, ["Text here."]);
    let d = &b.diagnostics[0];
    assert_eq!((d.line, d.col, d.severity), (1, 6, Severity::Warning));
    assert!(d.message.contains("2022-13-45"));
}

#[test]
fn title_is_cut_at_a_word_with_an_ellipsis() {
    let long = "word ".repeat(60);
    let b = parse_str(&format!("date 2022-01-01 {long}"));
    assert!(b.title.ends_with("word…"), "{}", b.title);
    assert!(b.title.chars().count() <= 121);
}

#[test]
fn empty_file_is_titled_by_its_id() {
    let b = parse_str("");
    assert_eq!(b.title, "b");
    assert!(b.paragraphs.is_empty());
}

#[test]
fn source_needs_the_whole_paragraph() {
    let b =
        parse_str("date 2022-01-01 As reported, on Monday it rained.\n\nAs reported by Kyiv Wire.");
    assert_eq!(b.source.as_deref(), Some("Kyiv Wire"));
    let b = parse_str("date 2022-01-01 Nothing.\n\nAs reported, on Monday.");
    assert_eq!(b.source, None);
    let b = parse_str("date 2022-01-01 X.\n\nAs reported by Reuters, officials met. Then more.");
    assert_eq!(
        b.source, None,
        "a sentence that goes on is not a source line"
    );
}

#[test]
fn curated_briefing_uses_front_matter() {
    let b = parse_str(
        "+++\ntitle = \"EU and US talk\"\ndate = 2022-01-10\nsource = \"Censor.NET\"\nurl = \"https://example.org/x\"\ntags = [\"EU\", \"nato\"]\npriority = \"high\"\nsummary = \"Short.\"\n+++\nBody “with a real quote” here.\n",
    );
    assert_eq!(b.title, "EU and US talk");
    assert_eq!(b.date, NaiveDate::from_ymd_opt(2022, 1, 10));
    assert_eq!(b.priority, Priority::High);
    assert_eq!(b.tag_names().collect::<Vec<_>>(), ["eu", "nato"]);
    assert_eq!(b.url.as_deref(), Some("https://example.org/x"));
    assert_eq!(b.summary.as_deref(), Some("Short."));
    assert_eq!(b.quotes.len(), 1);
    assert!(b.diagnostics.is_empty(), "{:?}", b.diagnostics);
}
