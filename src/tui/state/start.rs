//! How the reader's state begins: what it starts from besides the store
//! and the terminal's size, and the state made from it.

use chrono::NaiveDate;

use super::derive::{self, Keep};
use super::{AppState, Bodies, DetailState, Filter, MessageLog, Overlay, Sort, WatchState, twins};
use crate::config::View;
use crate::marks::{LastSeen, MarkSets, Marks};
use crate::store::{DocSet, Store};
use crate::tui::help;
use crate::tui::keymap::Keymap;
use crate::tui::layout::Focus;
use crate::tui::symbols::Symbols;
use crate::watch::Watchlist;

/// What the reader starts from besides the store and the terminal's size:
/// the configuration's settings, the help of its keymap, and the marks.
pub struct Start<'a> {
    pub today: NaiveDate,
    /// strftime format of the list's dates.
    pub date_format: String,
    /// The widest zen mode's text may be.
    pub zen_width: u16,
    /// How long a briefing is shown before it counts as read; `None`: never by itself.
    pub auto_read: Option<std::time::Duration>,
    pub views: Vec<View>,
    pub watchlist: Watchlist,
    pub help_rows: Vec<help::Row>,
    /// The glyphs to draw.
    pub symbols: Symbols,
    /// The marks loaded from the state folder.
    pub marks: Marks,
    /// The briefings earlier sessions saw, which decide what is new.
    pub seen: Option<&'a LastSeen>,
    /// What the status bar says first.
    pub message: Option<String>,
    /// Where clips are kept, if anywhere.
    pub clips_file: Option<std::path::PathBuf>,
    /// Whether the mouse reports to brief (`--mouse`).
    pub mouse: bool,
}

impl Start<'_> {
    /// The default settings and keys, no watchlist and no marks.
    pub fn defaults(today: NaiveDate) -> Self {
        Start {
            today,
            date_format: crate::config::DATE_FORMAT.to_string(),
            zen_width: crate::config::ZEN_WIDTH,
            auto_read: Some(crate::config::AUTO_READ),
            views: Vec::new(),
            watchlist: Watchlist::default(),
            help_rows: help::rows(&Keymap::default(), &Symbols::UNICODE),
            symbols: Symbols::UNICODE,
            marks: Marks::default(),
            seen: None,
            message: None,
            clips_file: None,
            mouse: false,
        }
    }
}

impl AppState {
    /// The reader as it starts on `store`: everything listed, the first briefing selected.
    pub fn start(store: &Store, start: Start, (width, height): (u16, u16)) -> AppState {
        let mut state = AppState {
            today: start.today,
            width,
            height,
            focus: Focus::List,
            zen: false,
            zen_width: start.zen_width,
            auto_read: start.auto_read,
            status_rows: 1,
            quotes_on: false,
            sort: Sort::default(),
            filter: Filter::default(),
            shown: Vec::new(),
            shown_set: DocSet::empty(0),
            timeline: None,
            selected: 0,
            list_offset: 0,
            twins: twins::Twins::default(),
            quote_cursor: 0,
            quotes_kept: Vec::new(),
            detail: DetailState::default(),
            bodies: Bodies::default(),
            highlights: Vec::new(),
            quote_filter: crate::query::Query::default(),
            suggestion: None,
            overlay: Overlay::None,
            message: start.message,
            messages: MessageLog::default(),
            quit: false,
            date_format: start.date_format,
            views: start.views,
            watch: WatchState::new(store, start.watchlist),
            marked: MarkSets::resolve(store, &start.marks, start.seen),
            marks: start.marks,
            note: None,
            opened: None,
            reading: None,
            kept_unread: None,
            confirm: None,
            clip: None,
            clips_file: start.clips_file,
            mouse: start.mouse,
            undo: None,
            help_rows: start.help_rows,
            symbols: start.symbols,
            relist: Some(Keep::Selected),
        };
        if let Some(message) = &state.message {
            state.messages.record(message);
        }
        derive::derive(&mut state, store);
        state
    }

    /// The reader with the default settings and keys and no marks.
    pub fn new(store: &Store, today: NaiveDate, size: (u16, u16)) -> AppState {
        AppState::start(store, Start::defaults(today), size)
    }
}

#[cfg(test)]
#[path = "start_tests.rs"]
mod tests;
