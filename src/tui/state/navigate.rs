//! Moving through the list, the text, the matches and the quotes.

use super::AppState;
use super::cursor::{Landing, Step, apply, select};
use crate::tui::layout::Focus;

pub fn step(state: &mut AppState, step: Step) {
    match state.focus {
        Focus::List => select(
            state,
            apply(state.selected, step, state.shown.len().saturating_sub(1)),
        ),
        Focus::Detail => {
            let max = state.max_scroll(state.detail_size().0);
            let line = apply(state.detail.scroll, step, max);
            state.scroll_detail_to(line);
        }
        Focus::Quotes => {
            let kept = &state.quotes_kept;
            let at = kept
                .iter()
                .position(|&i| i == state.quote_cursor)
                .unwrap_or(0);
            let at = apply(at, step, kept.len().saturating_sub(1));
            state.quote_cursor = kept.get(at).copied().unwrap_or(0);
        }
    }
}

/// Puts `line` a third of the way down the pane.
fn scroll_to_line(state: &mut AppState, line: usize) {
    let height = state.detail_size().0;
    state.scroll_detail_to(line.saturating_sub(height / 3));
}

pub fn jump_to_quote(state: &mut AppState, index: usize) {
    let Some(&line) = state.detail.layout.quote_lines.get(index) else {
        return;
    };
    state.quote_cursor = index;
    state.detail.marked_quote = Some(index);
    scroll_to_line(state, line);
}

pub fn next_quote(state: &mut AppState, forward: bool) {
    let count = state.detail.layout.quote_lines.len();
    if count == 0 {
        state.message = Some("this briefing has no quotes".into());
        return;
    }
    let next = match (state.detail.marked_quote, forward) {
        (None, true) => 0,
        (None, false) => count - 1,
        (Some(i), true) => (i + 1).min(count - 1),
        (Some(i), false) => i.saturating_sub(1),
    };
    jump_to_quote(state, next);
    state.message = Some(format!("quote {}/{count}", next + 1));
}

/// `n` / `N`: the next match below the current one, then on into the next briefing.
pub fn next_match(state: &mut AppState, forward: bool) {
    if state.highlights.is_empty() {
        state.message = Some("nothing to find: search with / first".into());
        return;
    }
    let matches = &state.detail.layout.matches;
    let target = match (state.detail.current_match, forward) {
        (Some(i), true) => (i + 1 < matches.len()).then_some(i + 1),
        (Some(i), false) => i.checked_sub(1),
        (None, true) => matches.iter().position(|m| m.line >= state.detail.scroll),
        (None, false) => matches
            .iter()
            .rposition(|m| m.line < state.detail.scroll + state.detail_size().0),
    };
    if let Some(i) = target.filter(|&i| i < matches.len()) {
        go_to_match(state, i);
        return;
    }
    let next = if forward {
        state.selected + 1
    } else {
        state.selected.wrapping_sub(1)
    };
    if next >= state.shown.len() {
        state.message = Some(
            if forward {
                "no more matches below"
            } else {
                "no more matches above"
            }
            .into(),
        );
        return;
    }
    select(state, next);
    state.detail.landing = Some(Landing::Match { first: forward });
}

/// Puts the text of the briefing just selected where `landing` asked, now
/// that it is laid out.
pub fn land(state: &mut AppState, landing: Landing) {
    match landing {
        Landing::Match { first } => {
            let count = state.detail.layout.matches.len();
            if count > 0 {
                go_to_match(state, if first { 0 } else { count - 1 });
            }
        }
        Landing::Hit { first } => match state.watch.hits.len() {
            0 => {}
            n => super::watch::land(state, if first { 0 } else { n - 1 }),
        },
    }
}

/// Makes match `i` of the text the current one, and says which of how many.
fn go_to_match(state: &mut AppState, i: usize) {
    let matches = &state.detail.layout.matches;
    let (line, count) = (matches[i].line, matches.len());
    state.detail.current_match = Some(i);
    scroll_to_line(state, line);
    state.message = Some(format!("match {}/{count}", i + 1));
}
