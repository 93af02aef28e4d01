//! Snapshots of a long message wrapped in the status bar and of the
//! messages overlay, at 80x24.

use crate::tui::action::Action;
use crate::tui::state::{AppState, Input};
use crate::tui::testing;
use crate::tui::theme::{ColorDepth, Theme};
use crate::tui::ui::Symbols;
use crate::tui::ui::tests::render_with;

fn screen(inputs: &[Input<'static>]) -> String {
    let store = testing::store();
    let mut state = AppState::new(&store, testing::today(), (80, 24));
    testing::run(&mut state, &store, inputs);
    let theme = Theme::default_theme(ColorDepth::TrueColor);
    let terminal = render_with(&store, &state, &theme, &Symbols::UNICODE);
    crate::tui::ui::styled::styled(terminal.backend().buffer(), &theme)
}

#[test]
fn a_long_message_wraps_over_the_status_bar() {
    let screen = screen(&[Action::Copy.into()]);
    let text: String = screen
        .lines()
        .filter_map(|l| l.strip_prefix('"'))
        .map(|l| l.trim_end_matches('"').trim())
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        text.contains(
            "copied the briefing and its citation (the terminal must allow OSC 52 clipboard access)"
        ),
        "the message whole:\n{screen}"
    );
    insta::assert_snapshot!(screen);
}

#[test]
fn the_messages_overlay_lists_the_last_messages_whole() {
    insta::assert_snapshot!(screen(&[
        Action::CycleSort.into(),
        Action::Copy.into(),
        Action::Copy.into(),
        Input::ReloadOff(
            "live reload is off: the folder was removed while brief was reading it, \
             so changes are no longer shown"
                .into()
        ),
        Action::Messages.into(),
    ]));
}
