//! The interactive reader.

pub mod action;
pub mod help;
pub mod keymap;
pub mod layout;
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
}

/// The action a key stands for in the reader's current mode.
pub fn action_for(state: &AppState, key: Key) -> Option<Action> {
    match (&state.overlay, state.filter.editing.is_some()) {
        (Overlay::Help(_), _) => keymap::lookup_editing(keymap::HELP, key),
        (Overlay::Tags(_), _) => keymap::lookup(keymap::TAGS, key),
        (Overlay::None, true) => keymap::lookup_editing(keymap::EDIT, key),
        (Overlay::None, false) => keymap::lookup(keymap::BROWSE, key),
    }
}

pub fn run(store: &Store, options: &Options) -> io::Result<()> {
    let (mut terminal, _guard) = terminal::setup()?;
    let size = terminal.size()?;
    let mut state = AppState::new(store, options.today, (size.width, size.height));
    loop {
        let view = View {
            store,
            state: &state,
            theme: &options.theme,
            symbols: &options.symbols,
        };
        terminal.draw(|frame| frame.render_widget(&view, frame.area()))?;
        let action = next_action(&state)?;
        update(&mut state, store, action);
        if state.quit {
            return Ok(());
        }
    }
}

/// Blocks until a key or a resize means something; no polling, no ticks.
fn next_action(state: &AppState) -> io::Result<Action> {
    loop {
        match event::read()? {
            Event::Key(k) => {
                if let Some(action) = Key::from_event(k).and_then(|key| action_for(state, key)) {
                    return Ok(action);
                }
            }
            Event::Resize(w, h) => return Ok(Action::Resize(w, h)),
            _ => {}
        }
    }
}
