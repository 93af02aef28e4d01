//! The timeline strip: bars of how many shown briefings fall on each day or
//! week, the selected briefing's bar marked, the first and last dates below.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::{Sparkline, SparklineBar, Widget};

use super::View;
use crate::text::wrap::str_width;
use crate::tui::state::Timeline;
use crate::tui::theme::Role;

pub fn render(view: &View, area: Rect, buf: &mut Buffer) {
    let Some(timeline) = &view.state.timeline else {
        return;
    };
    let theme = view.theme;
    buf.set_style(area, theme.style(Role::Text));
    let bars_area = Rect {
        height: area.height.saturating_sub(1),
        ..area
    };
    let axis = Rect {
        y: area.bottom().saturating_sub(1),
        height: 1,
        ..area
    };
    // Few bars are drawn wider, so that they fill the strip.
    let each = (usize::from(area.width) / timeline.bars.len().max(1)).max(1);
    let marked = view
        .state
        .selected_doc()
        .and_then(|d| view.store.date(d))
        .and_then(|date| timeline.bar_of(date));
    let bars = timeline.bars.iter().enumerate().flat_map(|(i, &count)| {
        let style = (Some(i) == marked).then(|| theme.style(Role::Selection));
        std::iter::repeat_n(SparklineBar::from(count).style(style), each)
    });
    Sparkline::default()
        .data(bars)
        .bar_set(view.symbols.bars.clone())
        .style(theme.style(Role::Date))
        .render(bars_area, buf);
    let mark = marked.map(|i| i * each + each / 2);
    axis_row(
        view,
        timeline,
        (mark, timeline.bars.len() * each),
        axis,
        buf,
    );
}

/// The first date under the first bar, the last ending under the last bar
/// (both moved aside for the mark, the column under the selected briefing's
/// bar), and between them what a bar stands for and what is undated.
fn axis_row(
    view: &View,
    timeline: &Timeline,
    (mark, bars_end): (Option<usize>, usize),
    area: Rect,
    buf: &mut Buffer,
) {
    let theme = view.theme;
    let width = usize::from(area.width);
    let format = |d: chrono::NaiveDate| d.format(&view.state.date_format).to_string();
    let (Some(first), Some(last)) = (timeline.first, timeline.last) else {
        let note = match timeline.undated {
            0 => "no briefings shown".to_string(),
            n => format!("no dates: {}", crate::text::plural(n, "undated briefing")),
        };
        buf.set_stringn(area.x, area.y, note, width, theme.style(Role::Muted));
        return;
    };
    let (first, last) = (format(first), format(last));
    let left = match mark {
        Some(m) if m <= str_width(&first) => m + 1,
        _ => 0,
    };
    let last_width = str_width(&last);
    let end = bars_end
        .max(left + str_width(&first) + 2 + last_width)
        .min(width);
    let right = match mark {
        Some(m) if m < end && m + last_width >= end && m + 1 + last_width <= width => m + 1,
        Some(m) if m < end && m + last_width >= end => m.saturating_sub(last_width),
        _ => end.saturating_sub(last_width),
    };
    let mut note = timeline.unit();
    if timeline.undated > 0 {
        note.push_str(&format!(", {} undated", timeline.undated));
    }
    let put = |buf: &mut Buffer, at: usize, text: &str, role: Role| {
        let room = width.saturating_sub(at);
        buf.set_stringn(area.x + at as u16, area.y, text, room, theme.style(role));
    };
    let after_first = left + str_width(&first) + 2;
    let note_end = after_first + str_width(&note);
    let clear_of_mark = mark.is_none_or(|m| m < after_first || m > note_end);
    if note_end + 2 <= right && clear_of_mark {
        put(buf, after_first, &note, Role::Muted);
    }
    put(buf, left, &first, Role::Date);
    if right >= after_first {
        put(buf, right, &last, Role::Date);
    }
    if let Some(m) = mark.filter(|&m| m < width) {
        put(buf, m, view.symbols.timeline_mark, Role::Accent);
    }
}
