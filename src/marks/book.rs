//! The marks of the archives a store was opened on: finding each archive
//! (its identity file), reading its marks and seen list from
//! `<state>/archives/<id>/`, and saving them there. The reader opens (and
//! may create identity files, register moves and copies, migrate the old
//! global files); commands only peek, and write nothing.

use std::io;
use std::path::{Path, PathBuf};

use super::archives::{Archives, LastSeen, Place};
use super::file::{self, Found, parse_toml, read_file};
use super::identity::{self, Identity};
use super::registry::Registry;
use super::{Marks, SEEN_FILE, STATE_FILE, Seen, migrate};
use crate::store::{DocId, Store};

/// Where the marks live, and which files may be written.
#[derive(Debug, Clone, Default)]
pub struct Book {
    dir: Option<PathBuf>,
    shelves: Vec<Shelf>,
}

/// One archive's files in the state folder.
#[derive(Debug, Clone)]
struct Shelf {
    id: String,
    /// The archive's root itself was opened, so its seen list can drop
    /// what is no longer there.
    whole: bool,
    /// Why `state.toml` must not be written, when it must not.
    state_locked: Option<String>,
    seen_locked: bool,
}

/// What was found on opening, with a warning per file that was set aside.
#[derive(Debug)]
pub struct Opened {
    pub book: Book,
    /// Every archive's marks, keyed `<archive id>/<path below its root>`.
    pub marks: Marks,
    /// `None` without a state folder: nothing is new then.
    pub seen: Option<LastSeen>,
    pub warnings: Vec<String>,
}

/// The folder of archive `id`'s files in the state folder `state`.
pub fn shelf_dir(state: &Path, id: &str) -> PathBuf {
    state.join("archives").join(id)
}

impl Book {
    /// For the reader, on the `paths` `store` was opened on: a folder
    /// without an archive gets an identity file, moves and copies are
    /// registered, the old global files are migrated, and a file that does
    /// not parse is moved aside.
    pub fn open(dir: Option<PathBuf>, paths: &[PathBuf], store: &Store) -> Opened {
        let Some(state) = dir.clone() else {
            return Opened::nothing(dir);
        };
        let mut warnings = Vec::new();
        let mut registry = Registry::read(&state, &mut warnings);
        let archives = locate(paths, |folder| {
            claim(&state, &mut registry, folder, &mut warnings)
        });
        if let Err(e) = registry.save(&state) {
            warnings.push(format!("cannot record where the archives are: {e}"));
        }
        let mut opened = Book::read(dir, archives, true, warnings);
        migrate::legacy(&state, store, &mut opened);
        opened
    }

    /// For commands: reads only. An archive without an identity file has
    /// never been opened in the reader, and so has no marks.
    pub fn peek(dir: Option<PathBuf>, paths: &[PathBuf]) -> Opened {
        if dir.is_none() {
            return Opened::nothing(dir);
        }
        let mut warnings = Vec::new();
        let archives = locate(paths, |folder| match identity::find(folder) {
            Ok(Some(found)) => found,
            Ok(None) => by_path(folder.to_path_buf()),
            Err((root, why)) => {
                warnings.push(format!("{why}; its marks are kept by its path"));
                by_path(root)
            }
        });
        Book::read(dir, archives, false, warnings)
    }

    fn read(
        dir: Option<PathBuf>,
        archives: Archives,
        move_aside: bool,
        mut warnings: Vec<String>,
    ) -> Opened {
        let state = dir.clone().unwrap_or_default();
        let mut book = Book {
            dir,
            shelves: Vec::new(),
        };
        let mut marks = Marks::default();
        let mut seen = LastSeen::default();
        for place in archives.places() {
            let whole = place.below.is_empty() && place.given.is_dir();
            if let Some(shelf) = book.shelves.iter_mut().find(|s| s.id == place.id) {
                shelf.whole |= whole;
                continue;
            }
            let mut shelf = Shelf {
                id: place.id.clone(),
                whole,
                state_locked: None,
                seen_locked: false,
            };
            let folder = shelf_dir(&state, &place.id);
            match read_file(&folder, STATE_FILE, move_aside, parse_toml::<Marks>) {
                Found::Missing => {}
                Found::Good(found) => marks.add_archive(&place.id, found),
                Found::Bad { message, writable } => {
                    if !writable {
                        shelf.state_locked = Some(message.clone());
                    }
                    warnings.push(message);
                }
            }
            match read_file(&folder, SEEN_FILE, move_aside, Seen::parse) {
                Found::Missing => {}
                Found::Good(found) => seen.insert(&place.id, found),
                Found::Bad { message, writable } => {
                    shelf.seen_locked = !writable;
                    warnings.push(message);
                }
            }
            book.shelves.push(shelf);
        }
        marks.archives = archives;
        Opened {
            book,
            marks,
            seen: Some(seen),
            warnings,
        }
    }

    /// Whether archive `id`'s marks are kept in this book.
    pub fn keeps(&self, id: &str) -> bool {
        self.shelves.iter().any(|s| s.id == id)
    }

    /// Saves each archive's marks in its own file; the first failure is
    /// returned once all were tried.
    pub fn save(&self, marks: &Marks) -> io::Result<()> {
        let mut result = Ok(());
        for shelf in &self.shelves {
            let saved = match &shelf.state_locked {
                Some(why) => Err(io::Error::other(format!("not saved: {why}"))),
                None => self.save_shelf(shelf, &marks.of_archive(&shelf.id)),
            };
            result = result.and(saved);
        }
        result
    }

    fn save_shelf(&self, shelf: &Shelf, marks: &Marks) -> io::Result<()> {
        let mut text = String::from(
            "# brief's marks on this archive's briefings, by path below its root: read, bookmarked, notes.\n",
        );
        text.push_str(&toml::to_string(marks).map_err(io::Error::other)?);
        self.write(&shelf.id, STATE_FILE, text.as_bytes())
    }

    /// At the end of a session: each archive's seen list becomes the
    /// briefings it has in `store` now, with those of `before` when only a
    /// part of the archive was opened (there is no telling which of them
    /// are elsewhere in it); with the whole archive opened, the rest are
    /// dropped, so the list does not grow without bound.
    pub fn save_seen(&self, archives: &Archives, store: &Store, before: Option<&LastSeen>) {
        let mut rels: Vec<Vec<String>> = vec![Vec::new(); self.shelves.len()];
        for doc in (0..store.len()).map(DocId::from_index) {
            if let Some((id, rel)) = archives.locate(store.path(doc))
                && let Some(i) = self.shelves.iter().position(|s| s.id == id)
            {
                rels[i].push(rel);
            }
        }
        // A store of the newest briefings alone (the reader quit before the
        // whole archive was read): what was seen before stays seen, and an
        // archive never seen stays so, rather than the rest turning new.
        let partial = store.preview_of().is_some();
        for (shelf, rels) in self.shelves.iter().zip(rels) {
            let before = before.and_then(|b| b.get(&shelf.id));
            if shelf.seen_locked || (partial && before.is_none()) {
                continue;
            }
            let old = before.filter(|_| !shelf.whole || partial);
            let seen = old
                .cloned()
                .unwrap_or_default()
                .with(rels.iter().map(String::as_str));
            // At worst the next session sees more as new.
            let _ = self.write(&shelf.id, SEEN_FILE, seen.to_toml().as_bytes());
        }
    }

    fn write(&self, id: &str, name: &str, bytes: &[u8]) -> io::Result<()> {
        let Some(dir) = &self.dir else {
            return Err(io::Error::other("no state folder"));
        };
        file::write(&shelf_dir(dir, id), name, bytes)
    }
}

impl Opened {
    fn nothing(dir: Option<PathBuf>) -> Opened {
        Opened {
            book: Book {
                dir,
                shelves: Vec::new(),
            },
            marks: Marks::default(),
            seen: None,
            warnings: vec!["no state folder (set BRIEF_STATE_DIR): marks are not kept".into()],
        }
    }
}

/// The archive of each path given, found by `identify` from its folder.
fn locate(paths: &[PathBuf], mut identify: impl FnMut(&Path) -> Identity) -> Archives {
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

fn by_path(root: PathBuf) -> Identity {
    Identity {
        id: identity::path_id(&root),
        root,
    }
}

/// The reader's identity for `folder`: found above it (and registered), or
/// created in it, or its path when it cannot be written.
fn claim(
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
