//! Where each pane goes for a terminal size. Shared by `update` (page sizes,
//! wrap width) and the renderer, so both agree.

use ratatui::layout::{Constraint, Layout, Rect};

pub const MIN_WIDTH: u16 = 20;
pub const MIN_HEIGHT: u16 = 6;
pub const WIDE: u16 = 140;
pub const NARROW: u16 = 80;
pub const ZEN_WIDTH: u16 = 76;

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
    /// List and detail; the quote pane below the detail when toggled on.
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
}

/// Inside a bordered pane.
pub fn inner(area: Rect) -> Rect {
    area.inner(ratatui::layout::Margin {
        horizontal: 1,
        vertical: 1,
    })
}

/// The panes for a `width` x `height` terminal whose status bar takes
/// `status_rows` rows (more than one while a long message shows).
pub fn areas(
    width: u16,
    height: u16,
    focus: Focus,
    quotes_on: bool,
    zen: bool,
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
    };
    if width < MIN_WIDTH || height < MIN_HEIGHT {
        return areas;
    }
    if zen {
        let w = width.min(ZEN_WIDTH + 2);
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
    if width >= WIDE {
        let [list, detail, quotes] = Layout::horizontal([
            Constraint::Percentage(34),
            Constraint::Min(40),
            Constraint::Percentage(26),
        ])
        .areas(body);
        areas.kind = Kind::Triple;
        (areas.list, areas.detail, areas.quotes) = (Some(list), Some(detail), Some(quotes));
    } else if width >= NARROW {
        let [list, right] =
            Layout::horizontal([Constraint::Percentage(42), Constraint::Min(30)]).areas(body);
        areas.kind = Kind::Double;
        areas.list = Some(list);
        if quotes_on {
            let [detail, quotes] =
                Layout::vertical([Constraint::Percentage(62), Constraint::Min(4)]).areas(right);
            (areas.detail, areas.quotes) = (Some(detail), Some(quotes));
        } else {
            areas.detail = Some(right);
        }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn picks_the_layout_by_width() {
        assert_eq!(
            areas(200, 50, Focus::List, false, false, 1).kind,
            Kind::Triple
        );
        assert_eq!(
            areas(120, 40, Focus::List, false, false, 1).kind,
            Kind::Double
        );
        assert!(areas(120, 40, Focus::List, true, false, 1).quotes.is_some());
        assert_eq!(
            areas(79, 24, Focus::Detail, false, false, 1)
                .visible()
                .len(),
            3
        );
        assert!(areas(79, 24, Focus::Detail, false, false, 1).list.is_none());
        assert_eq!(
            areas(19, 24, Focus::List, false, false, 1).kind,
            Kind::TooSmall
        );
        assert_eq!(
            areas(80, 5, Focus::List, false, false, 1).kind,
            Kind::TooSmall
        );
        let message = areas(80, 24, Focus::List, false, false, 3);
        assert_eq!((message.status.y, message.status.height), (21, 3));
        assert_eq!(
            message.list.unwrap().height,
            20,
            "the panes give the rows up"
        );
        let zen = areas(200, 50, Focus::List, false, true, 1);
        assert_eq!(zen.detail.unwrap().width, ZEN_WIDTH + 2);
    }
}
