//! Tests of telling apart the rows on screen that share a title.

use super::*;
use crate::tui::testing::store_of;

fn curated(title: &str, date: &str, source: &str) -> String {
    format!("+++\ntitle = \"{title}\"\ndate = {date}\nsource = \"{source}\"\n+++\nText.")
}

/// Each row's tell as `id: by text`, sorted.
fn tells(docs: &[(&str, String)], format: &str) -> Vec<String> {
    let store = store_of(docs);
    let rows: Vec<DocId> = (0..store.len()).map(DocId::from_index).collect();
    let twins = Twins::of_rows(&store, &rows, format);
    let said = rows.iter().filter_map(|&d| {
        let t = twins.of(d)?;
        Some(format!(
            "{}: {:?} {}",
            store.id(d),
            t.by,
            &t.text[t.shared..]
        ))
    });
    let mut said: Vec<String> = said.collect();
    said.sort();
    said
}

#[test]
fn a_title_on_one_row_or_on_rows_of_other_dates_needs_nothing() {
    let docs = [
        ("a", curated("Talks resume", "2022-02-20", "Kyiv Wire")),
        ("b", curated("Talks resume", "2022-02-21", "Kyiv Wire")),
        ("c", curated("Other news", "2022-02-20", "Kyiv Wire")),
    ];
    assert!(tells(&docs, "%Y-%m-%d").is_empty());
}

#[test]
fn rows_of_one_title_and_date_show_the_source_when_it_tells_them_apart() {
    let docs = [
        (
            "a",
            curated("Talks resume", "2022-02-20", "Kyiv Wire Service"),
        ),
        (
            "b",
            curated("Talks Resume ", "2022-02-20", "Kyiv Wire Desk"),
        ),
        (
            "c",
            curated("Talks resume", "2022-02-21", "Kyiv Wire Service"),
        ),
    ];
    assert_eq!(
        tells(&docs, "%Y-%m-%d"),
        ["a: Source Service", "b: Source Desk", "c: Source Service"],
        "with the date, the source tells them apart; what all start with can go"
    );
}

#[test]
fn rows_the_date_shown_and_source_do_not_tell_apart_show_the_id() {
    let same = curated("Talks resume", "2022-02-20", "Kyiv Wire");
    let docs = [
        ("desk/morning", same.clone()),
        (
            "desk/evening",
            curated("Talks resume", "2022-02-20", "KYIV WIRE"),
        ),
    ];
    assert_eq!(
        tells(&docs, "%Y-%m-%d"),
        ["desk/evening: Id evening", "desk/morning: Id morning"],
        "a source spelt otherwise is the same source"
    );
    // Dates a format does not tell apart are the same date on screen.
    let docs = [
        ("x", same.clone()),
        ("y", curated("Talks resume", "2021-02-20", "Kyiv Wire")),
    ];
    assert_eq!(tells(&docs, "%d %b"), ["x: Id x", "y: Id y"]);
    assert!(tells(&docs, "%Y-%m-%d").is_empty());
}

#[test]
fn what_all_tells_start_with_ends_at_a_word_or_a_folder() {
    let shared = |texts: &[&str]| shared_start(texts.iter().copied());
    assert_eq!(shared(&["Kyiv Wire Service", "Kyiv Wire Desk"]), 10);
    assert_eq!(shared(&["2022/feb/a_x", "2022/feb/a_y", "2022/march"]), 5);
    assert_eq!(shared(&["Reuters", "Reuters Kyiv"]), 0);
    assert_eq!(shared(&["abc", "abd"]), 0);
    assert_eq!(shared(&["чорне море", "чорне небо"]), "чорне ".len());
}
