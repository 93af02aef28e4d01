//! The bordered frame every pane is drawn in, showing which pane has the focus.

use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders};

use super::View;
use super::spans::truncate;
use crate::tui::layout::Focus;
use crate::tui::theme::Role;

/// A bordered pane whose border and title show whether it has the focus.
pub fn block<'a>(
    view: &View,
    pane: Focus,
    title: &str,
    right: Option<String>,
    width: u16,
) -> Block<'a> {
    let focused = view.focused(pane);
    let border = view.theme.style(if focused {
        Role::BorderFocused
    } else {
        Role::Border
    });
    let room = usize::from(width.saturating_sub(4));
    let mut block = Block::new()
        .borders(Borders::ALL)
        .border_set(view.symbols.border)
        .border_style(border)
        .title(Line::from(Span::styled(
            format!(" {} ", truncate(title, room, view.symbols.ellipsis)),
            border,
        )));
    if let Some(right) = right {
        block = block
            .title_bottom(Line::from(Span::styled(format!(" {right} "), border)).right_aligned());
    }
    block
}
