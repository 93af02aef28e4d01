//! The messages overlay: the last messages the status bar showed, newest
//! first and whole, so one that went by too fast or was shortened can be read.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::Widget;

use super::View;
use super::overlay::{frame, popup};
use super::spans::plain;
use crate::text::wrap::wrap;
use crate::tui::theme::Role;

pub fn render(view: &View, scroll: usize, area: Rect, buf: &mut Buffer) {
    let theme = view.theme;
    let log = &view.state.messages;
    let title = format!("Messages: the last {}, newest first", log.len());
    let footer = format!("Esc close  {} scroll", view.symbols.up_down);
    let body = frame(view, popup(area, 100, 30), buf, &title, &footer);
    if log.is_empty() {
        Line::styled("no messages yet", theme.style(Role::Muted)).render(body, buf);
        return;
    }
    let width = usize::from(body.width);
    let mut row = 0;
    for said in log.newest_first().skip(scroll) {
        let text = match said.times {
            1 => said.text.clone(),
            n => format!("{} ({n} times)", said.text),
        };
        // Continuation lines are indented, so each message stands out whole.
        for (k, range) in wrap(&text, width.saturating_sub(2).max(1))
            .into_iter()
            .enumerate()
        {
            if row == body.height {
                return;
            }
            let indent = if k == 0 { "" } else { "  " };
            let line = format!("{indent}{}", &text[range]);
            let role = if k == 0 { Role::Text } else { Role::Muted };
            plain(&line, theme.style(role), width)
                .render(Rect::new(body.x, body.y + row, body.width, 1), buf);
            row += 1;
        }
    }
}

#[cfg(test)]
#[path = "messages_tests.rs"]
mod tests;
