//! The selected row of a list, drawn in the selection's own colours in every
//! cell so that no role's colour can hide it.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::text::Line;

use crate::tui::theme::{Role, Theme};

/// `line` in the selection's foreground and background, cell by cell. Roles
/// keep their modifiers as a tint, and a highlight that had a background of
/// its own (a watchlist hit) is underlined so that it still shows.
pub fn selected(theme: &Theme, mut line: Line<'static>) -> Line<'static> {
    let selection = theme.style(Role::Selection);
    let plain = theme.style(Role::Text).bg;
    for span in &mut line.spans {
        let highlight = span.style.bg.is_some_and(|bg| Some(bg) != plain);
        span.style = span.style.patch(selection);
        if highlight {
            span.style = span.style.add_modifier(Modifier::UNDERLINED);
        }
    }
    line.style(selection)
}

/// Draws `line` in `area` (one row), as the selected row when `is_selected`,
/// the selection filling the whole row.
pub fn draw_row(
    theme: &Theme,
    line: Line<'static>,
    is_selected: bool,
    area: Rect,
    buf: &mut Buffer,
) {
    use ratatui::widgets::Widget;
    if is_selected {
        buf.set_style(area, theme.style(Role::Selection));
        selected(theme, line).render(area, buf);
    } else {
        line.render(area, buf);
    }
}
