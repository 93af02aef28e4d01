//! The interactive reader.

pub mod action;
pub mod clipboard;
pub mod help;
pub mod keeping;
pub mod keymap;
pub mod layout;
pub mod lean;
pub mod state;
pub mod terminal;
#[cfg(test)]
pub mod testing;
pub mod theme;
pub mod ui;

use std::io::{self, Write};
use std::time::Instant;

use chrono::NaiveDate;
use ratatui::crossterm::event::{self, Event};

use crate::store::Store;
use action::Action;
use keymap::{Key, Mode};
use state::{AppState, Effect, Overlay, update};
use theme::Theme;
use ui::{Symbols, View};

pub struct Options {
    pub today: NaiveDate,
    pub theme: Theme,
    pub symbols: Symbols,
    pub date_format: String,
    pub mouse: bool,
    pub views: Vec<crate::config::View>,
}

/// The action a key stands for in the reader's current mode.
pub fn action_for(state: &AppState, key: Key) -> Option<Action> {
    let keys = keymap::active();
    match (&state.overlay, state.filter.editing.is_some()) {
        (Overlay::Help(_), _) => keys.lookup_editing(Mode::Help, key),
        (Overlay::Tags(_), _) => keys.lookup(Mode::Tags, key),
        (Overlay::Problems { .. }, _) => keys.lookup(Mode::Problems, key),
        (Overlay::None, _) if state.note.is_some() => keys.lookup_editing(Mode::Edit, key),
        (Overlay::None, true) => keys.lookup_editing(Mode::Edit, key),
        (Overlay::None, false) => keys.lookup(Mode::Browse, key),
    }
}

pub fn run(store: &Store, options: &Options) -> io::Result<()> {
    let (mut terminal, _guard) = terminal::setup()?;
    let size = terminal.size()?;
    let mut state = AppState::new(store, options.today, (size.width, size.height));
    state.date_format = options.date_format.clone();
    let mut keeper = keeping::Keeper::open(&mut state, store);
    update(&mut state, store, Action::Tick(Instant::now()));
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
                keeper.finish(&mut state, store);
                return Ok(());
            }
            for effect in std::mem::take(&mut state.effects) {
                match effect {
                    Effect::SaveMarks => keeper.save(&mut state),
                    effect => carry_out(&mut terminal, &mut state, effect)?,
                }
            }
            // After the keys, the clock: it starts the wait of a briefing newly shown.
            action = pending_action(&state)?
                .or_else(|| (!matches!(a, Action::Tick(_))).then(|| Action::Tick(Instant::now())));
        }
    }
}

fn carry_out(terminal: &mut terminal::Tui, state: &mut AppState, effect: Effect) -> io::Result<()> {
    match effect {
        Effect::Copy(text) => {
            let in_tmux = std::env::var_os("TMUX").is_some_and(|v| !v.is_empty());
            let mut out = io::stdout().lock();
            out.write_all(&clipboard::osc52(&text, in_tmux))?;
            out.flush()
        }
        // The loop saves the marks itself, through the keeper it holds.
        Effect::SaveMarks => Ok(()),
        Effect::Open { path, editor } => {
            let (var, fallback) = if editor {
                ("EDITOR", "vi")
            } else {
                ("PAGER", "less")
            };
            let program = std::env::var(var)
                .ok()
                .filter(|p| !p.trim().is_empty())
                .unwrap_or_else(|| fallback.to_string());
            // Through the shell, as $PAGER and $EDITOR may carry arguments.
            let status = terminal::run_outside(terminal, || {
                std::process::Command::new("sh")
                    .arg("-c")
                    .arg(format!("{program} \"$1\""))
                    .arg("sh")
                    .arg(&path)
                    .status()
            })?;
            match status {
                Ok(s) if s.success() => {}
                Ok(s) => state.message = Some(format!("{program} ended with {s}")),
                Err(e) => state.message = Some(format!("cannot run {program}: {e}")),
            }
            Ok(())
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

/// Blocks until a key or a resize means something, or until a briefing on
/// screen has waited long enough to count as read; no polling otherwise.
fn next_action(state: &AppState) -> io::Result<Action> {
    loop {
        if let Some(deadline) = state::marking::read_deadline(state)
            && !event::poll(deadline.saturating_duration_since(Instant::now()))?
        {
            return Ok(Action::Tick(Instant::now()));
        }
        if let Some(action) = to_action(state, event::read()?) {
            return Ok(action);
        }
    }
}
