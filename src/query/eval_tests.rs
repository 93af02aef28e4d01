//! Tests of query evaluation against a small store.

use std::path::Path;

use super::*;
use crate::load::{Loaded, TagRule, parse_text};
use crate::query::parse;

fn store() -> Store {
    let docs = [
        (
            "a",
            "date 2022-01-10 Borrell and Blinken discussed the security situation.\n\nAs reported by Censor.NET.\n\n“We will not accept this at all,” Borrell said.",
        ),
        (
            "b",
            "+++\ntitle = \"Gas transit talks\"\ndate = 2022-01-20\nsource = \"Kyiv Wire\"\nurl = \"https://example.org/b\"\ntags = [\"energy\", \"eu\"]\npriority = \"high\"\nsummary = \"Naftogaz and the de-escalation plan.\"\n+++\nThe Nord Stream 2 pipeline is idle.",
        ),
        (
            "c",
            "date 2022-02-03 Kuleba visited NATO headquarters in Brussels.\n\nAs reported by Reuters.",
        ),
        ("d", "No header. Security of the grid is discussed."),
        (
            "e",
            "date 2021-12-31 Situation security review by the Reuters desk.\n\nAs reported by Reuters Kyiv.",
        ),
    ];
    let briefings = docs
        .iter()
        .map(|(id, text)| parse_text(Path::new(id), id, text))
        .collect();
    let rules = vec![TagRule {
        tag: "nato".into(),
        phrases: vec![vec!["nato".into(), "headquarters".into()]],
    }];
    crate::library::build(Loaded::of(briefings, rules))
}

fn ids(q: &str) -> Vec<String> {
    let s = store();
    let today = NaiveDate::from_ymd_opt(2022, 2, 5).unwrap();
    let set = evaluate(&s, &parse(q).unwrap(), today);
    set.iter().map(|d| s.whole(d).unwrap().id.clone()).collect()
}

#[test]
fn store_order_is_newest_first_undated_last() {
    assert_eq!(ids(""), ["c", "b", "a", "e", "d"]);
}

#[test]
fn words_are_counted_in_the_body_only() {
    let s = store();
    let words = |id: &str| s.whole(s.find_id(id).unwrap()).unwrap().words;
    assert_eq!(words("c"), 10);
    assert_eq!(words("b"), 7, "title and summary are not body");
}

#[test]
fn prefix_words_match_any_field() {
    assert_eq!(ids("borr"), ["a"]);
    assert_eq!(ids("SECURITY"), ["a", "e", "d"]);
    assert_eq!(ids("naftogaz"), ["b"]);
    assert_eq!(ids("zzz"), Vec::<String>::new());
}

#[test]
fn fuzzy_words_are_whole_words_within_the_distance() {
    assert_eq!(ids("borell~"), ["a"], "a letter dropped");
    assert_eq!(ids("Kulbea~"), ["c"], "two letters swapped");
    assert_eq!(ids("kuleba~"), ["c"]);
    assert_eq!(ids("kul~"), Vec::<String>::new(), "not a prefix");
    assert_eq!(ids("secrity~"), ["a", "e", "d"]);
    assert_eq!(ids("scurty~"), Vec::<String>::new());
    assert_eq!(ids("scurty~2"), ["a", "e", "d"]);
    assert_eq!(ids("security -situaton~"), ["d"]);
}

#[test]
fn phrases_need_adjacent_words_in_order() {
    assert_eq!(ids("\"security situation\""), ["a"]);
    assert_eq!(ids("\"situation security\""), ["e"]);
    assert_eq!(ids("de-escalation"), ["b"]);
    assert_eq!(ids("\"nord stream 2\""), ["b"]);
    assert_eq!(ids("\"censor.net borrell\""), Vec::<String>::new());
}

#[test]
fn tags_curated_and_from_rules() {
    assert_eq!(ids("tag:energy"), ["b"]);
    assert_eq!(ids("#nato"), ["c"]);
    assert_eq!(ids("tag:nato,eu"), ["c", "b"]);
    assert_eq!(
        s_tags("c"),
        [("nato".to_string(), crate::model::TagOrigin::Rule)]
    );
}

fn s_tags(id: &str) -> Vec<(String, crate::model::TagOrigin)> {
    let s = store();
    let d = s.find_id(id).unwrap();
    s.whole(d)
        .unwrap()
        .tags
        .iter()
        .map(|t| (t.name.clone(), t.origin))
        .collect()
}

#[test]
fn source_priority_has_and_id() {
    assert_eq!(ids("source:reuters"), ["c", "e"]);
    assert_eq!(ids("source:\"reuters k\""), ["e"]);
    assert_eq!(ids("source:CENSOR"), ["a"]);
    assert_eq!(ids("priority:high"), ["b"]);
    assert_eq!(ids("priority:normal"), ["c", "a", "e", "d"]);
    assert_eq!(ids("has:quote"), ["a"]);
    assert_eq!(ids("has:url"), ["b"]);
    assert_eq!(ids("has:summary"), ["b"]);
    assert_eq!(ids("id:A"), ["a"]);
}

#[test]
fn date_ranges_are_inclusive() {
    assert_eq!(ids("since:2022-01-10"), ["c", "b", "a"]);
    assert_eq!(ids("until:2022-01-20"), ["b", "a", "e"]);
    assert_eq!(ids("since:2022-01-10 until:2022-01-20"), ["b", "a"]);
    assert_eq!(ids("date:2022-01"), ["b", "a"]);
    assert_eq!(ids("date:2022-02-03"), ["c"]);
    assert_eq!(ids("date:2021"), ["e"]);
}

#[test]
fn relative_dates_count_back_from_today() {
    assert_eq!(ids("since:7d"), ["c"]);
    assert_eq!(ids("since:1m"), ["c", "b", "a"]);
    assert_eq!(ids("until:1y"), Vec::<String>::new());
    assert_eq!(ids("date:today"), Vec::<String>::new());
}

#[test]
fn negation_and_conjunction() {
    assert_eq!(ids("-tag:energy"), ["c", "a", "e", "d"]);
    assert_eq!(ids("security -source:reuters"), ["a", "d"]);
    assert_eq!(ids("-since:2022-01-01"), ["e", "d"]);
    assert_eq!(ids("security situation"), ["a", "e"]);
}

#[test]
fn marks_terms_need_the_marks() {
    use crate::marks::{Archives, LastSeen, MarkSets, Marks, Seen};
    let s = store();
    let today = NaiveDate::from_ymd_opt(2022, 2, 5).unwrap();
    let run = |q: &str, marks: Option<&MarkSets>| -> Vec<String> {
        let ctx = Context { today, marks };
        evaluate_with(&s, &parse(q).unwrap(), &ctx)
            .iter()
            .map(|d| s.whole(d).unwrap().id.clone())
            .collect()
    };
    assert_eq!(run("is:unread", None), ["c", "b", "a", "e", "d"]);
    assert!(run("is:read", None).is_empty());
    assert!(run("is:bookmarked", None).is_empty());
    assert!(run("has:note", None).is_empty());
    assert!(run("is:new", None).is_empty());

    // One archive, "t", holds them all: keys are "t/" and the path.
    let mut marks = Marks {
        archives: Archives::one("t"),
        ..Marks::default()
    };
    marks
        .read
        .extend(["t/a".to_string(), "t/c".into(), "t/gone".into(), "a".into()]);
    marks.bookmarks.insert("t/b".into());
    marks.notes.insert("t/e".into(), "check".into());
    let mut seen = LastSeen::default();
    seen.insert(
        "t",
        Seen::default().with(["a", "b", "c", "deleted"].into_iter()),
    );
    let sets = MarkSets::resolve(&s, &marks, Some(&seen));
    let m = Some(&sets);
    assert_eq!(run("is:read", m), ["c", "a"]);
    assert_eq!(run("is:unread", m), ["b", "e", "d"]);
    assert_eq!(run("-is:read", m), run("is:unread", m));
    assert_eq!(run("is:bookmarked", m), ["b"]);
    assert_eq!(run("has:note", m), ["e"]);
    assert_eq!(run("is:new", m), ["e", "d"]);
    assert_eq!(run("is:unread is:new security", m), ["e", "d"]);
    assert_eq!(crate::marks::counts(&sets, &s.all()), (3, 1, 2));
    let first_run = MarkSets::resolve(&s, &marks, None);
    assert!(first_run.new.is_empty(), "nothing is new on the first run");
    seen.insert("other", Seen::default());
    let elsewhere = MarkSets::resolve(&s, &marks, Some(&seen));
    assert_eq!(
        elsewhere, sets,
        "another archive's seen list changes nothing"
    );
}

#[test]
fn each_briefing_is_found_by_its_date_and_id_and_no_other() {
    let s = store();
    for doc in (0..s.len()).map(crate::store::DocId::from_index) {
        assert_eq!(s.find_dated(s.date(doc), s.id(doc)), Some(doc));
        let other_date = s
            .date(doc)
            .map_or(chrono::NaiveDate::MIN, |d| d.succ_opt().unwrap());
        assert_eq!(s.find_dated(Some(other_date), s.id(doc)), None);
    }
    assert_eq!(s.find_dated(None, "nothing"), None);
}
