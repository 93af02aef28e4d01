//! Finds briefing files below the paths given, without following loops or
//! blocking on special files.

use std::collections::HashSet;
use std::fs;
use std::os::unix::fs::{FileTypeExt, MetadataExt};
use std::path::{Path, PathBuf};

use super::links::{Bounds, Link, Links};
use crate::model::Diagnostic;

pub struct FileEntry {
    pub path: PathBuf,
    /// Path relative to the folder it was found in (the file name for a file given directly).
    pub rel: PathBuf,
    /// Recorded when the walk was asked to, and the file could be stat-ed.
    pub stat: Option<FileStat>,
}

/// What tells that a file changed without reading it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct FileStat {
    pub size: u64,
    pub mtime: (i64, i64),
    /// Changes with the content and with permissions, even when mtime is set back.
    pub ctime: (i64, i64),
    pub ino: u64,
}

impl FileStat {
    pub fn of(meta: &fs::Metadata) -> FileStat {
        FileStat {
            size: meta.size(),
            mtime: (meta.mtime(), meta.mtime_nsec()),
            ctime: (meta.ctime(), meta.ctime_nsec()),
            ino: meta.ino(),
        }
    }
}

#[derive(Default)]
pub struct Walk {
    pub files: Vec<FileEntry>,
    /// `tags.toml` at the root of each folder given.
    pub tag_files: Vec<PathBuf>,
    /// The symbolic links followed to a folder or a briefing file, as the
    /// walk names them.
    pub linked: Vec<PathBuf>,
    pub diagnostics: Vec<Diagnostic>,
}

const START: (u32, u32) = (1, 1);

pub fn is_briefing_name(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("txt") || e.eq_ignore_ascii_case("md"))
}

fn bytes(path: &Path) -> &[u8] {
    path.as_os_str().as_encoded_bytes()
}

fn is_hidden(path: &Path) -> bool {
    path.file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| n.starts_with('.'))
}

/// The briefing files below `paths`, following the symbolic links that
/// `links` allows (see `links`).
pub fn walk(paths: &[PathBuf], links: Links) -> Walk {
    let mut walk = Walk::default();
    let mut seen_dirs = HashSet::new();
    let bounds = Bounds::new(paths, links);
    for path in paths {
        match fs::metadata(path) {
            Ok(meta) if meta.is_dir() => {
                let tags = path.join("tags.toml");
                if walk.kind(&tags, &bounds, true).is_some_and(|k| k.is_file()) {
                    walk.tag_files.push(tags);
                }
                let first = walk.files.len();
                walk.dir(path, path, &mut seen_dirs, &bounds);
                // With several paths given, ids start with their folder's name.
                if paths.len() > 1 {
                    let name = folder_name(path);
                    for file in &mut walk.files[first..] {
                        file.rel = Path::new(&name).join(&file.rel);
                    }
                }
            }
            Ok(meta) if meta.is_file() => walk.files.push(FileEntry {
                path: path.clone(),
                rel: PathBuf::from(path.file_name().unwrap_or(path.as_os_str())),
                stat: None,
            }),
            Ok(meta) => walk.special(path, &meta.file_type()),
            Err(err) => walk.error(path, format!("cannot open: {err}")),
        }
    }
    walk
}

/// The name of the folder `path` names, also for `.` and `..`.
fn folder_name(path: &Path) -> std::ffi::OsString {
    fs::canonicalize(path)
        .ok()
        .and_then(|p| p.file_name().map(|n| n.to_os_string()))
        .or_else(|| path.file_name().map(|n| n.to_os_string()))
        .unwrap_or_else(|| path.as_os_str().to_os_string())
}

/// Records each file's `FileStat`, on worker threads: with 100,000 files
/// the system calls take longer than listing the folders.
pub fn stat_all(files: &mut [FileEntry]) {
    let chunk = files.len().div_ceil(super::workers()).max(1);
    std::thread::scope(|scope| {
        for part in files.chunks_mut(chunk) {
            scope.spawn(|| {
                for file in part {
                    file.stat = fs::metadata(&file.path).ok().map(|m| FileStat::of(&m));
                }
            });
        }
    });
}

impl Walk {
    fn dir(&mut self, root: &Path, dir: &Path, seen: &mut HashSet<(u64, u64)>, bounds: &Bounds) {
        let meta = match fs::metadata(dir) {
            Ok(m) => m,
            Err(err) => return self.error(dir, format!("cannot open folder: {err}")),
        };
        if !seen.insert((meta.dev(), meta.ino())) {
            let msg = "folder already visited (a symbolic link loop?); skipped";
            return self.diagnostics.push(Diagnostic::warning(dir, START, msg));
        }
        let entries = match fs::read_dir(dir) {
            Ok(entries) => entries,
            Err(err) => return self.error(dir, format!("cannot read folder: {err}")),
        };
        // The entry's own type comes from the directory listing: only links
        // need a stat, which matters with 100,000 files.
        let mut found: Vec<(PathBuf, Option<fs::FileType>)> = entries
            .filter_map(|e| e.ok().map(|e| (e.path(), e.file_type().ok())))
            .collect();
        // All share the folder's prefix, so bytes order them as names do, and
        // far faster than comparing paths component by component.
        found.sort_unstable_by(|a, b| bytes(&a.0).cmp(bytes(&b.0)));
        for (path, kind) in found {
            if is_hidden(&path) {
                continue;
            }
            let linked = kind.is_some_and(|k| k.is_symlink());
            let kind = match kind.filter(|_| !linked) {
                Some(kind) => kind,
                None if linked => match self.kind(&path, bounds, is_briefing_name(&path)) {
                    Some(kind) => kind,
                    None => continue,
                },
                None => match fs::metadata(&path) {
                    Ok(m) => m.file_type(),
                    Err(err) if is_briefing_name(&path) => {
                        self.error(&path, format!("cannot open: {err}"));
                        continue;
                    }
                    Err(_) => continue,
                },
            };
            if linked && (kind.is_dir() || is_briefing_name(&path)) {
                self.linked.push(path.clone());
            }
            if kind.is_dir() {
                self.dir(root, &path, seen, bounds);
            } else if !is_briefing_name(&path) {
                continue;
            } else if kind.is_file() {
                let rel = path.strip_prefix(root).unwrap_or(&path).to_path_buf();
                self.files.push(FileEntry {
                    path,
                    rel,
                    stat: None,
                });
            } else {
                self.special(&path, &kind);
            }
        }
    }

    /// What `path` is, following it if it is a symbolic link the bounds
    /// allow; `None` for a link not followed (with a warning if it says
    /// one) or nothing there. `read`: a file there would be read.
    fn kind(&mut self, path: &Path, bounds: &Bounds, read: bool) -> Option<fs::FileType> {
        let meta = fs::symlink_metadata(path).ok()?;
        if !meta.is_symlink() {
            return Some(meta.file_type());
        }
        match bounds.judge(path, read) {
            Link::Follow(meta) => Some(meta.file_type()),
            Link::Skip(warning) => {
                self.diagnostics.push(warning);
                None
            }
            Link::Pass => None,
        }
    }

    fn special(&mut self, path: &Path, kind: &fs::FileType) {
        let what = if kind.is_fifo() {
            "a FIFO"
        } else if kind.is_socket() {
            "a socket"
        } else if kind.is_char_device() || kind.is_block_device() {
            "a device"
        } else {
            "not a regular file"
        };
        let msg = format!("{what}, not a briefing file; skipped");
        self.diagnostics.push(Diagnostic::warning(path, START, msg));
    }

    fn error(&mut self, path: &Path, message: String) {
        self.diagnostics
            .push(Diagnostic::error(path, START, message));
    }
}
