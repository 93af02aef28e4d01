//! The command line: argument parsing, subcommands and their text/JSON output.

mod args;
pub(crate) mod atomic;
mod check;
mod config;
mod export;
mod generated;
mod list;
pub mod output;
mod quotes;
mod show;
mod tags;

use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use chrono::NaiveDate;
use clap::Parser;

pub use args::{Cli, Command};

use crate::config::Config;
use crate::query::{self, Query};
use crate::store::{CacheUse, DocId, PendingCache, Store};
use crate::tui::keymap::Keymap;
use output::Out;

#[derive(Debug, thiserror::Error)]
pub enum CliError {
    #[error("{0}")]
    Usage(String),
    #[error("invalid query: {message}\n{pointed}")]
    Query { message: String, pointed: String },
    #[error("{0}")]
    NotFound(String),
    /// Every problem of the configuration file, one per line.
    #[error("{0}")]
    Config(String),
    #[error(transparent)]
    Io(#[from] io::Error),
}

impl CliError {
    fn exit_code(&self) -> u8 {
        match self {
            CliError::Usage(_) | CliError::Query { .. } | CliError::Config(_) => 2,
            CliError::NotFound(_) | CliError::Io(_) => 1,
        }
    }
}

pub fn main() -> ExitCode {
    let cli = Cli::try_parse().unwrap_or_else(|e| e.exit());
    match run(cli) {
        Ok(code) => code,
        Err(CliError::Io(e)) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("brief: {e}");
            ExitCode::from(e.exit_code())
        }
    }
}

fn run(cli: Cli) -> Result<ExitCode, CliError> {
    let mut out = Out::stdout();
    let (config_path, named) = match &cli.config {
        Some(path) => (Some(path.clone()), true),
        None => (crate::config::default_path(), false),
    };
    // `brief config` reports a broken configuration rather than refusing to
    // start; completions and the man page do not depend on it.
    let needs_config = !matches!(
        cli.command,
        Some(Command::Config(_) | Command::Completions(_) | Command::Man)
    );
    let config = match &config_path {
        Some(_) if !needs_config => Config::default(),
        Some(path) => crate::config::load(path, named).map_err(config::error)?,
        None => Config::default(),
    };
    crate::tui::keymap::install(
        Keymap::with_overrides(&config.keys).expect("overrides checked when read"),
    );
    let loading = Loading {
        timings: cli.timings,
        cache: cache_dir(cli.no_cache),
        folders: config.folders.clone(),
    };
    let code = match cli.command {
        None => {
            let options = reader_options(&cli.look, &config, cli.watchlist)?;
            if std::io::IsTerminal::is_terminal(&io::stdout()) {
                let paths = resolve_paths(cli.paths.paths, &loading.folders)?;
                let (store, pending) = open_deferring_cache(paths.clone(), &loading, true)?;
                let store = std::sync::Arc::new(store);
                // The reader comes up first; the snapshot is written meanwhile.
                let writer = pending.map(|pending| {
                    let store = store.clone();
                    std::thread::spawn(move || pending.write(&store))
                });
                crate::tui::run(store, &options, Some(paths)).map_err(|e| {
                    CliError::Io(io::Error::new(e.kind(), format!("terminal: {e}")))
                })?;
                if let Some(writer) = writer {
                    let _ = writer.join();
                }
                // The reader showed the first; all of them stay on the screen now.
                for d in &options.watch.diagnostics {
                    eprintln!("{d}");
                }
            } else {
                for d in &options.watch.diagnostics {
                    eprintln!("{d}");
                }
                let store = open(cli.paths.paths, &loading)?;
                list::run(&store, &mut out, &select(&store, "")?, false)?;
            }
            ExitCode::SUCCESS
        }
        Some(Command::List(a)) => {
            let store = open(a.paths.paths, &loading)?;
            list::run(&store, &mut out, &select(&store, &a.query)?, a.json)?;
            ExitCode::SUCCESS
        }
        Some(Command::Quotes(a)) => {
            let store = open(a.paths.paths, &loading)?;
            quotes::run(&store, &mut out, &select(&store, &a.query)?, a.json)?;
            ExitCode::SUCCESS
        }
        Some(Command::Tags(a)) => {
            let store = open(a.paths.paths, &loading)?;
            tags::run(&store, &mut out, &select(&store, &a.query)?, a.json)?;
            ExitCode::SUCCESS
        }
        Some(Command::Show(a)) => {
            let store = open(a.paths.paths, &loading)?;
            show::run(&store, &mut out, &a.id, a.json, a.width)?;
            ExitCode::SUCCESS
        }
        Some(Command::Config(a)) => config::command(&a, config_path.as_deref(), named, &mut out)?,
        Some(Command::Check(a)) => {
            let store = open(a.paths, &loading)?;
            check::run(&store, &mut out)?
        }
        Some(Command::Export(a)) => {
            export::command(a, &loading, &mut out)?;
            ExitCode::SUCCESS
        }
        Some(Command::Completions(a)) => {
            generated::completions(a.shell, &mut out);
            ExitCode::SUCCESS
        }
        Some(Command::Man) => {
            generated::man(&mut out)?;
            ExitCode::SUCCESS
        }
    };
    out.flush()?;
    Ok(code)
}

/// Theme, colour depth, glyphs and watchlist for the reader, checked before any loading.
fn reader_options(
    look: &args::LookArgs,
    config: &Config,
    watchlist: Option<PathBuf>,
) -> Result<crate::tui::Options, CliError> {
    use crate::tui::theme::{Theme, detect_depth};
    let depth = detect_depth(look.no_color, |k| std::env::var(k).ok());
    let name = look
        .theme
        .as_deref()
        .or(config.theme.as_deref())
        .unwrap_or("default");
    let theme = Theme::load(name, depth).map_err(|e| CliError::Usage(e.to_string()))?;
    let symbols = if look.ascii {
        crate::tui::ui::Symbols::ASCII
    } else {
        crate::tui::ui::Symbols::UNICODE
    };
    Ok(crate::tui::Options {
        today: today()?,
        theme,
        symbols,
        date_format: config.date_format.clone(),
        mouse: look.mouse || config.mouse,
        views: config.views.clone(),
        watch: crate::watch::load(watchlist.or_else(|| config.watchlist.clone())),
    })
}

/// The paths to load: those given, else `$BRIEF_DIR`, else the configuration's
/// `folders`, else `./briefings`.
pub fn resolve_paths(
    given: Vec<PathBuf>,
    configured: &[PathBuf],
) -> Result<Vec<PathBuf>, CliError> {
    if !given.is_empty() {
        for path in &given {
            if let Err(e) = std::fs::metadata(path) {
                return Err(CliError::Usage(format!(
                    "cannot open {}: {e}",
                    path.display()
                )));
            }
        }
        return Ok(given);
    }
    let from_env = std::env::var_os("BRIEF_DIR").filter(|v| !v.is_empty());
    if from_env.is_none() && !configured.is_empty() {
        if let Some(missing) = configured.iter().find(|p| !p.exists()) {
            return Err(CliError::Usage(format!(
                "the configuration's folder {} does not exist",
                missing.display()
            )));
        }
        return Ok(configured.to_vec());
    }
    let (path, origin) = match from_env {
        Some(dir) => (PathBuf::from(dir), "$BRIEF_DIR"),
        None => (PathBuf::from("briefings"), "the default folder"),
    };
    if path.is_dir() {
        return Ok(vec![path]);
    }
    Err(CliError::Usage(format!(
        "no briefings to read: {origin} {} is not a folder.\n\
         Point brief at briefings with `brief PATH...` (files or folders), \
         or set BRIEF_DIR=/path/to/briefings.",
        path.display()
    )))
}

/// How to load: whether to report timings, and where the index cache lives.
struct Loading {
    timings: bool,
    cache: Option<PathBuf>,
    /// The configuration's default folders.
    folders: Vec<PathBuf>,
}

/// `$BRIEF_CACHE_DIR`, else the user's cache folder (`$XDG_CACHE_HOME/brief`).
fn cache_dir(disabled: bool) -> Option<PathBuf> {
    if disabled {
        return None;
    }
    match std::env::var_os("BRIEF_CACHE_DIR").filter(|v| !v.is_empty()) {
        Some(dir) => Some(PathBuf::from(dir)),
        None => directories::ProjectDirs::from("", "", "brief").map(|d| d.cache_dir().to_owned()),
    }
}

fn open(paths: Vec<PathBuf>, loading: &Loading) -> Result<Store, CliError> {
    Ok(open_deferring_cache(paths, loading, false)?.0)
}

/// Opens the store; with `defer`, a snapshot still to be written to the
/// index cache is handed back rather than written now.
fn open_deferring_cache(
    paths: Vec<PathBuf>,
    loading: &Loading,
    defer: bool,
) -> Result<(Store, Option<PendingCache>), CliError> {
    let started = Instant::now();
    let paths = resolve_paths(paths, &loading.folders)?;
    let (mut store, mut pending) = Store::open_deferring_cache(&paths, loading.cache.as_deref());
    if !defer && let Some(p) = pending.take() {
        store.record_cache(p.write(&store));
    }
    if loading.timings {
        eprintln!("{}", timings_line(&store, started.elapsed()));
    }
    Ok((store, pending))
}

fn timings_line(store: &Store, total: std::time::Duration) -> String {
    let t = store.timings();
    let ms = |d: std::time::Duration| d.as_secs_f64() * 1e3;
    let end = format!("total {:.1} ms, {} briefings", ms(total), store.len());
    if let CacheUse::Hit(read) = t.cache {
        return format!(
            "timings: walk {:.1} ms, cache read {:.1} ms, index {:.1} ms, {end} (from the index cache)",
            ms(t.load.walk),
            ms(read),
            ms(t.index),
        );
    }
    let cache = match t.cache {
        CacheUse::Written(d) => format!(", cache written {:.1} ms", ms(d)),
        _ => String::new(),
    };
    format!(
        "timings: walk {:.1} ms, read {:.1} ms, parse {:.1} ms (both summed over {} workers, {:.1} ms wall), \
         index {:.1} ms{cache}, {end}",
        ms(t.load.walk),
        ms(t.load.read),
        ms(t.load.parse),
        t.load.workers,
        ms(t.load.read_parse),
        ms(t.index),
    )
}

/// "Today" for relative dates: `$BRIEF_TODAY` (YYYY-MM-DD) if set, else the local date.
pub fn today() -> Result<NaiveDate, CliError> {
    match std::env::var("BRIEF_TODAY") {
        Ok(s) => NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d")
            .map_err(|_| CliError::Usage(format!("BRIEF_TODAY={s} is not a date like 2022-01-31"))),
        Err(_) => Ok(chrono::Local::now().date_naive()),
    }
}

pub fn parse_query(text: &str) -> Result<Query, CliError> {
    query::parse(text).map_err(|e| CliError::Query {
        message: e.to_string(),
        pointed: e.pointed(text),
    })
}

fn select(store: &Store, text: &str) -> Result<Vec<DocId>, CliError> {
    let q = parse_query(text)?;
    let today = today()?;
    if !q.uses_marks() {
        return Ok(query::evaluate(store, &q, today).iter().collect());
    }
    // Read only: a command never writes the reader's state, nor moves it aside.
    let opened = crate::marks::Book::peek(crate::marks::state_dir());
    for warning in &opened.warnings {
        eprintln!("brief: warning: {warning}");
    }
    let sets = crate::marks::MarkSets::resolve(store, &opened.marks, opened.seen.as_ref());
    let ctx = query::Context {
        today,
        marks: Some(&sets),
    };
    Ok(query::evaluate_with(store, &q, &ctx).iter().collect())
}

fn date_text(date: Option<NaiveDate>) -> Option<String> {
    date.map(|d| d.format("%Y-%m-%d").to_string())
}
