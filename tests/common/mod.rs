//! What every integration test needs: the binary with a fixed today and its own XDG folders, and waiting for a condition.

#![allow(dead_code)]

use std::fs;
use std::path::{Path, PathBuf};

use assert_cmd::Command;

pub mod corpus;
pub mod export;
pub mod oracle;
pub mod tmux;

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn sample() -> PathBuf {
    root().join("briefings")
}

/// `brief` with a fixed "today", no inherited `BRIEF_DIR`, and its index
/// cache, configuration and state under the build folder, not the user's.
pub fn brief() -> Command {
    let mut cmd = Command::cargo_bin("brief").expect("binary built");
    cmd.env("BRIEF_TODAY", "2022-02-25")
        .env_remove("BRIEF_DIR")
        .env_remove("BRIEF_NO_CACHE")
        .env_remove("BRIEF_CONFIG")
        .env("XDG_CONFIG_HOME", test_home().join("config"))
        .env("XDG_STATE_HOME", test_home().join("state"))
        .env("BRIEF_CACHE_DIR", test_cache_dir());
    cmd
}

/// Stands in for the user's XDG folders, so no test reads or writes theirs.
pub fn test_home() -> PathBuf {
    PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("xdg")
}

pub fn test_cache_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("brief-cache")
}

/// A folder of the test's own under the build's temporary folder, empty.
pub fn state_dir(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("marks-{name}"));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    dir
}

/// The id in the bundled briefings' `.brief-archive`.
pub const SAMPLE_ARCHIVE: &str = "5a3b1e0f9c7d4e2a8b6c0d1e2f3a4b5c";

/// Where the state folder `state` keeps the bundled briefings' marks.
pub fn sample_shelf(state: &Path) -> PathBuf {
    brief::marks::shelf_dir(state, SAMPLE_ARCHIVE)
}

/// The names of the entries of `dir`, sorted.
pub fn file_names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// The path of `program` on `PATH`. Fails, never skips, when it is missing:
/// the test needs it; `package` names where it comes from.
pub fn require(program: &str, package: &str) -> PathBuf {
    std::env::var_os("PATH")
        .iter()
        .flat_map(std::env::split_paths)
        .map(|dir| dir.join(program))
        .find(|path| path.is_file())
        .unwrap_or_else(|| {
            panic!("this test needs `{program}` on PATH: install {package} (.ci/run does)")
        })
}

pub fn write(dir: &Path, name: &str, content: impl AsRef<[u8]>) -> PathBuf {
    let path = dir.join(name);
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent).unwrap();
    }
    fs::write(&path, content).unwrap();
    path
}

pub fn stdout_of(cmd: &mut Command) -> String {
    let out = cmd.output().unwrap();
    assert!(
        out.status.success(),
        "failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

pub fn json_lines(text: &str) -> Vec<serde_json::Value> {
    text.lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

/// Calls `probe` until it gives a value, for at most `limit`; panics with
/// `what` and what `probe` last reported.
pub fn eventually<T>(
    limit: std::time::Duration,
    what: &str,
    mut probe: impl FnMut() -> Result<T, String>,
) -> T {
    let start = std::time::Instant::now();
    loop {
        match probe() {
            Ok(value) => return value,
            Err(last) if start.elapsed() > limit => {
                panic!("{what} not within {limit:?}; last seen:\n{last}")
            }
            Err(_) => std::thread::sleep(std::time::Duration::from_millis(25)),
        }
    }
}

/// The titles of the bundled briefings as `brief list --json` gives them,
/// in the list's order.
pub fn sample_titles() -> Vec<String> {
    let out = stdout_of(brief().args(["list", "--json"]).arg(sample()));
    json_lines(&out)
        .iter()
        .map(|b| b["title"].as_str().expect("a title").to_string())
        .collect()
}

/// `brief list -q QUERY PATH` with the state folder `state`: the ids listed
/// (none with exit status 1, as grep).
pub fn listed(state: &Path, query: &str, path: &Path) -> Vec<String> {
    let out = brief()
        .env("BRIEF_STATE_DIR", state)
        .args(["list", "--json", "-q", query])
        .arg(path)
        .output()
        .unwrap();
    let code = out.status.code();
    assert!(
        code == Some(0) || (code == Some(1) && out.stdout.is_empty()),
        "{code:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = String::from_utf8(out.stdout).unwrap();
    json_lines(&out)
        .iter()
        .map(|b| b["id"].as_str().unwrap().to_string())
        .collect()
}

/// Every entry of the marks log in the shelf folder `shelf`, as JSON, with
/// the lines that are not whole entries (a write cut short) left out.
pub fn logged(shelf: &Path) -> Vec<serde_json::Value> {
    let Ok(files) = fs::read_dir(shelf.join("log")) else {
        return Vec::new();
    };
    let mut entries = Vec::new();
    for file in files {
        let path = file.unwrap().path();
        if path.extension().is_none_or(|x| x != "log") {
            continue;
        }
        let text = String::from_utf8_lossy(&fs::read(&path).unwrap()).into_owned();
        for line in text.lines().skip(1) {
            if let Ok(entry) = brief::marks::log::Entry::parse(line) {
                entries.push(serde_json::to_value(entry).unwrap());
            }
        }
    }
    entries
}
