//! Ids are paths: files coming and going, seen by a walk or by the paths
//! the watcher reports, never change the id of a briefing that stays.

use std::collections::BTreeMap;
use std::fs;
use std::path::PathBuf;
use std::time::Duration;

use proptest::prelude::*;

use super::*;
use crate::store::DocId;

const FOLDERS: [&str; 3] = ["a", "b", "a/c"];
const STEMS: [&str; 4] = ["x", "y", "z", "x.old"];

/// The file of name `n`: a folder and a stem, with one extension each, so
/// that no two files beside each other differ only in it.
fn file(n: usize) -> String {
    let (folder, stem) = (FOLDERS[n % 3], STEMS[n / 3 % 4]);
    let extension = if (n / 3).is_multiple_of(2) {
        "txt"
    } else {
        "md"
    };
    format!("{folder}/{stem}.{extension}")
}

fn ids_by_path(store: &Store, root: &Path) -> BTreeMap<String, String> {
    (0..store.len())
        .map(DocId::from_index)
        .map(|d| {
            let rel = store.path(d).strip_prefix(root).unwrap();
            (rel.to_string_lossy().into_owned(), store.id(d).to_string())
        })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn files_added_and_removed_never_move_another_files_id(
        steps in prop::collection::vec((prop::collection::vec(0..12usize, 1..4), any::<bool>()), 1..6)
    ) {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().to_path_buf();
        for folder in FOLDERS {
            fs::create_dir_all(root.join(folder)).unwrap();
        }
        for n in [0, 4, 8] {
            fs::write(root.join(file(n)), "date 2022-01-01 Here from the start.").unwrap();
        }
        let paths = vec![root.clone()];
        let later = || SystemTime::now() + Duration::from_secs(5);
        let (mut library, mut store) = Library::open(&paths, Options::memory(), &Progress::new());
        for (flips, by_watcher) in steps {
            let before = ids_by_path(&store, &root);
            let mut touched: Vec<PathBuf> = Vec::new();
            for n in flips {
                let path = root.join(file(n));
                match path.exists() {
                    true => fs::remove_file(&path).unwrap(),
                    false => fs::write(&path, "date 2022-01-02 Come later.").unwrap(),
                }
                touched.push(path);
            }
            let next = match by_watcher {
                true => library.reload_touched(&store, &touched, later()),
                false => library.reload(&store, later()),
            };
            if let Some((next, _)) = next.unwrap() {
                store = next;
            }
            let after = ids_by_path(&store, &root);
            for (path, id) in &after {
                prop_assert_eq!(id, path.rsplit_once('.').unwrap().0, "the id is the path");
                if let Some(old) = before.get(path) {
                    prop_assert_eq!(old, id, "a file that stayed kept its id");
                }
            }
            let (_, fresh) = Library::open(&paths, Options::memory(), &Progress::new());
            prop_assert_eq!(after, ids_by_path(&fresh, &root));
        }
    }
}
