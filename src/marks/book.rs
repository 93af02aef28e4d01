//! The marks of the archives a store was opened on: finding each archive
//! (its identity file), reading its marks log and seen list from
//! `<state>/archives/<id>/`, and writing there. The reader and the marking
//! commands open (and may create identity files, register moves and
//! copies, migrate older files); the other commands only peek, and write
//! nothing.

use std::io;
use std::path::{Path, PathBuf};

use super::archives::{Archives, LastSeen};
use super::file::{self, Found, read_file};
use super::log::{self, Journal};
use super::places::{by_path, claim, locate};
use super::registry::Registry;
use super::{Change, Marks, SEEN_FILE, Seen, identity, migrate, upgrade};
use crate::store::{DocId, Store};

/// Where the marks live, and the log of each archive's.
#[derive(Default)]
pub struct Book {
    dir: Option<PathBuf>,
    archives: Archives,
    shelves: Vec<Shelf>,
}

/// One archive's files in the state folder.
struct Shelf {
    id: String,
    /// The archive's root itself was opened, so its seen list can drop
    /// what is no longer there.
    whole: bool,
    journal: Journal,
    seen_locked: bool,
}

/// What was found on opening, with a warning per file that was set aside.
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
    /// For the reader and the commands that mark, on the `paths` `store`
    /// was opened on: a folder without an archive gets an identity file,
    /// moves and copies are registered, older files are migrated, and a
    /// file that does not parse is moved aside.
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
        writes: bool,
        mut warnings: Vec<String>,
    ) -> Opened {
        let state = dir.clone().unwrap_or_default();
        let by = super::writer::id();
        let mut shelves: Vec<Shelf> = Vec::new();
        let mut seen = LastSeen::default();
        for place in archives.places() {
            let whole = place.below.is_empty() && place.given.is_dir();
            if let Some(shelf) = shelves.iter_mut().find(|s| s.id == place.id) {
                shelf.whole |= whole;
                continue;
            }
            let folder = shelf_dir(&state, &place.id);
            if writes && log::due(&folder.join(log::LOG_DIR)) {
                compact(&folder.join(log::LOG_DIR), &mut warnings);
            }
            let (mut journal, said) = Journal::open(&folder, &by);
            warnings.extend(said);
            upgrade::state_toml(&folder, &mut journal, writes, &mut warnings);
            let mut seen_locked = false;
            match read_file(&folder, SEEN_FILE, writes, Seen::parse) {
                Found::Missing => {}
                Found::Good(found) => seen.insert(&place.id, found),
                Found::Bad { message, writable } => {
                    seen_locked = !writable;
                    warnings.push(message);
                }
            }
            shelves.push(Shelf {
                id: place.id.clone(),
                whole,
                journal,
                seen_locked,
            });
        }
        let book = Book {
            dir,
            archives,
            shelves,
        };
        Opened {
            marks: book.marks(),
            book,
            seen: Some(seen),
            warnings,
        }
    }

    /// Whether archive `id`'s marks are kept in this book.
    pub fn keeps(&self, id: &str) -> bool {
        self.shelves.iter().any(|s| s.id == id)
    }

    /// Every archive's marks now, keyed by archive and path.
    pub fn marks(&self) -> Marks {
        let mut marks = Marks::default();
        for shelf in &self.shelves {
            shelf
                .journal
                .ledger()
                .marks_into(Some(&shelf.id), &mut marks);
        }
        marks.archives = self.archives.clone();
        marks
    }

    /// Records `changes`, stamped `at` (milliseconds since the epoch), in
    /// their archives' logs; the first failure is returned once all were
    /// tried. Changes of briefings in no archive are not kept.
    pub fn record(&mut self, changes: Vec<Change>, at: i64) -> io::Result<()> {
        let mut result = Ok(());
        for shelf in &mut self.shelves {
            let prefix = format!("{}/", shelf.id);
            let mine: Vec<(String, log::Mark)> = (changes.iter())
                .filter_map(|c| Some((c.key.strip_prefix(&prefix)?.to_string(), c.mark.clone())))
                .collect();
            if !mine.is_empty() || !shelf.journal.pending().is_empty() {
                result = result.and(shelf.journal.record(mine, at));
            }
        }
        result
    }

    /// Records what makes the marks `marks`, stamped `at`.
    pub fn save(&mut self, marks: &Marks, at: i64) -> io::Result<()> {
        self.record(Change::between(&self.marks(), marks), at)
    }

    /// What other readers and commands wrote since the last poll, merged:
    /// the marks now when they changed, and what was wrong with the files.
    pub fn poll(&mut self) -> (Option<Marks>, Vec<String>) {
        let mut changed = false;
        let mut warnings = Vec::new();
        for shelf in &mut self.shelves {
            let (c, w) = shelf.journal.poll();
            changed |= c;
            warnings.extend(w);
        }
        (changed.then(|| self.marks()), warnings)
    }

    /// Changes not yet written, by archive: its root and how many.
    pub fn unsaved(&self) -> Vec<(&str, usize)> {
        (self.shelves.iter())
            .filter(|s| !s.journal.pending().is_empty())
            .map(|s| (s.id.as_str(), s.journal.pending().len()))
            .collect()
    }

    /// The archive's log, for export, import and history.
    pub fn journal(&mut self, id: &str) -> Option<&mut Journal> {
        (self.shelves.iter_mut())
            .find(|s| s.id == id)
            .map(|s| &mut s.journal)
    }

    pub fn archives(&self) -> &Archives {
        &self.archives
    }

    /// At the end of a session: each archive's seen list becomes the
    /// briefings it has in `store` now, with those of `before` when only a
    /// part of the archive was opened (there is no telling which of them
    /// are elsewhere in it); with the whole archive opened, the rest are
    /// dropped, so the list does not grow without bound.
    pub fn save_seen(&self, store: &Store, before: Option<&LastSeen>) {
        let mut rels: Vec<Vec<String>> = vec![Vec::new(); self.shelves.len()];
        for doc in (0..store.len()).map(DocId::from_index) {
            if let Some((id, rel)) = self.archives.locate(store.path(doc))
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

/// Compacts the log in `dir`, saying what went wrong.
fn compact(dir: &Path, warnings: &mut Vec<String>) {
    match log::compact(dir) {
        Ok(Some(done)) => warnings.extend(done.warnings),
        Ok(None) => {}
        Err(e) => warnings.push(format!("{}: warning: not compacted: {e}", dir.display())),
    }
}

impl Opened {
    fn nothing(dir: Option<PathBuf>) -> Opened {
        Opened {
            book: Book {
                dir,
                ..Book::default()
            },
            marks: Marks::default(),
            seen: None,
            warnings: vec!["no state folder (set BRIEF_STATE_DIR): marks are not kept".into()],
        }
    }
}
