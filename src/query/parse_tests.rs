//! Tests of the query parser: each term, and errors that point at their column.

use super::*;
use crate::query::date::Unit;

fn terms(q: &str) -> Vec<(bool, Term)> {
    parse(q)
        .unwrap()
        .clauses
        .into_iter()
        .map(|c| (c.negated, c.term))
        .collect()
}

fn error(q: &str) -> (Range<usize>, String) {
    let e = parse(q).unwrap_err();
    (e.span, e.message)
}

#[test]
fn empty_query_has_no_clauses() {
    assert!(parse("").unwrap().is_empty());
    assert!(parse("   ").unwrap().is_empty());
}

#[test]
fn words_are_folded_prefixes_and_phrases_are_exact() {
    assert_eq!(terms("Borrell"), [(false, Term::Prefix("borrell".into()))]);
    assert_eq!(
        terms("\"Security Situation\""),
        [(
            false,
            Term::Phrase(vec!["security".into(), "situation".into()])
        )]
    );
    assert_eq!(
        terms("\"nato\""),
        [(false, Term::Phrase(vec!["nato".into()]))]
    );
    assert_eq!(
        terms("de-escalation"),
        [(false, Term::Phrase(vec!["de".into(), "escalation".into()]))]
    );
}

#[test]
fn a_tilde_makes_a_word_fuzzy() {
    let fuzzy = |word: &str, distance| Term::Fuzzy {
        word: word.into(),
        distance,
    };
    assert_eq!(terms("Zelenksy~"), [(false, fuzzy("zelenksy", 1))]);
    assert_eq!(terms("zelenksy~1"), [(false, fuzzy("zelenksy", 1))]);
    assert_eq!(
        terms("gas -zelenksy~2"),
        [
            (false, Term::Prefix("gas".into())),
            (true, fuzzy("zelenksy", 2))
        ]
    );
    assert_eq!(
        terms("a~b"),
        [(false, Term::Phrase(vec!["a".into(), "b".into()]))]
    );
}

#[test]
fn fuzzy_distances_other_than_1_and_2_point_at_the_term() {
    for q in ["gas zelensky~0", "gas zelensky~3", "gas zelensky~12"] {
        let e = parse(q).unwrap_err();
        assert_eq!((e.span, e.column), (4..q.len(), 5), "{q}");
        assert!(e.message.contains("1 or 2"), "{}", e.message);
    }
    let (span, message) = error("de-escalation~");
    assert_eq!(span, 0..14);
    assert!(message.contains("one word"), "{message}");
    assert!(parse("~").is_err() && parse("~2").is_err());
}

#[test]
fn fields() {
    assert_eq!(
        terms("tag:NATO #eu tag:nato,eu"),
        [
            (false, Term::Tags(vec!["nato".into()])),
            (false, Term::Tags(vec!["eu".into()])),
            (false, Term::Tags(vec!["nato".into(), "eu".into()])),
        ]
    );
    assert_eq!(
        terms("source:Reuters"),
        [(false, Term::Source("reuters".into()))]
    );
    assert_eq!(
        terms("source:\"Kyiv Wire\""),
        [(false, Term::Source("kyiv wire".into()))]
    );
    assert_eq!(
        terms("priority:high"),
        [(false, Term::Priority(vec![Priority::High]))]
    );
    assert_eq!(terms("has:quote"), [(false, Term::Has(Feature::Quote))]);
    assert_eq!(terms("id:000_6EAF"), [(false, Term::Id("000_6eaf".into()))]);
    assert_eq!(
        terms("since:7d"),
        [(
            false,
            Term::Since(DateSpec::Ago {
                count: 7,
                unit: Unit::Days
            })
        )]
    );
    assert_eq!(
        terms("until:2022-02-01"),
        [(false, Term::Until(DateSpec::parse("2022-02-01").unwrap()))]
    );
    assert_eq!(
        terms("date:2022-01"),
        [(
            false,
            Term::On(DateSpec::Month {
                year: 2022,
                month: 1
            })
        )]
    );
}

#[test]
fn negation_applies_to_any_term() {
    assert_eq!(
        terms("-tag:x -word -\"a b\""),
        [
            (true, Term::Tags(vec!["x".into()])),
            (true, Term::Prefix("word".into())),
            (true, Term::Phrase(vec!["a".into(), "b".into()])),
        ]
    );
}

#[test]
fn clause_spans_cover_their_text() {
    let q = parse("nato  -since:2022-01-01").unwrap();
    assert_eq!(q.clauses[0].span, 0..4);
    assert_eq!(q.clauses[1].span, 6..23);
}

#[test]
fn errors_point_at_the_offending_term() {
    let (span, msg) = error("nato since:2022-99-99 eu");
    assert_eq!(span, 5..21);
    assert!(msg.contains("2022-99-99"), "{msg}");
    assert_eq!(error("a \"unclosed phrase").0, 2..18);
    assert!(error("a \"unclosed").1.contains("unclosed quote"));
    assert_eq!(error("x - y").0, 2..3);
    assert!(error("colour:red").1.contains("unknown field `colour:`"));
    assert!(error("tag:").1.contains("needs a value"));
    assert!(error("tag:a,,b").1.contains("empty tag"));
    assert!(error("priority:urgent").1.contains("urgent"));
    assert!(error("has:wings").1.contains("has:quote"));
    assert!(error("—").1.contains("no letters"));
}

#[test]
fn error_columns_count_characters_and_carets_count_columns() {
    let e = parse("Київ since:2022-99-99").unwrap_err();
    assert_eq!(e.column, 6);
    assert_eq!(
        e.pointed("Київ since:2022-99-99"),
        "Київ since:2022-99-99\n     ^^^^^^^^^^^^^^^^"
    );
    let wide = "日本 bogus:x";
    assert_eq!(
        parse(wide).unwrap_err().pointed(wide),
        "日本 bogus:x\n     ^^^^^^^"
    );
}

#[test]
fn colons_in_plain_text_are_not_fields() {
    assert_eq!(
        terms("10:30"),
        [(false, Term::Phrase(vec!["10".into(), "30".into()]))]
    );
}

#[test]
fn marks_terms() {
    use crate::query::Mark;
    assert_eq!(
        terms("is:unread IS:Read is:bookmarked is:bookmark -is:new has:note"),
        [
            (false, Term::Is(Mark::Unread)),
            (false, Term::Is(Mark::Read)),
            (false, Term::Is(Mark::Bookmarked)),
            (false, Term::Is(Mark::Bookmarked)),
            (true, Term::Is(Mark::New)),
            (false, Term::Has(Feature::Note)),
        ]
    );
    let (span, message) = error("nato is:starred");
    assert_eq!(span, 5..15);
    assert!(
        message.contains("is:unread, is:read, is:bookmarked or is:new"),
        "{message}"
    );
    let (span, message) = error("is:");
    assert_eq!((span, message.as_str()), (0..3, "`is:` needs a value"));
    assert!(error("has:notes2").1.contains("has:note"));
    assert!(parse("is:new").unwrap().uses_marks());
    assert!(parse("-has:note").unwrap().uses_marks());
    assert!(!parse("has:quote nato").unwrap().uses_marks());
}
