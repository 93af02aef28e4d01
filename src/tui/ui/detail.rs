//! The detail pane: the shown briefing's header and its text, laid out by `state::detail`.

use std::ops::Range;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::Widget;

use super::View;
use super::pane::block;
use super::spans::{styled, truncate};
use crate::model::{Briefing, Severity};
use crate::query::highlight;
use crate::tui::layout::{Focus, inner};
use crate::tui::state::detail::{Field, Line as DLine, Spelling, field_text};
use crate::tui::state::watch;
use crate::tui::theme::Role;

/// The pane in `area`, its text in `text_area` (from `Areas::text`).
pub fn render(view: &View, area: Rect, text_area: Rect, buf: &mut Buffer) {
    let state = view.state;
    let Some(doc) = state.selected_doc() else {
        block(view, Focus::Detail, "Detail", None, area.width).render(area, buf);
        return;
    };
    let b = view.state.bodies.of(view.store, doc);
    let body = inner(area);
    let position = position(
        state.detail.scroll,
        usize::from(body.height),
        state.detail.layout.lines.len(),
    );
    let block = block(view, Focus::Detail, &b.id, Some(position), area.width);
    super::marks::with_note(view, block, doc, area.width).render(area, buf);
    lines(view, b, text_area, buf);
}

/// Zen mode: the text alone, centred, no borders or bars.
pub fn render_zen(view: &View, text_area: Rect, buf: &mut Buffer) {
    let Some(doc) = view.state.selected_doc() else {
        return;
    };
    lines(view, view.state.bodies.of(view.store, doc), text_area, buf);
}

fn position(scroll: usize, height: usize, total: usize) -> String {
    if total <= height {
        return "all".into();
    }
    format!("{}%", ((scroll + height).min(total) * 100) / total)
}

fn lines(view: &View, b: &Briefing, area: Rect, buf: &mut Buffer) {
    let state = view.state;
    let layout = &state.detail.layout;
    let width = usize::from(area.width);
    let spelling = state.spelling();
    for (row, line) in layout
        .lines
        .iter()
        .skip(state.detail.scroll)
        .take(usize::from(area.height))
        .enumerate()
    {
        let rendered = match line {
            DLine::Blank => Line::default(),
            DLine::Header {
                field: Field::Lead(_),
                range,
            } => {
                let text = Text {
                    paragraph: 0,
                    watch_part: 0,
                    role: Role::Title,
                };
                text_line(view, b, text, range.clone(), width)
            }
            DLine::Header { field, range } => {
                header_line(view, b, (*field, range.clone()), spelling, width)
            }
            DLine::Body { paragraph, range } => {
                let text = Text {
                    paragraph: *paragraph,
                    watch_part: watch::paragraph_part(*paragraph),
                    role: Role::Text,
                };
                text_line(view, b, text, range.clone(), width)
            }
        };
        rendered.render(Rect::new(area.x, area.y + row as u16, area.width, 1), buf);
    }
}

/// The part `range` of header `field`, spelt as the layout spelt it.
fn header_line(
    view: &View,
    b: &Briefing,
    (field, range): (Field, Range<usize>),
    spelling: Spelling,
    width: usize,
) -> Line<'static> {
    let theme = view.theme;
    let role = match field {
        Field::Title | Field::Lead(_) => Role::Title,
        Field::Facts => Role::Date,
        Field::Tags => Role::Tag,
        Field::Url => Role::Accent,
        Field::Summary => Role::Text,
        Field::Extra(_) => Role::Muted,
        Field::Diagnostic(i) if b.diagnostics[i].severity == Severity::Error => Role::Error,
        Field::Diagnostic(_) | Field::Cut => Role::Warning,
    };
    let text = field_text(b, field, spelling);
    let slice = &text[range.clone()];
    let mut marks = Vec::new();
    let line = DLine::Header {
        field,
        range: range.clone(),
    };
    if let Some((part, _)) = watch::part(&line) {
        watch_marks(view, part, range, &mut marks);
    }
    if let Field::Title | Field::Summary = field {
        let found = highlight::find(slice, &view.state.highlights);
        marks.extend(found.into_iter().map(|r| (r, theme.style(Role::Match))));
    }
    Line::from(styled(slice, theme.style(role), &marks, width))
}

/// Watchlist hits on the line showing `range` of text `part`, the one `w`
/// went to underlined.
fn watch_marks(
    view: &View,
    part: usize,
    range: Range<usize>,
    marks: &mut Vec<(Range<usize>, Style)>,
) {
    let watch = &view.state.watch;
    for (i, hit) in watch.on_line(part, range.clone()) {
        let mut style = view.theme.style(Role::Watch);
        if watch.current == Some(i) {
            style = style.add_modifier(ratatui::style::Modifier::UNDERLINED);
        }
        let start = hit.range.start.max(range.start) - range.start;
        marks.push((start..hit.range.end.min(range.end) - range.start, style));
    }
}

/// Which text a line of a paragraph is from: the body, or the title leading it.
#[derive(Clone, Copy)]
struct Text {
    paragraph: usize,
    /// The watchlist's name for the text: see `watch::part`.
    watch_part: usize,
    role: Role,
}

/// A line of a paragraph with its quotes, watchlist hits and matches marked.
fn text_line(
    view: &View,
    b: &Briefing,
    Text {
        paragraph,
        watch_part,
        role,
    }: Text,
    range: Range<usize>,
    width: usize,
) -> Line<'static> {
    let theme = view.theme;
    let state = view.state;
    let overlap = |r: &Range<usize>| r.start < range.end && range.start < r.end;
    let local = |r: &Range<usize>| {
        r.start.max(range.start) - range.start..r.end.min(range.end) - range.start
    };
    // Quotes and matches are sorted by paragraph and offset and do not
    // overlap, so the ones on this line are found by binary search: a frame
    // costs the same with ten matches or a hundred thousand.
    let first_quote = b
        .quotes
        .partition_point(|q| q.end() <= (paragraph, range.start));
    let matches = &state.detail.layout.matches;
    let first_match =
        matches.partition_point(|m| (m.paragraph, m.range.end) <= (paragraph, range.start));
    let mut marks = Vec::new();
    for (i, q) in b
        .quotes
        .iter()
        .enumerate()
        .skip(first_quote)
        .take_while(|(_, q)| (q.paragraph, q.outer.start) < (paragraph, range.end))
    {
        let role = if state.detail.marked_quote == Some(i) {
            Role::QuoteMarked
        } else {
            Role::Quote
        };
        for (_, part) in q.parts().filter(|(p, r)| *p == paragraph && overlap(r)) {
            marks.push((local(part), theme.style(role)));
        }
    }
    watch_marks(view, watch_part, range.clone(), &mut marks);
    let on_line = matches
        .iter()
        .enumerate()
        .skip(first_match)
        .take_while(|(_, m)| m.paragraph == paragraph && m.range.start < range.end);
    for (i, m) in on_line {
        if overlap(&m.range) {
            let mut style = theme.style(Role::Match);
            if state.detail.current_match == Some(i) {
                style = style.add_modifier(ratatui::style::Modifier::UNDERLINED);
            }
            marks.push((local(&m.range), style));
        }
    }
    let text = &b.paragraphs[paragraph][range];
    if marks.is_empty() && text.is_empty() {
        return Line::from(truncate("", width, ""));
    }
    Line::from(styled(text, theme.style(role), &marks, width))
}
