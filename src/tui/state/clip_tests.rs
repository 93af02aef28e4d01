//! Tests of the last copy: the honest message after it, the overlay that
//! shows it plain, and keeping it in the clips file.

use std::path::PathBuf;

use super::Clip;
use crate::tui::action::Action;
use crate::tui::clipboard::Delivery;
use crate::tui::state::{AppState, Effect, Input, Outcome, Overlay, Start, update};
use crate::tui::testing::{self, run};

fn reader(clips_file: Option<PathBuf>) -> (crate::store::Store, AppState) {
    let store = testing::store();
    let start = Start {
        clips_file,
        ..Start::defaults(testing::today())
    };
    let state = AppState::start(&store, start, (80, 24));
    (store, state)
}

fn clips() -> PathBuf {
    PathBuf::from("/state/brief/clips.md")
}

/// Copies the first quote of alpha and says the copy went out by `delivery`.
fn copied(s: &mut AppState, store: &crate::store::Store, delivery: Delivery) -> String {
    let asked = run(
        s,
        store,
        &[
            Action::Top,
            Action::MoveDown,
            Action::NextQuote,
            Action::Copy,
        ],
    );
    let [Effect::Copy { text, what }] = asked.as_slice() else {
        panic!("one copy: {asked:?}");
    };
    let what = what.clone();
    update(s, store, Input::Done(Outcome::Copied { what, delivery }));
    text.clone()
}

#[test]
fn a_copy_that_cannot_be_confirmed_says_so_and_offers_the_clip() {
    let (store, mut s) = reader(Some(clips()));
    for delivery in [
        Delivery::Terminal,
        Delivery::TmuxBuffer { forwarded: true },
        Delivery::TmuxBuffer { forwarded: false },
        Delivery::TmuxFailed("exit status: 1".into()),
        Delivery::CommandFailed {
            command: "xclip".into(),
            error: "exit status: 1".into(),
        },
    ] {
        copied(&mut s, &store, delivery.clone());
        let said = s.message.clone().unwrap_or_default();
        assert!(
            !said.starts_with("copied")
                && said.ends_with(": c shows it plain and keeps it in clips.md"),
            "{delivery:?}: {said}"
        );
        assert!(
            said.chars().count() <= 3 * 80,
            "fits the status bar: {said}"
        );
        s.clip = None;
    }
    copied(&mut s, &store, Delivery::Terminal);
    assert_eq!(
        s.message.as_deref(),
        Some(
            "sent the quote and its citation to the terminal's clipboard (OSC 52); \
             cannot confirm it landed: c shows it plain and keeps it in clips.md"
        )
    );
    copied(&mut s, &store, Delivery::Command("wl-copy".into()));
    assert_eq!(
        s.message.as_deref(),
        Some("copied the quote and its citation with wl-copy"),
        "a command that took it is trusted: nothing offered"
    );
}

#[test]
fn c_shows_the_last_copy_and_keeps_it_once() {
    let (store, mut s) = reader(Some(clips()));
    assert!(update(&mut s, &store, Action::ShowClip).is_empty());
    assert_eq!(s.overlay, Overlay::None);
    assert!(
        s.message
            .as_deref()
            .unwrap_or_default()
            .starts_with("nothing copied yet")
    );

    let text = copied(&mut s, &store, Delivery::Terminal);
    // The selection moves on: the clip is still what was copied.
    run(&mut s, &store, &[Action::MoveDown]);
    let asked = update(&mut s, &store, Action::ShowClip);
    assert_eq!(s.overlay, Overlay::Clip { scroll: 0 });
    let what = "the quote and its citation".to_string();
    assert_eq!(
        asked,
        [Effect::KeepClip {
            path: clips(),
            text: text.clone(),
            what
        }]
    );
    let kept = Outcome::Kept {
        path: clips(),
        error: None,
    };
    update(&mut s, &store, Input::Done(kept));
    assert_eq!(s.message.as_deref(), Some("kept in /state/brief/clips.md"));
    run(&mut s, &store, &[Action::Cancel]);
    assert_eq!(s.overlay, Overlay::None);
    assert!(
        update(&mut s, &store, Action::ShowClip).is_empty(),
        "kept once, not at every c"
    );
    assert!(
        s.message
            .as_deref()
            .unwrap_or_default()
            .starts_with("already kept in")
    );
}

#[test]
fn a_clip_not_written_is_said_and_tried_again() {
    let (store, mut s) = reader(Some(clips()));
    copied(&mut s, &store, Delivery::Terminal);
    run(&mut s, &store, &[Action::ShowClip]);
    let failed = Outcome::Kept {
        path: clips(),
        error: Some("Permission denied (os error 13)".into()),
    };
    update(&mut s, &store, Input::Done(failed));
    assert_eq!(
        s.message.as_deref(),
        Some("could not keep the clip in /state/brief/clips.md: Permission denied (os error 13)")
    );
    run(&mut s, &store, &[Action::Cancel]);
    let again = update(&mut s, &store, Action::ShowClip);
    assert!(matches!(again.as_slice(), [Effect::KeepClip { .. }]));

    let (store, mut s) = reader(None);
    copied(&mut s, &store, Delivery::Terminal);
    assert!(update(&mut s, &store, Action::ShowClip).is_empty());
    assert!(
        matches!(s.overlay, Overlay::Clip { .. }),
        "shown all the same"
    );
    assert!(
        s.message
            .as_deref()
            .unwrap_or_default()
            .contains("set BRIEF_STATE_DIR")
    );
}

#[test]
fn the_clip_is_wrapped_plain_made_safe_and_scrolled_within_it() {
    let lines = super::lines("Title\n\nOne two three four five six\x1b[2J", 10);
    assert_eq!(
        lines,
        [
            "Title",
            "",
            "One two",
            "three four",
            "five",
            "six\u{241b}[2J"
        ]
    );
    let (store, mut s) = reader(Some(clips()));
    s.clip = Some(Clip {
        text: "word ".repeat(400),
        what: "the briefing and its citation".into(),
        kept: true,
    });
    run(&mut s, &store, &[Action::ShowClip]);
    let rows = super::lines(&s.clip.as_ref().unwrap().text, 80).len();
    let most = rows - super::text_rows(&s);
    run(&mut s, &store, &[Action::MoveDown, Action::MoveDown]);
    assert_eq!(s.overlay, Overlay::Clip { scroll: 2 });
    run(&mut s, &store, &[Action::Bottom, Action::MoveDown]);
    assert_eq!(s.overlay, Overlay::Clip { scroll: most });
}
