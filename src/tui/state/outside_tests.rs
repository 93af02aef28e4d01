use std::path::PathBuf;

use super::Effect;
use crate::store::Store;
use crate::tui::action::Action;
use crate::tui::layout::Focus;
use crate::tui::state::{AppState, update};
use crate::tui::testing;

fn setup() -> (Store, AppState) {
    let store = testing::store();
    let state = AppState::new(&store, testing::today(), (120, 40));
    (store, state)
}

fn copied(state: &AppState) -> &str {
    match state.effects.as_slice() {
        [Effect::Copy(text)] => text,
        other => panic!("expected one copy, got {other:?}"),
    }
}

#[test]
fn y_copies_the_briefing_or_the_quote_in_hand_with_a_citation() {
    let (store, mut s) = setup();
    update(&mut s, &store, Action::MoveDown);
    update(&mut s, &store, Action::Copy);
    let text = copied(&s);
    assert!(text.starts_with("Kuleba met Blinken in Geneva"), "{text}");
    assert!(
        text.ends_with("\u{2014} Kyiv Wire, 2022-02-20, alpha"),
        "{text}"
    );
    assert!(s.message.as_deref().unwrap().contains("OSC 52"));

    s.effects.clear();
    update(&mut s, &store, Action::NextQuote);
    update(&mut s, &store, Action::Copy);
    assert_eq!(
        copied(&s),
        "\u{201c}We will defend every metre of our land\u{201d} \u{2014} Kuleba told reporters, Kyiv Wire, 2022-02-20, alpha"
    );

    s.effects.clear();
    update(&mut s, &store, Action::ToggleQuotes);
    s.focus = Focus::Quotes;
    update(&mut s, &store, Action::MoveDown);
    update(&mut s, &store, Action::Copy);
    assert!(
        copied(&s).starts_with("\u{201c}Переговори тривають"),
        "{}",
        copied(&s)
    );
}

#[test]
fn capital_y_copies_the_path_and_o_e_ask_for_the_pager_and_editor() {
    let (store, mut s) = setup();
    update(&mut s, &store, Action::CopyPath);
    assert_eq!(copied(&s), "bravo");
    s.effects.clear();
    update(&mut s, &store, Action::OpenPager);
    update(&mut s, &store, Action::OpenEditor);
    assert_eq!(
        s.effects,
        [
            Effect::Open {
                path: PathBuf::from("bravo"),
                editor: false
            },
            Effect::Open {
                path: PathBuf::from("bravo"),
                editor: true
            },
        ]
    );
}

#[test]
fn nothing_selected_means_nothing_copied() {
    let (store, mut s) = setup();
    for c in "/zzzz".chars() {
        let a = if c == '/' {
            Action::Search
        } else {
            Action::Insert(c)
        };
        update(&mut s, &store, a);
    }
    update(&mut s, &store, Action::Submit);
    update(&mut s, &store, Action::Copy);
    assert!(s.effects.is_empty());
    assert_eq!(s.message.as_deref(), Some("nothing to copy"));
}
