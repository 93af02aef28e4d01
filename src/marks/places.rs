//! Finding the archive of each path given: its identity file above it (or
//! one made for it by the reader), or its path when it has none.

use std::path::{Path, PathBuf};

use super::archives::{Archives, Place};
use super::identity::{self, Identity};
use super::registry::Registry;

/// The archive of each path given, found by `identify` from its folder.
pub fn locate(paths: &[PathBuf], mut identify: impl FnMut(&Path) -> Identity) -> Archives {
    let mut places = Vec::new();
    for given in paths {
        let (Ok(folder), Ok(canonical)) = (identity::folder_of(given), given.canonicalize()) else {
            continue;
        };
        let found = identify(&folder);
        let below = canonical.strip_prefix(&found.root).unwrap_or(Path::new(""));
        let below: Vec<String> = below
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect();
        places.push(Place {
            given: given.clone(),
            below: below.join("/"),
            id: found.id,
        });
    }
    Archives::new(places)
}

pub fn by_path(root: PathBuf) -> Identity {
    Identity {
        id: identity::path_id(&root),
        root,
    }
}

/// The reader's identity for `folder`: found above it (and registered), or
/// created in it, or its path when it cannot be written.
pub fn claim(
    state: &Path,
    registry: &mut Registry,
    folder: &Path,
    warnings: &mut Vec<String>,
) -> Identity {
    match identity::find(folder) {
        Ok(Some(found)) => {
            let root = found.root.clone();
            match registry.claim(state, found) {
                Ok(id) => Identity { root, id },
                Err(e) => {
                    warnings.push(format!("cannot copy the marks of a copied archive: {e}"));
                    by_path(root)
                }
            }
        }
        Ok(None) => {
            let created =
                identity::random_id().and_then(|id| identity::write(folder, &id).map(|()| id));
            match created {
                Ok(id) => {
                    let found = Identity {
                        root: folder.to_path_buf(),
                        id,
                    };
                    registry.add(found.clone());
                    found
                }
                Err(_) => by_path(folder.to_path_buf()),
            }
        }
        Err((root, why)) => {
            warnings.push(format!("{why}; its marks are kept by its path"));
            by_path(root)
        }
    }
}
