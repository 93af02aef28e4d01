//! The list pane: one row per shown briefing.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::View;
use super::pane::block;
use super::selection::draw_row;
use super::spans::{styled, truncate};
use crate::model::{Briefing, Priority};
use crate::store::DocId;
use crate::text::wrap::str_width;
use crate::tui::layout::{Focus, inner};
use crate::tui::theme::Role;

pub fn render(view: &View, area: Rect, buf: &mut Buffer) {
    let state = view.state;
    let title = format!("Briefings {}/{}", state.shown.len(), view.store.len());
    block(view, Focus::List, &title, None, area.width).render(area, buf);
    let body = inner(area);
    if state.shown.is_empty() {
        let hint = if view.store.is_empty() {
            "no briefings loaded"
        } else {
            "nothing matches: Esc clears the filter"
        };
        Line::styled(
            truncate(hint, usize::from(body.width), view.symbols.ellipsis),
            view.theme.style(Role::Muted),
        )
        .render(body, buf);
        return;
    }
    let rows = usize::from(body.height);
    for (row, i) in (state.list_offset..state.shown.len())
        .take(rows)
        .enumerate()
    {
        let doc = state.shown[i];
        let b = view.store.get(doc);
        let line_area = Rect::new(body.x, body.y + row as u16, body.width, 1);
        let line = super::marks::with_flags(
            view,
            state.shown[i],
            |width| row_line(view, doc, b, width),
            usize::from(body.width),
        );
        draw_row(view.theme, line, i == state.selected, line_area, buf);
    }
}

/// Columns for dates in `format`: as wide as its widest month and weekday,
/// and room for "undated".
fn date_width(format: &str) -> usize {
    let widest = chrono::NaiveDate::from_ymd_opt(2000, 9, 27).expect("a valid date");
    str_width(&widest.format(format).to_string()).clamp(7, 40)
}

/// `date marker [hits] title … source #tags`, fitted to `width` columns; the
/// hits column only with a watchlist.
fn row_line(view: &View, doc: DocId, b: &Briefing, width: usize) -> Line<'static> {
    let theme = view.theme;
    let format = view.state.date_format.as_str();
    let date = b
        .date
        .map_or_else(|| "undated".to_string(), |d| d.format(format).to_string());
    let date_w = date_width(format);
    let marker = match b.priority {
        Priority::High => Span::styled(view.symbols.high, theme.style(Role::PriorityHigh)),
        Priority::Low => Span::styled(view.symbols.low, theme.style(Role::PriorityLow)),
        Priority::Normal => Span::raw(" "),
    };
    let watch = &view.state.watch;
    let fixed = date_w + 1 + 1 + 1 + if watch.is_on() { 4 } else { 0 };
    let room = width.saturating_sub(fixed);
    let extras = if room >= 48 {
        room * 2 / 5
    } else if room >= 28 {
        room / 3
    } else {
        0
    };
    let source_w = if extras >= 20 {
        (extras / 2).min(18)
    } else {
        extras
    };
    let tags_w = extras.saturating_sub(source_w + 1);
    let title_w = room.saturating_sub(extras + usize::from(extras > 0));
    let cell = |text: &str, w: usize| {
        let cut = truncate(text, w, view.symbols.ellipsis);
        let pad = w.saturating_sub(str_width(&cut));
        format!("{cut}{}", " ".repeat(pad))
    };
    let tags: Vec<String> = b.tag_names().map(|t| format!("#{t}")).collect();
    let mut spans = vec![
        Span::styled(cell(&date, date_w), theme.style(Role::Date)),
        Span::raw(" "),
        marker,
        Span::raw(" "),
    ];
    if watch.is_on() {
        let hits = match watch.count(doc) {
            0 => String::new(),
            n @ 1..1000 => n.to_string(),
            _ => "1k+".into(),
        };
        spans.push(Span::raw(" ".repeat(3 - hits.len())));
        spans.push(Span::styled(hits, theme.style(Role::Watch)));
        spans.push(Span::raw(" "));
    }
    if watch.has_hits(doc) {
        spans.extend(watched_title(view, &b.title, title_w));
    } else {
        spans.push(Span::styled(
            cell(&b.title, title_w),
            theme.style(Role::Text),
        ));
    }
    if extras > 0 {
        spans.push(Span::raw(" "));
        spans.push(Span::styled(
            cell(b.source.as_deref().unwrap_or(""), source_w),
            theme.style(Role::Source),
        ));
    }
    if tags_w > 0 {
        spans.push(Span::raw(" "));
        spans.push(Span::styled(
            cell(&tags.join(" "), tags_w),
            theme.style(Role::Tag),
        ));
    }
    let line = Line::from(spans);
    if line.width() > width {
        Line::from(truncate(&line.to_string(), width, ""))
    } else {
        line
    }
}

/// The title in `width` columns with its watchlist hits marked.
fn watched_title(view: &View, title: &str, width: usize) -> Vec<Span<'static>> {
    let style = view.theme.style(Role::Watch);
    let marks: Vec<_> = crate::watch::find(title, &view.state.watch.list)
        .into_iter()
        .map(|hit| (hit.range, style))
        .collect();
    let ellipsis = view.symbols.ellipsis;
    let whole = truncate(title, usize::MAX, "");
    let cut = str_width(&whole) > width;
    let room = if cut {
        width.saturating_sub(str_width(ellipsis))
    } else {
        width
    };
    let text = view.theme.style(Role::Text);
    let mut spans = styled(title, text, &marks, room);
    let used: usize = spans.iter().map(Span::width).sum();
    let tail = if cut && width >= str_width(ellipsis) {
        ellipsis
    } else {
        ""
    };
    let pad = width.saturating_sub(used + str_width(tail));
    spans.push(Span::styled(format!("{tail}{}", " ".repeat(pad)), text));
    spans
}
