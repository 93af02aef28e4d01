//! A briefing over the show limit is read cut, even from a store that holds
//! it whole, and laid out with the line that says where it stops.

use std::sync::Arc;

use super::*;
use crate::tui::state::detail::{Field, Line};
use crate::tui::state::{AppState, Effect, Input, Outcome, update};
use crate::tui::testing;

fn store() -> Store {
    let long: String = (0..50)
        .map(|i| format!("Paragraph {i} of a long one.\n\n"))
        .collect();
    let docs = [
        ("long", format!("date 2022-02-20 Long.\n\n{long}")),
        ("short", "date 2022-02-19 Short.".to_string()),
    ];
    testing::store_of(&docs).with_show_limit(Some(300))
}

#[test]
fn only_a_briefing_over_the_limit_is_asked_for_and_it_comes_cut() {
    let store = store();
    let (long, short) = (
        store.exact_id("long").unwrap(),
        store.exact_id("short").unwrap(),
    );
    let mut bodies = Bodies::default();
    assert!(bodies.want(&store, short), "the store's own");
    assert!(
        !bodies.want(&store, long),
        "asked for, though the store holds it"
    );
    assert_eq!(bodies.to_read(), Some(vec![long]));
    let cut = crate::library::shown(&store, long).into_owned();
    bodies.hand_in(vec![(long, Arc::new(cut))]);
    let b = bodies.of(&store, long);
    assert!(b.cut.is_some() && b.paragraphs.text_len() <= 300, "{b:?}");
    assert!(b.diagnostics[0].message.starts_with("large file ("));
}

#[test]
fn the_layout_waits_for_the_cut_text_and_ends_with_the_cut() {
    let store = store();
    let long = store.exact_id("long").unwrap();
    let mut s = AppState::new(&store, testing::today(), (80, 24));
    let effects = update(&mut s, &store, Input::Resize(80, 24));
    let read = effects.iter().find_map(|e| match e {
        Effect::Read(docs) => Some(docs.clone()),
        _ => None,
    });
    assert_eq!(read, Some(vec![long]));
    assert_eq!(s.detail.layout.key, None, "not the whole text meanwhile");
    let cut = Arc::new(crate::library::shown(&store, long).into_owned());
    update(
        &mut s,
        &store,
        Input::Done(Outcome::Read(vec![(long, cut)])),
    );
    assert_eq!(s.detail.layout.key.map(|k| k.0), Some(long));
    let last = s.detail.layout.lines.last().unwrap();
    assert!(
        matches!(
            last,
            Line::Header {
                field: Field::Cut,
                ..
            }
        ),
        "{:?}",
        s.detail.layout.lines
    );
}
