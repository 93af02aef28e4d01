//! The command line: argument parsing, subcommands and their text/JSON output.

mod args;
mod check;
mod config;
mod export;
mod generated;
mod list;
mod marks;
mod open;
pub mod output;
mod progress;
mod quotes;
mod show;
mod speakers;
mod tags;

use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use chrono::NaiveDate;
use clap::Parser;

use args::SortBy;
pub use args::{Cli, Command};

use crate::config::Config;
use crate::query::{self, Query};
use crate::store::{DocId, DocSet, Store};
use crate::tui::keymap::Keymap;
pub use open::resolve_paths;
use open::{Loading, cache_dir, cache_problems, open, open_indexed, open_library, open_resolved};
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
            CliError::Usage(_) | CliError::Query { .. } | CliError::Config(_) | CliError::Io(_) => {
                2
            }
            CliError::NotFound(_) => 1,
        }
    }
}

pub fn main() -> ExitCode {
    crate::guard::install_quiet_hook();
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
    let (config, keymap) = match &config_path {
        Some(path) if needs_config => config::load(path, named)?,
        _ => (Config::default(), Keymap::default()),
    };
    let loading = Loading {
        timings: cli.timings,
        cache: cache_dir(cli.no_cache),
        folders: config.folders.clone(),
        links: match config.follow_symlinks {
            true => crate::load::Links::Anywhere,
            false => crate::load::Links::Inside,
        },
        show_limit: config.show_limit,
    };
    let code = match cli.command {
        None => {
            let chosen = (cli.watchlist, cli.clipboard_command);
            let mut options = reader_options(&cli.look, &config, keymap, chosen)?;
            if std::io::IsTerminal::is_terminal(&io::stdout()) {
                let paths = resolve_paths(cli.paths.paths, &loading.folders)?;
                // The first screen comes from the index cache as it is; the
                // walk that compares the files lands as a live reload.
                let (library, store) = match open_indexed(&paths, &loading) {
                    Some((library, store)) => {
                        let files = store.file_count();
                        options.notice =
                            Some(format!("checking {}…", crate::text::plural(files, "file")));
                        options.check_first = true;
                        (library, store)
                    }
                    None => {
                        let (library, store) = open_library(&paths, &loading);
                        let said: Vec<&str> = cache_problems(&store, &loading)
                            .map(|d| d.message.as_str())
                            .collect();
                        options.notice = (!said.is_empty()).then(|| said.join("; "));
                        (library, store)
                    }
                };
                let store = std::sync::Arc::new(store);
                let unsaved = crate::tui::run(store, &options, Some(library)).map_err(|e| {
                    CliError::Io(io::Error::new(e.kind(), format!("terminal: {e}")))
                })?;
                // The reader showed the first; all of them stay on the screen now.
                for d in &options.watch.diagnostics {
                    eprintln!("{d}");
                }
                if let Some(report) = unsaved {
                    eprintln!("{report}");
                    return Ok(ExitCode::FAILURE);
                }
            } else {
                for d in &options.watch.diagnostics {
                    eprintln!("{d}");
                }
                let (paths, store) = open_resolved(cli.paths.paths, &loading)?;
                let docs = select(&store, &paths, "", SortBy::Date)?;
                list::run(&store, &mut out, &docs, false)?;
            }
            ExitCode::SUCCESS
        }
        Some(Command::List(a)) => {
            let (store, docs) = selected(a.query.select, a.order.sort, &loading)?;
            list::run(&store, &mut out, &docs, a.query.json)?;
            matched(docs.len())
        }
        Some(Command::Quotes(a)) => {
            let query = parse_query(&a.query.select.query)?;
            let (store, docs) = selected(a.query.select, a.order.sort, &loading)?;
            matched(quotes::run(&store, &mut out, &docs, &query, a.query.json)?)
        }
        Some(Command::Speakers(a)) => {
            let query = parse_query(&a.select.query)?;
            let (store, docs) = selected(a.select, SortBy::Date, &loading)?;
            matched(speakers::run(&store, &mut out, &docs, &query, a.json)?)
        }
        Some(Command::Tags(a)) => {
            let (store, docs) = selected(a.select, SortBy::Date, &loading)?;
            tags::run(&store, &mut out, &docs, a.json)?;
            ExitCode::SUCCESS
        }
        Some(Command::Show(a)) => {
            let store = open(a.paths.paths, &loading)?;
            let how = show::How {
                json: a.json,
                whole: a.whole,
                width: a.width,
            };
            show::run(&store, &mut out, &a.id, how)?;
            ExitCode::SUCCESS
        }
        Some(Command::Config(a)) => config::command(&a, config_path.as_deref(), named, &mut out)?,
        Some(Command::Check(a)) => {
            let store = open(a.paths, &loading)?;
            check::run(&store, &mut out)?
        }
        Some(Command::Export(a)) => matched(export::command(a, &loading, &mut out)?),
        Some(Command::Marks(a)) => marks::command(a.action, &loading, &mut out)?,
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

/// Theme, colour depth, glyphs, keys, watchlist and clipboard command for the
/// reader, checked before any loading; `chosen` are the watchlist and the
/// clipboard command the command line names, which beat the configuration's.
fn reader_options(
    look: &args::LookArgs,
    config: &Config,
    keymap: Keymap,
    chosen: (Option<PathBuf>, Option<String>),
) -> Result<crate::tui::Options, CliError> {
    let (watchlist, clipboard_command) = chosen;
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
        zen_width: config.zen_width,
        auto_read: config.auto_read,
        mouse: look.mouse || config.mouse,
        clipboard_command: clipboard_command.or_else(|| config.clipboard_command.clone()),
        views: config.views.clone(),
        watch: crate::watch::load(watchlist.or_else(|| config.watchlist.clone())),
        keymap,
        notice: None,
        check_first: false,
    })
}

/// As grep: 0 when something matched, 1 when nothing did.
fn matched(count: usize) -> ExitCode {
    if count > 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
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

/// Loads the selection's paths and the briefings its query matches, in
/// `sort` order; when none, says on stderr which words were likely meant.
fn selected(
    s: args::Selection,
    sort: SortBy,
    loading: &Loading,
) -> Result<(Store, Vec<DocId>), CliError> {
    let (paths, store) = open_resolved(s.paths.paths, loading)?;
    let docs = select(&store, &paths, &s.query, sort)?;
    if docs.is_empty()
        && let Some(suggestion) = query::suggest(&store, &s.query)
    {
        eprintln!("brief: no match; {}", suggestion.question());
    }
    Ok((store, docs))
}

/// The briefings of `store` (opened on `paths`) that the query `text`
/// matches, in `sort` order.
fn select(
    store: &Store,
    paths: &[PathBuf],
    text: &str,
    sort: SortBy,
) -> Result<Vec<DocId>, CliError> {
    let q = parse_query(text)?;
    let docs = matching(store, paths, &q)?;
    Ok(match sort {
        SortBy::Date => docs.iter().collect(),
        SortBy::Relevance => query::rank::by_relevance(store, &q, &docs),
    })
}

fn matching(store: &Store, paths: &[PathBuf], q: &Query) -> Result<DocSet, CliError> {
    let today = today()?;
    if !q.uses_marks() {
        return Ok(query::evaluate(store, q, today));
    }
    // Read only: a command never writes the reader's state, nor moves it aside.
    let opened = crate::marks::Book::peek(crate::marks::state_dir(), paths);
    for warning in &opened.warnings {
        eprintln!("brief: warning: {warning}");
    }
    let sets = crate::marks::MarkSets::resolve(store, &opened.marks, opened.seen.as_ref());
    let ctx = query::Context {
        today,
        marks: Some(&sets),
    };
    Ok(query::evaluate_with(store, q, &ctx))
}

fn date_text(date: Option<NaiveDate>) -> Option<String> {
    date.map(|d| d.format("%Y-%m-%d").to_string())
}
