//! Watchlist hits on screen: the count column, the highlights in list titles
//! and in the text, and the hit `w` went to.

use ratatui::buffer::Buffer;
use ratatui::style::{Color, Modifier};

use super::Symbols;
use super::tests::render_with;
use crate::store::Store;
use crate::tui::action::Action;
use crate::tui::state::{AppState, Start, update};
use crate::tui::testing;
use crate::tui::theme::{ColorDepth, Role, Theme};

fn watched(store: &Store, size: (u16, u16), actions: &[Action]) -> AppState {
    let start = Start {
        watchlist: testing::watchlist(),
        ..Start::defaults(testing::today())
    };
    let mut state = AppState::start(store, start, size);
    for &a in actions {
        update(&mut state, store, a);
    }
    state
}

fn buffer(store: &Store, state: &AppState, depth: ColorDepth) -> Buffer {
    let theme = Theme::default_theme(depth);
    let terminal = render_with(store, state, &theme, &Symbols::UNICODE);
    terminal.backend().buffer().clone()
}

fn screen(size: (u16, u16), actions: &[Action]) -> String {
    let store = testing::store();
    let state = watched(&store, size, actions);
    let theme = Theme::default_theme(ColorDepth::TrueColor);
    let terminal = render_with(&store, &state, &theme, &Symbols::UNICODE);
    super::styled::styled(terminal.backend().buffer(), &theme)
}

/// Every place `needle` starts on screen, as (x, y).
fn all(buf: &Buffer, needle: &str) -> Vec<(u16, u16)> {
    let mut found = Vec::new();
    for y in 0..buf.area.height {
        let cells: Vec<String> = (0..buf.area.width)
            .map(|x| buf[(x, y)].symbol().to_string())
            .collect();
        for x in 0..cells.len() {
            if cells[x..].concat().starts_with(needle) {
                found.push((x as u16, y));
            }
        }
    }
    found
}

#[test]
fn list_and_detail_with_watch_hits() {
    insta::assert_snapshot!("watch_list_and_detail_120x40", screen((120, 40), &[]));
    let twice = [Action::NextWatch, Action::NextWatch];
    insta::assert_snapshot!("watch_after_w_twice_80x24", screen((80, 24), &twice));
}

#[test]
fn hits_have_the_watch_style_in_titles_and_text() {
    let store = testing::store();
    let state = watched(&store, (120, 40), &[Action::MoveDown]);
    let buf = buffer(&store, &state, ColorDepth::TrueColor);
    let theme = Theme::default_theme(ColorDepth::TrueColor);
    let watch = theme.style(Role::Watch);
    let selection = theme.style(Role::Selection).bg.unwrap();
    let places = all(&buf, "Kuleba");
    assert_eq!(
        places.len(),
        3,
        "in the list row, the title, once more in the text"
    );
    let underlined = |x, y| buf[(x, y)].modifier.contains(Modifier::UNDERLINED);
    let (selected, others): (Vec<_>, Vec<_>) = places
        .into_iter()
        .partition(|&(x, y)| buf[(x, y)].bg == selection);
    assert_eq!(selected.len(), 1, "the selected list row");
    for (x, y) in selected {
        // The selection's colours win; the hit shows underlined.
        assert!(underlined(x, y) && underlined(x + 5, y), "at {x},{y}");
        assert!(!underlined(x + 6, y), "only the word");
    }
    for (x, y) in others {
        assert_eq!(buf[(x, y)].bg, watch.bg.unwrap(), "at {x},{y}");
        assert_eq!(buf[(x + 5, y)].bg, watch.bg.unwrap());
        assert_ne!(buf[(x + 6, y)].bg, watch.bg.unwrap(), "only the word");
    }
    let (x, y) = all(&buf, "Blinken")[0];
    assert_ne!(buf[(x, y)].bg, watch.bg.unwrap());
}

#[test]
fn the_hit_w_went_to_is_underlined_and_named() {
    let store = testing::store();
    let state = watched(&store, (120, 40), &[Action::MoveDown, Action::NextWatch]);
    assert_eq!(state.message.as_deref(), Some("watch: Kuleba (1/2 here)"));
    let buf = buffer(&store, &state, ColorDepth::TrueColor);
    let under: Vec<bool> = all(&buf, "Kuleba")
        .into_iter()
        .map(|(x, y)| buf[(x, y)].modifier.contains(Modifier::UNDERLINED))
        .collect();
    // The selected list row (where every hit is underlined), the detail's
    // title, the text, the status bar.
    assert_eq!(under, [true, true, false, false]);
    assert!(
        all(&buf, "watch: Kuleba (1/2 here)").len() == 1,
        "in the status bar"
    );
}

#[test]
fn a_search_match_wins_over_a_watch_hit() {
    let store = testing::store();
    let mut actions = vec![Action::MoveDown, Action::Search];
    actions.extend("kuleba".chars().map(Action::Insert));
    actions.push(Action::Submit);
    let state = watched(&store, (120, 40), &actions);
    let buf = buffer(&store, &state, ColorDepth::TrueColor);
    let matched = Theme::default_theme(ColorDepth::TrueColor).style(Role::Match);
    let places = all(&buf, "Kuleba");
    let (x, y) = places[places.len() - 1];
    assert_eq!(buf[(x, y)].bg, matched.bg.unwrap());
}

#[test]
fn mono_tells_hits_apart_without_colour() {
    let store = testing::store();
    let state = watched(&store, (120, 40), &[Action::MoveDown]);
    let buf = buffer(&store, &state, ColorDepth::Mono);
    for (x, y) in all(&buf, "Kuleba").into_iter().skip(1) {
        assert_eq!(buf[(x, y)].bg, Color::Reset);
        assert!(
            buf[(x, y)]
                .modifier
                .contains(Modifier::REVERSED | Modifier::UNDERLINED)
        );
    }
}
