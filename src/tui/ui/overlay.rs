//! Overlays drawn over the panes: help, problems and the tag picker.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Widget};

use super::View;
use super::selection::draw_row;
use super::spans::{styled, truncate};
use crate::model::Severity;
use crate::tui::help::{self, Row};
use crate::tui::state::narrow::NarrowedList;
use crate::tui::state::{HelpState, TagMode, TagPicker};
use crate::tui::theme::Role;

pub fn popup(area: Rect, width: u16, height: u16) -> Rect {
    let w = width
        .min(area.width.saturating_sub(2))
        .max(area.width.min(10));
    let h = height
        .min(area.height.saturating_sub(2))
        .max(area.height.min(3));
    Rect::new(
        area.x + (area.width - w) / 2,
        area.y + (area.height - h) / 2,
        w,
        h,
    )
}

pub fn frame(view: &View, area: Rect, buf: &mut Buffer, title: &str, footer: &str) -> Rect {
    Clear.render(area, buf);
    let style = view.theme.style(Role::BorderFocused);
    let room = usize::from(area.width.saturating_sub(4));
    Block::new()
        .borders(Borders::ALL)
        .border_set(view.symbols.border)
        .border_style(style)
        .style(view.theme.style(Role::Text))
        .title(Span::styled(
            format!(" {} ", truncate(title, room, view.symbols.ellipsis)),
            style,
        ))
        .title_bottom(
            Line::from(Span::styled(
                format!(" {} ", truncate(footer, room, "")),
                style,
            ))
            .right_aligned(),
        )
        .render(area, buf);
    crate::tui::layout::inner(area)
}

pub fn help(view: &View, state: &HelpState, area: Rect, buf: &mut Buffer) {
    let theme = view.theme;
    let rect = popup(area, 72, 40);
    let search = state.search.text();
    let title = if search.is_empty() {
        "Help: type to search".to_string()
    } else {
        format!("Help: {search}")
    };
    let footer = format!("Esc close  {} scroll", view.symbols.up_down);
    let body = frame(view, rect, buf, &title, &footer);
    let rows = help::matching(&view.state.help_rows, search);
    let width = usize::from(body.width);
    if rows.is_empty() {
        Line::styled("nothing matches", theme.style(Role::Muted)).render(body, buf);
    }
    let lines = rows
        .iter()
        .skip(state.scroll)
        .flat_map(|row| help_lines(view, row, width))
        .take(usize::from(body.height));
    for (i, line) in lines.enumerate() {
        line.render(Rect::new(body.x, body.y + i as u16, body.width, 1), buf);
    }
}

/// A help row as screen lines: a key and what it does, or a query term and
/// what it matches with its examples below; what does not fit wraps.
fn help_lines(view: &View, row: &Row, width: usize) -> Vec<Line<'static>> {
    let theme = view.theme;
    let room = width.saturating_sub(20).max(1);
    let two_columns = |left: &str, right: &str, role: Role| -> Vec<Line<'static>> {
        let pieces = crate::text::wrap::wrap(right, room);
        pieces
            .iter()
            .enumerate()
            .map(|(i, piece)| {
                let left = if i == 0 { left } else { "" };
                let left = format!("  {:<18}", truncate(left, 17, view.symbols.ellipsis));
                let mut spans = styled(&left, theme.style(Role::Key), &[], width);
                spans.extend(styled(&right[piece.clone()], theme.style(role), &[], room));
                Line::from(spans)
            })
            .collect()
    };
    match row {
        Row::Section(title) => vec![Line::from(Span::styled(
            truncate(title, width, ""),
            theme.style(Role::Accent).add_modifier(Modifier::BOLD),
        ))],
        Row::Key { keys, desc, .. } => two_columns(keys, desc, Role::Text),
        Row::Term(t) => {
            let mut lines = two_columns(t.syntax, t.meaning, Role::Text);
            let examples = format!("e.g. {}", t.example_line());
            lines.extend(two_columns("", &examples, Role::Muted));
            lines
        }
    }
}

pub fn tags(view: &View, picker: &TagPicker, area: Rect, buf: &mut Buffer) {
    let theme = view.theme;
    let rect = popup(area, 48, 30);
    let mode = if picker.mode == TagMode::All {
        "all"
    } else {
        "any"
    };
    let title = format!(
        "Tags: match {mode} {} {}",
        view.symbols.dot,
        crate::text::plural(picker.total, "briefing")
    );
    let footer = "Space pick  Tab all/any  Enter apply  Esc";
    let body = frame(view, rect, buf, &title, footer);
    if body.height == 0 {
        return;
    }
    let width = usize::from(body.width);
    let list = typed_line(view, &picker.list, body, buf);
    if picker.list.shown.is_empty() {
        let none = if picker.tags.is_empty() {
            "no tags".to_string()
        } else {
            format!("no tag contains \"{}\"", picker.list.search.text())
        };
        Line::from(styled(&none, theme.style(Role::Muted), &[], width)).render(list, buf);
        return;
    }
    let height = usize::from(list.height);
    let offset = picker.list.cursor.saturating_sub(height.saturating_sub(1));
    for (row, (at, &i)) in picker
        .list
        .shown
        .iter()
        .enumerate()
        .skip(offset)
        .take(height)
        .enumerate()
    {
        let tag = &picker.tags[i];
        let mark = if picker.is_picked(tag) {
            view.symbols.picked
        } else {
            view.symbols.unpicked
        };
        let count = picker.counts.get(i).copied().unwrap_or(0);
        let count_text = format!("{count:>6}");
        let name_room = width.saturating_sub(mark.len() + 1 + count_text.len() + 1);
        let name = truncate(tag, name_room, view.symbols.ellipsis);
        let pad = name_room.saturating_sub(crate::text::wrap::str_width(&name));
        let role = if count == 0 { Role::Muted } else { Role::Tag };
        let line = Line::from(vec![
            Span::styled(format!("{mark} "), theme.style(Role::Accent)),
            Span::styled(format!("{name}{}", " ".repeat(pad)), theme.style(role)),
            Span::styled(format!(" {count_text}"), theme.style(Role::Muted)),
        ]);
        let line_area = Rect::new(list.x, list.y + row as u16, list.width, 1);
        draw_row(theme, line, at == picker.list.cursor, line_area, buf);
    }
}

/// The text typed to narrow `list` on the first row of `body` (a hint while
/// nothing is); the rows below, for the list.
pub fn typed_line(view: &View, list: &NarrowedList, body: Rect, buf: &mut Buffer) -> Rect {
    let width = usize::from(body.width);
    let mut typed = super::spans::editing(view, "/", &list.search, width);
    if list.search.text().is_empty() {
        typed.push(Span::styled(
            "type to narrow",
            view.theme.style(Role::Muted),
        ));
    }
    Line::from(typed).render(Rect { height: 1, ..body }, buf);
    Rect {
        y: body.y + 1,
        height: body.height.saturating_sub(1),
        ..body
    }
}

pub fn problems(view: &View, scroll: usize, area: Rect, buf: &mut Buffer) {
    let theme = view.theme;
    let store = view.store;
    let title = format!(
        "Problems: {}, {}",
        crate::text::plural(store.count(Severity::Warning), "warning"),
        crate::text::plural(store.count(Severity::Error), "error")
    );
    let rect = popup(area, 110, 30);
    let footer = format!("Esc close  {} scroll", view.symbols.up_down);
    let body = frame(view, rect, buf, &title, &footer);
    let mut all = store.diagnostics().peekable();
    if all.peek().is_none() {
        Line::styled(
            "no problems: every file loaded cleanly",
            theme.style(Role::Muted),
        )
        .render(body, buf);
        return;
    }
    let width = usize::from(body.width);
    let height = usize::from(body.height);
    let mut row = 0;
    // Long messages wrap, continuation lines indented, so none is cut off.
    for d in all.skip(scroll) {
        let role = if d.severity == Severity::Error {
            Role::Error
        } else {
            Role::Warning
        };
        let text = d.to_string();
        for (k, range) in crate::text::wrap::wrap(&text, width.saturating_sub(2).max(1))
            .into_iter()
            .enumerate()
        {
            if row == height {
                return;
            }
            let indent = if k == 0 { "" } else { "  " };
            let line = Line::from(styled(
                &format!("{indent}{}", &text[range]),
                theme.style(role),
                &[],
                width,
            ));
            line.render(Rect::new(body.x, body.y + row as u16, body.width, 1), buf);
            row += 1;
        }
    }
}
