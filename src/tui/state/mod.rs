//! Everything the reader remembers between keystrokes: ids, cursors and text
//! typed, never copies of briefings. Built by `AppState::start`, changed
//! only by `update`.

mod bodies;
mod changes;
mod citation;
pub mod clip;
mod cursor;
mod derive;
pub mod detail;
pub mod editor;
pub mod filter;
mod input;
pub mod marking;
pub mod messages;
pub mod mouse;
pub mod narrow;
mod navigate;
mod opening;
pub mod outside;
mod sort;
pub mod speakers;
mod start;
mod suggest;
pub mod switch;
pub mod tags;
pub mod timeline;
pub mod twins;
pub mod undo;
mod update;
pub mod views;
pub mod watch;

use chrono::NaiveDate;

pub use bodies::Bodies;
pub use detail::DetailState;
pub use filter::{Filter, TagMode, Target};
pub use input::Input;
pub use messages::MessageLog;
pub use outside::{Effect, Outcome};
pub use sort::Sort;
pub use speakers::SpeakerPicker;
pub use start::Start;
pub use tags::TagPicker;
pub use timeline::Timeline;
pub use update::update;
pub use views::ViewPicker;
pub use watch::WatchState;

use super::help;
use super::layout::{self, Areas, Focus};
use super::symbols::Symbols;
use crate::config::View;
use crate::marks::{MarkSets, Marks};
use crate::query::{Highlight, Suggestion};
use crate::store::{DocId, DocSet};
use derive::Keep;
use editor::LineEditor;

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
    Speakers(SpeakerPicker),
    /// The last messages, newest first, scrolled to the `scroll`th.
    Messages {
        scroll: usize,
    },
    /// The last copy shown plain, scrolled to its `scroll`th row.
    Clip {
        scroll: usize,
    },
}

/// A question waiting for y or n, shown in place of the filter bar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Confirm {
    /// `R`: mark every shown briefing read.
    AllRead,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AppState {
    pub today: NaiveDate,
    pub width: u16,
    pub height: u16,
    pub focus: Focus,
    pub zen: bool,
    /// The widest zen mode's text may be, from the configuration.
    pub zen_width: u16,
    /// How long a briefing is shown before it counts as read; `None`: never by itself.
    pub auto_read: Option<std::time::Duration>,
    /// Rows the status bar takes for the message shown; set by `derive`.
    pub status_rows: u16,
    pub quotes_on: bool,
    pub sort: Sort,
    pub filter: Filter,
    /// The briefings the list shows, in display order.
    pub shown: Vec<DocId>,
    /// The same briefings as a set, for counting marks among them.
    pub shown_set: DocSet,
    /// The timeline strip's counts of the shown briefings, when it is on.
    pub timeline: Option<Timeline>,
    pub selected: usize,
    pub list_offset: usize,
    /// What tells apart the rows on screen that share a title; set by `derive`.
    pub twins: twins::Twins,
    pub quote_cursor: usize,
    /// The places among the selected briefing's quotes of those the
    /// filter keeps (all of them without `speaker:` or `quote:`); set by
    /// `derive`.
    pub quotes_kept: Vec<usize>,
    pub detail: DetailState,
    /// Whole briefings read for the store, which holds heads only when it
    /// came from the index cache.
    pub bodies: Bodies,
    pub highlights: Vec<Highlight>,
    /// The filter's `speaker:` terms, which pick the quotes shown too.
    pub quote_filter: crate::query::Query,
    /// When the filter finds nothing: the field with misspelt words and
    /// what it would say with them put right; set by `derive`.
    pub suggestion: Option<(Target, Suggestion)>,
    pub overlay: Overlay,
    /// What the status bar says now, until the next key.
    pub message: Option<String>,
    /// The last messages said, for the messages overlay.
    pub messages: MessageLog,
    pub quit: bool,
    /// strftime format of the list's dates, from the configuration.
    pub date_format: String,
    /// Saved views from the configuration, in their order.
    pub views: Vec<View>,
    pub watch: WatchState,
    /// The user's marks by id, as saved, and the same as sets of briefings.
    pub marks: Marks,
    pub marked: MarkSets,
    /// The note being written (`a`), shown in place of the filter bar.
    pub note: Option<LineEditor>,
    /// The briefing the analyst opened (`opening`): the only one the clock reads.
    pub opened: Option<DocId>,
    /// The briefing waiting to count as read, and since when (the loop's clock).
    pub reading: Option<(DocId, std::time::Instant)>,
    /// The briefing `r` made unread: it stays unread while it is shown.
    pub kept_unread: Option<DocId>,
    /// The question waiting for an answer.
    pub confirm: Option<Confirm>,
    /// The last copy, which `c` shows plain and keeps.
    pub clip: Option<clip::Clip>,
    /// Where clips are kept: `clips.md` in the state folder, if there is one.
    pub clips_file: Option<std::path::PathBuf>,
    /// Whether brief asked for mouse reports, which keep a plain drag from
    /// selecting text.
    pub mouse: bool,
    /// The last change of the marks, to undo.
    pub undo: Option<undo::Undo>,
    /// Every key binding of the keymap in use, as the help lists them.
    pub help_rows: Vec<help::Row>,
    /// The glyphs drawn (`--ascii` or not): the detail layout measures the
    /// header's separators with the text.
    pub symbols: Symbols,
    /// Set when the filter, the sort or the store changed: `derive` runs the
    /// list again, keeping this selection.
    relist: Option<Keep>,
}

impl AppState {
    /// The filter or the sort changed: the list is to run again.
    fn filter_changed(&mut self) {
        self.relist = Some(Keep::Selected);
    }

    pub fn areas(&self) -> Areas {
        self.areas_for(self.focus, self.zen)
    }

    /// How the detail pane spells its header fields, naming the keys bound.
    pub fn spelling(&self) -> detail::Spelling<'_> {
        detail::Spelling {
            dot: self.symbols.dot,
            pager: help::first_key(&self.help_rows, super::keymap::OPEN_PAGER),
        }
    }

    /// Where the panes would go with `focus`, in zen mode or not.
    fn areas_for(&self, focus: Focus, zen: bool) -> Areas {
        let zen = zen.then_some(self.zen_width);
        let timeline = self.timeline.is_some();
        layout::areas(
            self.width,
            self.height,
            focus,
            self.quotes_on,
            zen,
            timeline,
            self.status_rows,
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

    /// Rows the list pane shows at once (with the list focused where only
    /// one pane shows).
    pub fn list_height(&self) -> usize {
        let list = |focus| self.areas_for(focus, false).list;
        list(self.focus)
            .or_else(|| list(Focus::List))
            .map_or(1, |a| usize::from(layout::inner(a).height).max(1))
    }

    /// Text lines the detail pane shows at once, and their width (with the
    /// detail focused where only one pane shows).
    pub fn detail_size(&self) -> (usize, usize) {
        let text = |focus| self.areas_for(focus, self.zen).text();
        text(self.focus)
            .or_else(|| text(Focus::Detail))
            .map_or((1, 1), |a| {
                (usize::from(a.height).max(1), usize::from(a.width).max(1))
            })
    }

    pub fn reset_detail(&mut self) {
        self.detail.scroll = 0;
        self.detail.anchor = None;
        self.detail.marked_quote = None;
        self.detail.current_match = None;
        self.detail.landing = None;
        self.quote_cursor = 0;
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

#[cfg(test)]
#[path = "size_tests.rs"]
mod size_tests;
