//! Keys and resizes as actions: waiting for the next, and taking those
//! already queued.

use std::io;
use std::time::Duration;

use ratatui::crossterm::event::{self, Event, MouseButton, MouseEventKind};

use super::action::Action;
use super::action_for;
use super::keymap::Key;
use super::state::AppState;

/// The next action; with `timeout`, `None` if no key came within it.
pub fn next(state: &AppState, timeout: Option<Duration>) -> io::Result<Option<Action>> {
    loop {
        if let Some(t) = timeout
            && !event::poll(t)?
        {
            return Ok(None);
        }
        if let Some(action) = to_action(state, event::read()?) {
            return Ok(Some(action));
        }
    }
}

/// The next meaningful key already waiting, without blocking.
pub fn pending(state: &AppState) -> io::Result<Option<Action>> {
    while event::poll(Duration::ZERO)? {
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
