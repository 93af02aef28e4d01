//! The marks on screen: flags before each list row, counts in the status
//! bar, the note under the detail pane, the note editor and the question
//! before marking everything shown read.

use ratatui::text::{Line, Span};
use ratatui::widgets::Block;

use super::View;
use super::spans::styled;
use crate::store::DocId;
use crate::text::plural;
use crate::tui::state::editor::LineEditor;
use crate::tui::state::{Confirm, marking};
use crate::tui::theme::Role;

/// Columns the flags take before a row: unread, bookmark, note, a space.
const FLAGS: usize = 4;

/// `row` fitted to what is left of `width` after the flags of `doc`.
pub fn with_flags(
    view: &View,
    doc: DocId,
    row: impl FnOnce(usize) -> Line<'static>,
    width: usize,
) -> Line<'static> {
    if width <= FLAGS * 2 {
        return row(width);
    }
    let (sets, sym, theme) = (&view.state.marked, view.symbols, view.theme);
    let flag = |on: bool, glyph: &'static str, role| {
        if on {
            Span::styled(glyph, theme.style(role))
        } else {
            Span::raw(" ")
        }
    };
    let mut spans = vec![
        flag(!sets.read.contains(doc), sym.unread, Role::Accent),
        flag(
            sets.bookmarked.contains(doc),
            sym.bookmark,
            Role::PriorityHigh,
        ),
        flag(sets.noted.contains(doc), sym.note, Role::Tag),
        Span::raw(" "),
    ];
    spans.extend(row(width - FLAGS).spans);
    Line::from(spans)
}

/// `  3 unread  1 bookmarked  2 new` for the briefings the list shows.
pub fn counts(view: &View) -> String {
    let state = view.state;
    if state.shown.is_empty() {
        return String::new();
    }
    let (unread, bookmarked, new) = crate::marks::counts(&state.marked, &state.shown_set);
    let mut text = format!("  {unread} unread");
    if bookmarked > 0 {
        text.push_str(&format!("  {bookmarked} bookmarked"));
    }
    if new > 0 {
        text.push_str(&format!("  {new} new"));
    }
    text
}

/// The detail pane's border with the briefing's note at the bottom left.
pub fn with_note<'a>(view: &View, block: Block<'a>, doc: DocId, width: u16) -> Block<'a> {
    let key = view.state.marks.key(view.store, doc);
    let Some(note) = view.state.marks.note(&key) else {
        return block;
    };
    // Room is left for the position on the right (`100%`).
    let room = usize::from(width).saturating_sub(14);
    if room < 4 {
        return block;
    }
    let style = view.theme.style(Role::Accent);
    let mut spans = vec![Span::styled(format!(" {} ", view.symbols.note), style)];
    spans.extend(styled(note, style, &[], room - 3));
    spans.push(Span::styled(" ", style));
    block.title_bottom(Line::from(spans).left_aligned())
}

/// `note: text` with the cursor, in place of the filter bar.
pub fn note_editor(view: &View, editor: &LineEditor, width: usize) -> Line<'static> {
    let mut spans = super::spans::editing(view, "note: ", editor, width);
    spans.push(Span::styled(
        "   Enter saves, Esc cancels, empty removes",
        view.theme.style(Role::Muted),
    ));
    Line::from(spans)
}

/// A question waiting for y or n, in place of the filter bar.
pub fn question(view: &View, confirm: Confirm) -> Line<'static> {
    let asked = match confirm {
        Confirm::AllRead => format!(
            "mark {} read? ",
            plural(marking::shown_unread(view.state), "shown unread briefing")
        ),
    };
    Line::from(vec![
        Span::styled(asked, view.theme.style(Role::Accent)),
        Span::styled("y yes, n no", view.theme.style(Role::Muted)),
    ])
}

#[cfg(test)]
#[path = "marks_tests.rs"]
mod tests;
