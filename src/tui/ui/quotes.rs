//! The quote pane: each quote of the shown briefing with its speaker; with
//! `speaker:` or `quote:` in the filter, only the quotes it keeps, the
//! words asked for highlighted.

use std::ops::Range;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::View;
use super::pane::block;
use super::spans::{styled, truncate};
use crate::query::highlight;
use crate::text::wrap::wrap;
use crate::tui::layout::{Focus, inner};
use crate::tui::theme::Role;

const MAX_QUOTE_LINES: usize = 4;

pub fn render(view: &View, area: Rect, buf: &mut Buffer) {
    let state = view.state;
    let theme = view.theme;
    let b = state
        .selected_doc()
        .map(|d| view.state.bodies.of(view.store, d));
    let all = b.map_or(0, |b| b.quotes.len());
    let kept = &state.quotes_kept;
    let count = kept.len();
    let title = match state.quote_filter.is_empty() {
        true => format!("Quotes {count}"),
        false => format!("Quotes {count} of {all}"),
    };
    block(view, Focus::Quotes, &title, None, area.width).render(area, buf);
    let body = inner(area);
    let Some(b) = b.filter(|_| count > 0) else {
        let none = match all {
            0 => "no quotes",
            _ if state.quote_filter.asks_for_quote_words() => "no quote here has the words",
            _ => "no quotes by this speaker",
        };
        Line::styled(
            truncate(none, usize::from(body.width), ""),
            theme.style(Role::Muted),
        )
        .render(body, buf);
        return;
    };
    let width = usize::from(body.width);
    let mut highlights = state.highlights.clone();
    highlights.extend(state.quote_filter.quote_highlights());
    let mut rows: Vec<(usize, Line<'static>)> = Vec::new();
    for &i in kept {
        let q = &b.quotes[i];
        let [open, close] = view.symbols.quote_marks;
        let lead = format!("{}. {open}", i + 1);
        let quote = b.quote_text(q);
        let text = format!("{lead}{quote}{close}");
        let found: Vec<Range<usize>> = highlight::find(&quote, &highlights)
            .into_iter()
            .map(|r| r.start + lead.len()..r.end + lead.len())
            .collect();
        let role = if state.detail.marked_quote == Some(i) {
            Role::QuoteMarked
        } else {
            Role::Quote
        };
        let ranges = wrap(&text, width);
        let cut = ranges.len() > MAX_QUOTE_LINES;
        for (k, r) in ranges.into_iter().take(MAX_QUOTE_LINES).enumerate() {
            let marks: Vec<(Range<usize>, Style)> = (found.iter())
                .filter(|m| m.start < r.end && m.end > r.start)
                .map(|m| {
                    let inside = m.start.max(r.start) - r.start..m.end.min(r.end) - r.start;
                    (inside, theme.style(Role::Match))
                })
                .collect();
            let mut piece = text[r].to_string();
            if cut && k + 1 == MAX_QUOTE_LINES {
                piece = truncate(
                    &format!("{piece} {}", view.symbols.ellipsis),
                    width,
                    view.symbols.ellipsis,
                );
            }
            let line = styled(&piece, theme.style(role), &marks, width);
            rows.push((i, Line::from(line)));
        }
        if let Some(s) = &q.speaker {
            let by = format!("{} {}", view.symbols.dash, s.shown());
            rows.push((
                i,
                Line::from(Span::styled(
                    truncate(&by, width, view.symbols.ellipsis),
                    theme.style(Role::Muted),
                )),
            ));
        }
        rows.push((i, Line::default()));
    }
    let cursor = match kept.contains(&state.quote_cursor) {
        true => state.quote_cursor,
        false => kept[0],
    };
    let first = rows.iter().position(|(i, _)| *i == cursor).unwrap_or(0);
    let last = rows.iter().rposition(|(i, _)| *i == cursor).unwrap_or(0);
    let height = usize::from(body.height);
    let offset = if last < height {
        0
    } else {
        first.min(last + 1 - height)
    };
    let focused = view.focused(Focus::Quotes);
    for (row, (i, line)) in rows.into_iter().skip(offset).take(height).enumerate() {
        let area = Rect::new(body.x, body.y + row as u16, body.width, 1);
        let line = if focused && i == cursor && !line.spans.is_empty() {
            super::selection::selected(theme, line)
        } else {
            line
        };
        line.render(area, buf);
    }
}
