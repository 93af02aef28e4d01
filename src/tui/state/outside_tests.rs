//! Tests of what the reader hands outside: copies with citations, the pager and the editor.

use std::path::PathBuf;

use super::{Effect, Outcome};
use crate::store::Store;
use crate::tui::action::Action;
use crate::tui::clipboard::Delivery;
use crate::tui::layout::Focus;
use crate::tui::state::{AppState, Input, update};
use crate::tui::testing::{self, run};

fn setup() -> (Store, AppState) {
    let store = testing::store();
    let state = AppState::new(&store, testing::today(), (120, 40));
    (store, state)
}

fn copied(asked: &[Effect]) -> &str {
    match asked {
        [Effect::Copy { text, .. }] => text,
        other => panic!("expected one copy, got {other:?}"),
    }
}

#[test]
fn y_copies_the_briefing_or_the_quote_in_hand_with_a_citation() {
    let (store, mut s) = setup();
    let asked = run(&mut s, &store, &[Action::MoveDown, Action::Copy]);
    let text = copied(&asked);
    assert!(text.starts_with("Kuleba met Blinken in Geneva"), "{text}");
    assert!(
        text.ends_with("\u{2014} Kyiv Wire, 2022-02-20 (alpha)"),
        "{text}"
    );
    assert!(
        !s.message.as_deref().unwrap_or("").contains("copied"),
        "not said before it happened: {:?}",
        s.message
    );
    assert!(
        matches!(&asked[0], Effect::Copy { what, .. } if what == "the briefing and its citation")
    );

    let asked = run(&mut s, &store, &[Action::NextQuote, Action::Copy]);
    assert_eq!(
        copied(&asked),
        "\u{201c}We will defend every metre of our land\u{201d} \u{2014} Kuleba, Kyiv Wire, 2022-02-20 (alpha)"
    );

    update(&mut s, &store, Action::ToggleQuotes);
    s.focus = Focus::Quotes;
    let asked = run(&mut s, &store, &[Action::MoveDown, Action::Copy]);
    assert!(
        copied(&asked).starts_with("\u{201c}Переговори тривають"),
        "{}",
        copied(&asked)
    );
}

#[test]
fn capital_y_copies_the_path_and_o_e_ask_for_the_pager_and_editor() {
    let (store, mut s) = setup();
    let asked = update(&mut s, &store, Action::CopyPath);
    assert_eq!(copied(&asked), "bravo");
    let asked = run(&mut s, &store, &[Action::OpenPager, Action::OpenEditor]);
    assert_eq!(
        asked,
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
    let asked = update(&mut s, &store, Action::Copy);
    assert!(asked.is_empty());
    assert_eq!(s.message.as_deref(), Some("nothing to copy"));
}

#[test]
fn what_became_of_an_effect_is_told_in_the_status_bar() {
    let (store, mut s) = setup();
    let key = s.marks.key(&store, s.selected_doc().unwrap());
    assert_eq!(
        update(&mut s, &store, Action::ToggleBookmark),
        [Effect::Record(vec![crate::marks::Change::bookmark(
            key, true
        )])]
    );
    let told = |s: &mut AppState, outcome| {
        update(s, &store, Input::Done(outcome));
        s.message.clone().unwrap_or_default()
    };
    assert_eq!(
        told(&mut s, Outcome::NotSaved("disk full".into())),
        "marks not saved (disk full): kept, tried again, rescued on quit"
    );
    let ended = Outcome::Ended {
        program: "less".into(),
        status: "exit status: 1".into(),
    };
    assert_eq!(told(&mut s, ended), "less ended with exit status: 1");
    let not_run = Outcome::NotRun {
        program: "nano -v".into(),
        error: "not found".into(),
    };
    assert_eq!(told(&mut s, not_run), "cannot run nano -v: not found");
    assert_eq!(
        update(&mut s, &store, Action::Suspend),
        [Effect::Suspend],
        "the event loop suspends"
    );
}

#[test]
fn the_status_bar_says_where_a_copy_went_and_never_copied_when_it_was_not() {
    let (store, mut s) = setup();
    let mut told = |delivery| {
        let what = "the quote and its citation".to_string();
        update(
            &mut s,
            &store,
            Input::Done(Outcome::Copied { what, delivery }),
        );
        s.message.clone().unwrap_or_default()
    };
    let offer = ": c shows it plain and keeps it in clips.md";
    assert_eq!(
        told(Delivery::Terminal),
        format!(
            "sent the quote and its citation to the terminal's clipboard (OSC 52); \
             cannot confirm it landed{offer}"
        )
    );
    assert_eq!(
        told(Delivery::TmuxBuffer { forwarded: true }),
        format!(
            "put the quote and its citation in the tmux buffer, which tmux sends on to your \
             clipboard; cannot confirm it landed{offer}"
        )
    );
    let only = told(Delivery::TmuxBuffer { forwarded: false });
    assert!(
        only.starts_with("put the quote and its citation in the tmux buffer only;")
            && only.contains("set-clipboard external")
            && only.ends_with(offer),
        "{only}"
    );
    let failed = told(Delivery::TmuxFailed("exit status: 1".into()));
    assert!(
        failed.starts_with("tmux load-buffer failed (exit status: 1);")
            && failed.contains("OSC 52")
            && failed.ends_with(offer),
        "{failed}"
    );
    assert_eq!(
        told(Delivery::Command("wl-copy".into())),
        "copied the quote and its citation with wl-copy"
    );
    let failed = told(Delivery::CommandFailed {
        command: "xclip -i".into(),
        error: "exit status: 1".into(),
    });
    assert_eq!(
        failed,
        format!("xclip -i failed: exit status: 1; the quote and its citation not copied{offer}")
    );
    for said in [only, failed] {
        assert!(
            said.chars().count() <= 3 * 80,
            "fits the status bar: {said}"
        );
    }
}
