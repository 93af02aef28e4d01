//! The timeline strip's counts: how many of the shown briefings fall on each
//! day, or week when the dates span more days than the strip is wide.
//! Counted in `derive` once each time the list or the strip's width
//! changes, so drawing it costs the same for ten briefings or a million.

use chrono::{Datelike, NaiveDate};

use super::AppState;
use crate::store::{DocId, Store};

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Timeline {
    /// Briefings per bar, the oldest bar first.
    pub bars: Vec<u64>,
    /// The first day of the first bar.
    pub start: Option<NaiveDate>,
    /// Days each bar stands for: 1, or a whole number of weeks from a Monday.
    pub days_per_bar: u32,
    /// The earliest and the latest date among the shown briefings.
    pub first: Option<NaiveDate>,
    pub last: Option<NaiveDate>,
    /// Shown briefings without a date, which no bar counts.
    pub undated: usize,
    /// The strip width the bars were counted for; `None` once the list changed.
    counted_for: Option<u16>,
}

impl Timeline {
    /// Counts `shown` into at most `width` bars.
    pub fn count(store: &Store, shown: &[DocId], width: u16) -> Timeline {
        let mut timeline = Timeline {
            counted_for: Some(width),
            ..Timeline::default()
        };
        let mut span: Option<(NaiveDate, NaiveDate)> = None;
        for &doc in shown {
            match store.date(doc) {
                Some(d) => span = Some(span.map_or((d, d), |(a, b)| (a.min(d), b.max(d)))),
                None => timeline.undated += 1,
            }
        }
        let Some((first, last)) = span else {
            return timeline;
        };
        let room = u64::from(width.max(1));
        let days_from = |day: NaiveDate| (last - day).num_days().unsigned_abs() + 1;
        let (start, per_bar) = if days_from(first) <= room {
            (first, 1)
        } else {
            let since_monday = first.weekday().num_days_from_monday();
            let monday = first - chrono::Days::new(u64::from(since_monday));
            (
                monday,
                7 * days_from(monday).div_ceil(7).div_ceil(room) as i64,
            )
        };
        let bars = (last - start).num_days() / per_bar + 1;
        timeline.bars = vec![0; bars as usize];
        for &doc in shown {
            if let Some(d) = store.date(doc) {
                timeline.bars[((d - start).num_days() / per_bar) as usize] += 1;
            }
        }
        timeline.start = Some(start);
        timeline.days_per_bar = per_bar as u32;
        (timeline.first, timeline.last) = (Some(first), Some(last));
        timeline
    }

    /// The bar that counts `date`.
    pub fn bar_of(&self, date: NaiveDate) -> Option<usize> {
        let days = (date - self.start?).num_days();
        let bar = usize::try_from(days / i64::from(self.days_per_bar.max(1))).ok()?;
        (days >= 0 && bar < self.bars.len()).then_some(bar)
    }

    /// What one bar stands for, in words.
    pub fn unit(&self) -> String {
        match self.days_per_bar {
            1 => "a bar a day".into(),
            7 => "a bar a week".into(),
            n => format!(
                "a bar every {}",
                crate::text::plural(n as usize / 7, "week")
            ),
        }
    }
}

/// `T`: shows the strip, or hides it.
pub fn toggle(state: &mut AppState) {
    state.timeline = match state.timeline {
        Some(_) => None,
        None => Some(Timeline::default()),
    };
}

/// The list ran again: the bars are to be counted again before they show.
pub fn list_changed(state: &mut AppState) {
    if let Some(timeline) = &mut state.timeline {
        timeline.counted_for = None;
    }
}

/// Counts the bars again if the strip shows and the list or its width changed.
pub fn follow(state: &mut AppState, store: &Store) {
    let Some(width) = state.areas().timeline.map(|a| a.width) else {
        return;
    };
    if state
        .timeline
        .as_ref()
        .is_some_and(|t| t.counted_for != Some(width))
    {
        state.timeline = Some(Timeline::count(store, &state.shown, width));
    }
}

#[cfg(test)]
#[path = "timeline_tests.rs"]
mod tests;
