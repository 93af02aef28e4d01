//! Tests of which briefing is open, and so read by the clock: never the one
//! merely shown at start or passed over while a search is typed; the one
//! moved onto, opened or found by a search submitted, after the wait from
//! then; at once when shown alone; still open across a reload.

use std::path::Path;
use std::time::{Duration, Instant};

use crate::library::Changes;
use crate::load::{Loaded, parse_text};
use crate::tui::action::Action;
use crate::tui::state::marking::read_deadline;
use crate::tui::state::{AppState, Effect, Input, update};
use crate::tui::testing::{self, ids, run, setup, typed};

/// A tick of the loop's clock `ms` after `t0`.
fn at(t0: Instant, ms: u64) -> Input<'static> {
    Input::Tick(t0 + Duration::from_millis(ms))
}

/// The ids of the briefings read, in the list's order.
fn read(s: &AppState, store: &crate::store::Store) -> Vec<String> {
    let all = ids(s, store);
    (s.shown.iter().zip(all))
        .filter(|(d, _)| s.marked.read.contains(**d))
        .map(|(_, id)| id)
        .collect()
}

#[test]
fn the_briefing_shown_at_start_is_never_read_by_the_clock() {
    let (store, mut s) = setup(120, 40);
    let t0 = Instant::now();
    let ticks: Vec<Input> = (0..=10).map(|i| at(t0, i * 500)).collect();
    run(&mut s, &store, &ticks);
    assert!(s.marked.read.is_empty());
    assert_eq!(read_deadline(&s), None, "the loop waits for a key");
    // Keys that choose no briefing leave it unread: help, a bookmark.
    run(
        &mut s,
        &store,
        &[Action::Help, Action::Cancel, Action::ToggleBookmark],
    );
    run(&mut s, &store, &[at(t0, 6000), at(t0, 60_000)]);
    assert!(s.marked.read.is_empty());
    assert_eq!(s.opened, None);
}

#[test]
fn moving_down_opens_a_briefing_read_after_the_wait() {
    let (store, mut s) = setup(120, 40);
    let t0 = Instant::now();
    run(&mut s, &store, &[Action::MoveDown.into(), at(t0, 0)]);
    run(&mut s, &store, &[at(t0, 1999)]);
    assert!(s.marked.read.is_empty());
    run(&mut s, &store, &[at(t0, 2000)]);
    assert_eq!(read(&s, &store), ["alpha"]);
}

#[test]
fn nothing_typed_is_read_and_the_result_of_enter_is_after_the_wait_from_then() {
    let (store, mut s) = setup(120, 40);
    let t0 = Instant::now();
    let mut t = 0;
    let mut passed = Vec::new();
    run(&mut s, &store, &[Action::Search]);
    for key in typed("grain") {
        run(&mut s, &store, &[key.into(), at(t0, t), at(t0, t + 2500)]);
        passed.push(ids(&s, &store)[s.selected].clone());
        t += 3000;
    }
    assert_eq!(
        passed,
        ["alpha", "charlie", "charlie", "charlie", "charlie"]
    );
    assert!(s.marked.read.is_empty(), "nothing read while typing");
    assert_eq!(read_deadline(&s), None);
    run(&mut s, &store, &[Action::Submit.into(), at(t0, t)]);
    run(&mut s, &store, &[at(t0, t + 1999)]);
    assert!(s.marked.read.is_empty(), "the wait starts at Enter");
    run(&mut s, &store, &[at(t0, t + 2000)]);
    assert_eq!(read(&s, &store), ["charlie"], "the result, not alpha");
}

#[test]
fn a_search_given_up_opens_nothing() {
    let (store, mut s) = setup(120, 40);
    let t0 = Instant::now();
    run(&mut s, &store, &[Action::Search, Action::Insert('g')]);
    assert_eq!(ids(&s, &store)[s.selected], "alpha");
    run(&mut s, &store, &[Action::Cancel.into(), at(t0, 0)]);
    run(&mut s, &store, &[at(t0, 5000)]);
    assert_eq!(
        ids(&s, &store)[s.selected],
        "alpha",
        "left under the cursor"
    );
    assert!(s.marked.read.is_empty(), "but never chosen");
    run(&mut s, &store, &[Action::EditQuery]);
    run(&mut s, &store, &typed("tag:sanctions"));
    run(&mut s, &store, &[Action::Submit.into(), at(t0, 6000)]);
    run(&mut s, &store, &[at(t0, 8000)]);
    assert_eq!(
        read(&s, &store),
        ["bravo"],
        "a query submitted opens its result"
    );
}

#[test]
fn shown_alone_it_is_read_at_once() {
    let (store, mut s) = setup(120, 40);
    let asked = run(&mut s, &store, &[Action::Zen]);
    assert_eq!(read(&s, &store), ["bravo"], "zen");
    assert!(
        matches!(&asked[..], [Effect::Record(c)] if c.len() == 1),
        "{asked:?}"
    );
    run(&mut s, &store, &[Action::NextUnread]);
    assert_eq!(read(&s, &store), ["bravo", "alpha"], "the next, in zen");

    // Where one pane shows, Enter gives the detail the screen.
    let (store, mut s) = setup(50, 20);
    run(&mut s, &store, &[Action::MoveDown]);
    assert!(s.marked.read.is_empty(), "the list alone");
    run(&mut s, &store, &[Action::Open]);
    assert_eq!(read(&s, &store), ["alpha"]);

    // Made unread with `r`, it stays so.
    let (store, mut s) = setup(120, 40);
    let keys = [Action::ToggleRead, Action::ToggleRead, Action::Zen];
    run(&mut s, &store, &keys);
    assert!(s.marked.read.is_empty());
}

#[test]
fn the_wheel_scrolling_the_text_reads_it_at_once() {
    let (store, mut s) = setup(120, 20);
    // delta, the long one, moved onto from the bottom.
    let keys = [Action::Bottom, Action::MoveUp, Action::MoveUp];
    run(&mut s, &store, &keys);
    assert!(s.marked.read.is_empty());
    let detail = s.areas().detail.unwrap();
    let (column, row) = (detail.x + 2, detail.y + 2);
    update(
        &mut s,
        &store,
        Input::Wheel {
            down: true,
            column,
            row,
        },
    );
    assert!(s.detail.scroll > 0);
    assert_eq!(read(&s, &store), ["delta"]);
}

/// The test store and one briefing newer than all of it.
fn with_a_newer_briefing(old: &crate::store::Store) -> crate::store::Store {
    let mut briefings: Vec<_> = crate::library::wholes(old)
        .map(|b| b.into_owned())
        .collect();
    let text = "date 2022-02-24 A newer briefing arrives.";
    briefings.push(parse_text(Path::new("golf"), "golf", text));
    crate::library::build(Loaded::of(briefings, testing::rules()))
}

#[test]
fn a_reload_keeping_the_selection_keeps_it_open_and_opens_nothing_else() {
    let old = testing::store();
    let new = with_a_newer_briefing(&old);
    let reloaded = || Input::Reloaded {
        store: &new,
        seen: None,
        changes: Changes::default(),
    };
    let t0 = Instant::now();
    let mut s = AppState::new(&old, testing::today(), (120, 40));
    run(&mut s, &old, &[Action::MoveDown.into(), at(t0, 0)]);
    update(&mut s, &old, reloaded());
    assert_eq!(ids(&s, &new)[s.selected], "alpha");
    assert_eq!(s.opened, s.selected_doc());
    run(&mut s, &new, &[at(t0, 1000), at(t0, 2999)]);
    assert!(s.marked.read.is_empty(), "the wait starts again");
    run(&mut s, &new, &[at(t0, 3000)]);
    assert_eq!(read(&s, &new), ["alpha"]);

    let mut s = AppState::new(&old, testing::today(), (120, 40));
    update(&mut s, &old, reloaded());
    run(&mut s, &new, &[at(t0, 0), at(t0, 9000)]);
    assert!(s.marked.read.is_empty(), "shown at start, still not open");
}
