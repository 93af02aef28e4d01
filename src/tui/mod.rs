//! The interactive reader.

pub mod action;
pub mod help;
pub mod keymap;
pub mod layout;
pub mod lean;
pub mod state;
pub mod terminal;
#[cfg(test)]
pub mod testing;
pub mod theme;
pub mod ui;

use std::io;

use chrono::NaiveDate;
use ratatui::crossterm::event::{self, Event};

use crate::store::Store;
use action::Action;
use keymap::Key;
use state::{AppState, Overlay, update};
use theme::Theme;
use ui::{Symbols, View};

pub struct Options {
    pub today: NaiveDate,
    pub theme: Theme,
    pub symbols: Symbols,
    /// The watchlist and what was wrong with its file.
    pub watch: crate::watch::Loaded,
}

/// The action a key stands for in the reader's current mode.
pub fn action_for(state: &AppState, key: Key) -> Option<Action> {
    match (&state.overlay, state.filter.editing.is_some()) {
        (Overlay::Help(_), _) => keymap::lookup_editing(keymap::HELP, key),
        (Overlay::Tags(_), _) => keymap::lookup(keymap::TAGS, key),
        (Overlay::Problems { .. }, _) => keymap::lookup(keymap::PROBLEMS, key),
        (Overlay::None, true) => keymap::lookup_editing(keymap::EDIT, key),
        (Overlay::None, false) => keymap::lookup(keymap::BROWSE, key),
    }
}

pub fn run(store: &Store, options: &Options) -> io::Result<()> {
    let (mut terminal, _guard) = terminal::setup()?;
    let size = terminal.size()?;
    let mut state = AppState::new(store, options.today, (size.width, size.height));
    state.set_watchlist(store, options.watch.list.clone());
    state.message = options.watch.summary();
    // A test hook in debug builds only: proves that a panic while drawing
    // still gives the terminal back.
    let panic_in_draw =
        cfg!(debug_assertions) && std::env::var_os("BRIEF_TEST_PANIC_IN_DRAW").is_some();
    loop {
        let view = View {
            store,
            state: &state,
            theme: &options.theme,
            symbols: &options.symbols,
        };
        terminal.draw(|frame| {
            frame.render_widget(&view, frame.area());
            assert!(!panic_in_draw, "BRIEF_TEST_PANIC_IN_DRAW is set");
        })?;
        // Keys that arrived while drawing (a held-down `j` over a slow link)
        // are all applied before the next frame, so the screen catches up in
        // one redraw instead of replaying every step.
        let mut action = Some(next_action(&state)?);
        while let Some(a) = action {
            if a == Action::Suspend {
                terminal::suspend(&mut terminal)?;
            }
            update(&mut state, store, a);
            if state.quit {
                return Ok(());
            }
            action = pending_action(&state)?;
        }
    }
}

/// The next meaningful key already waiting, without blocking.
fn pending_action(state: &AppState) -> io::Result<Option<Action>> {
    while event::poll(std::time::Duration::ZERO)? {
        if let Some(action) = to_action(state, event::read()?) {
            return Ok(Some(action));
        }
    }
    Ok(None)
}

fn to_action(state: &AppState, event: Event) -> Option<Action> {
    match event {
        Event::Key(k) => Key::from_event(k).and_then(|key| action_for(state, key)),
        Event::Resize(w, h) => Some(Action::Resize(w, h)),
        _ => None,
    }
}

/// Blocks until a key or a resize means something; no polling, no ticks.
fn next_action(state: &AppState) -> io::Result<Action> {
    loop {
        if let Some(action) = to_action(state, event::read()?) {
            return Ok(action);
        }
    }
}
