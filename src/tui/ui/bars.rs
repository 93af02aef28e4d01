//! The filter bar at the top and the status bar at the bottom.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::View;
use super::spans::{styled, truncate};
use crate::model::Severity;
use crate::text::wrap::str_width;
use crate::tui::help;
use crate::tui::keymap::{self, TAKE_READING, TAKE_TYPING};
use crate::tui::state::messages::fitted;
use crate::tui::state::{TagMode, Target};
use crate::tui::theme::Role;

pub fn filter_bar(view: &View, area: Rect, buf: &mut Buffer) {
    let theme = view.theme;
    let filter = &view.state.filter;
    let width = usize::from(area.width);
    buf.set_style(area, theme.style(Role::FilterBar));
    let bar = theme.style(Role::FilterBar);
    let accent = bar.patch(theme.style(Role::Accent));
    let line = if let Some(confirm) = view.state.confirm {
        super::marks::question(view, confirm)
    } else if let Some(editor) = &view.state.note {
        super::marks::note_editor(view, editor, width)
    } else if let Some((target, editor, _)) = &filter.editing {
        let prompt = match target {
            Target::Search => "/",
            Target::Query => "query: ",
        };
        let mut spans = super::spans::editing(view, prompt, editor, width);
        if let Some((t, e)) = &filter.error
            && t == target
        {
            spans.extend(styled(
                &format!("  {}", e.message),
                theme.style(Role::Error),
                &[],
                width,
            ));
        }
        if let Some(offer) = offer(view, TAKE_TYPING) {
            spans.extend(styled(&format!("  {offer}"), accent, &[], width));
        }
        Line::from(spans)
    } else if filter.is_empty() {
        Line::styled(
            "/ search   : query   t tags   ? help",
            theme.style(Role::Muted),
        )
    } else {
        let mut parts = Vec::new();
        if !filter.query.is_empty() {
            parts.push(format!("query: {}", filter.query));
        }
        if !filter.search.is_empty() {
            parts.push(format!("search: {}", filter.search));
        }
        if !filter.tags.is_empty() {
            let joiner = if filter.tag_mode == TagMode::All {
                " & "
            } else {
                " | "
            };
            let tags: Vec<String> = filter.tags.iter().map(|t| format!("#{t}")).collect();
            parts.push(format!("tags: {}", tags.join(joiner)));
        }
        let mut spans = styled(&parts.join("   "), bar, &[], width);
        if let Some(offer) = offer(view, TAKE_READING) {
            spans.extend(styled(&format!("   {offer}"), accent, &[], width));
        }
        Line::from(spans)
    };
    fit(line, width).render(area, buf);
}

/// `no match; did you mean zelensky? Tab takes it`, naming the keys bound
/// to the binding described as `desc`, when words are suggested.
fn offer(view: &View, desc: &str) -> Option<String> {
    let (_, suggestion) = view.state.suggestion.as_ref()?;
    let question = suggestion.question();
    Some(match help::keys_for(&view.state.help_rows, desc) {
        Some(keys) if !keys.is_empty() => format!("no match; {question} {keys} takes it"),
        _ => format!("no match; {question}"),
    })
}

/// The counts and key hints, or a message: on one line with the counts when
/// it fits, else alone over the rows the layout gave it, wrapped at words.
pub fn status_bar(view: &View, area: Rect, buf: &mut Buffer) {
    let style = view.theme.style(Role::StatusBar);
    buf.set_style(area, style);
    let width = usize::from(area.width);
    let row = |i: u16| Rect::new(area.x, area.y + i, area.width, 1);
    let counts = counts(view);
    let Some(message) = &view.state.message else {
        fit(with_hints(view, counts, width), width).render(row(0), buf);
        return;
    };
    let beside = format!("{counts}  {message}");
    if area.height == 1 && str_width(&beside) <= width {
        fit(with_hints(view, beside, width), width).render(row(0), buf);
        return;
    }
    let room = width.saturating_sub(2);
    let lines = fitted(
        message,
        room,
        usize::from(area.height),
        view.symbols.ellipsis,
    );
    for (i, text) in (0..).zip(lines) {
        Line::from(styled(&format!(" {text}"), style, &[], width)).render(row(i), buf);
    }
}

/// How many briefings show, the sort, the tags, the problems and the marks.
fn counts(view: &View) -> String {
    let state = view.state;
    // Counts over the newest briefings alone would be wrong for the archive.
    if let Some(all) = view.store.preview_of() {
        let (shown, newest) = (state.shown.len(), view.store.len());
        return format!(" {shown}/{newest} (the newest of {all})");
    }
    let mut left = format!(" {}/{}", state.shown.len(), view.store.len());
    if state.sort != crate::tui::state::Sort::default() {
        left.push_str(&format!("  {}", state.sort.label()));
    }
    if !state.filter.tags.is_empty() {
        let tags: Vec<String> = state.filter.tags.iter().map(|t| format!("#{t}")).collect();
        left.push_str(&format!("  {}", tags.join(" ")));
    }
    let problems = view.store.count(Severity::Warning) + view.store.count(Severity::Error);
    if problems > 0 {
        left.push_str(&format!("  {}", crate::text::plural(problems, "problem")));
        if let Some(key) = help::first_key(&view.state.help_rows, keymap::LIST_PROBLEMS) {
            left.push_str(&format!(" ({key} lists them)"));
        }
    }
    left.push_str(&super::marks::counts(view));
    left
}

/// `left`, and the key hints at the right where they fit.
fn with_hints(view: &View, left: String, width: usize) -> Line<'static> {
    let style = view.theme.style(Role::StatusBar);
    let hints = hints(view);
    let left = truncate(&left, width, view.symbols.ellipsis);
    let room = width.saturating_sub(str_width(&left));
    let mut spans = vec![Span::styled(left, style)];
    if room > str_width(&hints) {
        spans.push(Span::styled(" ".repeat(room - str_width(&hints)), style));
        spans.push(Span::styled(
            hints,
            style.patch(view.theme.style(Role::Key)),
        ));
    }
    Line::from(spans)
}

/// `? help  / search  t tags  s sort  q quit `, with the keys bound now; a
/// binding with no key is left out.
fn hints(view: &View) -> String {
    let named = [
        (keymap::OPEN_HELP, "help"),
        (keymap::START_SEARCH, "search"),
        (keymap::PICK_TAGS, "tags"),
        (keymap::CYCLE_SORT, "sort"),
        (keymap::QUIT, "quit"),
    ];
    let keys = named.iter().filter_map(|&(desc, name)| {
        help::first_key(&view.state.help_rows, desc).map(|key| format!("{key} {name}"))
    });
    let mut hints = keys.collect::<Vec<_>>().join("  ");
    hints.push(' ');
    hints
}

/// Drops whole spans and then characters until the line fits.
fn fit(line: Line<'static>, width: usize) -> Line<'static> {
    if line.width() <= width {
        return line;
    }
    let mut out = Vec::new();
    let mut used = 0;
    for span in line.spans {
        let w = span.width();
        if used + w <= width {
            used += w;
            out.push(span);
        } else {
            out.push(Span::styled(
                truncate(&span.content, width - used, ""),
                span.style,
            ));
            break;
        }
    }
    Line::from(out)
}
