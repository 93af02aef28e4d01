//! The last copy shown plain, to select with the mouse. A terminal selects
//! whole rows, so the text takes the full width with nothing beside it: no
//! border, no margin, only a heading row above and a footer row below.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Clear, Widget};

use super::View;
use super::spans::truncate;
use crate::tui::state::clip::{self, Clip};
use crate::tui::theme::Role;

pub fn render(view: &View, clip: &Clip, scroll: usize, area: Rect, buf: &mut Buffer) {
    let theme = view.theme;
    let state = view.state;
    // The status bar stays, saying where the clip was kept or why not.
    let status = state.areas().status;
    let height = area.height.saturating_sub(status.height);
    let area = Rect { height, ..area };
    if area.height < 3 {
        return;
    }
    Clear.render(area, buf);
    buf.set_style(area, theme.style(Role::Text));
    let width = usize::from(area.width);
    let row = |y: u16| Rect::new(area.x, area.y + y, area.width, 1);
    let select = if state.mouse {
        "hold Shift as you drag to select it (brief has the mouse)"
    } else {
        "select it with the mouse"
    };
    let heading = format!("{}, plain: {select}", capitalised(&clip.what));
    let heading = truncate(&heading, width, view.symbols.ellipsis);
    Line::styled(heading, theme.style(Role::Accent)).render(row(0), buf);
    let lines = clip::lines(&clip.text, width);
    let rows = usize::from(area.height - 2);
    let scroll = scroll.min(lines.len().saturating_sub(rows));
    for (y, line) in lines.iter().skip(scroll).take(rows).enumerate() {
        Line::raw(line.as_str()).render(row(1 + y as u16), buf);
    }
    let kept = match (&state.clips_file, clip.kept) {
        (Some(path), true) => format!("kept in {}", path.display()),
        (Some(_), false) => "not kept: see the message below".to_string(),
        (None, _) => "not kept: no state folder".to_string(),
    };
    let more = if lines.len() > rows {
        format!("  {} scroll", view.symbols.up_down)
    } else {
        String::new()
    };
    let footer = format!("{kept}  Esc close{more}");
    let footer = truncate(&footer, width, view.symbols.ellipsis);
    Line::styled(footer, theme.style(Role::Muted)).render(row(area.height - 1), buf);
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect())
}
