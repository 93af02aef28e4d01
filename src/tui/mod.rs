//! The interactive reader. Data flows one way: the store (immutable, one
//! generation at a time) and the reader's state (ids, cursors, text typed)
//! are drawn by the pure render in `ui`; keys (through the keymap), the
//! terminal's size and mouse, the clock, live reloads and what became of
//! effects are all inputs to `state::update`, the only writer of the state.
//! This loop owns the terminal, the store and the marks file: it draws,
//! reads events, hands them to `update`, and carries out the effects
//! `update` hands back (clipboard, clips file, pager, editor, saving,
//! suspend), feeding
//! their outcomes back as inputs.

pub mod action;
pub mod clipboard;
mod clips;
mod effects;
mod events;
pub mod help;
pub mod keeping;
pub mod keymap;
pub mod layout;
pub mod lean;
pub mod live;
pub mod state;
pub mod symbols;
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

use std::collections::VecDeque;

use crate::library::Library;
use crate::marks::{Book, state_dir};
use crate::store::Store;
use effects::Hands;
use keeping::Shared;
use keymap::Keymap;
use live::{Live, Report};
use state::{AppState, Input, Start, update};
use theme::Theme;
use ui::{Symbols, View};

pub struct Options {
    pub today: NaiveDate,
    pub theme: Theme,
    pub symbols: Symbols,
    pub date_format: String,
    /// The widest zen mode's text may be.
    pub zen_width: u16,
    /// How long a briefing is shown before it counts as read.
    pub auto_read: Option<Duration>,
    pub mouse: bool,
    /// Copies go on the standard input of `sh -c` this, not through the terminal.
    pub clipboard_command: Option<String>,
    pub views: Vec<crate::config::View>,
    /// The watchlist and what was wrong with its file.
    pub watch: crate::watch::Loaded,
    /// The defaults with the configuration's `[keys]`.
    pub keymap: Keymap,
    /// What to say at start after the marks' warnings: what became of the
    /// index cache (damaged and rebuilt, or not written).
    pub notice: Option<String>,
    /// The store came from the index cache without a walk: live reload
    /// walks and compares the files first.
    pub check_first: bool,
}

/// How long the loop may wait for a key: until a briefing on screen has
/// waited long enough to count as read, no longer than `RELOAD_POLL` while
/// live reload is on, and never past the next look at the marks log.
fn wait(state: &AppState, live: bool, marks_polled: Instant) -> Duration {
    let read = state::marking::read_deadline(state)
        .map(|deadline| deadline.saturating_duration_since(Instant::now()));
    let marks = (marks_polled + MARKS_POLL).saturating_duration_since(Instant::now());
    let reload = live.then_some(RELOAD_POLL);
    [read, reload]
        .into_iter()
        .flatten()
        .fold(marks, Duration::min)
}

/// How often the loop reads what other readers and commands wrote to the
/// marks log: each reader sees another's marks within this.
const MARKS_POLL: Duration = Duration::from_secs(1);

/// How long a signal waits for a save in progress before the process ends
/// anyway: the end must come within a second.
const SIGNAL_PATIENCE: Duration = Duration::from_millis(400);

/// Ends the session when dropped: the marks and the seen list are saved.
struct Finish<'a>(&'a Shared);

impl Drop for Finish<'_> {
    fn drop(&mut self) {
        let mut keeper = self.0.lock();
        keeper.finish();
        // A panic goes on past `run`: the report is said here, after the
        // panic hook gave the terminal back.
        if std::thread::panicking()
            && let Some(report) = keeper.report()
        {
            terminal::say(report);
        }
    }
}

/// How often the loop looks for a finished reload while no key comes.
const RELOAD_POLL: Duration = Duration::from_millis(25);

/// Runs the reader on `store` until quit; with `library` (the archive it
/// came from), changes to the files are loaded and shown while it runs, and
/// marks are kept for the archives of its paths (without, none are kept).
/// Returns, once the terminal is given back, what could not be saved of the
/// marks and where it went instead, for stderr.
pub fn run(
    store: Arc<Store>,
    options: &Options,
    library: Option<Library>,
) -> io::Result<Option<String>> {
    let paths: Vec<PathBuf> = library
        .as_ref()
        .map_or_else(Vec::new, |l| l.paths().to_vec());
    let state_folder = state_dir();
    let opened = Book::open(state_folder.clone(), &paths, &store);
    // A damaged marks file's warning is said first, then the index
    // cache's, else the watchlist's.
    let warning = (!opened.warnings.is_empty())
        .then(|| opened.warnings.join("; "))
        .or_else(|| options.notice.clone());
    let seen = opened.seen;
    let keeper = Shared::new(opened.book, store.clone(), seen.clone());
    let on_signal = {
        let keeper = keeper.clone();
        move || {
            if let Some(mut keeper) = keeper.lock_within(SIGNAL_PATIENCE) {
                keeper.finish();
                if let Some(report) = keeper.report() {
                    terminal::say(report);
                }
            }
        }
    };
    let begun = Begun {
        marks: opened.marks,
        seen,
        warning,
    };
    let ended = session(store, options, library, begun, &keeper, on_signal);
    let report = keeper.lock().report().map(str::to_string);
    ended.map(|()| report)
}

/// What the marks were at start, and what to say first.
struct Begun {
    marks: crate::marks::Marks,
    seen: Option<crate::marks::LastSeen>,
    warning: Option<String>,
}

/// The reader's session, from taking the terminal to giving it back.
fn session(
    store: Arc<Store>,
    options: &Options,
    library: Option<Library>,
    begun: Begun,
    keeper: &Shared,
    on_signal: impl Fn() + Send + Sync + 'static,
) -> io::Result<()> {
    let Begun {
        marks,
        seen,
        warning,
    } = begun;
    let state_folder = state_dir();
    let (mut terminal, _guard) = terminal::setup(options.mouse, Arc::new(on_signal))?;
    // However the loop ends (quit, an error, a panic), the session is kept.
    let _finish = Finish(keeper);
    let size = terminal.size()?;
    let start = Start {
        today: options.today,
        date_format: options.date_format.clone(),
        zen_width: options.zen_width,
        auto_read: options.auto_read,
        views: options.views.clone(),
        watchlist: options.watch.list.clone(),
        help_rows: help::rows(&options.keymap, &options.symbols),
        symbols: options.symbols,
        marks,
        seen: seen.as_ref(),
        message: warning.or_else(|| options.watch.summary()),
        clips_file: state_folder.map(|dir| dir.join(clips::FILE)),
        mouse: options.mouse,
    };
    let mut state = AppState::start(&store, start, (size.width, size.height));
    let route = clipboard::Route::choose(
        options.clipboard_command.clone(),
        std::env::var_os("TMUX").as_deref(),
    );
    let mut hands = Hands {
        terminal: &mut terminal,
        keeper,
        route: &route,
    };
    let mut store = store;
    // The store a reload replaced, freed once the new one is on screen.
    let mut retired = None;
    let mut live = library.map(|library| Live::start(library, store.clone(), options.check_first));
    send(&mut hands, &mut state, &store, Input::Tick(Instant::now()))?;
    let mut marks_polled = Instant::now();
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
        hands.terminal.draw(|frame| {
            frame.render_widget(&view, frame.area());
            assert!(!panic_in_draw, "BRIEF_TEST_PANIC_IN_DRAW is set");
        })?;
        if retired.take().is_some() {
            live::give_back_memory();
        }
        // Keys that arrived while drawing (a held-down `j` over a slow link)
        // are all applied before the next frame, so the screen catches up in
        // one redraw instead of replaying every step.
        let waited = wait(&state, live.is_some(), marks_polled);
        let mut input = events::next(&options.keymap, &state, Some(waited))?
            .or_else(|| Some(Input::Tick(Instant::now())));
        while let Some(now) = input {
            let ticked = matches!(now, Input::Tick(_));
            send(&mut hands, &mut state, &store, now)?;
            if state.quit {
                return Ok(());
            }
            // After the keys, the clock: it starts the wait of a briefing newly shown.
            input = events::pending(&options.keymap, &state)?
                .or_else(|| (!ticked).then(|| Input::Tick(Instant::now())));
        }
        // Each in turn: a check's reload followed at once by "off" says both.
        for report in live.as_ref().map(Live::pending).unwrap_or_default() {
            match report {
                Report::Reloaded(reloaded) => {
                    let input = Input::Reloaded {
                        store: &reloaded.store,
                        seen: seen.as_ref(),
                        changes: reloaded.changes,
                    };
                    send(&mut hands, &mut state, &store, input)?;
                    keeper.lock().showing(reloaded.store.clone());
                    retired = Some(std::mem::replace(&mut store, reloaded.store));
                }
                Report::Off(why) => {
                    send(&mut hands, &mut state, &store, Input::ReloadOff(why))?;
                    live = None;
                }
            }
        }
        if marks_polled.elapsed() >= MARKS_POLL {
            marks_polled = Instant::now();
            let (marks, warnings) = keeper.lock().poll();
            if marks.is_some() || !warnings.is_empty() {
                let input = Input::Marks { marks, warnings };
                send(&mut hands, &mut state, &store, input)?;
            }
        }
    }
}

/// Hands `input` to `update`, carries out the effects it asks for, and
/// hands what became of them back to `update` in turn.
fn send<'a>(
    hands: &mut Hands,
    state: &mut AppState,
    store: &'a Store,
    input: Input<'a>,
) -> io::Result<()> {
    // After a reload the effects, and what became of them, are the new store's.
    let after = match &input {
        Input::Reloaded { store: new, .. } => *new,
        _ => store,
    };
    let mut effects = VecDeque::from(update(state, store, input));
    while let Some(effect) = effects.pop_front() {
        if let Some(outcome) = effects::carry_out(hands, after, effect)? {
            effects.extend(update(state, after, Input::Done(outcome)));
        }
    }
    Ok(())
}
