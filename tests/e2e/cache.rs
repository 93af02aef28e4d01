//! The index cache in the reader: the archive's index and catalog are there
//! once it shows, and the next command starts from them.

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
    common::eventually(Duration::from_secs(10), "an archive's catalog", || {
        let names: Vec<std::path::PathBuf> = std::fs::read_dir(cache.path())
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        match names
            .iter()
            .any(|n| n.join("catalog").is_file() && n.join("index").is_dir())
        {
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
