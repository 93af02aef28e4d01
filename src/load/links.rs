//! Symbolic links met by the walk. A link that leads to a file or folder
//! inside one of the paths given is followed; one that leads out of all of
//! them is not, so that a shared folder cannot pull the analyst's private
//! files into what brief shows and exports: it is a warning instead, unless
//! the configuration asks to follow links anywhere (`follow_symlinks`). A
//! link that leads nowhere is a warning either way.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use crate::model::Diagnostic;

/// Which symbolic links the walk follows.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Links {
    /// Only those that lead inside one of the paths given.
    #[default]
    Inside,
    /// All of them (`follow_symlinks = true`).
    Anywhere,
}

/// Where the links met in a walk may lead: the paths given, with their own
/// links resolved.
pub struct Bounds {
    links: Links,
    roots: Vec<PathBuf>,
}

/// What a link met in a walk comes to.
pub enum Link {
    /// Followed: what it leads to.
    Follow(fs::Metadata),
    /// Not followed, with the warning that says so.
    Skip(Diagnostic),
    /// Not followed, and nothing to say: it leads to a file outside that
    /// is no briefing's, which the walk would pass over anyway.
    Pass,
}

impl Bounds {
    pub fn new(paths: &[PathBuf], links: Links) -> Bounds {
        let roots = match links {
            Links::Inside => paths
                .iter()
                .filter_map(|p| fs::canonicalize(p).ok())
                .collect(),
            Links::Anywhere => Vec::new(),
        };
        Bounds { links, roots }
    }

    /// Whether the walk follows the symbolic link at `path`; `read` says
    /// whether it would read a file there (a briefing's name, a folder's
    /// `tags.toml`), which makes a link out to a file worth a warning.
    pub fn judge(&self, path: &Path, read: bool) -> Link {
        let meta = match fs::metadata(path) {
            Ok(meta) => meta,
            Err(e) => return nowhere(path, &e),
        };
        if self.links == Links::Anywhere {
            return Link::Follow(meta);
        }
        let target = match fs::canonicalize(path) {
            Ok(target) => target,
            Err(e) => return nowhere(path, &e),
        };
        if self.roots.iter().any(|root| target.starts_with(root)) {
            Link::Follow(meta)
        } else if meta.is_dir() || read {
            let what = if meta.is_dir() { "a folder" } else { "a file" };
            Link::Skip(Diagnostic::warning(
                path,
                (1, 1),
                format!(
                    "symbolic link to {what} outside the folders given ({}); not followed \
                     (`follow_symlinks = true` in the configuration follows it)",
                    target.display()
                ),
            ))
        } else {
            Link::Pass
        }
    }
}

/// The warning for a link that cannot be followed: it leads to nothing, to
/// a link loop, or somewhere brief may not look.
fn nowhere(path: &Path, error: &io::Error) -> Link {
    let to = fs::read_link(path).map_or_else(|_| "?".into(), |t| t.display().to_string());
    let why = match error.kind() {
        io::ErrorKind::NotFound => "which does not exist".to_string(),
        _ => format!("which cannot be followed: {error}"),
    };
    Link::Skip(Diagnostic::warning(
        path,
        (1, 1),
        format!("symbolic link to {to}, {why}; skipped"),
    ))
}

/// Whether `path` under the folder `root` is reached through no symbolic
/// link below `root`: what a plan that looks at a path without a walk
/// needs to know before it reads it, as only a walk judges links. False
/// when it cannot tell (the path is gone).
pub fn reached_directly(root: &Path, path: &Path) -> bool {
    let Ok(rel) = path.strip_prefix(root) else {
        return false;
    };
    match (fs::canonicalize(root), fs::canonicalize(path)) {
        (Ok(root), Ok(path)) => path == root.join(rel),
        _ => false,
    }
}

#[cfg(test)]
#[path = "links_tests.rs"]
mod tests;
