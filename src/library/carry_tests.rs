//! A store carried over a commit (`Store::from_commit`) is the very store
//! `from_index` puts together from the same commit, position by position
//! and list by list, whatever the commit added, changed, kept or took away.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use proptest::prelude::*;

use super::super::check;
use crate::library::{Library, MIN_FILES, Options};
use crate::progress::Progress;
use crate::store::filed::CARRIED;

const RULES: &str = "[tags.\"energy\"]\nmatch = [\"gas transit\"]\n";

/// A briefing in either format: front matter with a source, tags and a
/// priority, or a plain dated note; some quote someone.
fn text(i: usize, day: usize) -> String {
    let about = ["gas transit", "grain", "ports"][i % 3];
    let quote = match i % 5 {
        0 => "\"We will hold the line,\" said Anna Berg.",
        1 => "\"Prices rise,\" Omar Haddad said.",
        _ => "Nobody spoke.",
    };
    match i % 4 {
        0 => format!(
            "+++\ntitle = \"Note {i}\"\ndate = 2022-01-{day:02}\nsource = \"{}\"\n\
             tags = [\"t{}\"]\npriority = \"{}\"\n{}+++\nOn {about}. {quote}\n",
            ["Reuters", "AP", "reuters"][i % 3],
            i % 7,
            ["high", "normal", "low"][i % 3],
            match i % 3 {
                0 => format!("url = \"https://example.org/{i}\"\n"),
                1 => "summary = \"In short.\"\n".to_string(),
                _ => String::new(),
            },
        ),
        _ => format!("date 2022-01-{day:02} Note {i} on {about}. {quote}\n"),
    }
}

fn name(i: usize) -> String {
    match i % 4 {
        0 => format!("n{i:03}.md"),
        _ => format!("n{i:03}.txt"),
    }
}

#[derive(Debug, Clone)]
enum Step {
    Add(usize),
    Change(usize),
    Remove(usize),
    /// Front matter that does not parse: the last good version is kept.
    Break(usize),
    /// A file of the same name in another folder.
    Twin(usize),
    Rules,
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        (0..400usize).prop_map(Step::Add),
        (0..400usize).prop_map(Step::Change),
        (0..400usize).prop_map(Step::Remove),
        (0..400usize).prop_map(Step::Break),
        (0..400usize).prop_map(Step::Twin),
        Just(Step::Rules),
    ]
}

fn files(dir: &Path) -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = Vec::new();
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        match path.is_dir() {
            true => found.extend(files(&path)),
            false if path.file_name().unwrap() != "tags.toml" => found.push(path),
            false => {}
        }
    }
    found.sort();
    found
}

fn apply(dir: &Path, step: &Step, turn: usize) {
    let all = files(dir);
    let pick = |n: usize| all[n % all.len()].clone();
    match *step {
        Step::Add(n) => {
            let i = 1000 + turn * 10 + n % 10;
            fs::write(dir.join(name(i)), text(i, 1 + n % 28)).unwrap();
        }
        Step::Change(n) => fs::write(pick(n), text(n + 1, 1 + (n + turn) % 28)).unwrap(),
        Step::Remove(n) => fs::remove_file(pick(n)).unwrap(),
        Step::Break(n) => {
            let md = all.iter().filter(|p| p.extension().unwrap() == "md");
            let path = md.cycle().nth(n).unwrap().clone();
            fs::write(path, "+++\ntitle = \"Broken\ndate =\n+++\nText.").unwrap();
        }
        Step::Twin(n) => {
            let path = pick(n);
            let twins = dir.join("twins");
            fs::create_dir_all(&twins).unwrap();
            fs::copy(&path, twins.join(path.file_name().unwrap())).unwrap();
        }
        Step::Rules => {
            let rules = format!("{RULES}[tags.\"food\"]\nmatch = [\"grain\"]\n");
            fs::write(dir.join("tags.toml"), rules).unwrap();
        }
    }
}

/// The one archive folder in the cache `root`.
fn archive(root: &Path) -> PathBuf {
    let mut folders = fs::read_dir(root).unwrap().map(|e| e.unwrap().path());
    folders.next().unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 12, ..ProptestConfig::default() })]

    #[test]
    fn a_store_carried_over_a_commit_is_the_store_of_the_commit(
        steps in prop::collection::vec(step(), 1..6),
    ) {
        let dir = tempfile::tempdir().unwrap();
        for i in 0..MIN_FILES + 20 {
            fs::write(dir.path().join(name(i)), text(i, 1 + i % 20)).unwrap();
        }
        fs::write(dir.path().join("tags.toml"), RULES).unwrap();
        let cache = tempfile::tempdir().unwrap();
        let paths = [dir.path().to_path_buf()];
        let mut now = SystemTime::now() + Duration::from_secs(10);
        let options = |now| Options {
            cache: Some(cache.path()),
            now,
            links: Default::default(),
        };
        let (mut library, mut shown) = Library::open(&paths, options(now), &Progress::new());
        let mut carried = 0;
        for (turn, step) in steps.iter().enumerate() {
            apply(dir.path(), step, turn);
            now += Duration::from_secs(10);
            let before = CARRIED.with(|c| c.get());
            let Some((reloaded, _)) = library.reload(&shown, now).unwrap() else {
                continue;
            };
            carried += CARRIED.with(|c| c.get()) - before;
            let whole = check::read(&archive(cache.path())).unwrap().store;
            prop_assert_eq!(reloaded.layout(), whole.layout(), "after {:?}", step);
            shown = reloaded;
        }
        // Only a change of the rules tags every file again.
        let retags = steps.iter().position(|s| matches!(s, Step::Rules));
        prop_assert!(carried > 0 || retags == Some(0), "{steps:?}");
    }
}
