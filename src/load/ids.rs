//! Briefing ids: a file's path below the folder given, without its
//! extension (`2026/03/transit-weekly`), so that an id never depends on
//! which other files exist. With several paths given, each folder's ids
//! start with the folder's name. Two files of one folder that differ only
//! in their extension (`x.txt`, `x.md`) are each known by their name with
//! it (`x.txt`) while both exist. Any unique trailing part of an id, or of
//! a file's path, finds it too (`Store::find_id`).

use std::borrow::Cow;
use std::ffi::OsStr;
use std::ops::Range;
use std::path::{Component, Path};

use rustc_hash::FxHashSet;

use super::walk::FileEntry;

/// The id of each of `files` (in the walk's order). Should two still be the
/// same (folders given with the same name), a `~N` suffix.
pub fn assign(files: &[FileEntry]) -> Vec<String> {
    let ids: Vec<String> = (0..files.len()).map(|i| of(files, i)).collect();
    let mut seen: FxHashSet<&str> = FxHashSet::default();
    seen.reserve(ids.len());
    if ids.iter().all(|id| seen.insert(id)) {
        return ids;
    }
    let mut taken: FxHashSet<String> = FxHashSet::default();
    ids.into_iter()
        .map(|base| {
            let mut id = base.clone();
            let mut n = 2;
            while !taken.insert(id.clone()) {
                id = format!("{base}~{n}");
                n += 1;
            }
            id
        })
        .collect()
}

/// The id of `files[i]`: its path below the folder given, without the
/// extension unless a file beside it has the same stem.
pub fn of(files: &[FileEntry], i: usize) -> String {
    below(&files[i].rel, shares_stem(files, i))
}

/// The id of the file at `rel` below the folder given, `/`-separated,
/// without its extension unless `with_extension`.
pub fn below(rel: &Path, with_extension: bool) -> String {
    let rel = match with_extension {
        true => Cow::Borrowed(rel),
        false => Cow::Owned(rel.with_extension("")),
    };
    let mut id = String::with_capacity(rel.as_os_str().len());
    for part in rel.components() {
        if let Component::Normal(name) = part {
            if !id.is_empty() {
                id.push('/');
            }
            id.push_str(&name.to_string_lossy());
        }
    }
    id
}

/// Whether another of `files` is in the same folder with the same stem.
pub fn shares_stem(files: &[FileEntry], i: usize) -> bool {
    let path = &files[i].path;
    let beside = same_stem(files, path, i..i + 1);
    beside.into_iter().any(|j| j != i)
}

/// The places in `files` of the files in `path`'s folder with its stem,
/// looked for on both sides of `at` (where `path` is or would be).
pub fn same_stem(files: &[FileEntry], path: &Path, at: Range<usize>) -> Vec<usize> {
    same_stem_in(files.len(), |j| &files[j].path, path, at)
}

/// As `same_stem`, in a list of `len` paths in the walk's order. The walk
/// lists paths in order, so such files lie next to each other but for
/// names that share the stem's start (`x.d/`, `x.old.txt`).
pub fn same_stem_in<'a>(
    len: usize,
    path_at: impl Fn(usize) -> &'a Path,
    path: &Path,
    at: Range<usize>,
) -> Vec<usize> {
    let (Some(folder), Some(stem)) = (path.parent(), path.file_stem()) else {
        return Vec::new();
    };
    let same = |j: &usize| {
        let f = path_at(*j);
        f.parent() == Some(folder) && f.file_stem() == Some(stem)
    };
    let near = |j: &usize| starts_with_stem(path_at(*j), folder, stem);
    let before = (0..at.start).rev().take_while(near);
    let after = (at.start..len).take_while(near);
    before.chain(after).filter(same).collect()
}

/// Whether `path`'s part below `folder` starts with `stem` and a dot.
fn starts_with_stem(path: &Path, folder: &Path, stem: &OsStr) -> bool {
    let Ok(rest) = path.strip_prefix(folder) else {
        return false;
    };
    let name = rest.iter().next().unwrap_or_default().as_encoded_bytes();
    let stem = stem.as_encoded_bytes();
    name.len() > stem.len() && name.starts_with(stem) && name[stem.len()] == b'.'
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    fn entry(path: &str, rel: &str) -> FileEntry {
        FileEntry {
            path: PathBuf::from(path),
            rel: PathBuf::from(rel),
            stat: None,
        }
    }

    #[test]
    fn the_path_below_the_folder_without_its_extension() {
        let files = [
            entry("b/a/x.txt", "a/x.txt"),
            entry("b/c/x.md", "c/x.md"),
            entry("b/y.txt", "y.txt"),
        ];
        assert_eq!(assign(&files), ["a/x", "c/x", "y"]);
    }

    #[test]
    fn files_told_apart_by_extension_alone_keep_it() {
        let files = [
            entry("b/a/x.d/z.txt", "a/x.d/z.txt"),
            entry("b/a/x.md", "a/x.md"),
            entry("b/a/x.old.txt", "a/x.old.txt"),
            entry("b/a/x.txt", "a/x.txt"),
            entry("b/a/xy.txt", "a/xy.txt"),
        ];
        assert_eq!(
            assign(&files),
            ["a/x.d/z", "a/x.md", "a/x.old", "a/x.txt", "a/xy"]
        );
    }

    #[test]
    fn ids_still_the_same_get_a_suffix() {
        let files = [entry("b/a/x.txt", "b/a/x"), entry("c/b/a/x.txt", "b/a/x")];
        assert_eq!(assign(&files), ["b/a/x", "b/a/x~2"]);
    }
}
