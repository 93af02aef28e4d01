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

fn any(alternatives: Vec<Vec<(bool, Term)>>) -> Term {
    Term::Any(
        alternatives
            .into_iter()
            .map(|clauses| Query {
                clauses: clauses
                    .into_iter()
                    .map(|(negated, term)| Clause {
                        negated,
                        term,
                        span: 0..0,
                    })
                    .collect(),
            })
            .collect(),
    )
}

/// The query's shape with every span blanked, for comparing.
fn shape(q: &str) -> Vec<(bool, Term)> {
    fn blank(query: Query) -> Vec<(bool, Term)> {
        (query.clauses.into_iter())
            .map(|c| {
                let term = match c.term {
                    Term::Any(alternatives) => any(alternatives.into_iter().map(blank).collect()),
                    term => term,
                };
                (c.negated, term)
            })
            .collect()
    }
    blank(parse(q).unwrap())
}

fn word(w: &str) -> (bool, Term) {
    (false, Term::Prefix(w.into()))
}

#[test]
fn or_joins_alternatives_and_and_binds_tighter() {
    assert_eq!(
        shape("oil OR gas"),
        [(false, any(vec![vec![word("oil")], vec![word("gas")]]))]
    );
    assert_eq!(
        shape("oil gas OR coal AND kyiv"),
        [(
            false,
            any(vec![
                vec![word("oil"), word("gas")],
                vec![word("coal"), word("kyiv")]
            ])
        )]
    );
    assert_eq!(shape("oil AND gas"), [word("oil"), word("gas")]);
    assert_eq!(
        shape("or and"),
        [word("or"), word("and")],
        "lower case is a word"
    );
}

#[test]
fn brackets_group_and_a_dash_negates_the_group() {
    let tag = |t: &str| (false, Term::Tags(vec![t.into()]));
    assert_eq!(
        shape("(oil OR gas) tag:energy"),
        [
            (false, any(vec![vec![word("oil")], vec![word("gas")]])),
            tag("energy")
        ]
    );
    assert_eq!(
        shape("-(oil OR gas)"),
        [(true, any(vec![vec![word("oil")], vec![word("gas")]]))]
    );
    assert_eq!(
        shape("((a OR b) c)"),
        [(
            false,
            any(vec![vec![
                (false, any(vec![vec![word("a")], vec![word("b")]])),
                word("c")
            ]])
        )]
    );
    assert_eq!(
        shape("(tag:energy)"),
        [(false, any(vec![vec![tag("energy")]]))]
    );
    let spans: Vec<_> = parse("x -(a OR b) y")
        .unwrap()
        .clauses
        .iter()
        .map(|c| c.span.clone())
        .collect();
    assert_eq!(spans, [0..1, 2..11, 12..13]);
}

#[test]
fn a_bad_bracket_or_operator_points_at_its_column() {
    assert_eq!(
        error("(oil OR gas"),
        (0..11, "unclosed `(`: add a closing `)`".into())
    );
    assert_eq!(error("oil) gas"), (3..4, "`)` closes no `(`".into()));
    let needs = |w: &str| format!("`{w}` needs a term on each side, as in oil {w} gas");
    assert_eq!(error("OR gas"), (0..2, needs("OR")));
    assert_eq!(error("oil OR"), (4..6, needs("OR")));
    assert_eq!(error("oil OR OR gas"), (7..9, needs("OR")));
    assert_eq!(error("oil AND"), (4..7, needs("AND")));
    assert_eq!(error("(oil OR)"), (5..7, needs("OR")));
    assert_eq!(
        error("x ()"),
        (
            2..4,
            "empty brackets: put terms inside, as in (oil OR gas)".into()
        )
    );
    let e = parse("кий (oil OR").unwrap_err();
    assert_eq!(e.column, 5, "columns count characters");
    let deep = format!("{}a{}", "(".repeat(40), ")".repeat(40));
    assert!(error(&deep).1.contains("nested deeper"));
}

#[test]
fn quote_takes_a_prefix_or_a_phrase() {
    let prefix = |p: &str| Term::InQuote(Wording::Prefix(p.into()));
    let phrase =
        |w: &[&str]| Term::InQuote(Wording::Phrase(w.iter().map(|w| w.to_string()).collect()));
    assert_eq!(terms("quote:Price"), [(false, prefix("price"))]);
    assert_eq!(terms("QUOTE:price"), [(false, prefix("price"))]);
    assert_eq!(
        terms("quote:\"Oil prices\" -quote:de-escalation"),
        [
            (false, phrase(&["oil", "prices"])),
            (true, phrase(&["de", "escalation"]))
        ]
    );
    assert_eq!(
        terms("quote:\"nato\""),
        [(false, phrase(&["nato"]))],
        "a quoted word is whole"
    );
    assert_eq!(terms("speaker:nazer quote:price").len(), 2);
    assert_eq!(
        error("oil quote:"),
        (4..10, "`quote:` needs a value".into())
    );
    assert_eq!(error("quote:\"!!\"").0, 0..10);
}
