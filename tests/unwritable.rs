//! An index cache that cannot be written: the commands answer from the
//! files, say once why and what it costs, and leave no file of a half
//! written cache behind. A full disk is injected with a file size limit
//! (`RLIMIT_FSIZE`, with `SIGXFSZ` ignored, so a write past it fails as a
//! full disk's does); the end-to-end tier also fills a real tmpfs and
//! mounts one read-only.

mod common;

use std::fs;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::Command;

use common::corpus::{corpus, wait_until_settled};
use common::{stdout_of, test_home};

const WARNING: &str = "every start will read all files";

fn brief_in(cache: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_brief"));
    cmd.env("BRIEF_CACHE_DIR", cache)
        .env("BRIEF_TODAY", "2022-02-25")
        .env("XDG_CONFIG_HOME", test_home().join("config"))
        .env("XDG_STATE_HOME", test_home().join("state"))
        .env_remove("BRIEF_NO_CACHE")
        .env_remove("BRIEF_CONFIG")
        .env_remove("BRIEF_DIR");
    cmd
}

/// Every file under `dir`, relative to it.
fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(at) = stack.pop() {
        for entry in fs::read_dir(&at).into_iter().flatten() {
            let path = entry.unwrap().path();
            match path.is_dir() {
                true => stack.push(path),
                false => out.push(path.strip_prefix(dir).unwrap().to_path_buf()),
            }
        }
    }
    out.sort();
    out
}

#[test]
fn a_full_disk_is_said_once_and_leaves_no_files_behind() {
    let dir = corpus();
    let cache = tempfile::tempdir().unwrap();
    wait_until_settled(dir.path());
    let args = ["list", "-q", "gas", "--json"];
    let fresh = stdout_of(common::brief().args(args).arg("--no-cache").arg(dir.path()));
    for attempt in 0..2 {
        let mut cmd = brief_in(cache.path());
        cmd.args(args).arg(dir.path());
        // SAFETY: between fork and exec only async-signal-safe calls:
        // setrlimit and signal.
        unsafe {
            cmd.pre_exec(|| {
                let limit = libc::rlimit {
                    rlim_cur: 4096,
                    rlim_max: 4096,
                };
                libc::signal(libc::SIGXFSZ, libc::SIG_IGN);
                match libc::setrlimit(libc::RLIMIT_FSIZE, &limit) {
                    0 => Ok(()),
                    _ => Err(std::io::Error::last_os_error()),
                }
            });
        }
        let out = cmd.output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "attempt {attempt}: {err}");
        assert_eq!(
            String::from_utf8_lossy(&out.stdout),
            fresh,
            "attempt {attempt}"
        );
        assert_eq!(err.matches(WARNING).count(), 1, "attempt {attempt}: {err}");
        assert!(
            err.contains(": warning: index cache not written: File too large; every start"),
            "{err}"
        );
        // Only the archive folder's marker and lock are left.
        let left = files_under(cache.path());
        let names: Vec<String> = left
            .iter()
            .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names, ["brief-index-cache", "lock"], "{left:?}");
    }
    // With room again, the cache is written and used.
    let out = brief_in(cache.path())
        .args(args)
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.stderr, b"");
    let out = brief_in(cache.path())
        .args(args)
        .arg("--timings")
        .arg(dir.path())
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stderr).contains("from the index cache"));
    assert_eq!(String::from_utf8_lossy(&out.stdout), fresh);
}

#[test]
fn a_file_where_the_cache_folder_should_be_is_said_and_left_alone() {
    let dir = corpus();
    let home = tempfile::tempdir().unwrap();
    let cache = home.path().join("cache");
    fs::write(&cache, "not a folder").unwrap();
    wait_until_settled(dir.path());
    let out = brief_in(&cache)
        .args(["list"])
        .arg(dir.path())
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{err}");
    assert_eq!(err.matches(WARNING).count(), 1, "{err}");
    assert!(
        err.contains("index cache not written: Not a directory"),
        "{err}"
    );
    assert_eq!(fs::read_to_string(&cache).unwrap(), "not a folder");
}

/// `BRIEF_CACHE_DIR` pointed at a folder other programs use: brief's
/// pruning and cleaning touch none of their files, however old.
#[test]
fn a_shared_cache_folder_keeps_everything_that_is_not_briefs() {
    let dir = corpus();
    let cache = tempfile::tempdir().unwrap();
    let old = std::time::SystemTime::now() - std::time::Duration::from_secs(30 * 86_400);
    let mut theirs = Vec::new();
    for i in 0..20 {
        // Named like brief's folders, and with brief's file names inside.
        let folder = cache.path().join(format!("{i:016x}"));
        fs::create_dir(&folder).unwrap();
        for name in ["catalog", "lock", "x.tmp", ".catalog.1.0.tmp"] {
            let f = fs::File::create(folder.join(name)).unwrap();
            f.set_modified(old).unwrap();
            theirs.push(folder.join(name));
        }
    }
    for name in ["a.tmp", "b.cache", ".c.tmp"] {
        let f = fs::File::create(cache.path().join(name)).unwrap();
        f.set_modified(old).unwrap();
        theirs.push(cache.path().join(name));
    }
    wait_until_settled(dir.path());
    for _ in 0..2 {
        let out = brief_in(cache.path())
            .args(["list"])
            .arg(dir.path())
            .output()
            .unwrap();
        assert!(out.status.success());
    }
    for path in &theirs {
        assert!(path.exists(), "{} kept", path.display());
    }
}

/// A reader whose live reload cannot write the cache (here the index's
/// writer lock file is a folder, so no writer can be made) goes on in memory: the
/// reload still lands, says why once, and leaves no cache files behind.
#[test]
fn a_reload_that_cannot_write_goes_on_in_memory() {
    use common::corpus::{
        LATE, SETTLED, add_late, assert_same, cache_files, newest_change, reader, without_said,
    };

    let dir = corpus();
    let cache = tempfile::tempdir().unwrap();
    let paths = [dir.path().to_path_buf()];
    let (mut library, store) = reader(dir.path(), cache.path());
    let [archive] = cache_files(cache.path()).try_into().unwrap();
    let lock = archive.join("index/.tantivy-writer.lock");
    let _ = fs::remove_file(&lock);
    fs::create_dir_all(lock.join("in-the-way")).unwrap();
    let now = add_late(dir.path());
    let (reloaded, changes) = library
        .reload(&store, now)
        .unwrap()
        .expect("a file arrived");
    assert_eq!(changes.new, 1, "{changes:?}");
    let said: Vec<String> = reloaded
        .diagnostics()
        .filter(|d| d.message.contains(WARNING))
        .map(|d| d.to_string())
        .collect();
    assert_eq!(said.len(), 1, "{said:?}");
    assert!(
        said[0].starts_with(&archive.display().to_string()),
        "{said:?}"
    );
    let fresh = brief::library::open_in_memory(&paths);
    let reloaded = without_said(reloaded, WARNING);
    assert_same(&fresh, &reloaded);
    let names: Vec<String> = fs::read_dir(&archive)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(
        names
            .iter()
            .all(|n| n == "brief-index-cache" || n == "lock"),
        "{names:?}"
    );
    // The next reload, in memory, sees the next change.
    fs::remove_file(dir.path().join(LATE)).unwrap();
    let now = newest_change(dir.path()) + SETTLED;
    let (after, changes) = library
        .reload(&reloaded, now)
        .unwrap()
        .expect("a file left");
    assert_eq!(changes.removed, 1, "{changes:?}");
    assert_same(
        &brief::library::open_in_memory(&paths),
        &without_said(after, WARNING),
    );
}
