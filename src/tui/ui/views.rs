//! The saved views picker: each view's number, name, query and count.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::View;
use super::overlay::{frame, popup};
use super::selection::draw_row;
use super::spans::truncate;
use crate::text::wrap::str_width;
use crate::tui::state::ViewPicker;
use crate::tui::theme::Role;

pub fn render(view: &View, picker: &ViewPicker, area: Rect, buf: &mut Buffer) {
    let theme = view.theme;
    let views = &view.state.views;
    let rect = popup(area, 72, views.len().max(1) as u16 + 2);
    let body = frame(view, rect, buf, "Saved views", "1-9 or Enter show  Esc");
    if views.is_empty() {
        let hint = "no saved views: add them under [views] in config.toml";
        Line::styled(hint, theme.style(Role::Muted)).render(body, buf);
        return;
    }
    let height = usize::from(body.height);
    let width = usize::from(body.width);
    let offset = picker.cursor.saturating_sub(height.saturating_sub(1));
    let name_w = views
        .iter()
        .map(|v| str_width(&v.name))
        .max()
        .unwrap_or(0)
        .min(width / 3);
    for (row, (i, v)) in views
        .iter()
        .enumerate()
        .skip(offset)
        .take(height)
        .enumerate()
    {
        let number = if i < 9 {
            format!("{} ", i + 1)
        } else {
            "  ".into()
        };
        let count = format!(" {:>7}", picker.counts.get(i).copied().unwrap_or(0));
        let name = truncate(&v.name, name_w, view.symbols.ellipsis);
        let pad = " ".repeat(name_w.saturating_sub(str_width(&name)));
        let query_room = width.saturating_sub(2 + name_w + 2 + count.len());
        let query = truncate(&v.query, query_room, view.symbols.ellipsis);
        let query_pad = " ".repeat(query_room.saturating_sub(str_width(&query)));
        let line = Line::from(vec![
            Span::styled(number, theme.style(Role::Accent)),
            Span::styled(format!("{name}{pad}  "), theme.style(Role::Title)),
            Span::styled(format!("{query}{query_pad}"), theme.style(Role::Text)),
            Span::styled(count, theme.style(Role::Muted)),
        ]);
        let line_area = Rect::new(body.x, body.y + row as u16, body.width, 1);
        draw_row(theme, line, i == picker.cursor, line_area, buf);
    }
}
