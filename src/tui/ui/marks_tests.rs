//! Tests of the unread, bookmark and note flags in the list and the status bar.

use std::time::{Duration, Instant};

use crate::tui::action::Action;
use crate::tui::state::{AppState, Input};
use crate::tui::testing;
use crate::tui::theme::{ColorDepth, Theme};
use crate::tui::ui::Symbols;
use crate::tui::ui::tests::render_with;

fn lines(inputs: &[Input<'static>], symbols: &Symbols) -> Vec<String> {
    let store = testing::store();
    let mut state = AppState::new(&store, testing::today(), (120, 30));
    testing::run(&mut state, &store, inputs);
    let theme = Theme::default_theme(ColorDepth::Ansi16);
    let terminal = render_with(&store, &state, &theme, symbols);
    let buf = terminal.backend().buffer();
    (0..buf.area.height)
        .map(|y| {
            (0..buf.area.width)
                .map(|x| buf[(x, y)].symbol())
                .collect::<String>()
        })
        .collect()
}

fn marked() -> Vec<Input<'static>> {
    let t0 = Instant::now();
    // Moved onto, the first briefing is open: the clock reads it.
    let mut actions = vec![
        Action::MoveDown,
        Action::MoveUp,
        Action::ToggleBookmark,
        Action::EditNote,
    ];
    actions.extend("call Ivan".chars().map(Action::Insert));
    actions.push(Action::Submit);
    let mut inputs: Vec<Input> = actions.into_iter().map(Input::from).collect();
    inputs.extend([Input::Tick(t0), Input::Tick(t0 + Duration::from_secs(2))]);
    inputs
}

#[test]
fn rows_carry_flags_the_status_bar_counts_and_the_note_shows() {
    let screen = lines(&marked(), &Symbols::UNICODE);
    assert!(
        screen[2].starts_with("│ ★✎ 2022-02-22 ▲ Sanctions"),
        "{}",
        screen[2]
    );
    assert!(
        screen[3].starts_with("│•   2022-02-20   Kuleba"),
        "{}",
        screen[3]
    );
    assert!(screen[29].contains(" 6/6  1 problem (! lists them)  5 unread  1 bookmarked"));
    let bottom = &screen[28];
    assert!(bottom.contains("╰ ✎ call Ivan ─"), "{bottom}");

    let ascii = lines(&marked(), &Symbols::ASCII);
    assert!(
        ascii[2].starts_with("| Bn 2022-02-22 ! Sanctions"),
        "{}",
        ascii[2]
    );
    assert!(ascii[3].starts_with("|*   2022-02-20"), "{}", ascii[3]);
}

#[test]
fn the_note_editor_takes_the_filter_bar() {
    let mut actions = vec![Action::EditNote];
    actions.extend("hi".chars().map(Action::Insert));
    let inputs: Vec<Input> = actions.into_iter().map(Input::from).collect();
    let screen = lines(&inputs, &Symbols::UNICODE);
    assert!(
        screen[0].starts_with("note: hi    Enter saves"),
        "{}",
        screen[0]
    );
}

#[test]
fn shift_r_asks_in_the_filter_bar_with_the_count() {
    let mut inputs = marked();
    inputs.push(Action::AllRead.into());
    let screen = lines(&inputs, &Symbols::UNICODE);
    assert_eq!(
        screen[0].trim_end(),
        "mark 5 shown unread briefings read? y yes, n no"
    );
}
