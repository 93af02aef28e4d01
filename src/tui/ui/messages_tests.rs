//! Snapshots of a long message wrapped in the status bar and of the
//! messages overlay, at 80x24.

use crate::tui::action::Action;
use crate::tui::clipboard::Delivery;
use crate::tui::state::{AppState, Input, Outcome};
use crate::tui::testing;
use crate::tui::theme::{ColorDepth, Theme};
use crate::tui::ui::Symbols;
use crate::tui::ui::tests::render_with;

/// `y`, and the copy going out through the terminal.
fn copy() -> [Input<'static>; 2] {
    let what = "the briefing and its citation".into();
    let delivery = Delivery::Terminal;
    [
        Action::Copy.into(),
        Input::Done(Outcome::Copied { what, delivery }),
    ]
}

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
    let screen = screen(&copy());
    let text: String = screen
        .lines()
        .filter_map(|l| l.strip_prefix('"'))
        .map(|l| l.trim_end_matches('"').trim())
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        text.contains(
            "sent the briefing and its citation to the terminal's clipboard (OSC 52); \
             cannot confirm it landed: c shows it plain and keeps it in clips.md"
        ),
        "the message whole:\n{screen}"
    );
    insta::assert_snapshot!(screen);
}

#[test]
fn the_messages_overlay_lists_the_last_messages_whole() {
    let sorted_and_copied_twice =
        [[Action::CycleSort.into()].as_slice(), &copy(), &copy()].concat();
    insta::assert_snapshot!(screen(
        &[
            sorted_and_copied_twice,
            vec![
                Input::ReloadOff(
                    "live reload is off: the folder was removed while brief was reading it, \
                 so changes are no longer shown"
                        .into()
                ),
                Action::Messages.into(),
            ]
        ]
        .concat()
    ));
}

/// While the query typed does not parse, the list is the last good one,
/// and its title says which query that was.
#[test]
fn an_unfinished_query_leaves_the_list_of_the_last_that_parsed_and_says_so() {
    let typed = |text: &str| -> Vec<Input<'static>> {
        text.chars().map(|c| Action::Insert(c).into()).collect()
    };
    let mut inputs: Vec<Input<'static>> = vec![Action::EditQuery.into()];
    inputs.extend(typed("tag"));
    let screen_tag = screen(&inputs);
    assert!(!screen_tag.contains("still for"), "{screen_tag}");
    inputs.extend(typed(":"));
    let broken = screen(&inputs);
    assert!(broken.contains("`tag:` needs a value"), "{broken}");
    let title = broken.lines().find(|l| l.contains("Briefings")).unwrap();
    assert!(title.contains("still for tag"), "{broken}");
    let mut fresh: Vec<Input<'static>> = vec![Action::EditQuery.into()];
    fresh.extend(typed("(oil"));
    let unclosed = screen(&fresh);
    assert!(
        unclosed.contains("unfiltered until it parses"),
        "{unclosed}"
    );
}
