//! Tests of the watchlist in the reader: w and W, hit counts, the status line.

use super::*;
use crate::tui::action::Action;
use crate::tui::layout::Focus;
use crate::tui::state::{Input, update};
use crate::tui::testing;

use testing::setup_watching as setup;

fn selected_id(state: &AppState, store: &Store) -> String {
    store
        .whole(state.selected_doc().unwrap())
        .unwrap()
        .id
        .clone()
}

/// Presses `action` and tells where it landed: briefing, hit and message.
fn press(state: &mut AppState, store: &Store, action: Action) -> (String, Option<usize>, String) {
    update(state, store, action);
    (
        selected_id(state, store),
        state.watch.current,
        state.message.clone().unwrap_or_default(),
    )
}

#[test]
fn counts_the_rows_shown() {
    let (store, state) = setup(120, 40);
    let count = |id: &str| {
        let doc = state
            .shown
            .iter()
            .find(|&&d| store.whole(d).unwrap().id == id);
        state.watch.count(*doc.unwrap())
    };
    assert_eq!(
        ["bravo", "alpha", "charlie", "delta", "echo"].map(count),
        [1, 2, 2, 1, 0]
    );
}

#[test]
fn w_walks_the_hits_then_the_next_briefing_with_one() {
    let (store, mut s) = setup(120, 40);
    let w = |s: &mut AppState| press(s, &store, Action::NextWatch);
    let at = |id: &str, hit: usize, msg: &str| (id.to_string(), Some(hit), msg.to_string());
    assert_eq!(w(&mut s), at("bravo", 0, "watch: EU package (1/1 here)"));
    assert_eq!(w(&mut s), at("alpha", 0, "watch: Kuleba (1/2 here)"));
    assert_eq!(w(&mut s), at("alpha", 1, "watch: Kuleba (2/2 here)"));
    assert_eq!(w(&mut s), at("charlie", 0, "watch: Odesa (1/2 here)"));
    assert_eq!(w(&mut s), at("charlie", 1, "watch: Odesa (2/2 here)"));
    assert_eq!(s.detail.scroll, 0, "a short briefing does not scroll");
    assert_eq!(w(&mut s), at("delta", 0, "watch: Paragraph 50 (1/1 here)"));
    let hit = s.watch.hits[0].line;
    let height = s.detail_size().0;
    assert!(
        s.detail.scroll > 0 && (s.detail.scroll..s.detail.scroll + height).contains(&hit),
        "the detail scrolls to the hit"
    );
    assert_eq!(s.focus, Focus::List, "the focus stays where it was");
    assert_eq!(w(&mut s), at("delta", 0, "no more watchlist hits below"));
}

#[test]
#[allow(non_snake_case)]
fn W_walks_back_into_the_previous_briefing() {
    let (store, mut s) = setup(120, 40);
    let back = |s: &mut AppState| press(s, &store, Action::PrevWatch);
    update(&mut s, &store, Action::Bottom);
    assert_eq!(selected_id(&s, &store), "foxtrot");
    assert_eq!(back(&mut s).0, "delta");
    assert_eq!(
        back(&mut s),
        ("charlie".into(), Some(1), "watch: Odesa (2/2 here)".into())
    );
    assert_eq!(back(&mut s).1, Some(0));
    assert_eq!(
        back(&mut s),
        ("alpha".into(), Some(1), "watch: Kuleba (2/2 here)".into())
    );
    update(&mut s, &store, Action::NextWatch);
    assert_eq!(
        (selected_id(&s, &store), s.watch.current),
        ("charlie".into(), Some(0))
    );
    update(&mut s, &store, Action::Top);
    assert_eq!(s.watch.current, None, "a new briefing starts afresh");
    assert_eq!(back(&mut s).2, "watch: EU package (1/1 here)");
    assert_eq!(back(&mut s).2, "no more watchlist hits above");
}

#[test]
fn hits_sit_on_the_lines_that_show_them() {
    let (store, mut s) = setup(80, 24);
    update(&mut s, &store, Action::MoveDown);
    let b = store.whole(s.selected_doc().unwrap()).unwrap();
    let lines = &s.detail.layout.lines;
    assert_eq!(s.watch.hits.len(), 2);
    for hit in &s.watch.hits {
        let (part, range) = part(&lines[hit.line]).unwrap();
        assert_eq!(part, hit.part);
        assert!(range.start <= hit.range.start && hit.range.start < range.end);
        assert_eq!(&part_text(b, part)[hit.range.clone()], "Kuleba");
    }
    let narrow = s.watch.hits.clone();
    update(&mut s, &store, Input::Resize(200, 50));
    assert_eq!(
        s.watch.hits.len(),
        narrow.len(),
        "re-wrapping moves, keeps them"
    );
}

#[test]
fn without_a_watchlist_w_says_how_to_get_one() {
    let store = testing::store();
    let mut s = AppState::new(&store, testing::today(), (120, 40));
    let (id, current, msg) = press(&mut s, &store, Action::NextWatch);
    assert_eq!((id.as_str(), current), ("bravo", None));
    assert!(
        msg.starts_with("no watchlist: pass --watchlist PATH"),
        "{msg}"
    );
    assert!(!s.watch.is_on() && s.watch.hits.is_empty());
}
