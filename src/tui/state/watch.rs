//! The watchlist in the reader: which briefings have hits (from the index,
//! once), the hit counts of the rows shown (counted once each), and the hits
//! of the selected briefing placed on the detail pane's lines.

use std::ops::Range;

use rustc_hash::FxHashMap;

use super::cursor::{self, Landing};
use super::detail::{Field, Layout, Line};
use super::{AppState, Bodies};
use crate::model::Briefing;
use crate::store::{DocId, DocSet, Store};
use crate::watch::{self, Watchlist};

/// A hit in the selected briefing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineHit {
    /// Which text: see [`part`].
    pub part: usize,
    /// Bytes of that text.
    pub range: Range<usize>,
    /// The detail line it starts on.
    pub line: usize,
    pub entry: usize,
}

/// Texts that can hold hits, numbered in reading order: the title, the
/// summary, then each paragraph.
pub fn part(line: &Line) -> Option<(usize, Range<usize>)> {
    match line {
        Line::Header {
            field: Field::Title | Field::Lead(_),
            range,
        } => Some((0, range.clone())),
        Line::Header {
            field: Field::Summary,
            range,
        } => Some((1, range.clone())),
        Line::Body { paragraph, range } => Some((paragraph_part(*paragraph), range.clone())),
        _ => None,
    }
}

pub fn paragraph_part(paragraph: usize) -> usize {
    2 + paragraph
}

fn part_text(b: &Briefing, part: usize) -> &str {
    match part {
        0 => match super::detail::title_field(b) {
            Field::Lead(end) => &b.paragraphs[0][..end],
            _ => &b.title,
        },
        1 => b.summary.as_deref().unwrap_or(""),
        p => &b.paragraphs[p - 2],
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WatchState {
    pub list: Watchlist,
    /// Briefings with at least one hit; `None` without a watchlist.
    candidates: Option<DocSet>,
    counts: FxHashMap<DocId, usize>,
    /// Hits of the selected briefing in reading order, for the layout `key`.
    pub hits: Vec<LineHit>,
    key: Option<(DocId, usize)>,
    /// The hit `w` / `W` went to last.
    pub current: Option<usize>,
}

impl WatchState {
    pub fn new(store: &Store, list: Watchlist) -> WatchState {
        let candidates = (!list.is_empty()).then(|| list.candidates(store));
        WatchState {
            list,
            candidates,
            ..WatchState::default()
        }
    }

    pub fn is_on(&self) -> bool {
        self.candidates.is_some()
    }

    pub fn has_hits(&self, doc: DocId) -> bool {
        self.candidates.as_ref().is_some_and(|c| c.contains(doc))
    }

    /// Hits in a briefing's title, summary and body, once counted.
    pub fn count(&self, doc: DocId) -> usize {
        self.counts.get(&doc).copied().unwrap_or(0)
    }

    /// Counts the hits of the briefings about to be shown, those not yet
    /// counted; those whose bodies are not at hand are asked for and
    /// counted once they are.
    pub(super) fn count_rows(&mut self, store: &Store, bodies: &mut Bodies, docs: &[DocId]) {
        for &doc in docs {
            if self.has_hits(doc) && !self.counts.contains_key(&doc) && bodies.want(store, doc) {
                let n = self.list.count_in(bodies.of(store, doc));
                self.counts.insert(doc, n);
            }
        }
    }

    /// Counts and places again what was worked out from `doc`'s head.
    pub(super) fn forget(&mut self, doc: DocId) {
        self.counts.remove(&doc);
        if self.key.is_some_and(|(d, _)| d == doc) {
            self.key = None;
        }
    }

    /// Places the selected briefing's hits on the lines of `layout`.
    pub(super) fn lay_out(&mut self, store: &Store, bodies: &Bodies, layout: &Layout) {
        if layout.key == self.key {
            return;
        }
        if self.key.map(|k| k.0) != layout.key.map(|k| k.0) {
            self.current = None;
        }
        self.key = layout.key;
        self.hits.clear();
        let Some((doc, _)) = layout.key.filter(|(doc, _)| self.has_hits(*doc)) else {
            return;
        };
        let b = bodies.of(store, doc);
        let mut at = 0;
        while at < layout.lines.len() {
            let Some((p, _)) = part(&layout.lines[at]) else {
                at += 1;
                continue;
            };
            let ranges: Vec<Range<usize>> = layout.lines[at..]
                .iter()
                .map_while(|l| part(l).filter(|(q, _)| *q == p).map(|(_, r)| r))
                .collect();
            // A paragraph the title leads starts after it: hits there are the title's.
            let hits = watch::find(part_text(b, p), &self.list)
                .into_iter()
                .filter(|hit| hit.range.end > ranges[0].start);
            for hit in hits {
                let row = ranges.partition_point(|r| r.end <= hit.range.start);
                self.hits.push(LineHit {
                    part: p,
                    line: at + row.min(ranges.len() - 1),
                    range: hit.range,
                    entry: hit.entry,
                });
            }
            at += ranges.len();
        }
    }

    /// Hits (with their index) that overlap `range` of text `part`.
    pub fn on_line(
        &self,
        part: usize,
        range: Range<usize>,
    ) -> impl Iterator<Item = (usize, &LineHit)> + '_ {
        let first = self
            .hits
            .partition_point(|h| (h.part, h.range.end) <= (part, range.start));
        self.hits
            .iter()
            .enumerate()
            .skip(first)
            .take_while(move |(_, h)| h.part == part && h.range.start < range.end)
    }
}

/// `w` / `W`: the next hit below the current one, then on into the next
/// briefing in the list that has one.
pub fn next_hit(state: &mut AppState, forward: bool) {
    if !state.watch.is_on() {
        state.message = Some(
            "no watchlist: pass --watchlist PATH or write ~/.config/brief/watchlist.toml".into(),
        );
        return;
    }
    let hits = &state.watch.hits;
    let (scroll, height) = (state.detail.scroll, state.detail_size().0);
    let target = match (state.watch.current, forward) {
        (Some(i), true) => (i + 1 < hits.len()).then_some(i + 1),
        (Some(i), false) => i.checked_sub(1),
        (None, true) => hits.iter().position(|h| h.line >= scroll),
        (None, false) => hits.iter().rposition(|h| h.line < scroll + height),
    };
    if let Some(i) = target {
        return land(state, i);
    }
    let shown = &state.shown;
    let has = |&i: &usize| state.watch.has_hits(shown[i]);
    let next = if forward {
        (state.selected + 1..shown.len()).find(has)
    } else {
        (0..state.selected.min(shown.len())).rev().find(has)
    };
    let Some(index) = next else {
        let way = if forward { "below" } else { "above" };
        state.message = Some(format!("no more watchlist hits {way}"));
        return;
    };
    cursor::select(state, index);
    state.detail.landing = Some(Landing::Hit { first: forward });
}

/// Goes to hit `i` of the selected briefing.
pub fn land(state: &mut AppState, i: usize) {
    let watch = &mut state.watch;
    watch.current = Some(i);
    let hit = &watch.hits[i];
    let name = &watch.list.entries()[hit.entry].name;
    let n = watch.hits.len();
    state.message = Some(format!("watch: {name} ({}/{n} here)", i + 1));
    let line = hit.line;
    let height = state.detail_size().0;
    state.scroll_detail_to(line.saturating_sub(height / 3));
}

#[cfg(test)]
#[path = "watch_tests.rs"]
mod tests;
