//! The list pane: one row per shown briefing.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::View;
use super::pane::block;
use super::selection::draw_row;
use super::spans::{styled, truncate, truncate_words, word_cut};
use crate::model::{Briefing, Priority};
use crate::store::DocId;
use crate::text::wrap::str_width;
use crate::tui::layout::{Focus, inner};
use crate::tui::state::twins::By;
use crate::tui::theme::Role;

pub fn render(view: &View, area: Rect, buf: &mut Buffer) {
    let state = view.state;
    let title = match view.store.preview_of() {
        Some(all) => format!(
            "Briefings {}/{} (the newest of {all}, loading)",
            state.shown.len(),
            view.store.len()
        ),
        None => format!("Briefings {}/{}", state.shown.len(), view.store.len()),
    };
    // A query that does not parse yet is not a result: the list is the
    // last good one, and says which.
    let title = match &state.filter.error {
        Some(_) if state.filter.listed.is_empty() => format!("{title}, unfiltered until it parses"),
        Some(_) => format!("{title}, still for {}", state.filter.listed),
        None => title,
    };
    block(view, Focus::List, &title, None, area.width).render(area, buf);
    let body = inner(area);
    if state.shown.is_empty() {
        let hint = if view.store.is_empty() {
            "no briefings loaded"
        } else {
            "nothing matches: Esc clears the filter"
        };
        Line::styled(
            truncate(hint, usize::from(body.width), view.symbols.ellipsis),
            view.theme.style(Role::Muted),
        )
        .render(body, buf);
        return;
    }
    let rows = usize::from(body.height);
    for (row, i) in (state.list_offset..state.shown.len())
        .take(rows)
        .enumerate()
    {
        let doc = state.shown[i];
        // A row needs the head only, but for a title cut with `…` drawn in
        // ASCII, which looks at the body (see `drawn_title`).
        let head = view.store.head(doc);
        let b = match view.symbols.ellipsis != "…" && head.title.ends_with('…') {
            true => view.state.bodies.of(view.store, doc),
            false => head,
        };
        let line_area = Rect::new(body.x, body.y + row as u16, body.width, 1);
        let line = super::marks::with_flags(
            view,
            state.shown[i],
            |width| row_line(view, doc, b, width),
            usize::from(body.width),
        );
        draw_row(view.theme, line, i == state.selected, line_area, buf);
    }
}

/// Columns for dates in `format`: as wide as its widest month and weekday,
/// and room for "undated".
fn date_width(format: &str) -> usize {
    let widest = chrono::NaiveDate::from_ymd_opt(2000, 9, 27).expect("a valid date");
    str_width(&widest.format(format).to_string()).clamp(7, 40)
}

/// Columns of a row after the date, the marker and the hits: the title,
/// then the source and the tags where there is room. Beside the source the
/// title still shows at least 40 characters once cut at a word (an eighth
/// of its room may go), beside the tags 60.
#[derive(Debug, PartialEq, Eq)]
struct Columns {
    title: usize,
    source: usize,
    tags: usize,
}

const TITLE_BESIDE_SOURCE: usize = 46;
const TITLE_BESIDE_TAGS: usize = 69;

fn columns(room: usize) -> Columns {
    let source = match room.saturating_sub(TITLE_BESIDE_SOURCE + 1).min(22) {
        w if w >= 12 => w,
        _ => 0,
    };
    let tags = match room.saturating_sub(TITLE_BESIDE_TAGS + source + 2).min(30) {
        w if w >= 12 && source > 0 => w,
        _ => 0,
    };
    let gaps = usize::from(source > 0) + usize::from(tags > 0);
    Columns {
        title: room - source - tags - gaps,
        source,
        tags,
    }
}

/// `date marker [hits] title source #tags`, fitted to `width` columns; the
/// hits column only with a watchlist.
fn row_line(view: &View, doc: DocId, b: &Briefing, width: usize) -> Line<'static> {
    let theme = view.theme;
    let format = view.state.date_format.as_str();
    let date = b
        .date
        .map_or_else(|| "undated".to_string(), |d| d.format(format).to_string());
    let date_w = date_width(format);
    let marker = match b.priority {
        Priority::High => Span::styled(view.symbols.high, theme.style(Role::PriorityHigh)),
        Priority::Low => Span::styled(view.symbols.low, theme.style(Role::PriorityLow)),
        Priority::Normal => Span::raw(" "),
    };
    let watch = &view.state.watch;
    let fixed = date_w + 1 + 1 + 1 + if watch.is_on() { 4 } else { 0 };
    let columns = columns(width.saturating_sub(fixed));
    let cell = |text: &str, w: usize| {
        let cut = truncate_words(text, w, view.symbols.ellipsis);
        let pad = w.saturating_sub(str_width(&cut));
        format!("{cut}{}", " ".repeat(pad))
    };
    let mut spans = vec![
        Span::styled(cell(&date, date_w), theme.style(Role::Date)),
        Span::raw(" "),
        marker,
        Span::raw(" "),
    ];
    if watch.is_on() {
        let hits = match watch.count(doc) {
            0 => String::new(),
            n @ 1..1000 => n.to_string(),
            _ => "1k+".into(),
        };
        spans.push(Span::raw(" ".repeat(3 - hits.len())));
        spans.push(Span::styled(hits, theme.style(Role::Watch)));
        spans.push(Span::raw(" "));
    }
    let drawn = drawn_title(b, view.symbols.ellipsis);
    match told_apart(view, doc, &columns) {
        None => spans.extend(title(view, doc, &drawn, columns.title)),
        // Right after the title, which gives up what room it needs.
        Some(tell) => {
            let sep = format!(" {} ", view.symbols.dot);
            let used = str_width(&sep) + str_width(&tell.content);
            let room = columns.title.saturating_sub(used);
            let width = room.min(str_width(&drawn));
            spans.extend(title(view, doc, &drawn, width));
            spans.push(Span::styled(sep, theme.style(Role::Muted)));
            spans.push(tell);
            spans.push(Span::raw(" ".repeat(room - width)));
        }
    }
    if columns.source > 0 {
        spans.push(Span::raw(" "));
        spans.push(Span::styled(
            cell(b.source.as_deref().unwrap_or(""), columns.source),
            theme.style(Role::Source),
        ));
    }
    if columns.tags > 0 {
        let tags: Vec<String> = b.tag_names().map(|t| format!("#{t}")).collect();
        spans.push(Span::raw(" "));
        spans.push(Span::styled(
            cell(&tags.join(" "), columns.tags),
            theme.style(Role::Tag),
        ));
    }
    let line = Line::from(spans);
    if line.width() > width {
        Line::from(truncate(&line.to_string(), width, ""))
    } else {
        line
    }
}

/// What tells the row of `doc` apart from another on screen with its title
/// (see `state::twins`), in at most half the title's columns; none when
/// the source column shows the source that tells it whole. One too long
/// leaves out what all the rows of its title start with, then is cut.
fn told_apart(view: &View, doc: DocId, columns: &Columns) -> Option<Span<'static>> {
    let tell = view.state.twins.of(doc)?;
    let (role, shown_whole) = match tell.by {
        By::Source => (Role::Source, columns.source >= str_width(&tell.text)),
        By::Id => (Role::Muted, false),
    };
    if shown_whole {
        return None;
    }
    let ellipsis = view.symbols.ellipsis;
    let most = (columns.title / 2).max(8);
    let text = match str_width(&tell.text) <= most || tell.shared == 0 {
        true => tell.text.clone(),
        false => format!("{ellipsis}{}", &tell.text[tell.shared..]),
    };
    Some(Span::styled(
        truncate(&text, most, ellipsis),
        view.theme.style(role),
    ))
}

/// The title in `width` columns, cut at a word, its watchlist hits marked.
/// The title as drawn: one the loader shortened (a first sentence cut with
/// `…`) ends in the ellipsis in force, so `--ascii` stays ASCII; the
/// briefing's own text is left as it is.
fn drawn_title<'a>(b: &'a Briefing, ellipsis: &str) -> std::borrow::Cow<'a, str> {
    // Only with ASCII symbols and a title ending in `…` is the first
    // paragraph looked at, so a normal frame costs nothing here.
    let cut_by_brief = |_: &&str| {
        ellipsis != "…"
            && b.paragraphs
                .get(0)
                .is_some_and(|first| crate::load::is_cut_title(&b.title, first))
    };
    match b.title.strip_suffix('…').filter(cut_by_brief) {
        Some(kept) => format!("{kept}{ellipsis}").into(),
        None => b.title.as_str().into(),
    }
}

fn title(view: &View, doc: DocId, title: &str, width: usize) -> Vec<Span<'static>> {
    let text = view.theme.style(Role::Text);
    let ellipsis = view.symbols.ellipsis;
    let cut = word_cut(title, width, ellipsis);
    let kept = &title[..cut.unwrap_or(title.len())];
    let marks: Vec<_> = if view.state.watch.has_hits(doc) {
        let style = view.theme.style(Role::Watch);
        crate::watch::find(title, &view.state.watch.list)
            .into_iter()
            .map(|hit| (hit.range, style))
            .collect()
    } else {
        Vec::new()
    };
    let tail = if cut.is_some() && width >= str_width(ellipsis) {
        ellipsis
    } else {
        ""
    };
    let mut spans = styled(kept, text, &marks, width.saturating_sub(str_width(tail)));
    let used: usize = spans.iter().map(Span::width).sum();
    let pad = width.saturating_sub(used + str_width(tail));
    spans.push(Span::styled(format!("{tail}{}", " ".repeat(pad)), text));
    spans
}

#[cfg(test)]
#[path = "list_tests.rs"]
mod tests;
