//! Two hosts that marked the same archive apart, synced through a git
//! repository with `brief marks sync`: each writes only its own log file
//! there, so git never meets a conflict; both end with the union of the
//! marks (the later of two changes of one mark winning), and once all is
//! pushed another round changes nothing.
//!
//! Each host's turn is the recipe: `brief marks sync CLONE --as NAME`, then
//! `git add -A`, a commit (when there is anything to commit), `git pull
//! --no-rebase --no-edit` and `git push`, then `brief marks sync` again to
//! bring in what the pull brought. The file that second sync writes is
//! committed on the host's next turn.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::common;

/// The queries whose answers are a host's marks.
const QUERIES: [&str; 4] = ["is:read", "is:bookmarked", "has:note", "is:unread"];

/// `git` in `dir` with no configuration but the test's own: no user's or
/// system's file, a committer, `main` for a new branch. Fails on an error.
fn git(dir: &Path, args: &[&str]) -> String {
    let out = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(["-c", "user.name=t", "-c", "user.email=t@example.invalid"])
        .args([
            "-c",
            "init.defaultBranch=main",
            "-c",
            "commit.gpgsign=false",
        ])
        .args(args)
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_TERMINAL_PROMPT", "0")
        .env_remove("GIT_DIR")
        .env_remove("GIT_WORK_TREE")
        .env_remove("GIT_INDEX_FILE")
        .output()
        .expect("run git");
    let said = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        out.status.success(),
        "git {args:?} in {} failed:\n{said}",
        dir.display()
    );
    said
}

/// One host: its state folder and its clone of the shared repository.
struct Host {
    name: &'static str,
    state: PathBuf,
    clone: PathBuf,
}

/// What one turn of the recipe did.
struct Turn {
    /// What the first and the second `brief marks sync` said.
    syncs: [String; 2],
    /// Whether there was anything to commit.
    committed: bool,
    /// What `git pull` said.
    pulled: String,
}

impl Host {
    /// `brief marks ARGS... PATH` with this host's state folder; its stdout.
    fn marks(&self, args: &[&str]) -> String {
        common::stdout_of(
            common::brief()
                .env("BRIEF_STATE_DIR", &self.state)
                .arg("marks")
                .args(args)
                .arg(common::sample()),
        )
    }

    fn sync(&self) -> String {
        let clone = self.clone.to_string_lossy();
        self.marks(&["sync", &clone, "--as", self.name])
    }

    /// The recipe, once.
    fn turn(&self) -> Turn {
        let first = self.sync();
        git(&self.clone, &["add", "-A"]);
        let committed = !git(&self.clone, &["status", "--porcelain"]).is_empty();
        if committed {
            let message = format!("marks from {}", self.name);
            git(&self.clone, &["commit", "-q", "-m", &message]);
        }
        let pulled = git(&self.clone, &["pull", "--no-rebase", "--no-edit"]);
        assert!(!pulled.contains("CONFLICT"), "{}: {pulled}", self.name);
        let unmerged = git(&self.clone, &["ls-files", "--unmerged"]);
        assert!(unmerged.is_empty(), "{}: {unmerged}", self.name);
        git(&self.clone, &["push", "-q"]);
        let second = self.sync();
        Turn {
            syncs: [first, second],
            committed,
            pulled,
        }
    }

    /// The ids each of `QUERIES` lists with this host's marks.
    fn answers(&self) -> Vec<BTreeSet<String>> {
        (QUERIES.iter())
            .map(|q| common::listed(&self.state, q, &common::sample()))
            .map(|ids| ids.into_iter().collect())
            .collect()
    }
}

/// The ids `query` lists with no marks at all.
fn matching(query: &str) -> BTreeSet<String> {
    let none = common::state_dir("sync-none");
    (common::listed(&none, query, &common::sample()).into_iter()).collect()
}

#[test]
fn two_hosts_with_diverged_logs_sync_through_git_to_the_union_and_stay_there() {
    common::require("git", "git");
    let root = tempfile::tempdir().unwrap();
    let hub = root.path().join("marks.git");
    git(
        root.path(),
        &["init", "-q", "--bare", "-b", "main", "marks.git"],
    );
    let hub_url = hub.to_string_lossy().into_owned();
    let host = |name: &'static str| {
        git(root.path(), &["clone", "-q", &hub_url, name]);
        Host {
            name,
            state: common::state_dir(&format!("sync-{name}")),
            clone: root.path().join(name),
        }
    };
    let laptop = host("laptop");
    // A first commit, so that both clones track `main` from the start.
    git(
        &laptop.clone,
        &["commit", "-q", "--allow-empty", "-m", "marks"],
    );
    git(&laptop.clone, &["push", "-q", "-u", "origin", "main"]);
    let server = host("server");

    let energy = matching("tag:energy");
    let sanctions = matching("tag:sanctions");
    let both: Vec<&String> = energy.intersection(&sanctions).collect();
    assert!(!both.is_empty(), "{energy:?} {sanctions:?}");
    let (noted, bookmarked, unread) = (
        energy.first().unwrap().clone(),
        sanctions.last().unwrap().clone(),
        both[0].clone(),
    );

    // Apart: the laptop reads the energy briefings and notes one; the
    // server reads the sanctions ones, bookmarks one, and then makes one
    // that both read unread again: later than the laptop's reading.
    let said = laptop.marks(&["read", "-q", "tag:energy"]);
    assert_eq!(
        said,
        format!("{} briefings marked read (0 already)\n", energy.len())
    );
    laptop.marks(&["note", &noted, "compare with the TTF price"]);
    std::thread::sleep(std::time::Duration::from_millis(20));
    server.marks(&["read", "-q", "tag:sanctions"]);
    let said = server.marks(&["bookmark", "-q", &format!("id:{bookmarked}")]);
    assert_eq!(said, "1 briefing bookmarked (0 already)\n");
    std::thread::sleep(std::time::Duration::from_millis(20));
    let said = server.marks(&["unread", "-q", &format!("id:{unread}")]);
    assert_eq!(said, "1 briefing marked unread (0 already)\n");
    assert_ne!(laptop.answers(), server.answers(), "diverged");

    // The union, the later unread winning.
    let read: BTreeSet<String> = (energy.union(&sanctions))
        .filter(|id| **id != unread)
        .cloned()
        .collect();
    let everything: BTreeSet<String> = (common::json_lines(&common::stdout_of(
        common::brief()
            .args(["list", "--json"])
            .arg(common::sample()),
    )))
    .iter()
    .map(|b| b["id"].as_str().unwrap().to_string())
    .collect();
    let union = vec![
        read.clone(),
        BTreeSet::from([bookmarked.clone()]),
        BTreeSet::from([noted.clone()]),
        everything.difference(&read).cloned().collect(),
    ];

    // Round 1: the laptop sends its marks, the server takes them in.
    let turn = laptop.turn();
    assert!(turn.committed);
    assert!(
        turn.syncs[0].starts_with("0 changes merged from the logs of 0 other hosts; ")
            && turn.syncs[0].ends_with("laptop.log written\n"),
        "{}",
        turn.syncs[0]
    );
    let turn = server.turn();
    assert!(turn.committed);
    assert!(turn.pulled.contains("laptop.log"), "{}", turn.pulled);
    assert!(
        turn.syncs[1].ends_with("server.log written\n"),
        "{}",
        turn.syncs[1]
    );
    assert_eq!(server.answers(), union, "the server after round 1");

    // Round 2: the laptop takes in the server's; both hold the union.
    let turn = laptop.turn();
    assert!(turn.pulled.contains("server.log"), "{}", turn.pulled);
    assert!(
        !turn.syncs[1].starts_with("0 changes"),
        "the server's marks came in: {}",
        turn.syncs[1]
    );
    assert_eq!(laptop.answers(), union, "the laptop after round 2");
    server.turn();
    assert_eq!(server.answers(), union, "the server after round 2");

    // Round 3 merges nothing; it commits and pushes the logs the second
    // syncs of round 2 wrote.
    for host in [&laptop, &server] {
        let turn = host.turn();
        for said in &turn.syncs {
            assert!(said.starts_with("0 changes merged "), "{said}");
        }
        assert_eq!(host.answers(), union, "{} in round 3", host.name);
    }

    // Round 4, once all is pushed: nothing at all changes, twice over.
    for round in [4, 5] {
        for host in [&laptop, &server] {
            let head = git(&host.clone, &["rev-parse", "HEAD"]);
            let turn = host.turn();
            let file = format!("{}.log unchanged\n", host.name);
            for said in &turn.syncs {
                assert!(
                    said.starts_with("0 changes merged from the logs of 1 other host; ")
                        && said.ends_with(&file),
                    "{} in round {round}: {said}",
                    host.name
                );
            }
            assert!(!turn.committed, "{} in round {round}", host.name);
            assert!(
                turn.pulled.contains("Already up to date"),
                "{} in round {round}: {}",
                host.name,
                turn.pulled
            );
            assert_eq!(git(&host.clone, &["rev-parse", "HEAD"]), head);
            assert_eq!(host.answers(), union, "{} in round {round}", host.name);
        }
    }
    // Each wrote only its own file, and the two now hold the same entries.
    let files = common::file_names(&laptop.clone);
    assert_eq!(files, [".git", "laptop.log", "server.log"]);
    let read_log = |host: &Host, name: &str| std::fs::read(host.clone.join(name)).unwrap();
    assert_eq!(
        read_log(&laptop, "laptop.log"),
        read_log(&server, "server.log")
    );
}
