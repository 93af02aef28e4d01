//! Two readers and a command marking one archive at the same time, as two
//! analysts on a shared host do: every mark is kept, and each reader shows
//! the other's marks within two seconds.

use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::common;
use crate::common::tmux::{Tmux, brief_line, sh_quote};

/// Briefings in the archive; the list shows them newest first, so row `r`
/// is `b{N - 1 - r}`.
const N: usize = 300;

fn archive(dir: &Path) -> PathBuf {
    let root = dir.join("archive");
    for i in 0..N {
        let date =
            chrono::NaiveDate::from_ymd_opt(2020, 1, 1).unwrap() + chrono::Days::new(i as u64);
        common::write(
            &root,
            &format!("b{i:03}.txt"),
            format!("date {date}\nHeadline {i:03}\n\nBody {i}.\n"),
        );
    }
    root
}

/// A small generator, seeded from the clock and printed, so a failure can
/// be replayed.
struct Dice(u64);

impl Dice {
    fn roll(&mut self, sides: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % sides
    }
}

fn reader(name: &str, state: &Path, config: &Path, root: &Path) -> Tmux {
    let tmux = Tmux::start(name, 100, 30);
    tmux.shell(&format!(
        "clear; BRIEF_CONFIG={} BRIEF_STATE_DIR={} {}; echo EXIT=$?",
        sh_quote(&config.to_string_lossy()),
        sh_quote(&state.to_string_lossy()),
        brief_line(&[root])
    ));
    tmux.wait_for_text(&format!("{N} unread"));
    tmux
}

/// The status bar's count before `word` ("12 bookmarked"), 0 when absent.
fn count(screen: &str, word: &str) -> usize {
    let status = screen.lines().rfind(|l| l.contains("unread")).unwrap_or("");
    let words: Vec<&str> = status.split_whitespace().collect();
    (words.windows(2))
        .find(|w| w[1] == word)
        .and_then(|w| w[0].parse().ok())
        .unwrap_or(0)
}

/// Waits at most two seconds for `tmux`'s status bar to count `n` `word`.
fn shows_within_two_seconds(tmux: &Tmux, n: usize, word: &str) {
    let limit = Duration::from_secs(2);
    common::eventually(limit, &format!("{n} {word} within 2 s"), || {
        let screen = tmux.screen();
        (count(&screen, word) == n).then_some(()).ok_or(screen)
    });
}

#[test]
fn two_readers_and_a_command_lose_no_mark_and_see_each_others() {
    let dir = common::state_dir("shared");
    let (state, root) = (dir.join("state"), archive(&dir));
    // Only the keys mark, so each mark is one the test made.
    let config = common::write(&dir, "config.toml", "auto_read = \"off\"\n");
    let seed = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_nanos() as u64
        | 1;
    let mut dice = Dice(seed);
    let a = reader("shared-a", &state, &config, &root);
    let b = reader("shared-b", &state, &config, &root);

    // A bookmark in one shows in the other.
    a.keys(&["m"]);
    a.wait_for_text("1 bookmarked");
    shows_within_two_seconds(&b, 1, "bookmarked");
    b.keys(&["G", "r"]);
    b.wait_for_text(&format!("{} unread", N - 1));
    shows_within_two_seconds(&a, N - 1, "unread");

    // Then all at once: A bookmarks rows going down from the top, B marks
    // rows read going up from the bottom, and a command writes notes on
    // briefings in the middle, each a random step past the last.
    let mut bookmarked = vec![N - 1];
    let mut read = vec![0];
    let mut noted = Vec::new();
    let (mut row_a, mut row_b) = (0, N - 1);
    let command = {
        let (state, root) = (state.clone(), root.clone());
        let picks: Vec<usize> = (0..70)
            .map(|k| 80 + 2 * k + dice.roll(2) as usize)
            .collect();
        noted.extend(picks.iter().copied());
        std::thread::spawn(move || {
            for i in picks {
                common::stdout_of(
                    common::brief()
                        .env("BRIEF_STATE_DIR", &state)
                        .args(["marks", "note", &format!("b{i:03}"), &format!("note {i}")])
                        .arg(&root),
                );
            }
        })
    };
    for _ in 0..70 {
        let steps = 1 + dice.roll(2) as usize;
        row_a += steps;
        a.keys(&vec!["j"; steps]);
        a.keys(&["m"]);
        bookmarked.push(N - 1 - row_a);
        row_b -= steps;
        b.keys(&vec!["k"; steps]);
        b.keys(&["r"]);
        read.push(N - 1 - row_b);
    }
    command.join().unwrap();
    let marked = bookmarked.len() + read.len() + noted.len();
    assert!(marked >= 200, "{marked} marks");

    // Each reader shows all: its own keys, and the other's and the command's.
    for tmux in [&a, &b] {
        common::eventually(Duration::from_secs(30), "the keys handled", || {
            let screen = tmux.screen();
            let done = count(&screen, "bookmarked") == bookmarked.len()
                && count(&screen, "unread") == N - read.len();
            done.then_some(()).ok_or(screen)
        });
    }
    let ids = |list: &[usize]| -> Vec<String> {
        let mut ids: Vec<String> = list.iter().map(|i| format!("b{i:03}")).collect();
        ids.sort();
        ids
    };
    let listed = |query: &str| {
        let mut ids = common::listed(&state, query, &root);
        ids.sort();
        ids
    };
    assert_eq!(listed("is:bookmarked"), ids(&bookmarked), "seed {seed}");
    assert_eq!(listed("is:read"), ids(&read), "seed {seed}");
    assert_eq!(listed("has:note"), ids(&noted), "seed {seed}");
    for tmux in [&a, &b] {
        tmux.keys(&["q"]);
        tmux.wait_for_line("EXIT=0");
    }
    assert_eq!(
        listed("is:bookmarked"),
        ids(&bookmarked),
        "after quitting; seed {seed}"
    );
    assert_eq!(listed("is:read"), ids(&read), "after quitting; seed {seed}");
}
