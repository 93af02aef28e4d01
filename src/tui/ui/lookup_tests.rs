//! The timeline strip, and the tag picker and the speakers overlay narrowed
//! by typing, on screen.

use super::Symbols;
use super::tests::{render_with, screen, state_after, typed};
use crate::tui::action::Action;
use crate::tui::testing;
use crate::tui::theme::{ColorDepth, Theme};

#[test]
fn timeline_at_80x24() {
    insta::assert_snapshot!(screen((80, 24), &[Action::Timeline, Action::MoveDown]));
}

#[test]
fn timeline_in_ascii_follows_the_search() {
    let store = testing::store();
    let mut actions = vec![Action::Timeline, Action::Search];
    actions.extend(typed("ga"));
    let state = state_after(&store, (80, 24), &actions);
    let theme = Theme::default_theme(ColorDepth::Ansi16);
    let terminal = render_with(&store, &state, &theme, &Symbols::ASCII);
    let strip = state.areas().timeline.unwrap();
    let buffer = terminal.backend().buffer();
    let rows: Vec<String> = (strip.y..strip.bottom())
        .map(|y| (0..strip.width).map(|x| buffer[(x, y)].symbol()).collect())
        .collect();
    assert!(rows.iter().all(|r| r.is_ascii()), "{rows:#?}");
    assert!(
        rows[2].starts_with("2022-01-15") && rows[2].contains("2022-02-20"),
        "{rows:#?}"
    );
    assert!(rows[1].contains('|'), "{rows:#?}");
    assert!(
        rows[2].contains('^'),
        "the selected briefing's bar: {rows:#?}"
    );
}

#[test]
fn tag_picker_narrowed_by_typing_at_80x24() {
    let mut actions = vec![Action::TagPicker];
    actions.extend(typed("e"));
    actions.extend([Action::MoveDown, Action::ToggleTag]);
    insta::assert_snapshot!(screen((80, 24), &actions));
}

#[test]
fn speakers_narrowed_by_typing_at_80x24() {
    let mut actions = vec![Action::Speakers];
    actions.extend(typed("DIP"));
    insta::assert_snapshot!(screen((80, 24), &actions));
}
