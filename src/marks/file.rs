//! Reading and writing one state file. A file that does not parse is moved
//! aside (never overwritten) and defaults are used; one that cannot be read
//! at all is left alone, and nothing is saved over it.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use crate::atomic::AtomicFile;

pub const STATE_FILE: &str = "state.toml";

/// `$BRIEF_STATE_DIR`, else `$XDG_STATE_HOME/brief` (`~/.local/state/brief`).
pub fn state_dir() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os("BRIEF_STATE_DIR").filter(|v| !v.is_empty()) {
        return Some(PathBuf::from(dir));
    }
    let dirs = directories::ProjectDirs::from("", "", "brief")?;
    Some(
        dirs.state_dir()
            .unwrap_or_else(|| dirs.data_local_dir())
            .to_owned(),
    )
}

/// What reading a state file found.
pub(super) enum Found<T> {
    Missing,
    Good(T),
    /// Unusable; the message says what became of it. `writable` is whether
    /// a new file may now take its place.
    Bad {
        message: String,
        writable: bool,
    },
}

/// When `path` was last written, in milliseconds since the epoch; 0 when
/// that cannot be told.
pub(super) fn mtime_ms(path: &Path) -> i64 {
    fs::metadata(path)
        .and_then(|m| m.modified())
        .ok()
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map_or(0, |d| d.as_millis() as i64)
}

/// Writes `dir/name` atomically, creating `dir` if need be.
pub(super) fn write(dir: &Path, name: &str, bytes: &[u8]) -> io::Result<()> {
    fs::create_dir_all(dir)?;
    AtomicFile::write(&dir.join(name), bytes)?;
    remove_stale_temps(dir, name);
    Ok(())
}

/// Any of brief's own TOML files, its error as one message.
pub(super) fn parse_toml<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, String> {
    toml::from_str(text).map_err(|e| e.message().to_string())
}

pub(super) fn read_file<T>(
    dir: &Path,
    name: &str,
    move_aside: bool,
    parse: fn(&str) -> Result<T, String>,
) -> Found<T> {
    let path = dir.join(name);
    let bytes = match fs::read(&path) {
        Ok(b) => b,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Found::Missing,
        Err(e) => {
            return Found::Bad {
                message: format!(
                    "cannot read {}: {e}; marks will not be saved over it",
                    path.display()
                ),
                writable: false,
            };
        }
    };
    let why = match std::str::from_utf8(&bytes) {
        Ok(text) => match parse(text) {
            Ok(value) => return Found::Good(value),
            Err(e) => e,
        },
        Err(_) => "not UTF-8 text".to_string(),
    };
    let why = why.trim_end().replace('\n', " ");
    let broken = format!("{} is damaged ({why})", path.display());
    if !move_aside {
        return Found::Bad {
            message: format!("{broken}; ignored it (the reader will move it aside)"),
            writable: false,
        };
    }
    match move_aside_path(&path) {
        Ok(to) => Found::Bad {
            message: format!("{broken}; moved it to {} and started afresh", to.display()),
            writable: true,
        },
        Err(e) => Found::Bad {
            message: format!("{broken} and could not be moved aside ({e}); changes are not saved"),
            writable: false,
        },
    }
}

/// Renames `path` to `path.corrupt-<unix time>`, never over another file.
fn move_aside_path(path: &Path) -> io::Result<PathBuf> {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let mut name = path.as_os_str().to_owned();
    name.push(format!(".corrupt-{secs}"));
    for n in 0..100 {
        let mut to = name.clone();
        if n > 0 {
            to.push(format!("-{n}"));
        }
        let to = PathBuf::from(to);
        // A hard link fails rather than replace an existing file.
        match fs::hard_link(path, &to) {
            Ok(()) => {
                fs::remove_file(path)?;
                return Ok(to);
            }
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
            Err(_) if !to.exists() => {
                fs::rename(path, &to)?;
                return Ok(to);
            }
            Err(e) => return Err(e),
        }
    }
    Err(io::Error::other("too many files already moved aside"))
}

/// Temporary files of `name` left by writers that were killed mid-write.
fn remove_stale_temps(dir: &Path, name: &str) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    let prefix = format!(".{name}.");
    for entry in entries.flatten() {
        let file = entry.file_name();
        let Some(rest) = file
            .to_str()
            .and_then(|f| f.strip_prefix(&prefix))
            .and_then(|r| r.strip_suffix(".tmp"))
        else {
            continue;
        };
        let pid = rest.split('.').next().and_then(|p| p.parse::<i32>().ok());
        if pid.is_some_and(|pid| !running(pid)) {
            let _ = fs::remove_file(entry.path());
        }
    }
}

fn running(pid: i32) -> bool {
    if pid <= 0 || pid == std::process::id() as i32 {
        return pid > 0;
    }
    // SAFETY: signal 0 only checks that the process exists.
    let alive = unsafe { libc::kill(pid, 0) } == 0;
    alive || io::Error::last_os_error().raw_os_error() == Some(libc::EPERM)
}
