//! Tests of front matter: fences, types, unknown keys and their diagnostics.

use super::*;
use crate::load::parse::parse;
use crate::model::{Briefing, Severity};
use chrono::NaiveDate;

fn parse_str(text: &str) -> Briefing {
    parse(Path::new("c.md"), "c".into(), text)
}

fn positions(b: &Briefing) -> Vec<(u32, u32, Severity)> {
    b.diagnostics
        .iter()
        .map(|d| (d.line, d.col, d.severity))
        .collect()
}

#[test]
fn fences_tolerate_bom_crlf_and_trailing_spaces() {
    for text in [
        "+++\r\ntitle = \"T\"\r\ndate = 2022-01-01\r\n+++\r\nBody.",
        "+++   \ntitle = \"T\"\ndate = 2022-01-01\n+++\t\nBody.",
    ] {
        let b = parse_str(text);
        assert_eq!(b.title, "T");
        assert_eq!(b.paragraphs, ["Body."]);
        assert!(b.diagnostics.is_empty(), "{:?}", b.diagnostics);
    }
}

#[test]
fn four_pluses_are_not_a_fence() {
    let b = parse_str("++++\ntitle = \"T\"\n++++\nBody.");
    assert_eq!(b.paragraphs.len(), 1);
    assert_eq!(b.date, None);
}

#[test]
fn later_fences_belong_to_the_body() {
    let b = parse_str("+++\ntitle = \"T\"\ndate = 2022-01-01\n+++\nBody.\n\n+++\n\nMore.");
    assert_eq!(b.paragraphs, ["Body.", "+++", "More."]);
}

#[test]
fn unterminated_front_matter_is_an_error_and_keeps_everything() {
    let b = parse_str("\n+++\ntitle = \"T\"\nBody text.");
    assert_eq!(positions(&b), [(2, 1, Severity::Error)]);
    assert_eq!(b.paragraphs, ["title = \"T\" Body text."]);
}

#[test]
fn broken_toml_names_its_position_and_keeps_the_body() {
    let b = parse_str("+++\ntitle = \"T\"\ndate = 2022-01-01\nsource = \n+++\nBody text.");
    let errors: Vec<_> = positions(&b)
        .into_iter()
        .filter(|p| p.2 == Severity::Error)
        .collect();
    assert_eq!(errors[0].0, 4, "{:?}", b.diagnostics);
    assert_eq!(b.paragraphs, ["Body text."]);
    assert_eq!(b.title, "T");
}

#[test]
fn wrongly_typed_fields_are_errors_at_the_value() {
    let b = parse_str("+++\ntitle = 42\ndate = \"soon\"\ntags = \"nato\"\n+++\nBody.");
    assert_eq!(
        positions(&b),
        [
            (2, 9, Severity::Error),
            (3, 8, Severity::Error),
            (4, 8, Severity::Error),
        ]
    );
    assert_eq!(b.title, "Body.");
}

#[test]
fn missing_title_and_date_are_warnings() {
    let b = parse_str("+++\nsource = \"S\"\n+++\nFirst sentence. Second.");
    assert_eq!(
        positions(&b),
        [(1, 1, Severity::Warning), (1, 1, Severity::Warning)]
    );
    assert_eq!(b.title, "First sentence.");
}

#[test]
fn unknown_keys_are_kept_and_warned() {
    let b = parse_str(
        "+++\ntitle = \"T\"\ndate = 2022-01-01\nanalyst = \"O. K.\"\nconfidence = 0.7\nlevels = [1, 2]\n+++\n",
    );
    assert_eq!(b.extra.len(), 3);
    assert_eq!(b.extra[0].key, "analyst");
    assert_eq!(b.extra[1].value, serde_json::json!(0.7));
    assert_eq!(b.extra[2].value, serde_json::json!([1, 2]));
    assert_eq!(positions(&b).len(), 3);
}

#[test]
fn string_date_is_accepted_with_a_warning_and_bad_priority_defaults() {
    let b = parse_str("+++\ntitle = \"T\"\ndate = \"2022-03-04\"\npriority = \"urgent\"\n+++\n");
    assert_eq!(b.date, NaiveDate::from_ymd_opt(2022, 3, 4));
    assert_eq!(b.priority, Priority::Normal);
    assert_eq!(
        positions(&b),
        [(3, 8, Severity::Warning), (4, 12, Severity::Warning)]
    );
}

#[test]
fn deep_nesting_is_an_error_not_a_stack_overflow() {
    let text = format!("+++\nx = {}\n+++\nBody.", "[".repeat(10_000));
    let b = parse_str(&text);
    assert!(b.diagnostics.iter().any(|d| d.severity == Severity::Error));
    assert_eq!(b.paragraphs, ["Body."]);
}

#[test]
fn long_dash_value_parses_or_errors_quickly() {
    let text = format!("+++\na={}\n+++\nBody.", "-".repeat(8_100));
    let b = parse_str(&text);
    assert_eq!(b.paragraphs, ["Body."]);
    assert!(b.diagnostics.iter().any(|d| d.severity == Severity::Error));
}
