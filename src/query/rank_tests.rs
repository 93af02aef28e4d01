//! Tests of relevance: what scores, what only filters, and how ties fall.

use std::path::Path;

use chrono::NaiveDate;

use super::*;
use crate::load::{Loaded, parse_text};
use crate::query::{evaluate, parse};

fn store(docs: &[(&str, &str)]) -> Store {
    let briefings = docs
        .iter()
        .map(|(id, text)| parse_text(Path::new(id), id, text))
        .collect();
    crate::library::build(Loaded::of(briefings, Vec::new()))
}

fn ranked(store: &Store, q: &str) -> Vec<String> {
    let query = parse(q).unwrap();
    let today = NaiveDate::from_ymd_opt(2022, 3, 1).unwrap();
    let docs = evaluate(store, &query, today);
    by_relevance(store, &query, &docs)
        .into_iter()
        .map(|d| store.id(d).to_string())
        .collect()
}

const PADDING: &str = "Officials met in the capital on Monday to review the week \
    and agreed to meet again after the holidays with their advisers.";

fn archive() -> Store {
    store(&[
        (
            "once-long",
            &format!("date 2022-02-20 The pipeline was mentioned. {PADDING} {PADDING}"),
        ),
        (
            "often-short",
            "date 2022-01-05 Pipeline, pipeline, pipeline: the pipeline leaks.",
        ),
        (
            "none",
            &format!("date 2022-02-25 Nothing to see. {PADDING}"),
        ),
        (
            "twin-new",
            "+++\ndate = 2022-02-10\ntags = [\"energy\"]\n+++\nThe pipeline stopped.",
        ),
        ("twin-old", "date 2022-02-01 The pipeline stopped."),
    ])
}

#[test]
fn many_mentions_in_a_short_text_come_first_and_equal_scores_newest_first() {
    let store = archive();
    assert_eq!(
        ranked(&store, "pipeline"),
        ["often-short", "twin-new", "twin-old", "once-long"]
    );
    let query = parse("pipeline").unwrap();
    let scores = scores(&store, &query, &store.all());
    let score = |id: &str| scores[store.find_id(id).unwrap().index()];
    assert_eq!(score("twin-new"), score("twin-old"), "a tie");
}

#[test]
fn without_words_to_score_the_order_is_newest_first() {
    let store = archive();
    for q in ["", "tag:energy", "-pipeline", "since:2022-01-01"] {
        assert!(!scores_anything(&parse(q).unwrap()), "{q}");
    }
    assert_eq!(
        ranked(&store, "since:2022-01-01"),
        ["none", "once-long", "twin-new", "twin-old", "often-short"]
    );
}

#[test]
fn fields_and_negated_words_filter_but_do_not_score() {
    let store = archive();
    assert_eq!(
        ranked(&store, "pipeline -leaks since:2022-01-01"),
        ["twin-new", "twin-old", "once-long"]
    );
    let query = parse("pipeline tag:energy").unwrap();
    let docs = evaluate(&store, &query, NaiveDate::MAX);
    let alone = scores(&store, &parse("pipeline").unwrap(), &docs);
    assert_eq!(scores(&store, &query, &docs), alone);
    assert!(alone.iter().filter(|&&s| s > 0.0).count() == 1);
}

#[test]
fn a_prefix_counts_every_word_it_starts_and_a_phrase_sums_its_words() {
    let store = store(&[
        (
            "one-form",
            "date 2022-02-01 Sanctions were discussed today.",
        ),
        ("two-forms", "date 2022-01-01 Sanctions sanctioned today."),
        ("phrase", "date 2021-12-01 Sanctions today, sanctions then."),
    ]);
    assert_eq!(
        ranked(&store, "sanction"),
        ["two-forms", "phrase", "one-form"]
    );
    let query = parse("\"sanctions today\"").unwrap();
    let docs = evaluate(&store, &query, NaiveDate::MAX);
    let both = scores(&store, &query, &docs);
    let words = |q: &str| scores(&store, &parse(q).unwrap(), &docs);
    let (sanctions, today) = (words("\"sanctions\""), words("\"today\""));
    for i in 0..3 {
        assert!((both[i] - (sanctions[i] + today[i])).abs() < 1e-6);
    }
}
