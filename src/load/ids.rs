//! Briefing ids: file stems, made unique by their path where stems collide.

use std::ffi::OsStr;

use rustc_hash::{FxHashMap, FxHashSet};

use super::walk::FileEntry;

/// The id is the file stem; where stems collide, the path relative to the folder
/// given (without extension); should even that collide, a `~N` suffix.
pub fn assign(files: &[FileEntry]) -> Vec<String> {
    let stems: Vec<&OsStr> = files
        .iter()
        .map(|f| f.path.file_stem().unwrap_or_default())
        .collect();
    let mut counts: FxHashMap<&OsStr, usize> = FxHashMap::default();
    counts.reserve(stems.len());
    for &stem in &stems {
        *counts.entry(stem).or_default() += 1;
    }
    let bases: Vec<String> = files
        .iter()
        .zip(&stems)
        .map(|(f, &stem)| match counts[stem] {
            1 => stem.to_string_lossy().into_owned(),
            _ => {
                let rel = f.rel.with_extension("");
                rel.components()
                    .map(|c| c.as_os_str().to_string_lossy())
                    .collect::<Vec<_>>()
                    .join("/")
            }
        })
        .collect();
    // Almost always every base is unique already, and is the id; checked
    // without a copy of each, as this runs over every file at each start.
    let mut seen: FxHashSet<&str> = FxHashSet::default();
    seen.reserve(bases.len());
    if bases.iter().all(|b| seen.insert(b)) {
        return bases;
    }
    let mut taken: FxHashSet<String> = FxHashSet::default();
    taken.reserve(files.len());
    bases
        .into_iter()
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
    fn stems_unless_they_collide() {
        let files = [
            entry("b/a/x.txt", "a/x.txt"),
            entry("b/c/x.md", "c/x.md"),
            entry("b/y.txt", "y.txt"),
            entry("other/a/x.txt", "a/x.txt"),
        ];
        assert_eq!(assign(&files), ["a/x", "c/x", "y", "a/x~2"]);
    }
}
