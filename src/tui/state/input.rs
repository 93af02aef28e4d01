//! What `update` hears: the actions keys ask for, the terminal and the
//! clock, a reload of the files, and what became of an effect it asked for.

use std::time::Instant;

use super::outside::Outcome;
use crate::library::Changes;
use crate::marks::LastSeen;
use crate::store::Store;
use crate::tui::action::Action;

#[derive(Clone)]
pub enum Input<'a> {
    /// What a key stands for in the reader's mode, through the keymap.
    Action(Action),
    /// The event loop's clock, sent when a briefing may have been shown long
    /// enough to count as read; `update` never reads a clock itself.
    Tick(Instant),
    Resize(u16, u16),
    /// The mouse wheel at a column and row (with `--mouse`).
    Wheel {
        down: bool,
        column: u16,
        row: u16,
    },
    /// A left click at a column and row (with `--mouse`).
    Click {
        column: u16,
        row: u16,
    },
    /// The files were loaded again into `store`, the next generation, which
    /// the reader moves onto; `seen` are the briefings earlier sessions saw.
    Reloaded {
        store: &'a Store,
        seen: Option<&'a LastSeen>,
        changes: Changes,
    },
    /// What other readers and commands wrote to the marks log: the marks
    /// now, when they changed, and what was wrong with the log's files.
    Marks {
        marks: Option<crate::marks::Marks>,
        warnings: Vec<String>,
    },
    /// Live reload stopped, and why.
    ReloadOff(String),
    /// What became of an effect the event loop carried out.
    Done(Outcome),
}

impl From<Action> for Input<'_> {
    fn from(action: Action) -> Self {
        Input::Action(action)
    }
}
