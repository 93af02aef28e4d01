//! Everything the reader remembers between keystrokes: ids, cursors and text
//! typed, never copies of briefings. Changed only by `update`.

mod citation;
pub mod detail;
pub mod editor;
pub mod filter;
pub mod marking;
pub mod mouse;
mod navigate;
pub mod outside;
pub mod switch;
pub mod tags;
mod update;
pub mod views;
pub mod watch;

use chrono::NaiveDate;

pub use detail::DetailState;
pub use filter::{Filter, TagMode, Target};
pub use outside::Effect;
pub use tags::TagPicker;
pub use update::update;
pub use views::ViewPicker;
pub use watch::WatchState;

use super::help;
use super::keymap::Keymap;
use super::layout::{self, Areas, Focus};
use crate::marks::{MarkSets, Marks, Seen};
use crate::query::Highlight;
use crate::store::{DocId, DocSet, Store};
use editor::LineEditor;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Sort {
    #[default]
    Date,
    Priority,
    Source,
}

impl Sort {
    pub fn next(self) -> Sort {
        match self {
            Sort::Date => Sort::Priority,
            Sort::Priority => Sort::Source,
            Sort::Source => Sort::Date,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Sort::Date => "date",
            Sort::Priority => "priority",
            Sort::Source => "source",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct HelpState {
    pub search: LineEditor,
    pub scroll: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Overlay {
    #[default]
    None,
    Help(HelpState),
    /// The loader's diagnostics, scrolled to the `scroll`th.
    Problems {
        scroll: usize,
    },
    Tags(TagPicker),
    Views(ViewPicker),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AppState {
    pub today: NaiveDate,
    pub width: u16,
    pub height: u16,
    pub focus: Focus,
    pub zen: bool,
    pub quotes_on: bool,
    pub sort: Sort,
    pub filter: Filter,
    /// The briefings the list shows, in display order.
    pub shown: Vec<DocId>,
    /// The same briefings as a set, for counting marks among them.
    pub shown_set: DocSet,
    pub selected: usize,
    pub list_offset: usize,
    pub quote_cursor: usize,
    pub detail: DetailState,
    pub highlights: Vec<Highlight>,
    pub overlay: Overlay,
    pub message: Option<String>,
    pub quit: bool,
    /// strftime format of the list's dates, from the configuration.
    pub date_format: String,
    /// What the event loop is to do next outside the screen; it empties this.
    pub effects: Vec<Effect>,
    /// Saved views from the configuration, in their order.
    pub views: Vec<crate::config::View>,
    pub watch: WatchState,
    /// The user's marks by id, as saved, and the same as sets of briefings.
    pub marks: Marks,
    pub marked: MarkSets,
    /// The note being written (`a`), shown in place of the filter bar.
    pub note: Option<LineEditor>,
    /// The briefing waiting to count as read, and since when (the loop's clock).
    pub reading: Option<(DocId, std::time::Instant)>,
    /// Every key binding of the keymap in use, as the help lists them.
    pub help_rows: Vec<help::Row>,
}

impl AppState {
    pub fn new(store: &Store, today: NaiveDate, (width, height): (u16, u16)) -> AppState {
        let mut state = AppState {
            today,
            width,
            height,
            focus: Focus::List,
            zen: false,
            quotes_on: false,
            sort: Sort::Date,
            filter: Filter::default(),
            shown: Vec::new(),
            shown_set: DocSet::empty(0),
            selected: 0,
            list_offset: 0,
            quote_cursor: 0,
            detail: DetailState::default(),
            highlights: Vec::new(),
            overlay: Overlay::None,
            message: None,
            quit: false,
            date_format: crate::config::DATE_FORMAT.to_string(),
            effects: Vec::new(),
            views: Vec::new(),
            watch: WatchState::default(),
            marks: Marks::default(),
            marked: MarkSets::empty(store.len()),
            note: None,
            reading: None,
            help_rows: help::rows(&Keymap::default()),
        };
        state.refresh(store);
        state
    }

    /// Starts following `list`: its hits are highlighted, counted and `w` finds them.
    pub fn set_watchlist(&mut self, store: &Store, list: crate::watch::Watchlist) {
        self.watch = WatchState::new(store, list);
        self.sync(store);
    }

    /// Takes the marks loaded from the state folder; `seen` decides what is new.
    pub fn set_marks(&mut self, store: &Store, marks: Marks, seen: Option<&Seen>) {
        self.marked = MarkSets::resolve(store, &marks, seen);
        self.marks = marks;
        self.refresh(store);
    }

    pub fn areas(&self) -> Areas {
        layout::areas(
            self.width,
            self.height,
            self.focus,
            self.quotes_on,
            self.zen,
        )
    }

    /// What queries are evaluated against: today and the marks.
    pub fn query_context(&self) -> crate::query::Context<'_> {
        crate::query::Context {
            today: self.today,
            marks: Some(&self.marked),
        }
    }

    pub fn selected_doc(&self) -> Option<DocId> {
        self.shown.get(self.selected).copied()
    }

    /// Rows the list pane shows at once.
    pub fn list_height(&self) -> usize {
        let full = layout::areas(self.width, self.height, Focus::List, self.quotes_on, false);
        full.list
            .map_or(1, |a| usize::from(layout::inner(a).height).max(1))
    }

    /// Text lines the detail pane shows at once, and their width.
    pub fn detail_size(&self) -> (usize, usize) {
        let areas = layout::areas(
            self.width,
            self.height,
            Focus::Detail,
            self.quotes_on,
            self.zen,
        );
        match (areas.kind, areas.detail) {
            (layout::Kind::Zen, Some(a)) => (
                usize::from(a.height).max(1),
                usize::from(a.width.saturating_sub(2)).max(1),
            ),
            (_, Some(a)) => {
                let inner = layout::inner(a);
                (
                    usize::from(inner.height).max(1),
                    usize::from(inner.width.saturating_sub(2)).max(1),
                )
            }
            _ => (1, 1),
        }
    }

    /// Re-runs the filter after it changed, keeping the selected briefing when it is still shown.
    pub fn refresh(&mut self, store: &Store) {
        let query = match self.filter.compose() {
            Ok(q) => q,
            Err(e) => {
                self.filter.error = Some(e);
                return;
            }
        };
        self.filter.error = None;
        let keep = self.selected_doc();
        self.shown_set = crate::query::evaluate_with(store, &query, &self.query_context());
        self.shown = self.shown_set.iter().collect();
        self.sort_shown(store);
        self.selected = keep
            .and_then(|d| self.shown.iter().position(|&s| s == d))
            .unwrap_or(0);
        let highlights = query.highlights();
        if highlights != self.highlights {
            self.highlights = highlights;
            self.detail.layout.key = None;
            self.detail.current_match = None;
        }
        if self.selected_doc() != keep {
            self.reset_detail();
        }
        self.sync(store);
    }

    fn sort_shown(&mut self, store: &Store) {
        match self.sort {
            Sort::Date => self.shown.sort_unstable(),
            Sort::Priority => self
                .shown
                .sort_by_key(|&d| (std::cmp::Reverse(store.get(d).priority), d)),
            Sort::Source => self.shown.sort_by_key(|&d| (store.source_rank(d), d)),
        }
    }

    pub fn reset_detail(&mut self) {
        self.detail.scroll = 0;
        self.detail.anchor = None;
        self.detail.marked_quote = None;
        self.detail.current_match = None;
        self.quote_cursor = 0;
    }

    /// Keeps derived view state consistent with the size and selection:
    /// the list offset, the detail layout and the scroll limits.
    pub fn sync(&mut self, store: &Store) {
        self.selected = self.selected.min(self.shown.len().saturating_sub(1));
        let rows = self.list_height();
        if self.selected < self.list_offset {
            self.list_offset = self.selected;
        } else if self.selected >= self.list_offset + rows {
            self.list_offset = self.selected + 1 - rows;
        }
        self.list_offset = self.list_offset.min(self.shown.len().saturating_sub(rows));
        let end = (self.list_offset + rows).min(self.shown.len());
        self.watch
            .count_rows(store, &self.shown[self.list_offset..end]);
        let areas = self.areas();
        if areas.kind != layout::Kind::Single && areas.pane(self.focus).is_none() {
            self.focus = if areas.detail.is_some() {
                Focus::Detail
            } else {
                Focus::List
            };
        }
        if areas.kind == layout::Kind::TooSmall {
            // Nothing is shown; re-wrapping a huge briefing at width 1 would only cost time.
            return;
        }
        let (height, width) = self.detail_size();
        match self.selected_doc() {
            Some(doc) if self.detail.layout.key != Some((doc, width)) => {
                self.detail.layout =
                    detail::Layout::build(doc, store.get(doc), width, &self.highlights);
            }
            Some(_) => {}
            None => self.detail = DetailState::default(),
        }
        self.watch.lay_out(store, &self.detail.layout);
        if let Some(anchor) = &self.detail.anchor {
            self.detail.scroll = self.detail.layout.line_of(anchor);
        }
        self.detail.scroll = self.detail.scroll.min(self.max_scroll(height));
    }

    /// Scrolls the text so `line` is at the top, and remembers that place in
    /// the text so re-wrapping (a resize) keeps it.
    pub fn scroll_detail_to(&mut self, line: usize) {
        let max = self.max_scroll(self.detail_size().0);
        self.detail.scroll = line.min(max);
        self.detail.anchor = self.detail.layout.anchor(self.detail.scroll);
    }

    pub fn max_scroll(&self, height: usize) -> usize {
        self.detail.layout.lines.len().saturating_sub(height)
    }
}
