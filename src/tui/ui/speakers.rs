//! The speakers overlay: each speaker quoted in the briefings shown, with
//! their quotes and the briefings quoting them, under the text typed to
//! narrow them.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::View;
use super::overlay::{frame, popup, typed_line};
use super::selection::draw_row;
use super::spans::{styled, truncate};
use crate::text::wrap::str_width;
use crate::tui::state::SpeakerPicker;
use crate::tui::theme::Role;

pub fn render(view: &View, picker: &SpeakerPicker, area: Rect, buf: &mut Buffer) {
    let theme = view.theme;
    let (rows, listed) = (&picker.rows, &picker.list.shown);
    let rect = popup(area, 72, rows.len().clamp(1, 200) as u16 + 3);
    let title = if listed.len() == rows.len() {
        format!("Speakers {}", rows.len())
    } else {
        format!("Speakers {} of {}", listed.len(), rows.len())
    };
    let body = frame(view, rect, buf, &title, "Enter their quotes  Esc");
    let list = typed_line(view, &picker.list, body, buf);
    let width = usize::from(body.width);
    if listed.is_empty() {
        let hint = if rows.is_empty() {
            "no named speaker in the briefings shown".to_string()
        } else {
            format!(
                "no speaker's name contains \"{}\"",
                picker.list.search.text()
            )
        };
        Line::from(styled(&hint, theme.style(Role::Muted), &[], width)).render(list, buf);
        return;
    }
    let height = usize::from(list.height);
    let offset = (picker.list.cursor).saturating_sub(height.saturating_sub(1));
    let quotes_w = rows
        .iter()
        .map(|r| r.quotes.to_string().len())
        .max()
        .unwrap_or(1);
    for (row, (at, &i)) in listed
        .iter()
        .enumerate()
        .skip(offset)
        .take(height)
        .enumerate()
    {
        let r = &rows[i];
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
            // Bodies and documents, after the people, in a quieter style.
            Span::styled(
                format!("{name}{pad}"),
                theme.style(if r.person { Role::Title } else { Role::Muted }),
            ),
            Span::styled(briefings, theme.style(Role::Muted)),
        ]);
        let line_area = Rect::new(list.x, list.y + row as u16, list.width, 1);
        draw_row(theme, line, at == picker.list.cursor, line_area, buf);
    }
}
