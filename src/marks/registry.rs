//! `archives.toml` in the state folder: where each archive was last opened,
//! which tells a moved archive from a copy. An archive met at a new root
//! while its old root still holds the same identity file is a copy: it gets
//! an id of its own and starts with a copy of the marks it had, and from
//! then on the two diverge. When the old root no longer holds it, the
//! archive was moved, and keeps its id and marks.

use std::collections::BTreeMap;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::file::{Found, parse_toml, read_file, write};
use super::identity::{self, Identity};
use super::log;

pub const REGISTRY_FILE: &str = "archives.toml";

#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Registry {
    /// Archive id to the root it was last opened at.
    roots: BTreeMap<String, PathBuf>,
    #[serde(skip)]
    changed: bool,
}

impl Registry {
    /// Reads the registry in `state`; a damaged one is moved aside.
    pub fn read(state: &Path, warnings: &mut Vec<String>) -> Registry {
        match read_file(state, REGISTRY_FILE, true, parse_toml) {
            Found::Good(registry) => registry,
            Found::Missing => Registry::default(),
            Found::Bad { message, .. } => {
                warnings.push(message);
                Registry::default()
            }
        }
    }

    /// The id the archive found at `found.root` goes by from now on: its
    /// own, or a new one when it is a copy (see the module's doc); the
    /// copy's identity file is rewritten and the marks copied in `state`.
    pub fn claim(&mut self, state: &Path, found: Identity) -> io::Result<String> {
        let Identity { root, id } = found;
        let copied = self
            .roots
            .get(&id)
            .filter(|&old| *old != root && identity::read_id(old).as_ref() == Some(&id))
            .is_some();
        let id_now = if copied {
            let fresh = identity::random_id()?;
            // A copy that cannot be written is known by its path instead.
            let fresh = match identity::write(&root, &fresh) {
                Ok(()) => fresh,
                Err(_) => identity::path_id(&root),
            };
            copy_marks(state, &id, &fresh)?;
            fresh
        } else {
            id
        };
        if self.roots.get(&id_now) != Some(&root) {
            self.roots.insert(id_now.clone(), root);
            self.changed = true;
        }
        Ok(id_now)
    }

    /// Records a new archive's root.
    pub fn add(&mut self, found: Identity) {
        self.roots.insert(found.id, found.root);
        self.changed = true;
    }

    pub fn save(&self, state: &Path) -> io::Result<()> {
        if !self.changed {
            return Ok(());
        }
        let mut text = String::from(
            "# brief's archives: where each was last opened, to tell a move from a copy.\n",
        );
        text.push_str(&toml::to_string(self).map_err(io::Error::other)?);
        write(state, REGISTRY_FILE, text.as_bytes())
    }
}

/// The marks log and seen list of archive `from` become those of `to`, unless
/// `to` has files of its own already.
fn copy_marks(state: &Path, from: &str, to: &str) -> io::Result<()> {
    let (from, to) = (super::shelf_dir(state, from), super::shelf_dir(state, to));
    if to.exists() {
        return Ok(());
    }
    for name in [super::STATE_FILE, super::SEEN_FILE] {
        copy(&from, &to, name)?;
    }
    let (from, to) = (from.join(log::LOG_DIR), to.join(log::LOG_DIR));
    for (name, _) in log::list(&from)? {
        copy(&from, &to, &name.to_string_lossy())?;
    }
    Ok(())
}

fn copy(from: &Path, to: &Path, name: &str) -> io::Result<()> {
    match fs::read(from.join(name)) {
        Ok(bytes) => write(to, name, &bytes),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(e),
    }
}
