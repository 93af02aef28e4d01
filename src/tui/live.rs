//! Live reload: notices changed briefing files in the folders read and, once
//! the changes settle, loads them again on a thread of its own, handing the
//! new store to the event loop.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::time::{Duration, Instant, SystemTime};

use notify::{EventKind, RecommendedWatcher, RecursiveMode, Watcher};

use crate::library::{Changes, Library};
use crate::load::{Links, is_briefing_name};
use crate::store::Store;

/// Changes are taken together once none came for this long...
const QUIET: Duration = Duration::from_millis(50);
/// ...or once the first of them is this old, so a steady stream still shows.
const LATEST: Duration = Duration::from_millis(500);

pub struct Reloaded {
    pub store: Arc<Store>,
    pub changes: Changes,
}

/// What the reload thread reports: a reload, or why live reload is off.
pub enum Report {
    Reloaded(Reloaded),
    Off(String),
}

pub struct Live {
    reports: Receiver<Report>,
}

impl Live {
    /// Starts live reload of `library` on a thread of its own (telling the
    /// system about every folder of a large tree takes a while); `current`
    /// is the store the reader shows. With `check_first` (it came from the
    /// index cache without a walk) the folders are walked and compared
    /// once the watcher is in place, and that lands as the first reload;
    /// before it, a store of only the newest briefings is replaced by the
    /// whole one, with no changes to tell.
    pub fn start(mut library: Library, current: Arc<Store>, check_first: bool) -> Live {
        let (reports, receiver) = mpsc::channel();
        std::thread::spawn(move || {
            let (events, changed) = mpsc::channel();
            // In place before the check, so that no change during it is missed.
            let watcher = notice_changes(library.paths(), library.links(), events);
            let mut current = current;
            if let Some(all) = current.preview_of() {
                hold_for_tests();
                let report = match library.whole() {
                    Ok(Some(store)) => {
                        report(Ok(Some((store, Changes::default()))), &mut current, false)
                    }
                    Ok(None) => {
                        Report::Off("live reload is off: the archive is not indexed".into())
                    }
                    Err(e) => Report::Off(format!(
                        "live reload is off: the rest of the {all} briefings could not be read ({e}); restart brief"
                    )),
                };
                if !send(&reports, report) {
                    return;
                }
            }
            // The check runs even when the folders cannot be followed.
            if check_first {
                let checked = library.reload(&current, SystemTime::now());
                let report = report(checked, &mut current, true);
                if !send(&reports, report) {
                    return;
                }
            }
            let mut watcher = match watcher {
                Ok(watcher) => watcher,
                Err(e) => {
                    let _ = reports.send(Report::Off(format!("live reload is off: {e}")));
                    return;
                }
            };
            let mut linked = HashSet::new();
            watch_linked(&mut watcher, &library, &mut linked);
            while let Some(touched) = settle(&changed) {
                let now = SystemTime::now();
                let reloaded = match touched {
                    Touched::Files(paths) => library.reload_touched(&current, &paths, now),
                    Touched::Folders => library.reload(&current, now),
                };
                watch_linked(&mut watcher, &library, &mut linked);
                if !send(&reports, report(reloaded, &mut current, false)) {
                    break;
                }
            }
            drop(watcher);
        });
        Live { reports: receiver }
    }

    /// The reports that came, oldest first, without waiting.
    pub fn pending(&self) -> Vec<Report> {
        self.reports.try_iter().collect()
    }
}

/// A test hook in debug builds only: `BRIEF_TEST_HOLD_WHOLE` milliseconds
/// before the whole store of a large archive is read, so that the
/// end-to-end tests can read the first screen, made of its newest.
fn hold_for_tests() {
    let hold = std::env::var("BRIEF_TEST_HOLD_WHOLE").ok();
    if let Some(ms) = hold
        .and_then(|v| v.parse().ok())
        .filter(|_| cfg!(debug_assertions))
    {
        std::thread::sleep(Duration::from_millis(ms));
    }
}

/// What a reload tells the reader; `current` becomes the new store. A
/// `check` says how many files it compared.
fn report(
    reloaded: std::io::Result<Option<(Store, Changes)>>,
    current: &mut Arc<Store>,
    check: bool,
) -> Report {
    let (store, mut changes) = match reloaded {
        // Files over the show limit are found in each new store.
        Ok(Some((store, changes))) => (
            Arc::new(store.with_show_limit(current.show_limit())),
            changes,
        ),
        Ok(None) => (current.clone(), Changes::default()),
        Err(e) => return Report::Off(format!("live reload is off: {e}")),
    };
    if check {
        changes.checked = Some(store.file_count());
    }
    *current = store.clone();
    Report::Reloaded(Reloaded { store, changes })
}

/// Sends `report`; false when live reload ends (the reader is gone, or the
/// report says it is off).
fn send(reports: &mpsc::Sender<Report>, report: Report) -> bool {
    let off = matches!(report, Report::Off(_));
    reports.send(report).is_ok() && !off
}

/// Gives the memory of a store just dropped back to the system. A reload
/// builds the new store on the reload thread, whose allocator arena glibc
/// keeps when it is freed: without this, each reload of a large archive left
/// the reader's resident memory higher (89 MB to 355 MB after five reloads
/// of 100,000 briefings).
pub fn give_back_memory() {
    #[cfg(target_env = "gnu")]
    // SAFETY: malloc_trim only returns free memory of the allocator's own
    // arenas to the system; it touches no memory of ours.
    unsafe {
        libc::malloc_trim(0);
    }
}

/// What changed: briefing files, or something (a folder, `tags.toml`, lost
/// events) that needs the folders walked.
enum Touched {
    Files(Vec<PathBuf>),
    Folders,
}

/// One change the watcher reported.
enum Touch {
    File(PathBuf),
    Folders,
}

/// Asks the system to report changes under `paths`; each change that
/// matters is sent on `events` for as long as the watcher lives. The
/// watcher follows symbolic links only when the walks follow them
/// anywhere: else a link out of the folders (to `/`) would have it watch
/// what brief does not read (see `watch_linked`).
fn notice_changes(
    paths: &[PathBuf],
    links: Links,
    events: mpsc::Sender<Touch>,
) -> notify::Result<RecommendedWatcher> {
    let config = notify::Config::default().with_follow_symlinks(links == Links::Anywhere);
    let handler = move |event: notify::Result<notify::Event>| {
        let touches = match event {
            Ok(event) => touches(&event),
            // Events may have been lost.
            Err(_) => vec![Touch::Folders],
        };
        for touch in touches {
            let _ = events.send(touch);
        }
    };
    let mut watcher = RecommendedWatcher::new(handler, config)?;
    for path in paths {
        if path.is_dir() {
            watcher.watch(path, RecursiveMode::Recursive)?;
        } else {
            let parent = path.parent().filter(|p| !p.as_os_str().is_empty());
            watcher.watch(
                parent.unwrap_or(Path::new(".")),
                RecursiveMode::NonRecursive,
            )?;
        }
    }
    Ok(watcher)
}

/// Watches each symbolic link the last walk followed (to a folder or a
/// briefing file), which the watcher does not follow itself unless links
/// are followed anywhere: those the walk followed lead inside the
/// folders. `watched` are those watched already.
fn watch_linked(
    watcher: &mut RecommendedWatcher,
    library: &Library,
    watched: &mut HashSet<PathBuf>,
) {
    if library.links() == Links::Anywhere {
        return;
    }
    for link in library.linked() {
        if watched.insert(link.clone()) {
            // Not watched, its changes are seen at the next walk.
            let _ = watcher.watch(link, RecursiveMode::Recursive);
        }
    }
}

/// Waits for a change and then for the changes to settle: what they
/// touched, or `None` once the watcher is gone.
fn settle(changed: &Receiver<Touch>) -> Option<Touched> {
    let mut touched = Touched::Files(Vec::new());
    let mut take = |touch: Touch| match (&mut touched, touch) {
        (Touched::Files(paths), Touch::File(path)) => paths.push(path),
        (_, Touch::Folders) => touched = Touched::Folders,
        (Touched::Folders, Touch::File(_)) => {}
    };
    take(changed.recv().ok()?);
    let first = Instant::now();
    loop {
        let left = LATEST.saturating_sub(first.elapsed());
        match changed.recv_timeout(QUIET.min(left)) {
            Ok(touch) if !left.is_zero() => take(touch),
            Ok(touch) => {
                take(touch);
                return Some(touched);
            }
            Err(RecvTimeoutError::Timeout) => return Some(touched),
            Err(RecvTimeoutError::Disconnected) => return None,
        }
    }
}

/// Changes to briefing files, `tags.toml` and folders; not reads (brief's
/// own reading would start it again) and not other files.
fn touches(event: &notify::Event) -> Vec<Touch> {
    if matches!(event.kind, EventKind::Access(_)) {
        return Vec::new();
    }
    if event.need_rescan() {
        return vec![Touch::Folders];
    }
    (event.paths.iter())
        .filter_map(|p| match () {
            _ if is_briefing_name(p) => Some(Touch::File(p.clone())),
            _ if p.file_name().is_some_and(|n| n == "tags.toml") => Some(Touch::Folders),
            _ if p.extension().is_none() => Some(Touch::Folders),
            _ => None,
        })
        .collect()
}
