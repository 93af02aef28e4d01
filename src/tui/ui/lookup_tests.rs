//! The timeline strip, the tag picker and the speakers overlay narrowed by
//! typing, and the last copy shown plain, on screen.

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

#[test]
fn the_last_copy_plain_over_the_whole_width_at_80x24() {
    use crate::tui::clipboard::Delivery;
    use crate::tui::state::{AppState, Input, Outcome, Start};
    let store = testing::store();
    let start = Start {
        clips_file: Some("/home/analyst/.local/state/brief/clips.md".into()),
        ..Start::defaults(testing::today())
    };
    let mut state = AppState::start(&store, start, (80, 24));
    let what = "the quote and its citation".to_string();
    let delivery = Delivery::Terminal;
    let inputs: Vec<Input> = vec![
        Action::MoveDown.into(),
        Action::NextQuote.into(),
        Action::Copy.into(),
        Input::Done(Outcome::Copied { what, delivery }),
        Action::ShowClip.into(),
        Input::Done(Outcome::Kept {
            path: "/home/analyst/.local/state/brief/clips.md".into(),
            error: None,
        }),
    ];
    testing::run(&mut state, &store, &inputs);
    let theme = Theme::default_theme(ColorDepth::Ansi16);
    let terminal = render_with(&store, &state, &theme, &Symbols::UNICODE);
    insta::assert_snapshot!(super::styled::styled(terminal.backend().buffer(), &theme));

    state.mouse = true;
    let terminal = render_with(&store, &state, &theme, &Symbols::UNICODE);
    let buffer = terminal.backend().buffer();
    let heading: String = (0..80).map(|x| buffer[(x, 0)].symbol()).collect();
    assert!(heading.contains("hold Shift as you drag"), "{heading}");
}
