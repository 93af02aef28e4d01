//! Keys and resizes as actions: waiting for the next, and taking those
//! already queued.

use std::io;
use std::time::Duration;

use ratatui::crossterm::event::{self, Event, MouseButton, MouseEventKind};

use super::action::Action;
use super::keymap::{Key, Keymap, Mode};
use super::state::{AppState, Overlay};

/// The action a key stands for in the reader's current mode.
pub fn action_for(keymap: &Keymap, state: &AppState, key: Key) -> Option<Action> {
    match (&state.overlay, state.filter.editing.is_some()) {
        (Overlay::Help(_), _) => keymap.lookup_editing(Mode::Help, key),
        (Overlay::Tags(_), _) => keymap.lookup(Mode::Tags, key),
        (Overlay::Problems { .. }, _) => keymap.lookup(Mode::Problems, key),
        (Overlay::Views(_), _) => keymap.lookup(Mode::Views, key),
        (Overlay::None, _) if state.note.is_some() => keymap.lookup_editing(Mode::Edit, key),
        (Overlay::None, true) => keymap.lookup_editing(Mode::Edit, key),
        (Overlay::None, false) => keymap.lookup(Mode::Browse, key),
    }
}

/// The next action; with `timeout`, `None` if no key came within it.
pub fn next(
    keymap: &Keymap,
    state: &AppState,
    timeout: Option<Duration>,
) -> io::Result<Option<Action>> {
    loop {
        if let Some(t) = timeout
            && !event::poll(t)?
        {
            return Ok(None);
        }
        if let Some(action) = to_action(keymap, state, event::read()?) {
            return Ok(Some(action));
        }
    }
}

/// The next meaningful key already waiting, without blocking.
pub fn pending(keymap: &Keymap, state: &AppState) -> io::Result<Option<Action>> {
    while event::poll(Duration::ZERO)? {
        if let Some(action) = to_action(keymap, state, event::read()?) {
            return Ok(Some(action));
        }
    }
    Ok(None)
}

fn to_action(keymap: &Keymap, state: &AppState, event: Event) -> Option<Action> {
    match event {
        Event::Key(k) => Key::from_event(k).and_then(|key| action_for(keymap, state, key)),
        Event::Resize(w, h) => Some(Action::Resize(w, h)),
        Event::Mouse(m) => {
            let (column, row) = (m.column, m.row);
            match m.kind {
                MouseEventKind::ScrollDown => Some(Action::Wheel {
                    down: true,
                    column,
                    row,
                }),
                MouseEventKind::ScrollUp => Some(Action::Wheel {
                    down: false,
                    column,
                    row,
                }),
                MouseEventKind::Down(MouseButton::Left) => Some(Action::Click { column, row }),
                _ => None,
            }
        }
        _ => None,
    }
}
