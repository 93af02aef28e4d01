//! Briefing ids: file stems, made unique by their path where stems collide.

use std::collections::{HashMap, HashSet};
use std::path::Path;

use super::walk::FileEntry;

/// The id is the file stem; where stems collide, the path relative to the folder
/// given (without extension); should even that collide, a `~N` suffix.
pub fn assign(files: &[FileEntry]) -> Vec<String> {
    let stem = |p: &Path| {
        p.file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default()
    };
    let mut counts: HashMap<String, usize> = HashMap::new();
    for f in files {
        *counts.entry(stem(&f.path)).or_default() += 1;
    }
    let mut taken = HashSet::new();
    files
        .iter()
        .map(|f| {
            let s = stem(&f.path);
            let base = if counts[&s] > 1 {
                let rel = f.rel.with_extension("");
                rel.components()
                    .map(|c| c.as_os_str().to_string_lossy())
                    .collect::<Vec<_>>()
                    .join("/")
            } else {
                s
            };
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
