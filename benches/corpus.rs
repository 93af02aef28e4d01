//! The benchmark corpora, made once by the project's own generator and kept
//! under `target/bench-corpus/` so every run measures the same files.

use std::path::PathBuf;
use std::process::Command;

pub fn corpus(count: usize) -> PathBuf {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/bench-corpus");
    let dir = root.join(count.to_string());
    let done = dir.join(".complete");
    if done.exists() {
        return dir;
    }
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&root).expect("create target/bench-corpus");
    let status = Command::new(env!("CARGO"))
        .args([
            "run",
            "--quiet",
            "--release",
            "--example",
            "gen_corpus",
            "--",
        ])
        .arg(&dir)
        .args(["--count", &count.to_string(), "--seed", "42"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .status()
        .expect("run the corpus generator");
    assert!(status.success(), "the corpus generator failed");
    std::fs::write(&done, b"").expect("mark the corpus complete");
    dir
}
