//! The index cache in the reader: the archive's index is there
//! once it shows, and the next command starts from it.

use std::time::Duration;

use crate::common;
use crate::common::corpus::{corpus, wait_until_settled};
use crate::common::tmux::{Tmux, brief_line, sh_quote};

#[test]
fn the_reader_leaves_the_index_cache_for_the_next_command() {
    let dir = corpus();
    let cache = tempfile::tempdir().unwrap();
    // The reader reads the real clock.
    wait_until_settled(dir.path());
    let tmux = Tmux::start("cache-reader", 100, 30);
    let cache_dir = sh_quote(&cache.path().to_string_lossy());
    let line = brief_line(&[dir.path()]);
    tmux.shell(&format!("BRIEF_CACHE_DIR={cache_dir} {line}"));
    tmux.wait_for_text("Briefings 24");
    common::eventually(Duration::from_secs(10), "an archive's index", || {
        let names: Vec<std::path::PathBuf> = std::fs::read_dir(cache.path())
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        match names.iter().any(|n| n.join("index/meta.json").is_file()) {
            true => Ok(()),
            false => Err(format!("{names:?}")),
        }
    });
    tmux.keys(&["q"]);
    tmux.wait_for_gone("Briefings 24");
    let out = common::brief()
        .env("BRIEF_CACHE_DIR", cache.path())
        .args(["list", "--timings"])
        .arg(dir.path())
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("from the index cache"), "{err}");
}

/// A small tmpfs mounted for one test, unmounted when dropped. Mounting
/// needs root (as `.ci/run` is); without it the test fails, never skips.
struct Tmpfs {
    dir: tempfile::TempDir,
}

impl Tmpfs {
    fn mount(size: &str, read_only: bool) -> Tmpfs {
        let dir = tempfile::tempdir().unwrap();
        let mount = common::require("mount", "mount");
        let mut options = format!("size={size}");
        if read_only {
            options.push_str(",ro");
        }
        let out = std::process::Command::new(mount)
            .args(["-t", "tmpfs", "-o", &options, "tmpfs"])
            .arg(dir.path())
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "mounting a tmpfs (this test needs root): {}",
            String::from_utf8_lossy(&out.stderr)
        );
        Tmpfs { dir }
    }

    fn path(&self) -> &std::path::Path {
        self.dir.path()
    }
}

impl Drop for Tmpfs {
    fn drop(&mut self) {
        let _ = std::process::Command::new("umount")
            .arg(self.dir.path())
            .status();
    }
}

/// Every file under `dir`, by name.
fn names_under(dir: &std::path::Path) -> Vec<String> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        match path.is_dir() {
            true => out.extend(names_under(&path)),
            false => out.push(path.file_name().unwrap().to_string_lossy().into_owned()),
        }
    }
    out.sort();
    out
}

#[test]
fn a_full_disk_and_a_read_only_cache_are_said_once_and_answers_stay_right() {
    let dir = corpus();
    wait_until_settled(dir.path());
    let fresh = common::stdout_of(
        common::brief()
            .args(["list", "--json", "--no-cache"])
            .arg(dir.path()),
    );
    let full = Tmpfs::mount("64k", false);
    let read_only = Tmpfs::mount("1m", true);
    for (cache, said) in [
        (full.path(), "No space left on device"),
        (read_only.path(), "Read-only file system"),
    ] {
        let out = common::brief()
            .env("BRIEF_CACHE_DIR", cache)
            .args(["list", "--json"])
            .arg(dir.path())
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "{err}");
        assert_eq!(String::from_utf8_lossy(&out.stdout), fresh);
        let line =
            format!("warning: index cache not written: {said}; every start will read all files");
        assert_eq!(err.matches(&line).count(), 1, "{err}");
        assert_eq!(err.lines().count(), 1, "{err}");
    }
    // The full disk keeps only the archive folder's marker and lock.
    assert_eq!(names_under(full.path()), ["brief-index-cache", "lock"]);

    // The reader says it at start, and among its problems.
    let tmux = Tmux::start("cache-read-only", 80, 24);
    let cache_dir = sh_quote(&read_only.path().to_string_lossy());
    let line = brief_line(&[dir.path()]);
    tmux.shell(&format!("BRIEF_CACHE_DIR={cache_dir} {line}"));
    // (The command line's stderr shows it too, before the reader's screen.)
    tmux.wait_for("the reader saying it", |s| {
        s.contains("Briefings") && s.contains("index cache not written: Read-only")
    });
    // Problems are sorted by path: the cache's is first or last.
    let cache_path = read_only.path().to_string_lossy().to_string();
    tmux.keys(&["!", "Home"]);
    let first = tmux.wait_for_text("Problems:");
    tmux.keys(&["End"]);
    std::thread::sleep(Duration::from_millis(300));
    let last = tmux.screen();
    assert!(
        first.contains(&cache_path) || last.contains(&cache_path),
        "the cache's path among the problems: {first}\n{last}"
    );
    tmux.keys(&["Escape", "q"]);
}

/// The reader starts from the index cache without walking the folders,
/// says that it is checking them, and shows a file that arrived while it
/// was closed once the check lands.
#[test]
fn the_reader_starts_from_the_index_and_checks_the_files_behind_it() {
    let dir = corpus();
    let cache = indexed(dir.path());
    common::write(
        dir.path(),
        "c9/2022-02-24_arrived.txt",
        "date 2022-02-24 Arrived while the reader was closed.",
    );
    wait_until_settled(dir.path());
    let tmux = Tmux::start("cache-check", 80, 24);
    let cache_dir = sh_quote(&cache.path().to_string_lossy());
    let line = brief_line(&[dir.path()]);
    tmux.shell(&format!("BRIEF_CACHE_DIR={cache_dir} {line}"));
    // 240 briefings, a broken one and a binary file, and the one arrived.
    let screen = tmux.wait_for_text("checked 243 files: 1 new");
    // 240 and the broken one before the check; the arrived one after.
    assert!(screen.contains("Briefings 242/242"), "{screen}");
    // The selected briefing's body, which the cache does not hold: read
    // from its file by the loop and handed to the reader.
    assert!(screen.contains("Russian armoured columns"), "{screen}");
    tmux.keys(&["q"]);
}

/// A large archive's first screen comes from its newest briefings, and says
/// that it does; counts over those alone are not shown. The whole archive
/// lands before the check of its files.
#[test]
fn a_large_archive_shows_its_newest_briefings_first_and_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let first = chrono::NaiveDate::from_ymd_opt(2019, 1, 1).unwrap();
    for i in 0..1100 {
        let date = first + chrono::Days::new(i);
        let text = format!("date {date} Note {i} of the large archive.");
        common::write(dir.path(), &format!("{}/n{i:04}.txt", i / 100), &text);
    }
    let cache = indexed(dir.path());
    let tmux = Tmux::start("cache-newest", 80, 24);
    let cache_dir = sh_quote(&cache.path().to_string_lossy());
    let line = brief_line(&[dir.path()]);
    tmux.shell(&format!(
        "BRIEF_TEST_HOLD_WHOLE=4000 BRIEF_CACHE_DIR={cache_dir} {line}"
    ));
    let screen = tmux.wait_for_text("(the newest of 1100, loading)");
    assert!(
        screen.contains("Briefings 1000/1000 (the newest"),
        "{screen}"
    );
    assert!(
        screen.contains(" 1000/1000 (the newest of 1100)  checking 1100 files"),
        "{screen}"
    );
    assert!(!screen.contains("unread"), "{screen}");
    assert!(
        screen.contains("Note 1099 of the large archive"),
        "{screen}"
    );
    // Quit before the rest was read: the next session takes none of the
    // rest for new.
    tmux.keys(&["q"]);
    tmux.wait_for_gone("Briefings");
    tmux.shell(&format!("BRIEF_CACHE_DIR={cache_dir} {line}"));
    let screen = tmux.wait_for_text("checked 1100 files: nothing changed");
    assert!(!screen.contains(" new"), "{screen}");
    assert!(screen.contains("Briefings 1100/1100 "), "{screen}");
    assert!(
        screen.contains(" 1100/1100  ") && screen.contains(" unread"),
        "{screen}"
    );
    assert!(
        screen.contains("Note 1099 of the large archive"),
        "{screen}"
    );
    tmux.keys(&["q"]);
}

/// A cache folder holding the index of `dir`, made by a command once the
/// files settled.
fn indexed(dir: &std::path::Path) -> tempfile::TempDir {
    let cache = tempfile::tempdir().unwrap();
    wait_until_settled(dir);
    let out = common::brief()
        .env("BRIEF_CACHE_DIR", cache.path())
        .arg("list")
        .arg(dir)
        .output()
        .unwrap();
    assert!(out.status.success());
    cache
}
