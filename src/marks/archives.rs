//! Which archive each briefing belongs to, and the key its marks are kept
//! under: plain data, worked out once when the marks are opened, so that
//! the reader's state can turn a briefing into its key without any I/O.
//!
//! Inside an archive a briefing is known by its path below the archive's
//! root, `/`-separated (`2026/03/transit-weekly_0225.txt`): the same
//! whichever folder below the root was opened, unlike the store's ids,
//! which depend on what else was loaded. In memory the keys are
//! `<archive id>/<path below the root>`, unique across archives.

use std::collections::BTreeMap;
use std::path::{Component, Path, PathBuf};

use super::Seen;
use crate::store::{DocId, Store};

/// The archives of the paths a store was opened on.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Archives {
    places: Vec<Place>,
}

/// One path given, as given (the store's briefing paths start with it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    pub given: PathBuf,
    /// Where `given` is below the archive's root, `/`-separated; empty at the root.
    pub below: String,
    pub id: String,
}

impl Archives {
    pub fn new(places: Vec<Place>) -> Archives {
        Archives { places }
    }

    /// One archive `id` holding every briefing, whatever its path (tests).
    pub fn one(id: &str) -> Archives {
        Archives::new(vec![Place {
            given: PathBuf::new(),
            below: String::new(),
            id: id.into(),
        }])
    }

    pub fn is_empty(&self) -> bool {
        self.places.is_empty()
    }

    pub fn places(&self) -> &[Place] {
        &self.places
    }

    /// The archive of the briefing at `path` and its path below the root:
    /// the longest path given that holds it decides.
    pub fn locate(&self, path: &Path) -> Option<(&str, String)> {
        let mut key = String::new();
        let id = self.key_into(path, &mut key)?;
        Some((id, key.split_off(id.len() + 1)))
    }

    /// As `locate`, the key written to `key` (cleared first): the archive's
    /// id, `/`, and the path below the root; without an allocation, as the
    /// marks of a million briefings are placed at each reload.
    pub fn key_into(&self, path: &Path, key: &mut String) -> Option<&str> {
        let (place, rest) = (self.places.iter())
            .filter_map(|p| Some((p, below(path, &p.given)?)))
            .max_by_key(|(p, _)| p.given.as_os_str().len())?;
        key.clear();
        key.push_str(&place.id);
        key.push('/');
        let start = key.len();
        key.push_str(&place.below);
        let mut add = |part: &str| {
            if key.len() > start && !part.is_empty() {
                key.push('/');
            }
            key.push_str(part);
        };
        // A path as the walk makes it is plain: its text is its key.
        match rest.to_str().filter(|r| is_plain(r)) {
            Some(plain) => add(plain),
            None => {
                for part in rest.components() {
                    if let Component::Normal(name) = part {
                        add(&name.to_string_lossy());
                    }
                }
            }
        }
        Some(&place.id)
    }

    /// The key of `doc`'s marks. A briefing in no archive known (a store
    /// opened without paths, as in tests) is keyed by its store id; such
    /// keys belong to no archive's file and are not saved.
    pub fn key(&self, store: &Store, doc: DocId) -> String {
        self.key_and_place(store, doc).0
    }

    /// `key`, with the archive and the path below its root when there is one.
    pub fn key_and_place(&self, store: &Store, doc: DocId) -> (String, Option<(&str, String)>) {
        let mut key = String::new();
        match self.key_into(store.path(doc), &mut key) {
            Some(id) => {
                let rel = key[id.len() + 1..].to_string();
                (key, Some((id, rel)))
            }
            None => (store.id(doc).to_string(), None),
        }
    }
}

/// `path` below `given`, as `Path::strip_prefix` says, a hundred times
/// faster: the walk makes each path by joining names to the path given, so
/// where neither has an empty or `.` part between its slashes the
/// components are the parts between slashes and comparing bytes says the
/// same. Over a million briefings this is most of the marks' start.
fn below<'a>(path: &'a Path, given: &Path) -> Option<&'a Path> {
    use std::os::unix::ffi::OsStrExt;
    let (whole, start) = (path.as_os_str().as_bytes(), given.as_os_str().as_bytes());
    let start = start.strip_suffix(b"/").unwrap_or(start);
    let rest = match whole.strip_prefix(start) {
        _ if start.is_empty() || !plain_after_first(start) => None,
        Some([]) => Some(&[][..]),
        Some([b'/', rest @ ..]) => Some(rest).filter(|rest| names(rest)),
        Some(_) => return None,
        None if plain_after_first(whole) => return None,
        None => None,
    };
    match rest {
        Some(rest) => Some(Path::new(std::ffi::OsStr::from_bytes(rest))),
        None => path.strip_prefix(given).ok(),
    }
}

/// Whether every part of `path` between slashes is a name (not empty nor
/// `.`): then its components are those parts.
fn names(path: &[u8]) -> bool {
    (path.split(|&b| b == b'/')).all(|part| !part.is_empty() && part != b".")
}

/// `names` for what follows the first part, which may be empty (the root)
/// or `.`.
fn plain_after_first(path: &[u8]) -> bool {
    let first = path.iter().position(|&b| b == b'/');
    first.is_none_or(|at| names(&path[at + 1..]))
}

/// Whether `rest` is `/`-separated names, each one a name (not `.` or
/// `..`, nor empty).
fn is_plain(rest: &str) -> bool {
    rest.split('/').all(|part| !matches!(part, "" | "." | ".."))
}

/// The key of the briefing at `rel` below the root of archive `id`.
pub fn key_in(id: &str, rel: &str) -> String {
    format!("{id}/{rel}")
}

/// Per archive, the briefings there when its last session ended (hashes of
/// their paths below the root). An archive without an entry was never seen:
/// nothing in it is new.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LastSeen {
    by_archive: BTreeMap<String, Seen>,
}

impl LastSeen {
    pub fn insert(&mut self, id: &str, seen: Seen) {
        self.by_archive.insert(id.to_string(), seen);
    }

    pub fn get(&self, id: &str) -> Option<&Seen> {
        self.by_archive.get(id)
    }

    /// Whether the briefing at `rel` in archive `id` came after the last session.
    pub fn is_new(&self, id: &str, rel: &str) -> bool {
        self.get(id).is_some_and(|seen| !seen.contains(rel))
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;
    use std::path::Path;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(4096))]
        #[test]
        fn below_says_what_strip_prefix_says(path in "[ab./]{0,9}", given in "[ab./]{0,6}") {
            let (path, given) = (Path::new(&path), Path::new(&given));
            prop_assert_eq!(super::below(path, given), path.strip_prefix(given).ok());
        }
    }

    #[test]
    fn below_a_folder_given_as_typed() {
        let cases = [
            ("news/2024/a.txt", "news", Some("2024/a.txt")),
            ("news/2024/a.txt", "news/", Some("2024/a.txt")),
            ("./news/a.txt", "./news", Some("a.txt")),
            ("news/a.txt", "./news", None),
            ("newsroom/a.txt", "news", None),
            ("news", "news", Some("")),
            ("/srv/news/a.txt", "/", Some("srv/news/a.txt")),
            ("news//a.txt", "news", Some("a.txt")),
        ];
        for (path, given, want) in cases {
            let got = super::below(Path::new(path), Path::new(given));
            assert_eq!(got, want.map(Path::new), "{path} below {given}");
        }
    }
}
