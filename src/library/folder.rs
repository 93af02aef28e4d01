//! The cache folder's housekeeping: the lock that makes brief processes on
//! one archive take turns, and the pruning of old archive folders and of
//! files left by writers that were killed.

use std::fs::{self, File, OpenOptions};
use std::io;
use std::os::fd::AsRawFd;
use std::path::Path;
use std::time::{Duration, SystemTime};

/// Archive folders kept, the most recently used ones.
const KEEP: usize = 16;

/// An exclusive lock on an archive's folder, held until dropped.
pub struct Lock {
    _file: File,
}

impl Lock {
    /// Waits for the lock.
    pub fn take(dir: &Path) -> io::Result<Lock> {
        Lock::flock(dir, libc::LOCK_EX).map(|lock| lock.expect("a blocking lock is taken"))
    }

    /// The lock if no one holds it now.
    fn try_take(dir: &Path) -> io::Result<Option<Lock>> {
        Lock::flock(dir, libc::LOCK_EX | libc::LOCK_NB)
    }

    fn flock(dir: &Path, how: libc::c_int) -> io::Result<Option<Lock>> {
        let file = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(dir.join("lock"))?;
        loop {
            // SAFETY: flock on a descriptor this function owns; it reads no memory.
            let rc = unsafe { libc::flock(file.as_raw_fd(), how) };
            if rc == 0 {
                return Ok(Some(Lock { _file: file }));
            }
            let err = io::Error::last_os_error();
            match err.kind() {
                io::ErrorKind::Interrupted => continue,
                io::ErrorKind::WouldBlock => return Ok(None),
                _ => return Err(err),
            }
        }
    }
}

/// Removes all but the `KEEP` most recently used archive folders (never
/// `current`), catalogs of older versions of brief (`*.cache` files), and
/// temporary files older than an hour before `now`.
pub fn prune(root: &Path, now: SystemTime, current: &Path) {
    let Ok(entries) = fs::read_dir(root) else {
        return;
    };
    let mut folders = Vec::new();
    for entry in entries.filter_map(Result::ok) {
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().into_owned();
        if path.is_dir() {
            if path != current {
                // A folder whose first index is still being built has no
                // catalog yet: it counts as used when its lock was made.
                let used = ["catalog", "lock"]
                    .iter()
                    .find_map(|f| fs::metadata(path.join(f)).and_then(|m| m.modified()).ok())
                    .unwrap_or(SystemTime::UNIX_EPOCH);
                folders.push((used, path));
            }
        } else if name.ends_with(".cache") {
            // A snapshot of brief before its index moved to tantivy.
            let _ = fs::remove_file(&path);
        }
    }
    // Left by a writer that was killed.
    remove_stale(root, now, ".tmp");
    folders.sort_by_key(|f| std::cmp::Reverse(f.0));
    for (_, path) in folders.into_iter().skip(KEEP - 1) {
        // Never under a brief that is updating it.
        if let Ok(Some(_lock)) = Lock::try_take(&path) {
            let _ = fs::remove_dir_all(path);
        }
    }
}

/// Removes the files in `dir` whose names end in `suffix` and that were
/// last changed more than an hour before `now`.
pub fn remove_stale(dir: &Path, now: SystemTime, suffix: &str) {
    let an_hour_ago = now - Duration::from_secs(3600);
    for entry in fs::read_dir(dir)
        .into_iter()
        .flatten()
        .filter_map(Result::ok)
    {
        let stale = entry
            .metadata()
            .and_then(|m| m.modified())
            .is_ok_and(|m| m < an_hour_ago);
        if stale && entry.file_name().to_string_lossy().ends_with(suffix) {
            let _ = fs::remove_file(entry.path());
        }
    }
}
