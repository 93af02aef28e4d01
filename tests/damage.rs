//! The damage battery: an index cache with several segments and deletions, damaged at random (a bit flipped, cut short,
//! deleted, or replaced by a folder, a FIFO or a symlink), must give the
//! answers a load without the cache gives, or say that it was damaged and
//! give them after a rebuild: never a panic, a hang or a silent difference.

mod common;

use std::fs;
use std::os::unix::fs::symlink;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use std::sync::mpsc;
use std::time::Duration;

use brief::library::{Library, Options};
use brief::progress::Progress;
use brief::store::{CacheUse, Store};
use common::corpus::{
    SETTLED, add_late, assert_same, cache_files, cached, corpus, newest_change, open, without_said,
};
use common::write;
use proptest::prelude::*;

/// The corpus, its cache in a pristine state, and the answers without it.
struct Pristine {
    corpus: tempfile::TempDir,
    cache: tempfile::TempDir,
    /// The cache's files and folders, relative to the cache folder.
    entries: Vec<PathBuf>,
    fresh: Store,
}

fn pristine() -> &'static Pristine {
    static PRISTINE: OnceLock<Pristine> = OnceLock::new();
    PRISTINE.get_or_init(|| {
        let corpus = corpus();
        let cache = tempfile::tempdir().unwrap();
        let dir = corpus.path();
        open(dir, cache.path());
        // A day's files, twice: more segments, and deleted documents in
        // the first segment.
        for day in 1..=2 {
            write(
                dir,
                &format!("c9/2022-02-2{day}_arrival.txt"),
                format!("date 2022-02-2{day} Arrival {day} at the Dnipro crossing.\n\nSaid to be \"quiet\"."),
            );
            let changed = dir.join(format!("c{day}/2022-01-10_geneva-strategic-stability.txt"));
            let text = fs::read_to_string(&changed).unwrap();
            fs::write(&changed, text.replacen("the", "THE", 1)).unwrap();
            fs::remove_file(dir.join(format!("c{}/2022-01-10_geneva-strategic-stability.txt", day + 2))).unwrap();
            open(dir, cache.path());
        }
        let [archive] = cache_files(cache.path()).try_into().unwrap();
        let segments = fs::read_dir(archive.join("index"))
            .unwrap()
            .filter(|e| e.as_ref().unwrap().path().extension().is_some_and(|x| x == "idx"))
            .count();
        assert!(segments >= 2, "several segments: {segments}");
        let mut entries = Vec::new();
        list(cache.path(), cache.path(), &mut entries);
        let fresh = brief::library::open_in_memory(&[dir.to_path_buf()]);
        Pristine {
            corpus,
            cache,
            entries,
            fresh,
        }
    })
}

fn list(root: &Path, dir: &Path, out: &mut Vec<PathBuf>) {
    let mut names: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    names.sort();
    for path in names {
        out.push(path.strip_prefix(root).unwrap().to_path_buf());
        if path.is_dir() {
            list(root, &path, out);
        }
    }
}

fn copy_tree(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap() {
        let path = entry.unwrap().path();
        let target = to.join(path.file_name().unwrap());
        match path.is_dir() {
            true => copy_tree(&path, &target),
            false => {
                fs::copy(&path, &target).unwrap();
            }
        }
    }
}

#[derive(Debug, Clone)]
enum Damage {
    Flip {
        at: f64,
        bit: u8,
    },
    Cut {
        at: f64,
    },
    Delete,
    Folder,
    Fifo,
    /// A symlink to a good copy of what was there.
    Symlink,
}

fn damage() -> impl Strategy<Value = Damage> {
    prop_oneof![
        6 => (0.0..1.0f64, 0..8u8).prop_map(|(at, bit)| Damage::Flip { at, bit }),
        2 => (0.0..1.0f64).prop_map(|at| Damage::Cut { at }),
        1 => Just(Damage::Delete),
        1 => Just(Damage::Folder),
        1 => Just(Damage::Fifo),
        1 => Just(Damage::Symlink),
    ]
}

fn remove(path: &Path) {
    match path.is_dir() && !path.is_symlink() {
        true => fs::remove_dir_all(path).unwrap(),
        false => fs::remove_file(path).unwrap(),
    }
}

/// Damages `path`; `aside` is a folder for a symlink's target.
fn apply(path: &Path, damage: &Damage, aside: &Path) -> String {
    let is_dir = path.is_dir();
    match damage {
        Damage::Flip { .. } | Damage::Cut { .. } if is_dir => {
            remove(path);
            fs::write(path, b"").unwrap();
            "a folder replaced by an empty file".into()
        }
        Damage::Flip { at, bit } => {
            let mut bytes = fs::read(path).unwrap();
            if bytes.is_empty() {
                bytes.push(0);
                fs::write(path, &bytes).unwrap();
                return "an empty file given a byte".into();
            }
            let at = ((bytes.len() as f64 * at) as usize).min(bytes.len() - 1);
            bytes[at] ^= 1 << bit;
            fs::write(path, &bytes).unwrap();
            format!("bit {bit} of byte {at} of {} flipped", bytes.len())
        }
        Damage::Cut { at } => {
            let bytes = fs::read(path).unwrap();
            let at = (bytes.len() as f64 * at) as usize;
            fs::write(path, &bytes[..at]).unwrap();
            format!("cut to {at} of {} bytes", bytes.len())
        }
        Damage::Delete => {
            remove(path);
            "deleted".into()
        }
        Damage::Folder => {
            remove(path);
            fs::create_dir(path).unwrap();
            "replaced by a folder".into()
        }
        Damage::Fifo => {
            remove(path);
            let c = std::ffi::CString::new(path.as_os_str().as_encoded_bytes()).unwrap();
            // SAFETY: mkfifo reads the NUL-terminated path only.
            assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
            "replaced by a FIFO".into()
        }
        Damage::Symlink => {
            let target = aside.join("target");
            match is_dir {
                true => copy_tree(path, &target),
                false => {
                    fs::copy(path, &target).unwrap();
                }
            }
            remove(path);
            symlink(&target, path).unwrap();
            "replaced by a symlink to a good copy".into()
        }
    }
}

/// What every warning about the cache says.
const CACHE: &str = "index cache";

fn is_damage_warning(message: &str) -> bool {
    message.contains(CACHE)
}

/// Opens the corpus through `cache` on a thread, failing on a hang.
fn open_guarded(cache: &Path) -> Store {
    let dir = pristine().corpus.path().to_path_buf();
    let cache = cache.to_path_buf();
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let options = Options {
            cache: Some(&cache),
            now: newest_change(&dir) + SETTLED,
            links: Default::default(),
        };
        let store = Library::open(std::slice::from_ref(&dir), options, &Progress::new()).1;
        let _ = tx.send(store);
    });
    match rx.recv_timeout(Duration::from_secs(60)) {
        Ok(store) => store,
        Err(mpsc::RecvTimeoutError::Timeout) => panic!("hung"),
        Err(mpsc::RecvTimeoutError::Disconnected) => panic!("panicked"),
    }
}

/// The store's answers are the fresh load's, besides at most one warning
/// that the cache was damaged; returns whether it warned.
fn check(store: Store, what: &str) -> bool {
    let fresh = &pristine().fresh;
    let warnings: Vec<String> = store
        .diagnostics()
        .filter(|d| is_damage_warning(&d.message))
        .map(|d| d.to_string())
        .collect();
    assert!(warnings.len() <= 1, "{what}: {warnings:?}");
    let store = without_said(store, CACHE);
    let same =
        std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| assert_same(fresh, &store)));
    if same.is_err() {
        panic!("{what}: a silent difference (warned: {warnings:?})");
    }
    !warnings.is_empty()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 500, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn a_damaged_cache_gives_the_right_answers_or_says_so(pick in 0..1000usize, damage in damage()) {
        let pristine = pristine();
        let work = tempfile::tempdir().unwrap();
        let cache = work.path().join("cache");
        copy_tree(pristine.cache.path(), &cache);
        let aside = work.path().join("aside");
        fs::create_dir(&aside).unwrap();
        let entry = &pristine.entries[pick % pristine.entries.len()];
        let done = apply(&cache.join(entry), &damage, &aside);
        let what = format!("{}: {done}", entry.display());
        let store = open_guarded(&cache);
        let warned = check(store, &what);
        // Whatever happened, the cache now works: the next start uses it.
        let again = open_guarded(&cache);
        if warned {
            prop_assert!(
                matches!(again.timings().cache, CacheUse::Hit(_)),
                "{what}: not rebuilt: {:?}", again.timings().cache
            );
        }
        prop_assert!(!check(again, &what), "{what}: warned twice");
    }
}

/// A reader whose archive another brief updated and then a fault damaged:
/// its next reload reads the other's commit, finds the damage, and
/// rebuilds the cache from the files with a warning, never answering from
/// the damaged one.
#[test]
fn a_reload_that_finds_the_cache_damaged_under_it_stays_right() {
    let dir = corpus();
    let cache = tempfile::tempdir().unwrap();
    let paths = [dir.path().to_path_buf()];
    let options = |now| cached(cache.path(), now);
    let (mut reader, shown) = common::corpus::reader(dir.path(), cache.path());
    let now = add_late(dir.path());
    // Another brief takes the new file in: a new commit.
    Library::open(&paths, options(now), &Progress::new());
    common::corpus::change_payload(&common::corpus::commit_file(cache.path()), 1, 2);
    let (store, changes) = reader.reload(&shown, now).unwrap().expect("a file arrived");
    assert_eq!(changes.new, 1, "{changes:?}");
    let said: Vec<String> = store
        .diagnostics()
        .filter(|d| is_damage_warning(&d.message))
        .map(|d| d.to_string())
        .collect();
    assert_eq!(said.len(), 1, "{said:?}");
    assert!(
        said[0].contains("the index cache was damaged (its payload's checksum does not match)"),
        "{said:?}"
    );
    // Rebuilt: the next start uses the cache again.
    let again = Library::open(&paths, options(now), &Progress::new()).1;
    assert!(matches!(again.timings().cache, CacheUse::Hit(_)));
    let fresh = brief::library::open_in_memory(&paths);
    assert_same(&fresh, &without_said(store, CACHE));
}
