//! Where each pane goes for a terminal size. Shared by `update` (page sizes,
//! wrap width) and the renderer, so both agree.
//!
//! Below `STACKED` columns (or `STACKED_HEIGHT` rows) one pane at a time;
//! up to `SIDE_BY_SIDE` the list takes the full width with the detail below
//! it (and the list shrinks to a few rows around the selection while the
//! detail or the quotes have the focus); from `SIDE_BY_SIDE` list and detail
//! sit side by side, and from `WIDE` the quote pane is a third column.

use ratatui::layout::{Constraint, Layout, Margin, Rect};

pub const MIN_WIDTH: u16 = 20;
pub const MIN_HEIGHT: u16 = 6;
pub const STACKED: u16 = 60;
pub const STACKED_HEIGHT: u16 = 16;
pub const SIDE_BY_SIDE: u16 = 160;
pub const WIDE: u16 = 200;
/// The timeline strip: two rows of bars and one of dates.
pub const TIMELINE_ROWS: u16 = 3;
/// The widest line the detail's text is wrapped to: longer lines read badly.
pub const MEASURE: u16 = 100;
/// List rows left above the detail while the detail or the quotes have the focus.
const PEEK_ROWS: u16 = 3;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    List,
    Detail,
    Quotes,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    TooSmall,
    /// One pane at a time, the focused one.
    Single,
    /// The list at full width above the detail; the quote pane below the
    /// detail when toggled on.
    Stacked,
    /// List and detail side by side; the quote pane below the detail when
    /// toggled on.
    Double,
    Triple,
    Zen,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Areas {
    pub kind: Kind,
    pub filter: Rect,
    pub status: Rect,
    pub list: Option<Rect>,
    pub detail: Option<Rect>,
    pub quotes: Option<Rect>,
    /// The timeline strip, under the panes, when it is on and there is room.
    pub timeline: Option<Rect>,
}

impl Areas {
    pub fn visible(&self) -> Vec<Focus> {
        if self.kind == Kind::Single {
            return vec![Focus::List, Focus::Detail, Focus::Quotes];
        }
        [
            (self.list, Focus::List),
            (self.detail, Focus::Detail),
            (self.quotes, Focus::Quotes),
        ]
        .into_iter()
        .filter_map(|(area, focus)| area.map(|_| focus))
        .collect()
    }

    pub fn pane(&self, focus: Focus) -> Option<Rect> {
        match focus {
            Focus::List => self.list,
            Focus::Detail => self.detail,
            Focus::Quotes => self.quotes,
        }
    }

    /// Where the detail's text goes: inside the border (zen has none) with a
    /// column of margin each side, at most `MEASURE` wide (zen has a width
    /// of its own).
    pub fn text(&self) -> Option<Rect> {
        let detail = self.detail?;
        let inside = if self.kind == Kind::Zen {
            detail
        } else {
            inner(detail)
        };
        let text = Rect {
            x: inside.x + 1.min(inside.width),
            width: inside.width.saturating_sub(2),
            ..inside
        };
        if self.kind == Kind::Zen {
            return Some(text);
        }
        Some(Rect {
            width: text.width.min(MEASURE),
            ..text
        })
    }
}

/// Inside a bordered pane.
pub fn inner(area: Rect) -> Rect {
    area.inner(Margin {
        horizontal: 1,
        vertical: 1,
    })
}

/// The panes for a `width` x `height` terminal. `zen` is the widest zen
/// mode's text may be, when zen mode is on; the status bar takes
/// `status_rows` rows (more than one while a long message shows).
#[allow(clippy::too_many_arguments)]
pub fn areas(
    width: u16,
    height: u16,
    focus: Focus,
    quotes_on: bool,
    zen: Option<u16>,
    timeline: bool,
    status_rows: u16,
) -> Areas {
    let screen = Rect::new(0, 0, width, height);
    let empty = Rect::new(0, 0, 0, 0);
    let mut areas = Areas {
        kind: Kind::TooSmall,
        filter: empty,
        status: empty,
        list: None,
        detail: None,
        quotes: None,
        timeline: None,
    };
    if width < MIN_WIDTH || height < MIN_HEIGHT {
        return areas;
    }
    if let Some(zen_width) = zen {
        let w = width.min(zen_width.saturating_add(2));
        areas.kind = Kind::Zen;
        areas.detail = Some(Rect::new((width - w) / 2, 0, w, height));
        return areas;
    }
    let [filter, body, status] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(1),
        Constraint::Length(status_rows.max(1)),
    ])
    .areas(screen);
    areas.filter = filter;
    areas.status = status;
    let (body, strip) = carve_timeline(body, timeline);
    areas.timeline = strip;
    if width >= WIDE {
        let quotes_w = (width / 5).clamp(36, 50);
        let detail_w = ((width - quotes_w) * 2 / 5).clamp(64, MEASURE + 4);
        let [list, detail, quotes] = Layout::horizontal([
            Constraint::Min(0),
            Constraint::Length(detail_w),
            Constraint::Length(quotes_w),
        ])
        .areas(body);
        areas.kind = Kind::Triple;
        (areas.list, areas.detail, areas.quotes) = (Some(list), Some(detail), Some(quotes));
    } else if width >= SIDE_BY_SIDE {
        let detail_w = (width * 2 / 5).clamp(64, MEASURE + 4);
        let [list, right] =
            Layout::horizontal([Constraint::Min(0), Constraint::Length(detail_w)]).areas(body);
        areas.kind = Kind::Double;
        areas.list = Some(list);
        detail_and_quotes(&mut areas, right, quotes_on);
    } else if width >= STACKED && height >= STACKED_HEIGHT {
        let list_h = match focus {
            Focus::List => body.height / 2,
            Focus::Detail | Focus::Quotes => PEEK_ROWS + 2,
        };
        let [list, below] =
            Layout::vertical([Constraint::Length(list_h), Constraint::Min(0)]).areas(body);
        areas.kind = Kind::Stacked;
        areas.list = Some(list);
        detail_and_quotes(&mut areas, below, quotes_on);
    } else {
        areas.kind = Kind::Single;
        match focus {
            Focus::List => areas.list = Some(body),
            Focus::Detail => areas.detail = Some(body),
            Focus::Quotes => areas.quotes = Some(body),
        }
    }
    areas
}

/// The timeline strip off the bottom of the body, if it is on and the panes
/// keep room for a few rows.
fn carve_timeline(body: Rect, on: bool) -> (Rect, Option<Rect>) {
    if !on || body.height < TIMELINE_ROWS + 6 {
        return (body, None);
    }
    let [panes, strip] =
        Layout::vertical([Constraint::Min(1), Constraint::Length(TIMELINE_ROWS)]).areas(body);
    (panes, Some(strip))
}

/// The detail in `area`, with the quote pane under it when toggled on.
fn detail_and_quotes(areas: &mut Areas, area: Rect, quotes_on: bool) {
    if quotes_on {
        let [detail, quotes] =
            Layout::vertical([Constraint::Percentage(62), Constraint::Min(4)]).areas(area);
        (areas.detail, areas.quotes) = (Some(detail), Some(quotes));
    } else {
        areas.detail = Some(area);
    }
}

#[cfg(test)]
#[path = "layout_tests.rs"]
mod tests;
