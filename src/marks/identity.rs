//! An archive's identity: a small file, `.brief-archive`, at the archive's
//! root holding a random id. Marks are kept under that id in the state
//! folder, so they follow the archive when its folder is moved or renamed
//! as a whole, and two archives whose files share names never share them.
//! It is brief's own file, written once (atomically) by the reader in the
//! folder it was given; briefing files are never written, and the walk
//! skips it (its name is hidden and not a briefing's).
//!
//! An archive whose folder cannot be written gets an id made from its
//! canonical path (`path-<hash>`) instead: its marks then follow the path,
//! and are left behind when it moves.

use std::fs;
use std::io::{self, Read};
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::atomic::AtomicFile;
use crate::fnv::Fnv;

pub const IDENTITY_FILE: &str = ".brief-archive";

/// An archive's root (canonical) and its id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Identity {
    pub root: PathBuf,
    pub id: String,
}

#[derive(Deserialize)]
struct Stored {
    id: String,
}

/// The folder a path names: itself, or a file's parent; canonical.
pub fn folder_of(given: &Path) -> io::Result<PathBuf> {
    let path = fs::canonicalize(given)?;
    if path.is_dir() {
        return Ok(path);
    }
    Ok(path.parent().map_or(path.clone(), Path::to_path_buf))
}

/// The nearest identity file at or above `folder`: `Ok(None)` when there
/// is none, `Err` (with the root where it was) when one is unreadable or
/// damaged, which is never written over.
pub fn find(folder: &Path) -> Result<Option<Identity>, (PathBuf, String)> {
    for dir in folder.ancestors() {
        let file = dir.join(IDENTITY_FILE);
        match fs::read_to_string(&file) {
            Ok(text) => {
                return match parse(&text) {
                    Some(id) => Ok(Some(Identity {
                        root: dir.to_path_buf(),
                        id,
                    })),
                    None => Err((dir.to_path_buf(), format!("{} is damaged", file.display()))),
                };
            }
            Err(e) if e.kind() == io::ErrorKind::NotFound => continue,
            Err(e) => {
                return Err((
                    dir.to_path_buf(),
                    format!("cannot read {}: {e}", file.display()),
                ));
            }
        }
    }
    Ok(None)
}

/// The id in `dir`'s identity file, if it holds a usable one.
pub fn read_id(dir: &Path) -> Option<String> {
    parse(&fs::read_to_string(dir.join(IDENTITY_FILE)).ok()?)
}

fn parse(text: &str) -> Option<String> {
    let stored: Stored = toml::from_str(text).ok()?;
    usable(&stored.id).then_some(stored.id)
}

/// An id names a folder in the state folder and starts every key: ASCII
/// letters, digits and `-` only.
fn usable(id: &str) -> bool {
    !id.is_empty() && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
}

/// Writes (or rewrites) `dir`'s identity file with `id`.
pub fn write(dir: &Path, id: &str) -> io::Result<()> {
    let text = format!(
        "# brief's archive identity: brief keeps its marks on the briefings below\n\
         # this folder under this id. Keep the file when moving the folder.\n\
         id = \"{id}\"\n"
    );
    AtomicFile::write(&dir.join(IDENTITY_FILE), text.as_bytes())
}

/// A new random id: 128 bits from the system's random source, in hex.
pub fn random_id() -> io::Result<String> {
    let mut bytes = [0u8; 16];
    fs::File::open("/dev/urandom")?.read_exact(&mut bytes)?;
    Ok(bytes.iter().map(|b| format!("{b:02x}")).collect())
}

/// The id of an archive known only by where it is (see the module's doc).
pub fn path_id(root: &Path) -> String {
    format!("path-{:016x}", Fnv::of(root.as_os_str().as_encoded_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_nearest_identity_above_a_folder_is_found() {
        let dir = tempfile::tempdir().unwrap();
        let root = fs::canonicalize(dir.path()).unwrap();
        let deep = root.join("2026/03");
        fs::create_dir_all(&deep).unwrap();
        assert_eq!(find(&deep), Ok(None));
        let id = random_id().unwrap();
        assert_eq!(id.len(), 32);
        assert_ne!(id, random_id().unwrap());
        write(&root, &id).unwrap();
        let found = Identity {
            root: root.clone(),
            id: id.clone(),
        };
        assert_eq!(find(&deep), Ok(Some(found)));
        assert_eq!(read_id(&root), Some(id));
        fs::write(root.join(IDENTITY_FILE), "id = \"../escape\"").unwrap();
        assert!(find(&deep).is_err(), "a damaged file is not used");
        assert!(path_id(&root).starts_with("path-"));
    }
}
