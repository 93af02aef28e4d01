//! The cache folder's housekeeping: the lock that makes brief processes on
//! one archive take turns, opening its files only when they are regular
//! files, and the pruning of old archive folders and of files left by
//! writers that were killed, which touches only what brief made.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Read};
use std::os::fd::AsRawFd;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use crate::fnv::Fnv;
use crate::load::Links;
use crate::regular::open_regular;

/// The file in each archive folder that says brief made it: pruning removes
/// no folder without one, so a cache folder shared with other programs
/// keeps their folders.
pub const MARKER: &str = "brief-index-cache";

/// An older brief's archive folders have no marker; their catalog's first
/// bytes say whose they are.
const CATALOG_MAGIC: &[u8] = b"BRIEFCT\0";

/// The first bytes of a snapshot of brief before its index moved to
/// tantivy (`<hash>.cache` in the cache folder).
const SNAPSHOT_MAGIC: &[u8] = b"BRIEFCX\0";

/// Makes `dir` a folder of brief's with its marker; whatever else was at
/// its path (a file, a FIFO, a symlink) is removed first.
pub fn make_own(dir: &Path) -> io::Result<()> {
    match fs::symlink_metadata(dir) {
        Ok(meta) if meta.is_dir() => {}
        Ok(_) => fs::remove_file(dir)?,
        Err(e) if e.kind() == io::ErrorKind::NotFound => {}
        Err(e) => return Err(e),
    }
    fs::create_dir_all(dir)?;
    let marker = dir.join(MARKER);
    if open_regular(&marker).is_err() {
        let _ = remove_any(&marker);
        fs::write(&marker, "an index cache of brief; safe to delete\n")?;
    }
    Ok(())
}

/// Removes whatever is at `path`: a folder with all it holds, or any other
/// kind of file.
pub fn remove_any(path: &Path) -> io::Result<()> {
    match fs::symlink_metadata(path)?.is_dir() {
        true => fs::remove_dir_all(path),
        false => fs::remove_file(path),
    }
}

/// Whether brief made the archive folder `dir`.
fn is_own(dir: &Path) -> bool {
    if open_regular(&dir.join(MARKER)).is_ok() {
        return true;
    }
    starts_with(&dir.join("catalog"), CATALOG_MAGIC)
}

/// Whether the regular file at `path` starts with `magic`.
fn starts_with(path: &Path, magic: &[u8]) -> bool {
    let mut first = vec![0; magic.len()];
    open_regular(path)
        .and_then(|mut f| f.read_exact(&mut first))
        .is_ok_and(|()| first == magic)
}

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
    pub fn try_take(dir: &Path) -> io::Result<Option<Lock>> {
        Lock::flock(dir, libc::LOCK_EX | libc::LOCK_NB)
    }

    fn flock(dir: &Path, how: libc::c_int) -> io::Result<Option<Lock>> {
        let path = dir.join("lock");
        let open = || {
            crate::regular::open(
                OpenOptions::new().create(true).truncate(false).write(true),
                &path,
            )
        };
        // Something else where the lock should be is replaced, once.
        let file = match open() {
            Ok(file) => file,
            Err(_) => {
                let _ = remove_any(&path);
                open()?
            }
        };
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

/// Removes all but the `KEEP` most recently used archive folders of brief's
/// (never `current`), catalogs of older versions of brief (`<hash>.cache`
/// files), and brief's temporary files older than an hour before `now`.
/// Nothing brief did not make is touched.
pub fn prune(root: &Path, now: SystemTime, current: &Path) {
    let Ok(entries) = fs::read_dir(root) else {
        return;
    };
    let mut folders = Vec::new();
    for entry in entries.filter_map(Result::ok) {
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().into_owned();
        let Ok(kind) = entry.file_type() else {
            continue;
        };
        if kind.is_dir() && is_hash(&name) {
            if path != current && is_own(&path) {
                // A folder whose first index is still being built has no
                // commit yet: it counts as used when its lock was made.
                let used = ["index/meta.json", "catalog", "lock", MARKER]
                    .iter()
                    .find_map(|f| fs::metadata(path.join(f)).and_then(|m| m.modified()).ok())
                    .unwrap_or(SystemTime::UNIX_EPOCH);
                folders.push((used, path));
            }
        } else if name.strip_suffix(".cache").is_some_and(is_hash)
            && starts_with(&path, SNAPSHOT_MAGIC)
        {
            // A snapshot of brief before its index moved to tantivy.
            let _ = fs::remove_file(&path);
        }
    }
    // Left by a writer of such a snapshot that was killed.
    remove_stale(root, now, |name| {
        name.strip_prefix('.')
            .and_then(|n| n.split_once(".cache."))
            .is_some_and(|(hash, _)| is_hash(hash))
    });
    folders.sort_by_key(|f| std::cmp::Reverse(f.0));
    for (_, path) in folders.into_iter().skip(KEEP - 1) {
        // Never under a brief that is updating it.
        if let Ok(Some(_lock)) = Lock::try_take(&path) {
            let _ = fs::remove_dir_all(path);
        }
    }
}

/// An archive folder's name: 16 hexadecimal digits.
fn is_hash(name: &str) -> bool {
    name.len() == 16 && name.bytes().all(|b| b.is_ascii_hexdigit())
}

/// Removes brief's temporary files in `dir`: regular files whose names end
/// in `.tmp`, that `brief_made` takes for brief's, and that were last
/// changed more than an hour before `now`.
pub fn remove_stale(dir: &Path, now: SystemTime, brief_made: impl Fn(&str) -> bool) {
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
        let name = entry.file_name().to_string_lossy().into_owned();
        let regular = entry.file_type().is_ok_and(|t| t.is_file());
        if stale && regular && name.ends_with(".tmp") && brief_made(&name) {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// The folder of the archive of `paths` in the cache folder `root`: named
/// by a hash of their absolute forms and of this brief's version, so that
/// two versions of brief on one archive never take each other's cache for
/// damaged and rebuild it in turn. The paths as given count too: the index
/// holds each file's path in the form the files were found by, and one
/// given as `dir` and as `/home/me/dir` by turns would otherwise find every
/// file moved and index the whole archive again at each turn. Which
/// symbolic links the walks follow counts too (see `load::Links`).
pub fn folder_of(root: &Path, paths: &[PathBuf], links: Links) -> PathBuf {
    let mut name = Fnv::default();
    name.write(env!("CARGO_PKG_VERSION").as_bytes());
    name.write(&crate::store::filed::FORMAT.to_le_bytes());
    // A walk that follows links out of the folders finds other files: an
    // index of them must not be shown before a walk that would not.
    let rule: &[u8] = match links {
        Links::Inside => b"links inside\0",
        Links::Anywhere => b"links anywhere\0",
    };
    name.write(rule);
    for given in paths {
        let path = std::path::absolute(given).unwrap_or_else(|_| given.clone());
        name.write(path.as_os_str().as_encoded_bytes());
        name.write(&[0]);
        name.write(given.as_os_str().as_encoded_bytes());
        name.write(&[0]);
    }
    root.join(format!("{:016x}", name.0))
}
