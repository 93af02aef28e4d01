//! What follows from the reader's state, brought up to date in one place at
//! the end of `update`: the list when the filter, the sort or the store
//! changed (and the words suggested when it finds nothing), then the list offset, the detail layout, the watchlist hits on
//! it, what tells apart its rows of one title, and the scroll limits, and
//! last where a newly selected text lands.

use super::detail::{self, Anchor, DetailState};
use super::{AppState, Sort, navigate, suggest, timeline};
use crate::query::Query;
use crate::store::{DocId, DocSet, Store};
use crate::tui::layout::{self, Focus};

/// Which briefing stays selected when the list runs again.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Keep {
    /// The one selected, if it is still listed; else the first.
    Selected,
    /// After a reload: `doc` (the briefing selected before, in the new
    /// store) at the same row of the screen and place in its text; else
    /// whatever is now at the same row.
    Carried {
        doc: Option<DocId>,
        row: usize,
        row_on_screen: usize,
        anchor: Option<Anchor>,
        scroll: usize,
    },
}

pub fn derive(state: &mut AppState, store: &Store) {
    state.status_rows = state.fit_status_rows();
    if let Some(keep) = state.relist.take() {
        relist(state, store, keep);
        suggest::derive(state, store);
    }
    timeline::follow(state, store);
    // Where the selected text lands waits for its body, as its layout does.
    if sync(state, store)
        && let Some(landing) = state.detail.landing.take()
    {
        navigate::land(state, landing);
    }
}

/// Runs the filter again; a broken filter keeps the last good list.
fn relist(state: &mut AppState, store: &Store, keep: Keep) {
    let kept = state.selected_doc();
    match state.filter.compose() {
        Ok(query) => {
            state.filter.error = None;
            state.filter.listed = state.filter.describe();
            state.shown_set = crate::query::evaluate_with(store, &query, &state.query_context());
            sort_shown(state, store, &query);
            timeline::list_changed(state);
            state.quote_filter = super::speakers::quote_filter(&query);
            let highlights = query.highlights();
            if highlights != state.highlights {
                state.highlights = highlights;
                state.detail.layout.key = None;
                state.detail.current_match = None;
            }
        }
        Err(e) => {
            state.filter.error = Some(e);
            if keep == Keep::Selected {
                return;
            }
        }
    }
    let position = |doc: Option<DocId>| doc.and_then(|d| state.shown.iter().position(|&s| s == d));
    match keep {
        Keep::Selected => {
            state.selected = position(kept).unwrap_or(0);
            if state.selected_doc() != kept {
                state.reset_detail();
            }
        }
        Keep::Carried {
            doc,
            row,
            row_on_screen,
            anchor,
            scroll,
        } => match position(doc) {
            Some(index) => {
                state.selected = index;
                state.list_offset = index.saturating_sub(row_on_screen);
                state.detail.anchor = anchor;
                state.detail.scroll = scroll;
            }
            None => state.selected = row.min(state.shown.len().saturating_sub(1)),
        },
    }
}

fn sort_shown(state: &mut AppState, store: &Store, query: &Query) {
    let docs = &state.shown_set;
    state.shown = match state.sort {
        Sort::Relevance => crate::query::rank::by_relevance(store, query, docs),
        // The store holds briefings newest first, and sets iterate in order.
        Sort::Newest => docs.iter().collect(),
        Sort::Oldest => sorted(docs, |d| (store.date(d).is_none(), std::cmp::Reverse(d))),
        Sort::Priority => sorted(docs, |d| (std::cmp::Reverse(store.head(d).priority), d)),
        Sort::Source => sorted(docs, |d| (store.source_rank(d), d)),
    };
}

fn sorted<K: Ord>(docs: &DocSet, mut key: impl FnMut(DocId) -> K) -> Vec<DocId> {
    let mut shown: Vec<DocId> = docs.iter().collect();
    shown.sort_by_key(|&d| key(d));
    shown
}

/// Keeps the view consistent with the size and selection: the list offset,
/// the focus on a pane that shows, the detail layout and the scroll limits.
/// False while the selected briefing's body is being read: its layout and
/// scroll wait for it (the loop reads it before the next frame).
fn sync(state: &mut AppState, store: &Store) -> bool {
    state.selected = state.selected.min(state.shown.len().saturating_sub(1));
    // The quote in hand is one the filter keeps, so that Enter, `y` and
    // the moves act on a quote the pane shows.
    state.quotes_kept = state.selected_doc().map_or_else(Vec::new, |d| {
        super::speakers::kept(&state.quote_filter, state.bodies.of(store, d), store)
    });
    if !state.quotes_kept.contains(&state.quote_cursor) {
        state.quote_cursor = state.quotes_kept.first().copied().unwrap_or(0);
    }
    let rows = state.list_height();
    if state.selected < state.list_offset {
        state.list_offset = state.selected;
    } else if state.selected >= state.list_offset + rows {
        state.list_offset = state.selected + 1 - rows;
    }
    state.list_offset = state
        .list_offset
        .min(state.shown.len().saturating_sub(rows));
    let end = (state.list_offset + rows).min(state.shown.len());
    let rows = &state.shown[state.list_offset..end];
    state.watch.count_rows(store, &mut state.bodies, rows);
    state.twins = super::twins::Twins::of_rows(store, rows, &state.date_format);
    // A title the loader cut ends in "…"; drawn in ASCII, the row looks at
    // the body for the words cut (`ui::list`).
    if state.symbols.ellipsis != "…" {
        for &doc in rows {
            if store.head(doc).title.ends_with('…') {
                state.bodies.want(store, doc);
            }
        }
    }
    if state.kept_unread != state.selected_doc() {
        state.kept_unread = None;
    }
    let areas = state.areas();
    // Too small shows no pane: the focus waits for the terminal to grow back.
    let shown = !matches!(areas.kind, layout::Kind::Single | layout::Kind::TooSmall);
    if shown && areas.pane(state.focus).is_none() {
        state.focus = if areas.detail.is_some() {
            Focus::Detail
        } else {
            Focus::List
        };
    }
    if areas.kind == layout::Kind::TooSmall {
        // Nothing is shown; re-wrapping a huge briefing at width 1 would only
        // cost time. Its body is at hand all the same, for `y` and `o`.
        if let Some(doc) = state.selected_doc() {
            state.bodies.want(store, doc);
        }
        return true;
    }
    let (height, width) = state.detail_size();
    match state.selected_doc() {
        Some(doc) if !state.bodies.want(store, doc) => return false,
        Some(doc) if state.detail.layout.key != Some((doc, width)) => {
            state.detail.layout = detail::Layout::build(
                doc,
                state.bodies.of(store, doc),
                width,
                &state.highlights,
                state.spelling(),
            );
        }
        Some(_) => {}
        None => state.detail = DetailState::default(),
    }
    state
        .watch
        .lay_out(store, &state.bodies, &state.detail.layout);
    if let Some(anchor) = &state.detail.anchor {
        state.detail.scroll = state.detail.layout.line_of(anchor);
    }
    state.detail.scroll = state.detail.scroll.min(state.max_scroll(height));
    true
}
