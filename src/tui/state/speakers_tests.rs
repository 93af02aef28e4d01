//! Tests of the speakers overlay and the quotes a `speaker:` filter keeps.

use crate::store::Store;
use crate::tui::action::Action;
use crate::tui::state::{AppState, Overlay, update};
use crate::tui::testing::{self, ids};

fn filter(s: &mut AppState, store: &Store, query: &str) {
    s.filter.query = query.into();
    s.filter_changed();
    crate::tui::state::derive::derive(s, store);
}

#[test]
fn the_overlay_lists_the_speakers_of_the_briefings_shown() {
    let (store, mut s) = testing::setup(120, 40);
    update(&mut s, &store, Action::Speakers);
    let Overlay::Speakers(picker) = &s.overlay else {
        panic!("the overlay is open");
    };
    let rows: Vec<(&str, u32, u32)> = (picker.rows.iter())
        .map(|r| (r.name.as_str(), r.quotes, r.briefings))
        .collect();
    assert_eq!(
        rows,
        [("Kuleba", 2, 1), ("a diplomat", 1, 1)],
        "he (Kuleba) counts as Kuleba"
    );
    update(&mut s, &store, Action::Cancel);
    assert_eq!(s.overlay, Overlay::None);
}

#[test]
fn enter_filters_to_the_speakers_quotes_in_place_of_another_speaker() {
    let (store, mut s) = testing::setup(120, 40);
    filter(&mut s, &store, "speaker:dipl");
    testing::run(&mut s, &store, &[Action::Speakers]);
    let Overlay::Speakers(picker) = &s.overlay else {
        panic!("the overlay is open");
    };
    assert_eq!(
        picker.rows.len(),
        1,
        "only the speakers of the briefings shown"
    );
    filter(&mut s, &store, "-tag:eu");
    testing::run(
        &mut s,
        &store,
        &[Action::Cancel, Action::Speakers, Action::Submit],
    );
    assert_eq!(s.filter.query, "-tag:eu speaker:\"Kuleba\"");
    assert_eq!(ids(&s, &store), ["alpha"]);
    assert!(s.quotes_on);
    assert_eq!(s.message.as_deref(), Some("Kuleba: 2 quotes in 1 briefing"));
    let alpha = store.whole(s.shown[0]).unwrap();
    assert_eq!(super::kept(&s.quote_filter, alpha, &store), [0, 1]);
    filter(&mut s, &store, "speaker:\"Kuleba\" -speaker:he");
    assert_eq!(
        super::kept(&s.quote_filter, alpha, &store),
        [0, 1],
        "he (Kuleba) is Kuleba"
    );
}

#[test]
fn the_quote_cursor_moves_among_the_quotes_kept() {
    let (store, mut s): (_, AppState) = testing::setup(120, 40);
    testing::run(&mut s, &store, &[Action::ToggleQuotes]);
    filter(&mut s, &store, "speaker:kuleba");
    s.focus = crate::tui::layout::Focus::Quotes;
    update(&mut s, &store, Action::MoveDown);
    assert_eq!(s.quote_cursor, 1);
    update(&mut s, &store, Action::MoveDown);
    assert_eq!(s.quote_cursor, 1, "the last quote kept");
}

#[test]
fn the_quote_in_hand_is_one_the_filter_keeps() {
    let (store, mut s) = testing::setup(120, 40);
    filter(&mut s, &store, "speaker:kuleba -speaker:he");
    let alpha = store.whole(s.shown[0]).unwrap();
    let kept = super::kept(&s.quote_filter, alpha, &store);
    assert!(
        !kept.is_empty() && kept[0] == s.quote_cursor,
        "{kept:?} {}",
        s.quote_cursor
    );
    s.quote_cursor = 7;
    filter(&mut s, &store, "speaker:kuleba");
    assert_eq!(s.quote_cursor, 0, "back on a quote the filter keeps");
}

/// The names the open speakers overlay lists, in order.
fn listed(s: &AppState) -> Vec<&str> {
    let Overlay::Speakers(picker) = &s.overlay else {
        panic!("the overlay is open");
    };
    (picker.list.shown.iter())
        .map(|&i| picker.rows[i].name.as_str())
        .collect()
}

#[test]
fn typing_narrows_the_speakers_to_a_word_of_the_name_ignoring_case() {
    let text = "date 2022-02-20 Oil prices held.\n\n\
                \u{201c}Prices will stay firm this winter,\u{201d} said Michael Lewis.\n\n\
                \u{201c}We expect no cut at all,\u{201d} Kuleba said.\n\n\
                \u{201c}The market is tight again,\u{201d} Kuleba added.";
    let store = testing::store_of(&[("oil", text.to_string())]);
    let mut s = AppState::new(&store, testing::today(), (80, 24));
    update(&mut s, &store, Action::Speakers);
    assert_eq!(listed(&s), ["Kuleba", "Michael Lewis"]);
    testing::run(&mut s, &store, &testing::typed("LEW"));
    assert_eq!(listed(&s), ["Michael Lewis"], "a later word, any case");
    testing::run(&mut s, &store, &testing::typed("x"));
    assert!(listed(&s).is_empty());
    testing::run(&mut s, &store, &[Action::DeleteBack, Action::Submit]);
    assert_eq!(s.filter.query, "speaker:\"Michael Lewis\"");

    testing::run(&mut s, &store, &[Action::Speakers]);
    testing::run(&mut s, &store, &testing::typed("zz"));
    testing::run(&mut s, &store, &[Action::Submit]);
    assert_eq!(s.overlay, Overlay::None, "Enter with none listed closes");
    assert_eq!(
        s.filter.query, "speaker:\"Michael Lewis\"",
        "and changes nothing"
    );
}
