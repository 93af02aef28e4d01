//! The speakers overlay: each speaker quoted in the briefings shown, with
//! their quotes and the briefings quoting them.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::View;
use super::overlay::{frame, popup};
use super::selection::draw_row;
use super::spans::truncate;
use crate::text::wrap::str_width;
use crate::tui::state::SpeakerPicker;
use crate::tui::theme::Role;

pub fn render(view: &View, picker: &SpeakerPicker, area: Rect, buf: &mut Buffer) {
    let theme = view.theme;
    let rows = &picker.rows;
    let rect = popup(area, 72, rows.len().clamp(1, 200) as u16 + 2);
    let title = format!("Speakers {}", rows.len());
    let body = frame(view, rect, buf, &title, "Enter their quotes  Esc");
    if rows.is_empty() {
        let hint = "no named speaker in the briefings shown";
        Line::styled(hint, theme.style(Role::Muted)).render(body, buf);
        return;
    }
    let height = usize::from(body.height);
    let width = usize::from(body.width);
    let offset = picker.cursor.saturating_sub(height.saturating_sub(1));
    let quotes_w = rows
        .iter()
        .map(|r| r.quotes.to_string().len())
        .max()
        .unwrap_or(1);
    for (row, (i, r)) in rows
        .iter()
        .enumerate()
        .skip(offset)
        .take(height)
        .enumerate()
    {
        let count = format!("{:>quotes_w$} ", r.quotes);
        let briefings = format!(
            " in {}",
            crate::text::plural(r.briefings as usize, "briefing")
        );
        let room = width.saturating_sub(count.len() + briefings.len());
        let name = truncate(&r.name, room, view.symbols.ellipsis);
        let pad = " ".repeat(room.saturating_sub(str_width(&name)));
        let line = Line::from(vec![
            Span::styled(count, theme.style(Role::Accent)),
            Span::styled(format!("{name}{pad}"), theme.style(Role::Title)),
            Span::styled(briefings, theme.style(Role::Muted)),
        ]);
        let line_area = Rect::new(body.x, body.y + row as u16, body.width, 1);
        draw_row(theme, line, i == picker.cursor, line_area, buf);
    }
}
