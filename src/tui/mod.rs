//! The interactive reader.

pub mod action;
pub mod clipboard;
mod effects;
mod events;
pub mod help;
pub mod keeping;
pub mod keymap;
pub mod layout;
pub mod lean;
pub mod live;
pub mod state;
pub mod terminal;
#[cfg(test)]
pub mod testing;
pub mod theme;
pub mod ui;

use std::io;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use chrono::NaiveDate;

use crate::store::Store;
use action::Action;
use keymap::Keymap;
use live::{Live, Report};
use state::switch::switch_store;
use state::{AppState, update};
use theme::Theme;
use ui::{Symbols, View};

pub struct Options {
    pub today: NaiveDate,
    pub theme: Theme,
    pub symbols: Symbols,
    pub date_format: String,
    pub mouse: bool,
    pub views: Vec<crate::config::View>,
    /// The watchlist and what was wrong with its file.
    pub watch: crate::watch::Loaded,
    /// The defaults with the configuration's `[keys]`.
    pub keymap: Keymap,
}

/// How long the loop may wait for a key: until a briefing on screen has
/// waited long enough to count as read, and no longer than `RELOAD_POLL`
/// while live reload is on; else for ever.
fn wait(state: &AppState, live: bool) -> Option<Duration> {
    let read = state::marking::read_deadline(state)
        .map(|deadline| deadline.saturating_duration_since(Instant::now()));
    match (read, live) {
        (Some(read), true) => Some(read.min(RELOAD_POLL)),
        (read, true) => read.or(Some(RELOAD_POLL)),
        (read, false) => read,
    }
}

/// How often the loop looks for a finished reload while no key comes.
const RELOAD_POLL: Duration = Duration::from_millis(100);

/// Runs the reader on `store` until quit; with `reload` (the paths loaded),
/// changes to the files are loaded and shown while it runs.
pub fn run(store: Arc<Store>, options: &Options, reload: Option<Vec<PathBuf>>) -> io::Result<()> {
    let (mut terminal, _guard) = terminal::setup(options.mouse)?;
    let size = terminal.size()?;
    let mut store = store;
    let mut state = AppState::new(&store, options.today, (size.width, size.height));
    state.date_format = options.date_format.clone();
    state.views = options.views.clone();
    state.help_rows = help::rows(&options.keymap);
    state.set_watchlist(&store, options.watch.list.clone());
    state.message = options.watch.summary();
    let mut keeper = keeping::Keeper::open(&mut state, &store);
    update(&mut state, &store, Action::Tick(Instant::now()));
    let mut live = reload.map(|paths| Live::start(paths, store.clone()));
    // A test hook in debug builds only: proves that a panic while drawing
    // still gives the terminal back.
    let panic_in_draw =
        cfg!(debug_assertions) && std::env::var_os("BRIEF_TEST_PANIC_IN_DRAW").is_some();
    loop {
        let view = View {
            store: &store,
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
        let mut action = events::next(&options.keymap, &state, wait(&state, live.is_some()))?
            .or_else(|| Some(Action::Tick(Instant::now())));
        while let Some(a) = action {
            if a == Action::Suspend {
                terminal::suspend(&mut terminal)?;
            }
            update(&mut state, &store, a);
            if state.quit {
                keeper.finish(&mut state, &store);
                return Ok(());
            }
            for effect in std::mem::take(&mut state.effects) {
                effects::carry_out(&mut terminal, &mut state, &mut keeper, effect)?;
            }
            // After the keys, the clock: it starts the wait of a briefing newly shown.
            action = events::pending(&options.keymap, &state)?
                .or_else(|| (!matches!(a, Action::Tick(_))).then(|| Action::Tick(Instant::now())));
        }
        match live.as_ref().and_then(Live::try_next) {
            Some(Report::Reloaded(reloaded)) => {
                let message = reloaded.changes.summary();
                switch_store(&mut state, &store, &reloaded.store, keeper.seen(), message);
                store = reloaded.store;
            }
            Some(Report::Off(why)) => {
                state.message = Some(why);
                live = None;
            }
            None => {}
        }
    }
}
