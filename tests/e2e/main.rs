//! The end-to-end tier: the real binary in a real terminal (tmux), over SSH,
//! under signals and kill loops, with live reload, the big trap files, and
//! the programs that read its output.
//!
//! `cargo test --test e2e` runs it; `cargo test` leaves it out. It needs
//! tmux, OpenSSH (server and client), bash, man-db, procps, git and, as
//! root, util-linux's `setpriv` and `mount` (small tmpfs disks); `.ci/run`
//! installs them. A missing tool fails the tests that need it, with its
//! name, never skips them.

#[path = "../common/mod.rs"]
mod common;

mod cache;
mod completions;
mod config;
mod contrast;
mod copy;
mod drop;
mod full_disk;
mod hostile;
mod layout;
mod lifecycle;
mod live;
mod lookup;
mod marks;
mod messages;
mod outside;
mod quote_search;
mod shared_marks;
mod ssh;
mod sync;
mod tmux;
mod traps;
mod triage;
