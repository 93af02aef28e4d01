//! Whatever happens to an archive between two opens (files added, changed,
//! removed, in any order), a start through the index cache and a live
//! reload from the store before give exactly what a fresh load gives.

mod common;

use std::fs;
use std::path::{Path, PathBuf};

use brief::library::{Library, Options};
use brief::progress::Progress;
use common::corpus::{SETTLED, assert_same, corpus, corpus_named_apart, newest_change};
use proptest::prelude::*;

#[derive(Debug, Clone)]
enum Step {
    /// A new file, with the text of the `n`th existing one and a date of its own.
    Add(usize),
    /// The `n`th file's text changed near its end, where no front matter is.
    Change(usize),
    Remove(usize),
    /// A new file of the same name as the `n`th, in another folder.
    Twin(usize),
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        (0..400usize).prop_map(Step::Add),
        (0..400usize).prop_map(Step::Change),
        (0..400usize).prop_map(Step::Remove),
        (0..400usize).prop_map(Step::Twin),
    ]
}

/// The briefing files under `dir`, in a stable order.
fn files(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            found.extend(files(&path));
        } else if brief::load::is_briefing_name(&path) {
            found.push(path);
        }
    }
    found.sort();
    found
}

/// Carries out `step`, and says which path it touched.
fn apply(dir: &Path, step: &Step, added: &mut usize) -> PathBuf {
    let all = files(dir);
    let pick = |n: usize| all[n % all.len()].clone();
    match *step {
        Step::Add(n) => {
            *added += 1;
            let text = fs::read_to_string(pick(n)).unwrap_or_default();
            let name = format!("new/2022-03-{:02}_arrival-{added}.txt", 1 + *added % 28);
            common::write(dir, &name, text.replacen("Ukraine", "Moldova", 1));
            dir.join(name)
        }
        Step::Change(n) => {
            let path = pick(n);
            let mut text = fs::read_to_string(&path).unwrap_or_default();
            match text.rfind(" the ") {
                Some(at) => text.replace_range(at..at + 5, " THE "),
                None => text.push_str(" Updated."),
            }
            fs::write(&path, text).unwrap();
            path
        }
        Step::Remove(n) => {
            let path = pick(n);
            fs::remove_file(&path).unwrap();
            path
        }
        Step::Twin(n) => {
            let path = pick(n);
            let twin = dir.join("twins").join(path.file_name().unwrap());
            fs::create_dir_all(twin.parent().unwrap()).unwrap();
            fs::copy(&path, &twin).unwrap();
            twin
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 6, ..ProptestConfig::default() })]

    #[test]
    fn cache_starts_and_reloads_equal_a_fresh_load(
        steps in prop::collection::vec(step(), 1..4),
        named_apart in any::<bool>(),
        touched in any::<bool>(),
    ) {
        // Files of one name get ids by their paths; files named apart, by
        // their names, until a step adds a name a file has already.
        let dir = if named_apart { corpus_named_apart() } else { corpus() };
        let cache = tempfile::tempdir().unwrap();
        let paths = [dir.path().to_path_buf()];
        let options = || Options {
            cache: Some(cache.path()),
            now: newest_change(dir.path()) + SETTLED,
            links: Default::default(),
        };
        let open = || Library::open(&paths, options(), &Progress::new()).1;
        // The reader reloading from the paths it was told of keeps its own
        // cache, as the starts in between would otherwise have moved the
        // archive on (and the reload would walk); the one walking shares it.
        let live_cache = tempfile::tempdir().unwrap();
        let live = Options {
            cache: Some(if touched { live_cache.path() } else { cache.path() }),
            ..options()
        };
        let (mut library, mut shown) = Library::open(&paths, live, &Progress::new());
        let mut added = 0;
        for step in &steps {
            let path = apply(dir.path(), step, &mut added);
            let fresh = brief::library::open_in_memory(&paths);
            assert_same(&fresh, &open());
            assert_same(&fresh, &open());
            // A live reload from the path the watcher would report, or by
            // walking the folders.
            let reloaded = match touched {
                true => library.reload_touched(&shown, &[path], options().now),
                false => library.reload(&shown, options().now),
            };
            let (reloaded, _) = reloaded.unwrap().expect("every step changes a file");
            assert_same(&fresh, &reloaded);
            shown = reloaded;
        }
    }
}
