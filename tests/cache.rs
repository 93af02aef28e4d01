//! The index cache: a start from it must give exactly the store a fresh load
//! gives, read only the files that changed, and survive a damaged commit or
//! index.

mod common;

use std::fs;
use std::path::Path;
use std::time::{Duration, SystemTime};

use brief::library::{Library, Options};
use brief::progress::Progress;
use brief::query;
use brief::store::{CacheUse, Store};
use common::corpus::{
    QUERIES, SETTLED, add_late, assert_same, cache_files, cached, change_payload, commit_file,
    corpus, newest_change, open, open_at, read_files, today, wait_until_settled, without_said,
};
use common::*;

/// A corpus, an empty cache folder, and the corpus loaded afresh.
fn loaded() -> (tempfile::TempDir, tempfile::TempDir, Store) {
    let dir = corpus();
    let cache = tempfile::tempdir().unwrap();
    let fresh = brief::library::open_in_memory(&[dir.path().to_path_buf()]);
    (dir, cache, fresh)
}

#[test]
fn a_start_from_the_cache_gives_the_same_store_as_a_fresh_load() {
    let (dir, cache, fresh) = loaded();
    assert!(fresh.len() >= brief::library::MIN_FILES);
    let first = open(dir.path(), cache.path());
    assert_eq!(
        read_files(&first),
        Some(fresh.len() + 1),
        "every file, the binary one too"
    );
    let second = open(dir.path(), cache.path());
    assert!(matches!(second.timings().cache, CacheUse::Hit(_)));
    assert_same(&fresh, &first);
    assert_same(&fresh, &second);
    assert!(second.problem_count() >= 2, "the binary and broken files");
}

#[test]
fn changed_added_and_removed_files_and_tag_rules_are_seen() {
    let dir = corpus();
    let cache = tempfile::tempdir().unwrap();
    open(dir.path(), cache.path());
    let victim = fs::read_dir(dir.path().join("c0"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|e| e == "txt"))
        .unwrap();
    let text = fs::read_to_string(&victim).unwrap();
    // Same size, different words: only the file's times tell.
    fs::write(
        &victim,
        text.replacen("the", "THE", 1).replacen('a', "q", 1),
    )
    .unwrap();
    write(
        dir.path(),
        "c9/2022-02-20_new.txt",
        "date 2022-02-20 A new arrival.",
    );
    fs::remove_file(dir.path().join("binary.txt")).unwrap();
    let mut tags = fs::read_to_string(dir.path().join("tags.toml")).unwrap();
    tags.push_str("\n[tags.\"arrivals\"]\nmatch = [\"new arrival\"]\n");
    fs::write(dir.path().join("tags.toml"), tags).unwrap();
    let fresh = brief::library::open_in_memory(&[dir.path().to_path_buf()]);
    assert_eq!(fresh.tag_docs("arrivals").len(), 1);
    let after = open(dir.path(), cache.path());
    assert_eq!(
        read_files(&after),
        Some(2),
        "only the changed and the new file are read"
    );
    assert_same(&fresh, &after);
    let again = open(dir.path(), cache.path());
    assert!(matches!(again.timings().cache, CacheUse::Hit(_)));
    assert_same(&fresh, &again);
}

#[test]
fn files_changed_a_moment_ago_are_read_again_and_too_few_files_are_not_cached() {
    let dir = corpus();
    let cache = tempfile::tempdir().unwrap();
    let changed = newest_change(dir.path());
    let all = open_at(dir.path(), cache.path(), changed);
    let every = read_files(&all).unwrap();
    // Their times may not show a change made within the same tick: not trusted.
    let again = open_at(
        dir.path(),
        cache.path(),
        changed + Duration::from_millis(1900),
    );
    assert!(read_files(&again).is_some_and(|n| n > 0));
    let settled = open_at(dir.path(), cache.path(), changed + SETTLED);
    assert!(read_files(&settled).is_some_and(|n| n <= every));
    let trusted = open_at(dir.path(), cache.path(), changed + SETTLED);
    assert!(matches!(trusted.timings().cache, CacheUse::Hit(_)));
    assert_same(&all, &trusted);
    fs::remove_dir_all(&cache_files(cache.path())[0]).unwrap();

    let small = tempfile::tempdir().unwrap();
    write(small.path(), "a.txt", "date 2022-01-01 One.");
    assert_eq!(
        open(small.path(), cache.path()).timings().cache,
        CacheUse::Off
    );
    assert!(cache_files(cache.path()).is_empty());
}

#[test]
fn a_damaged_commit_or_index_is_rebuilt_with_a_message() {
    let (dir, cache, fresh) = loaded();
    open(dir.path(), cache.path());
    let file = commit_file(cache.path());
    let good = fs::read(&file).unwrap();
    let len = good.len();
    let damage = |s: &Store| {
        s.diagnostics()
            .filter(|d| d.message.starts_with("the index cache was damaged"))
            .count()
    };
    // Cut short anywhere, even to nothing: loaded afresh, and said.
    for cut in [0, 7, 100, len / 3, len / 2, len - 40, len - 1] {
        fs::write(&file, &good[..cut]).unwrap();
        let store = open(dir.path(), cache.path());
        assert!(read_files(&store).is_some(), "cut at {cut}");
        assert_eq!(damage(&store), 1, "cut at {cut}");
        assert_eq!(
            store.diagnostics().count(),
            fresh.diagnostics().count() + damage(&store)
        );
        let rebuilt = open(dir.path(), cache.path());
        assert!(
            matches!(rebuilt.timings().cache, CacheUse::Hit(_)),
            "cut at {cut}"
        );
        assert_same(&fresh, &rebuilt);
    }
    // A character of the payload changed anywhere: its checksum tells, and
    // the answers are those of a fresh load.
    for k in 0..30 {
        change_payload(&commit_file(cache.path()), k, 30);
        let store = open(dir.path(), cache.path());
        assert_eq!(damage(&store), 1, "part {k}");
        for text in QUERIES {
            let q = query::parse(text).unwrap();
            let ids = |s: &Store| query::evaluate(s, &q, today()).iter().collect::<Vec<_>>();
            assert_eq!(ids(&store), ids(&fresh), "part {k}, query {text:?}");
        }
    }
    // The index's files gone or broken: rebuilt, with the same message.
    for broken in ["meta.json", "segment"] {
        let index = commit_file(cache.path()).with_file_name("");
        for entry in fs::read_dir(&index).unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            let hit = match broken {
                "meta.json" => name == "meta.json",
                _ => name.ends_with(".idx") || name.ends_with(".fast"),
            };
            if hit {
                fs::write(&path, b"not an index").unwrap();
            }
        }
        let store = open(dir.path(), cache.path());
        assert_eq!(damage(&store), 1, "{broken}");
        let rebuilt = open(dir.path(), cache.path());
        assert!(
            matches!(rebuilt.timings().cache, CacheUse::Hit(_)),
            "{broken}"
        );
        assert_same(&fresh, &rebuilt);
    }
}

#[test]
fn old_cache_files_are_pruned_and_nothing_else() {
    let dir = corpus();
    let cache = tempfile::tempdir().unwrap();
    let old = SystemTime::now() - Duration::from_secs(86_400);
    for i in 0..20 {
        let archive = cache.path().join(format!("{i:016x}"));
        fs::create_dir(&archive).unwrap();
        fs::write(archive.join("brief-index-cache"), "").unwrap();
        let f = fs::File::create(archive.join("catalog")).unwrap();
        f.set_modified(old).unwrap();
    }
    // An older brief's folder, known by its catalog's first bytes.
    let older = cache.path().join("00000000000000ff");
    fs::create_dir(&older).unwrap();
    fs::write(older.join("catalog"), b"BRIEFCT\0 and the rest").unwrap();
    // Folders and files of other programs sharing the cache folder, old
    // ones too, and one named as brief would name an archive folder.
    let theirs = ["0123456789abcdee", "thumbnails", "pip"];
    for name in theirs {
        let folder = cache.path().join(name);
        fs::create_dir(&folder).unwrap();
        let f = fs::File::create(folder.join("catalog")).unwrap();
        f.set_modified(old).unwrap();
    }
    for name in ["notes.tmp", "report.cache", ".x.cache.1.tmp"] {
        let f = fs::File::create(cache.path().join(name)).unwrap();
        f.set_modified(old).unwrap();
    }
    // Brief's own leftovers: a snapshot of brief before its index moved to
    // tantivy, and a killed writer's temporary file for one; and a file
    // named like a snapshot that is not one.
    let snapshot = b"BRIEFCX\0 and the rest";
    fs::write(cache.path().join("0123456789abcdef.cache"), snapshot).unwrap();
    fs::write(cache.path().join("0123456789abcdee.cache"), b"not brief's").unwrap();
    let stale = fs::File::create(cache.path().join(".0123456789abcdef.cache.1.0.tmp")).unwrap();
    stale.set_modified(old).unwrap();
    open(dir.path(), cache.path());
    let mut names: Vec<String> = cache_files(cache.path())
        .iter()
        .map(|f| f.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    names.sort();
    let brief_folders = names
        .iter()
        .filter(|n| n.len() == 16 && !theirs.contains(&n.as_str()));
    assert_eq!(brief_folders.count(), 16, "{names:?}");
    for kept in theirs.iter().chain(&[
        "notes.tmp",
        "report.cache",
        ".x.cache.1.tmp",
        "0123456789abcdee.cache",
    ]) {
        assert!(names.iter().any(|n| n == kept), "{kept} kept: {names:?}");
    }
    assert!(
        !names.iter().any(|n| n.contains("0123456789abcdef")),
        "{names:?}"
    );
    assert_eq!(names.len(), 16 + 7, "{names:?}");
}

#[test]
fn the_binary_uses_the_cache_unless_told_not_to() {
    let dir = corpus();
    let cache = tempfile::tempdir().unwrap();
    // The binary reads the real clock.
    wait_until_settled(dir.path());
    let run = |args: &[&str]| {
        let out = brief()
            .env("BRIEF_CACHE_DIR", cache.path())
            .args(args)
            .arg(dir.path())
            .arg("--timings")
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr).into_owned();
        (String::from_utf8(out.stdout).unwrap(), err)
    };
    let (_, err) = run(&["list", "--no-cache"]);
    assert!(!err.contains("cache"), "{err}");
    assert!(cache_files(cache.path()).is_empty());
    for args in [
        &["list", "-q", "gas", "--json"][..],
        &["quotes", "--json"],
        &["tags", "--json"],
        &["check"],
    ] {
        let (fresh, _) = run(&[args, &["--no-cache"]].concat());
        let (first, _) = run(args);
        let (cached, err) = run(args);
        assert!(err.contains("from the index cache"), "{err}");
        assert_eq!(fresh, first, "{args:?}");
        assert_eq!(fresh, cached, "{args:?}");
    }
}

/// Two processes on one archive at once, both writing the cache it lacks,
/// while a third reads: all answer as a fresh load does, and the next start
/// is from the cache.
#[test]
fn processes_opening_one_archive_at_once_all_work() {
    let dir = corpus();
    let cache = tempfile::tempdir().unwrap();
    wait_until_settled(dir.path());
    let spawn = |extra: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_brief"))
            .env("BRIEF_CACHE_DIR", cache.path())
            .env("BRIEF_TODAY", "2022-02-25")
            .env("XDG_CONFIG_HOME", test_home().join("config"))
            .env("XDG_STATE_HOME", test_home().join("state"))
            .env_remove("BRIEF_NO_CACHE")
            .env_remove("BRIEF_CONFIG")
            .args(["list", "--json", "-q", "gas"])
            .args(extra)
            .arg(dir.path())
            .stdout(std::process::Stdio::piped())
            .spawn()
            .unwrap()
    };
    let fresh = stdout_of(
        brief()
            .args(["list", "--json", "-q", "gas", "--no-cache"])
            .arg(dir.path()),
    );
    let running = [spawn(&[]), spawn(&[]), spawn(&["--no-cache"])];
    for child in running {
        let out = child.wait_with_output().unwrap();
        assert!(out.status.success());
        assert_eq!(String::from_utf8(out.stdout).unwrap(), fresh);
    }
    let [archive] = cache_files(cache.path()).try_into().unwrap();
    let left: Vec<_> = fs::read_dir(&archive)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tmp"))
        .collect();
    assert!(left.is_empty(), "no temporary left: {left:?}");
    let again = brief()
        .env("BRIEF_CACHE_DIR", cache.path())
        .args(["list", "--json", "-q", "gas", "--timings"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&again.stderr).contains("from the index cache"));
    assert_eq!(String::from_utf8(again.stdout).unwrap(), fresh);
}

/// A command says that the cache was damaged and rebuilt, on stderr.
#[test]
fn a_command_says_when_the_cache_was_damaged() {
    let dir = corpus();
    let cache = tempfile::tempdir().unwrap();
    wait_until_settled(dir.path());
    let run = || {
        brief()
            .env("BRIEF_CACHE_DIR", cache.path())
            .args(["list", "-q", "gas"])
            .arg(dir.path())
            .output()
            .unwrap()
    };
    let first = run();
    change_payload(&commit_file(cache.path()), 1, 2);
    let damaged = run();
    let err = String::from_utf8_lossy(&damaged.stderr);
    assert!(
        err.contains("meta.json:1:1: warning: the index cache was damaged"),
        "{err}"
    );
    assert_eq!(damaged.stdout, first.stdout);
    assert_eq!(run().stderr, b"", "rebuilt: nothing more to say");
}

/// Two readers open on one archive, each reloading as the files change
/// (so each updates the index the other uses): both stay right, and a
/// start afterwards needs no repair.
#[test]
fn two_readers_reloading_one_archive_stay_right() {
    let (dir, cache, _) = loaded();
    let paths = [dir.path().to_path_buf()];
    let options = |dir: &Path| Options {
        cache: Some(cache.path()),
        now: newest_change(dir) + SETTLED,
        links: Default::default(),
    };
    let (mut b, mut shown_b) = Library::open(&paths, options(dir.path()), &Progress::new());
    let (mut a, mut shown_a) = Library::open(&paths, options(dir.path()), &Progress::new());
    for (step, name) in ["first", "second", "third", "fourth"].iter().enumerate() {
        write(
            dir.path(),
            &format!("c{step}/2022-03-0{}_{name}.txt", step + 1),
            format!("date 2022-03-0{} The {name} arrival.", step + 1),
        );
        let now = newest_change(dir.path()) + SETTLED;
        let fresh = brief::library::open_in_memory(&paths);
        // They take turns, each after the other has moved the index on.
        let (reader, shown) = match step % 2 {
            0 => (&mut b, &mut shown_b),
            _ => (&mut a, &mut shown_a),
        };
        let (store, changes) = reader.reload(shown, now).unwrap().expect("a file arrived");
        assert!(changes.new >= 1, "step {step}: {changes:?}");
        assert_same(&fresh, &store);
        *shown = store;
    }
    let after = open(dir.path(), cache.path());
    assert!(matches!(after.timings().cache, CacheUse::Hit(_)));
    assert_eq!(
        after
            .diagnostics()
            .filter(|d| d.message.contains("damaged"))
            .count(),
        0
    );
}

/// The reader's first screen comes from the index cache without a walk:
/// the store as the cache holds it, even with files changed since; the
/// walk that follows (`reload`) brings it up to date as live reload would.
#[test]
fn a_store_from_the_index_without_a_walk_is_brought_up_to_date_by_a_reload() {
    let (dir, cache, before) = loaded();
    let paths = [dir.path().to_path_buf()];
    let options = |now| cached(cache.path(), now);
    let none = tempfile::tempdir().unwrap();
    let nothing = cached(none.path(), SystemTime::now());
    assert!(Library::open_indexed(&paths, nothing).is_none());
    assert!(cache_files(none.path()).is_empty(), "nothing made");
    open(dir.path(), cache.path());
    let now = add_late(dir.path());
    let (mut library, indexed) = Library::open_indexed(&paths, options(now)).expect("a cache");
    assert!(matches!(indexed.timings().cache, CacheUse::Hit(_)));
    assert_same(&before, &indexed);
    let (checked, changes) = library.reload(&indexed, now).unwrap().expect("a new file");
    assert_eq!(changes.new, 1, "{changes:?}");
    assert_same(&brief::library::open_in_memory(&paths), &checked);
    // A damaged cache is not used as it is: the usual open says so.
    change_payload(&commit_file(cache.path()), 1, 2);
    assert!(Library::open_indexed(&paths, options(now)).is_none());
    let store = open(dir.path(), cache.path());
    assert_eq!(
        store
            .diagnostics()
            .filter(|d| d.message.starts_with("the index cache was damaged"))
            .count(),
        1
    );
}

/// After a start from the index without a walk, the check's walk brings in
/// the folders' own problems (here a FIFO among the briefings) even when
/// no briefing changed.
#[test]
fn the_check_after_a_start_from_the_index_brings_the_folders_problems() {
    let (dir, cache, _) = loaded();
    let fifo = dir.path().join("c0/pipe.txt");
    let c = std::ffi::CString::new(fifo.as_os_str().as_encoded_bytes()).unwrap();
    // SAFETY: mkfifo reads the NUL-terminated path only.
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
    let paths = [dir.path().to_path_buf()];
    let fresh = brief::library::open_in_memory(&paths);
    assert!(fresh.loader_diagnostics().iter().any(|d| d.path == fifo));
    open(dir.path(), cache.path());
    let options = Options {
        cache: Some(cache.path()),
        now: newest_change(dir.path()) + SETTLED,
        links: Default::default(),
    };
    let (mut library, indexed) = Library::open_indexed(&paths, options).unwrap();
    assert!(indexed.loader_diagnostics().is_empty());
    let (checked, changes) = library
        .reload(&indexed, options.now)
        .unwrap()
        .expect("the folders' problems are new to it");
    assert!(changes.is_empty(), "{changes:?}");
    assert_same(&fresh, &checked);
}

/// While another brief holds the archive's lock (it is updating the
/// cache), the reader does not wait on it for its first screen: it opens as
/// usual, which says how the wait goes.
#[test]
fn a_start_from_the_index_does_not_wait_for_another_brief() {
    use std::os::fd::AsRawFd;
    let (dir, cache, _) = loaded();
    open(dir.path(), cache.path());
    let [archive] = cache_files(cache.path()).try_into().unwrap();
    let lock = fs::File::open(archive.join("lock")).unwrap();
    // SAFETY: flock on a descriptor this test owns.
    assert_eq!(unsafe { libc::flock(lock.as_raw_fd(), libc::LOCK_EX) }, 0);
    let options = Options {
        cache: Some(cache.path()),
        now: newest_change(dir.path()) + SETTLED,
        links: Default::default(),
    };
    assert!(Library::open_indexed(&[dir.path().to_path_buf()], options).is_none());
    drop(lock);
    assert!(Library::open_indexed(&[dir.path().to_path_buf()], options).is_some());
}

/// A segment file whose checksum was found right is not read whole again
/// while it stays the same file; one written since, even to the same
/// length, is checked again, and its damage found.
#[test]
fn a_file_the_ledger_vouches_for_is_checked_again_once_written() {
    let (dir, cache, fresh) = loaded();
    open(dir.path(), cache.path());
    // Files changed less than two seconds before a check are not entered.
    std::thread::sleep(Duration::from_millis(2100));
    open(dir.path(), cache.path());
    let index = commit_file(cache.path()).with_file_name("");
    let ledger = fs::read_to_string(index.with_file_name("checked")).unwrap();
    let stored = (fs::read_dir(&index).unwrap())
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|e| e == "store"))
        .unwrap();
    let name = stored.file_name().unwrap().to_string_lossy().into_owned();
    assert!(ledger.contains(&name), "{ledger}");
    let vouched = open(dir.path(), cache.path());
    assert!(matches!(vouched.timings().cache, CacheUse::Hit(_)));
    assert_same(&fresh, &vouched);
    // One byte of it changed in place: the same length and inode.
    let mut bytes = fs::read(&stored).unwrap();
    let middle = bytes.len() / 2;
    bytes[middle] ^= 0x10;
    fs::OpenOptions::new()
        .write(true)
        .open(&stored)
        .and_then(|mut f| std::io::Write::write_all(&mut f, &bytes))
        .unwrap();
    let store = open(dir.path(), cache.path());
    let said = store
        .diagnostics()
        .filter(|d| d.message.starts_with("the index cache was damaged"))
        .count();
    assert_eq!(said, 1);
    assert_same(&fresh, &without_said(store, "the index cache was damaged"));
}

/// One folder given as a relative and as an absolute path by turns: each
/// form keeps its own cache, so neither start reads the whole archive again
/// after the first, and every path printed is in the form given.
#[test]
fn a_folder_given_relative_and_absolute_by_turns_is_read_once_in_each_form() {
    let dir = corpus();
    let cache = tempfile::tempdir().unwrap();
    wait_until_settled(dir.path());
    let parent = dir.path().parent().unwrap();
    let name = dir.path().file_name().unwrap();
    let run = |path: &Path| {
        let out = brief()
            .env("BRIEF_CACHE_DIR", cache.path())
            .current_dir(parent)
            .args(["list", "--json", "--timings"])
            .arg(path)
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr).into_owned();
        (String::from_utf8(out.stdout).unwrap(), err)
    };
    let relative = Path::new(name);
    let forms = [relative, dir.path(), relative, dir.path()];
    for (turn, path) in forms.into_iter().enumerate() {
        let (out, err) = run(path);
        assert_eq!(
            err.contains("from the index cache"),
            turn >= 2,
            "{turn}: {err}"
        );
        let first = out.lines().next().unwrap();
        let wanted = format!("\"path\":\"{}/", path.display());
        assert!(first.contains(&wanted), "{turn}: {first}");
    }
}

/// A tag whose only briefing is removed is gone from the store's tags (the
/// reader's tag picker), whether the start updates the cache or takes it as
/// it is: the index's columns still name the tags of deleted documents.
#[test]
fn a_tag_whose_only_briefing_is_removed_is_not_listed() {
    let dir = corpus();
    let cache = tempfile::tempdir().unwrap();
    let only = write(
        dir.path(),
        "lonely.md",
        "+++\ntitle = \"Lonely\"\ndate = 2022-02-01\ntags = [\"solitary\"]\n+++\nAlone.\n",
    );
    let listed = |store: &Store| store.tag_counts().any(|(t, _)| t == "solitary");
    assert!(listed(&open_at(
        dir.path(),
        cache.path(),
        newest_change(dir.path()) + SETTLED
    )));
    fs::remove_file(only).unwrap();
    let now = newest_change(dir.path()) + SETTLED;
    let updated = open_at(dir.path(), cache.path(), now);
    assert_eq!(read_files(&updated), Some(0));
    assert!(!listed(&updated), "after the update");
    let taken = open_at(dir.path(), cache.path(), now);
    assert_eq!(read_files(&taken), None);
    assert!(!listed(&taken), "from the cache as it is");
}

/// A source written two ways (`Reuters`, `REUTERS`) is one source to
/// `source:`, but each briefing from the cache shows its own spelling, as a
/// fresh load does, whichever file the index met first.
#[test]
fn each_briefing_from_the_cache_shows_its_own_spelling_of_its_source() {
    let dir = corpus();
    let cache = tempfile::tempdir().unwrap();
    let note = |source: &str| {
        format!(
            "+++\ntitle = \"On {source}\"\ndate = 2022-02-01\nsource = \"{source}\"\n+++\nText.\n"
        )
    };
    write(dir.path(), "spelt-a.md", note("Reuters"));
    write(dir.path(), "spelt-b.md", note("REUTERS"));
    let sources = |store: &Store| {
        let mut spelt: Vec<(String, Option<String>)> = (0..store.len())
            .map(brief::store::DocId::from_index)
            .filter(|&d| store.id(d).starts_with("spelt-"))
            .map(|d| (store.id(d).to_string(), store.head(d).source.clone()))
            .collect();
        spelt.sort();
        spelt
    };
    let wanted = [
        ("spelt-a".to_string(), Some("Reuters".to_string())),
        ("spelt-b".to_string(), Some("REUTERS".to_string())),
    ];
    let now = newest_change(dir.path()) + SETTLED;
    assert_eq!(sources(&open_at(dir.path(), cache.path(), now)), wanted);
    assert_eq!(sources(&open_at(dir.path(), cache.path(), now)), wanted);
    // Changed: the carried store reads it from the new segment.
    write(
        dir.path(),
        "spelt-b.md",
        note("REUTERS").replace("Text.", "Text again."),
    );
    let now = newest_change(dir.path()) + SETTLED;
    let updated = open_at(dir.path(), cache.path(), now);
    assert_eq!(read_files(&updated), Some(1));
    assert_eq!(sources(&updated), wanted);
    let q = query::parse("source:reuters").unwrap();
    assert_eq!(query::evaluate(&updated, &q, today()).count(), 2);
}
