//! Terminal events as inputs to `update`: keys through the keymap, resizes
//! and the mouse; waiting for the next, and taking those already queued.

use std::io;
use std::time::Duration;

use ratatui::crossterm::event::{self, Event, MouseButton, MouseEventKind};

use super::action::Action;
use super::keymap::{Key, Keymap, Mode};
use super::state::{AppState, Input, Overlay};

/// The action a key stands for in the reader's current mode.
pub fn action_for(keymap: &Keymap, state: &AppState, key: Key) -> Option<Action> {
    match (&state.overlay, state.filter.editing.is_some()) {
        (Overlay::Help(_), _) => keymap.lookup_editing(Mode::Help, key),
        (Overlay::Tags(_), _) => keymap.lookup_editing(Mode::Tags, key),
        (Overlay::Problems { .. } | Overlay::Messages { .. } | Overlay::Clip { .. }, _) => {
            keymap.lookup(Mode::Problems, key)
        }
        (Overlay::Views(_), _) => keymap.lookup(Mode::Views, key),
        (Overlay::Speakers(_), _) => keymap.lookup_editing(Mode::Speakers, key),
        (Overlay::None, _) if state.confirm.is_some() => keymap.lookup(Mode::Confirm, key),
        (Overlay::None, _) if state.note.is_some() => keymap.lookup_editing(Mode::Edit, key),
        (Overlay::None, true) => keymap.lookup_editing(Mode::Edit, key),
        (Overlay::None, false) => keymap.lookup(Mode::Browse, key),
    }
}

/// The next input; with `timeout`, `None` if no key came within it.
pub fn next(
    keymap: &Keymap,
    state: &AppState,
    timeout: Option<Duration>,
) -> io::Result<Option<Input<'static>>> {
    loop {
        if let Some(t) = timeout
            && !event::poll(t)?
        {
            return Ok(None);
        }
        if let Some(input) = to_input(keymap, state, event::read()?) {
            return Ok(Some(input));
        }
    }
}

/// The next meaningful event already waiting, without blocking.
pub fn pending(keymap: &Keymap, state: &AppState) -> io::Result<Option<Input<'static>>> {
    while event::poll(Duration::ZERO)? {
        if let Some(input) = to_input(keymap, state, event::read()?) {
            return Ok(Some(input));
        }
    }
    Ok(None)
}

fn to_input(keymap: &Keymap, state: &AppState, event: Event) -> Option<Input<'static>> {
    match event {
        Event::Key(k) => Key::from_event(k)
            .and_then(|key| action_for(keymap, state, key))
            .map(Input::Action),
        Event::Resize(w, h) => Some(Input::Resize(w, h)),
        Event::Mouse(m) => {
            let (column, row) = (m.column, m.row);
            match m.kind {
                MouseEventKind::ScrollDown => Some(Input::Wheel {
                    down: true,
                    column,
                    row,
                }),
                MouseEventKind::ScrollUp => Some(Input::Wheel {
                    down: false,
                    column,
                    row,
                }),
                MouseEventKind::Down(MouseButton::Left) => Some(Input::Click { column, row }),
                _ => None,
            }
        }
        _ => None,
    }
}
