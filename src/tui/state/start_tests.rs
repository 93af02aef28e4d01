//! Tests of the reader's first state, built from the settings and marks given.

use super::*;
use crate::tui::testing;

#[test]
fn the_reader_starts_from_the_settings_and_marks_given() {
    let store = testing::store();
    let mut marks = Marks {
        archives: crate::marks::Archives::one("t"),
        ..Marks::default()
    };
    marks.bookmarks.insert("t/alpha".into());
    let mut seen = LastSeen::default();
    seen.insert(
        "t",
        crate::marks::Seen::default().with(["alpha", "bravo"].into_iter()),
    );
    let start = Start {
        date_format: "%d %b".into(),
        zen_width: 64,
        watchlist: testing::watchlist(),
        marks,
        seen: Some(&seen),
        message: Some("watchlist: 1 warning".into()),
        ..Start::defaults(testing::today())
    };
    let s = AppState::start(&store, start, (120, 40));
    let doc = |id: &str| store.exact_id(id).unwrap();
    assert!(s.marked.bookmarked.contains(doc("alpha")));
    assert!(!s.marked.new.contains(doc("bravo")) && s.marked.new.contains(doc("charlie")));
    assert!(s.watch.is_on());
    assert_eq!(s.date_format, "%d %b");
    assert_eq!(s.zen_width, 64);
    assert_eq!(s.message.as_deref(), Some("watchlist: 1 warning"));
    assert_eq!(s.shown.len(), 6);
    assert_eq!(
        s.detail.layout.key.map(|k| k.0),
        s.selected_doc(),
        "laid out"
    );
}
