//! Finding what to load and loading it: the paths, the index cache, and
//! `--timings`.

use std::path::PathBuf;
use std::time::{Instant, SystemTime};

use super::CliError;
use crate::library::{Library, Options};
use crate::load::Links;
use crate::progress::Phase;
use crate::store::{CacheUse, Store};
use crate::text::plural;

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
pub struct Loading {
    pub timings: bool,
    pub cache: Option<PathBuf>,
    /// The configuration's default folders.
    pub folders: Vec<PathBuf>,
    /// Which symbolic links in the folders are followed.
    pub links: Links,
    /// Files larger are shown cut, with a warning (`Store::with_show_limit`).
    pub show_limit: Option<u64>,
}

/// `$BRIEF_CACHE_DIR`, else the user's cache folder (`$XDG_CACHE_HOME/brief`).
pub fn cache_dir(disabled: bool) -> Option<PathBuf> {
    if disabled {
        return None;
    }
    match std::env::var_os("BRIEF_CACHE_DIR").filter(|v| !v.is_empty()) {
        Some(dir) => Some(PathBuf::from(dir)),
        None => directories::ProjectDirs::from("", "", "brief").map(|d| d.cache_dir().to_owned()),
    }
}

pub fn open(paths: Vec<PathBuf>, loading: &Loading) -> Result<Store, CliError> {
    Ok(open_resolved(paths, loading)?.1)
}

/// Like `open`, with the paths it resolved to (marks need them).
pub fn open_resolved(
    paths: Vec<PathBuf>,
    loading: &Loading,
) -> Result<(Vec<PathBuf>, Store), CliError> {
    let paths = resolve_paths(paths, &loading.folders)?;
    let store = open_library(&paths, loading).1;
    Ok((paths, store))
}

/// Opens the archive at `paths` (already resolved), saying progress on
/// stderr when it takes a while.
pub fn open_library(paths: &[PathBuf], loading: &Loading) -> (Library, Store) {
    let started = Instant::now();
    let (library, store) = super::progress::shown(
        |progress| {
            let options = Options {
                cache: loading.cache.as_deref(),
                now: SystemTime::now(),
                links: loading.links,
            };
            let (library, store) = Library::open(paths, options, progress);
            progress.phase(Phase::Done, 0);
            (library, store.with_show_limit(loading.show_limit))
        },
        |(_, store)| store.len(),
    );
    // What went wrong with brief's own cache (it was damaged and rebuilt)
    // is said by every command, not only `check`.
    for d in cache_problems(&store, loading) {
        eprintln!("{d}");
    }
    if loading.timings {
        eprintln!("{}", timings_line(&store, started.elapsed()));
    }
    (library, store)
}

/// For the reader: the store as the index cache holds it, without a walk
/// (see `Library::open_indexed`), when there is one.
pub fn open_indexed(paths: &[PathBuf], loading: &Loading) -> Option<(Library, Store)> {
    let started = Instant::now();
    let options = Options {
        cache: loading.cache.as_deref(),
        now: SystemTime::now(),
        links: loading.links,
    };
    let (library, store) = Library::open_indexed(paths, options)?;
    let opened = (library, store.with_show_limit(loading.show_limit));
    if loading.timings {
        eprintln!("{}", timings_line(&opened.1, started.elapsed()));
    }
    Some(opened)
}

/// What went wrong with the index cache: damaged and rebuilt, or not written.
pub fn cache_problems<'a>(
    store: &'a Store,
    loading: &'a Loading,
) -> impl Iterator<Item = &'a crate::model::Diagnostic> + 'a {
    let cache = loading.cache.as_deref();
    store
        .loader_diagnostics()
        .iter()
        .filter(move |d| cache.is_some_and(|c| d.path.starts_with(c)))
}

fn timings_line(store: &Store, total: std::time::Duration) -> String {
    let t = store.timings();
    let ms = |d: std::time::Duration| d.as_secs_f64() * 1e3;
    let end = format!(
        "total {:.1} ms, {}",
        ms(total),
        plural(store.len(), "briefing")
    );
    if let CacheUse::Hit(read) = t.cache {
        return format!(
            "timings: walk {:.1} ms, cache read {:.1} ms (checks {:.1} ms), index {:.1} ms, {end} (from the index cache)",
            ms(t.load.walk),
            ms(read),
            ms(t.check),
            ms(t.index),
        );
    }
    let cache = match t.cache {
        CacheUse::Updated { files, write } => format!(
            ", index cache updated with {} and written in {:.1} ms",
            plural(files, "file"),
            ms(write)
        ),
        _ => String::new(),
    };
    format!(
        "timings: walk {:.1} ms, read {:.1} ms, parse {:.1} ms (both summed over {}, {:.1} ms wall), \
         index {:.1} ms{cache}, {end}",
        ms(t.load.walk),
        ms(t.load.read),
        ms(t.load.parse),
        plural(t.load.workers, "worker"),
        ms(t.load.read_parse),
        ms(t.index),
    )
}
