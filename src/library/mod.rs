//! The archive's life, and the only code that touches the file system for
//! briefings and the index cache: find the files, compare them with what is
//! indexed, read only those that are new or changed, update the full-text
//! index (tantivy) with its commit, and put the store together; live reload
//! runs the very same steps. The reader and the commands ask a `Library`
//! for a store and for reloads, nothing else.
//!
//! Small archives and `--no-cache` keep everything in memory; from
//! `MIN_FILES` files on, the index lives in the cache folder
//! (`disk`), where the next start finds them.

mod changes;
mod check;
mod disk;
mod folder;
mod index;
mod ledger;
mod plan;
mod take;
mod update;
mod whole;

use std::path::{Path, PathBuf};
use std::time::SystemTime;

use tantivy::Index;

pub use changes::Changes;
pub use whole::{shown, whole, wholes};

use crate::load::{self, Found, Links, Loaded};
use crate::model::Diagnostic;
use crate::progress::{Phase, Progress};
use crate::store::{Skipped, Store, schema};
use plan::Plan;
use update::{Previous, Update};

/// Below this many files a load takes milliseconds; a cache would only litter.
pub const MIN_FILES: usize = 200;

/// Where and when to open.
#[derive(Debug, Clone, Copy)]
pub struct Options<'a> {
    /// The cache folder, or `None` to keep everything in memory.
    pub cache: Option<&'a Path>,
    /// The wall clock's time, the caller's to give so that tests can move it.
    pub now: SystemTime,
    /// Which symbolic links in the folders are followed.
    pub links: Links,
}

impl Options<'_> {
    /// In memory, now.
    pub fn memory() -> Options<'static> {
        Options {
            cache: None,
            now: SystemTime::now(),
            links: Links::default(),
        }
    }
}

pub struct Library {
    paths: Vec<PathBuf>,
    links: Links,
    place: Place,
    /// What the last walk found besides the files.
    listing: Found,
}

/// The files a reload takes in: those a walk found, or a plan made from
/// the paths the watcher reported, with what the last walk found besides.
enum Listed {
    Found(Found),
    Planned(Plan, Found),
}

enum Place {
    Memory(Index),
    Disk(disk::Archive),
}

impl Library {
    /// Opens the archive at `paths`: from the index cache as it is when no
    /// file changed, else updated with the files that did.
    pub fn open(paths: &[PathBuf], options: Options, progress: &Progress) -> (Library, Store) {
        progress.phase(Phase::Finding, 0);
        let links = options.links;
        // The cache is read and checked on a second core while the walk
        // waits on the file system.
        let (mut found, ahead) = std::thread::scope(|scope| {
            let ahead = (options.cache)
                .map(|root| scope.spawn(move || disk::Archive::read_ahead(root, paths, links)));
            let found = load::find(paths, true, links);
            (found, ahead.and_then(|a| a.join().ok()).flatten())
        });
        let listing = found.listing();
        let mut unwritten = None;
        if let Some(root) = options.cache.filter(|_| found.files.len() >= MIN_FILES) {
            let opened = disk::Archive::open(root, paths, links, options.now);
            match opened.and_then(|mut a| {
                let store = a.bring_up_to_date(found, ahead, options.now, progress)?;
                Ok((store, a))
            }) {
                Ok((store, archive)) => {
                    let place = Place::Disk(archive);
                    return (Library::new(paths, links, place, listing), store);
                }
                // A full disk, a read-only home, a file where a folder
                // should be: read into memory, as without a cache, and say so.
                Err(e) => {
                    unwritten = Some(not_written(root, &e));
                    found = load::find(paths, true, links);
                }
            }
        }
        let (index, store) = in_memory(found, options.now, progress, unwritten)
            .expect("an index in memory can be written");
        (
            Library::new(paths, links, Place::Memory(index), listing),
            store,
        )
    }

    /// For the reader of a large archive: the store as the index cache
    /// holds it, checked but without a walk of the folders, when there is
    /// one. The files may have changed since; the caller then has `reload`
    /// walk and compare them (in the background), as live reload does.
    pub fn open_indexed(paths: &[PathBuf], options: Options) -> Option<(Library, Store)> {
        let mut archive = disk::Archive::existing(options.cache?, paths, options.links)?;
        let store = archive.as_indexed().ok()??;
        let listing = Found {
            files: Vec::new(),
            rules: Vec::new(),
            rule_files: Vec::new(),
            diagnostics: Vec::new(),
            walk_time: std::time::Duration::ZERO,
            one_root: paths.len() == 1,
            linked: Vec::new(),
        };
        let place = Place::Disk(archive);
        Some((Library::new(paths, options.links, place, listing), store))
    }

    /// The whole store of an archive opened by `open_indexed`, whose store
    /// may hold only its newest briefings; `None` for one in memory.
    pub fn whole(&mut self) -> std::io::Result<Option<Store>> {
        match &mut self.place {
            Place::Disk(archive) => archive.whole().map(Some),
            Place::Memory(_) => Ok(None),
        }
    }

    fn new(paths: &[PathBuf], links: Links, place: Place, listing: Found) -> Library {
        Library {
            paths: paths.to_vec(),
            links,
            place,
            listing,
        }
    }

    /// The store of the files as they are now, given the one in use, and
    /// what changed between them. Only new and changed files are read.
    /// `None` when nothing changed.
    pub fn reload(
        &mut self,
        current: &Store,
        now: SystemTime,
    ) -> std::io::Result<Option<(Store, Changes)>> {
        let found = load::find(&self.paths, true, self.links);
        self.listing = found.listing();
        self.reload_listed(current, Listed::Found(found), now)
    }

    /// As `reload`, but looking again only at the paths the watcher
    /// reported, `touched`, when they tell what changed (each file found
    /// before is as the store in use says); else the folders are walked.
    /// They are walked too when the last walk followed a symbolic link:
    /// a change to what it leads to is reported by that file's own path.
    pub fn reload_touched(
        &mut self,
        current: &Store,
        touched: &[PathBuf],
        now: SystemTime,
    ) -> std::io::Result<Option<(Store, Changes)>> {
        let plan = match self.paths.as_slice() {
            [root] if root.is_dir() && self.listing.linked.is_empty() => {
                plan::touched::plan(current, root, touched, now)
            }
            _ => None,
        };
        match plan {
            Some(plan) => {
                let listed = Listed::Planned(plan, self.listing.listing());
                self.reload_listed(current, listed, now)
            }
            None => self.reload(current, now),
        }
    }

    fn reload_listed(
        &mut self,
        current: &Store,
        files: Listed,
        now: SystemTime,
    ) -> std::io::Result<Option<(Store, Changes)>> {
        let progress = Progress::new();
        match &mut self.place {
            Place::Memory(index) => {
                let before = Some(Previous::of(current, None));
                let update = match files {
                    Listed::Found(found) => Update::new(index, before, found, now),
                    Listed::Planned(plan, listing) => Update::planned(index, before, plan, listing),
                };
                update.run(&progress, false).map(Some)
            }
            Place::Disk(archive) => match archive.reload(current, files, now, &progress) {
                Ok(reloaded) => Ok(reloaded),
                // The cache could not be written (the archive discarded
                // what it had): from now on in memory, as `open` falls back.
                Err(e) => {
                    let said = not_written(archive.dir(), &e);
                    let found = load::find(&self.paths, true, self.links);
                    self.listing = found.listing();
                    let (index, store) = in_memory(found, now, &progress, Some(said))?;
                    self.place = Place::Memory(index);
                    let changes = Changes::between(current, &store);
                    Ok(Some((store, changes)))
                }
            },
        }
    }

    pub fn paths(&self) -> &[PathBuf] {
        &self.paths
    }

    /// Which symbolic links the walks follow.
    pub fn links(&self) -> Links {
        self.links
    }

    /// The symbolic links the last walk followed to a folder or a briefing
    /// file (none before the first walk of an archive opened without one).
    pub fn linked(&self) -> &[PathBuf] {
        &self.listing.linked
    }
}

/// An index in memory of the files `found`, and their store, with what
/// was `said` of the cache among its loader-level diagnostics.
fn in_memory(
    found: Found,
    now: SystemTime,
    progress: &Progress,
    said: Option<Diagnostic>,
) -> std::io::Result<(Index, Store)> {
    let index = schema::registered(Index::create_in_ram(schema::schema()));
    let (store, _) = Update::new(&index, None, found, now).run(progress, false)?;
    let store = match said {
        Some(d) => store.with_loader_diagnostic(d),
        None => store,
    };
    Ok((index, store))
}

/// The warning that the cache at `root` could not be written, and what that
/// costs.
fn not_written(root: &Path, error: &std::io::Error) -> Diagnostic {
    let error = plain(error);
    Diagnostic::warning(
        root,
        (1, 1),
        format!("index cache not written: {error}; every start will read all files"),
    )
}

/// What the system said, without the layers of tantivy's error around it or
/// the error number: "No space left on device".
fn plain(error: &std::io::Error) -> String {
    let text = error.to_string();
    let code = text.find("(os error ").and_then(|at| {
        let rest = &text[at + "(os error ".len()..];
        rest[..rest.find(')')?].parse::<i32>().ok()
    });
    let Some(code) = code else {
        return text;
    };
    let text = std::io::Error::from_raw_os_error(code).to_string();
    match text.find(" (os error ") {
        Some(at) => text[..at].to_string(),
        None => text,
    }
}

/// A store of briefings already parsed (tests, benchmarks, fuzzing), indexed
/// in memory.
pub fn build(loaded: Loaded) -> Store {
    let index = schema::registered(Index::create_in_ram(schema::schema()));
    let Loaded {
        briefings,
        rules,
        diagnostics,
        skipped,
        timings,
    } = loaded;
    let skipped = skipped
        .into_iter()
        .map(|problem| Skipped {
            problem,
            stat: None,
        })
        .collect();
    update::index_parsed(&index, briefings, rules, diagnostics, skipped, timings)
        .expect("an index in memory can be written")
}

/// Opens `paths` in memory: what tests and benchmarks that read files use.
pub fn open_in_memory(paths: &[PathBuf]) -> Store {
    Library::open(paths, Options::memory(), &Progress::new()).1
}

#[cfg(test)]
#[path = "reload_tests.rs"]
mod tests;

#[cfg(test)]
#[path = "ids_tests.rs"]
mod ids_tests;

#[cfg(test)]
#[path = "links_tests.rs"]
mod links_tests;
