//! Tests of the timeline's counts: by day, by week, undated, following the
//! filter and the width, and only while the strip is on.

use super::*;
use crate::tui::action::Action;
use crate::tui::state::Input;
use crate::tui::testing::{run, setup};

fn day(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

#[test]
fn a_span_narrower_than_the_strip_gets_a_bar_a_day() {
    let (store, state) = setup(80, 24);
    let t = Timeline::count(&store, &state.shown, 80);
    assert_eq!(
        (t.first, t.last),
        (Some(day("2022-01-05")), Some(day("2022-02-22")))
    );
    assert_eq!((t.start, t.days_per_bar), (t.first, 1));
    assert_eq!(t.bars.len(), 49, "5 January to 22 February");
    assert_eq!(t.bars.iter().sum::<u64>(), 5);
    assert_eq!(t.undated, 1, "foxtrot");
    assert_eq!(t.bar_of(day("2022-01-15")), Some(10));
    assert_eq!(t.bars[10], 1);
    assert_eq!(t.bar_of(day("2022-01-04")), None);
    assert_eq!(t.bar_of(day("2022-02-23")), None);
    assert_eq!(t.unit(), "a bar a day");
}

#[test]
fn a_longer_span_gets_weeks_from_a_monday() {
    let (store, state) = setup(80, 24);
    let t = Timeline::count(&store, &state.shown, 20);
    assert_eq!(
        t.start,
        Some(day("2022-01-03")),
        "the Monday before 5 January"
    );
    assert_eq!(t.days_per_bar, 7);
    assert_eq!(
        t.bars,
        [1, 1, 0, 0, 0, 1, 1, 1],
        "alpha on a Sunday, bravo on the Tuesday after"
    );
    assert_eq!(t.bar_of(day("2022-02-22")), Some(7));
    assert_eq!(t.unit(), "a bar a week");
    let t = Timeline::count(&store, &state.shown, 3);
    assert_eq!((t.days_per_bar, t.bars.len()), (21, 3));
    assert_eq!(t.unit(), "a bar every 3 weeks");
    assert_eq!(t.bars.iter().sum::<u64>(), 5);
}

#[test]
fn nothing_dated_counts_no_bars() {
    let (store, _) = setup(80, 24);
    let t = Timeline::count(&store, &[], 80);
    assert!(t.bars.is_empty() && t.first.is_none() && t.undated == 0);
    assert_eq!(t.bar_of(day("2022-01-05")), None);
}

#[test]
fn the_strip_follows_the_filter_as_it_is_typed_and_the_width() {
    let (store, mut s) = setup(80, 24);
    assert_eq!(s.timeline, None, "off at first");
    run(&mut s, &store, &[Action::Timeline]);
    let all = s.timeline.clone().expect("counted once on");
    assert_eq!(all.bars.iter().sum::<u64>(), 5);
    run(&mut s, &store, &[Action::Search, Action::Insert('g')]);
    let narrowed = s.timeline.clone().unwrap();
    assert_eq!(
        narrowed.bars.iter().sum::<u64>(),
        3,
        "alpha, charlie, delta"
    );
    assert_eq!(narrowed.first, Some(day("2022-01-15")));
    run(&mut s, &store, &[Action::Cancel]);
    assert_eq!(s.timeline.as_ref().unwrap().bars.len(), 49);
    run(&mut s, &store, &[Input::Resize(30, 24)]);
    assert_eq!(
        s.timeline.as_ref().unwrap().days_per_bar,
        7,
        "weeks when narrow"
    );
    run(&mut s, &store, &[Action::Timeline]);
    assert_eq!(s.timeline, None);
    assert_eq!(s.areas().timeline, None);
}
