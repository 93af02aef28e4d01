//! Live reload: watches the folders for changed briefing files and, once the
//! changes settle, loads them again on a thread of its own, handing the new
//! store to the event loop.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::time::{Duration, Instant};

use notify::{EventKind, RecommendedWatcher, RecursiveMode, Watcher};

use crate::load::is_briefing_name;
use crate::store::Store;
use crate::store::reload::{Changes, reload};

/// Changes are taken together once none came for this long...
const QUIET: Duration = Duration::from_millis(150);
/// ...or once the first of them is this old, so a steady stream still shows.
const LATEST: Duration = Duration::from_millis(500);

pub struct Reloaded {
    pub store: Arc<Store>,
    pub changes: Changes,
}

pub struct Live {
    reloaded: Receiver<Reloaded>,
    _watcher: RecommendedWatcher,
}

impl Live {
    /// Starts watching `paths`; `current` is the store the reader shows.
    pub fn start(paths: Vec<PathBuf>, current: Arc<Store>) -> notify::Result<Live> {
        let (events, changed) = mpsc::channel();
        let mut watcher =
            notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
                if let Ok(event) = event
                    && matters(&event)
                {
                    let _ = events.send(());
                }
            })?;
        for path in &paths {
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
        let (done, reloaded) = mpsc::channel();
        std::thread::spawn(move || {
            let mut current = current;
            while settle(&changed) {
                let (store, changes) = reload(&paths, &current);
                current = Arc::new(store);
                let message = Reloaded {
                    store: current.clone(),
                    changes,
                };
                if done.send(message).is_err() {
                    return;
                }
            }
        });
        Ok(Live {
            reloaded,
            _watcher: watcher,
        })
    }

    /// The newest reload that finished, if any, without waiting.
    pub fn try_next(&self) -> Option<Reloaded> {
        self.reloaded.try_iter().last()
    }
}

/// Waits for a change and then for the changes to settle; false once the
/// watcher is gone.
fn settle(changed: &Receiver<()>) -> bool {
    if changed.recv().is_err() {
        return false;
    }
    let first = Instant::now();
    loop {
        let left = LATEST.saturating_sub(first.elapsed());
        match changed.recv_timeout(QUIET.min(left)) {
            Ok(()) if !left.is_zero() => continue,
            Ok(()) | Err(RecvTimeoutError::Timeout) => return true,
            Err(RecvTimeoutError::Disconnected) => return false,
        }
    }
}

/// Changes to briefing files, `tags.toml` and folders; not reads (brief's
/// own reading would start it again) and not other files.
fn matters(event: &notify::Event) -> bool {
    if matches!(event.kind, EventKind::Access(_)) {
        return false;
    }
    event.paths.iter().any(|p| {
        is_briefing_name(p)
            || p.file_name().is_some_and(|n| n == "tags.toml")
            || p.extension().is_none()
    })
}
