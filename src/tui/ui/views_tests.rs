//! Tests of the saved-views picker on screen.

use super::Symbols;
use super::tests::render_with;
use crate::tui::action::Action;
use crate::tui::state::{AppState, update};
use crate::tui::testing;
use crate::tui::theme::{ColorDepth, Theme};

#[test]
fn views_picker() {
    let store = testing::store();
    let start = testing::with_views(&[
        ("energy", "tag:energy"),
        ("quoted, high", "has:quote priority:high"),
    ]);
    let mut state = AppState::start(&store, start, (100, 24));
    update(&mut state, &store, Action::Views);
    update(&mut state, &store, Action::MoveDown);
    let theme = Theme::default_theme(ColorDepth::TrueColor);
    let terminal = render_with(&store, &state, &theme, &Symbols::UNICODE);
    insta::assert_snapshot!(super::styled::styled(terminal.backend().buffer(), &theme));
}
