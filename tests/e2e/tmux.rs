//! End to end: the real binary in a real terminal (tmux), driven by keys and
//! checked by reading the screen. Each test has a tmux server of its own.
//!
//! Layouts by width: 200 columns and up show list, detail and quotes side
//! by side; 160 to 199 list and detail side by side; 60 to 159 the list
//! above the detail; under 60 one pane at a time.

use std::time::{Duration, Instant};

use crate::common;
use crate::common::tmux::{Tmux, assert_restored, brief_line, run_between_stty};
use serde_json::Value;

/// `brief list --json [-q QUERY]` on the bundled briefings.
fn listing(query: &str) -> Vec<Value> {
    let sample = common::sample();
    let out = common::stdout_of(
        common::brief()
            .args(["list", "--json", "-q", query])
            .arg(&sample),
    );
    common::json_lines(&out)
}

fn count(query: &str) -> usize {
    listing(query).len()
}

fn field<'a>(b: &'a Value, key: &str) -> &'a str {
    b[key].as_str().unwrap_or_else(|| panic!("`{key}` in {b}"))
}

/// The start of a briefing's row in the list: date, priority marker, title.
fn row_start(b: &Value) -> String {
    let marker = match field(b, "priority") {
        "high" => "▲",
        "low" => "▽",
        _ => " ",
    };
    let title: String = field(b, "title").chars().take(12).collect();
    format!("{} {marker} {title}", field(b, "date"))
}

/// The top border of a pane titled `title`.
fn pane_title(title: &str) -> String {
    format!("╭ {title} ")
}

/// The first `n` words of the body paragraph `paragraph` of briefing `id`.
fn body_words(id: &str, paragraph: usize, n: usize) -> String {
    let out = common::stdout_of(
        common::brief()
            .args(["show", id, "--json"])
            .arg(common::sample()),
    );
    let shown: Value = serde_json::from_str(&out).unwrap();
    let text = shown["body"][paragraph].as_str().unwrap();
    text.split_whitespace()
        .take(n)
        .collect::<Vec<_>>()
        .join(" ")
}

/// The detail pane's text, rows joined with single spaces: the right-hand
/// pane of two, or every pane stacked (the list rows too).
fn detail_text(screen: &str) -> String {
    let mut words = Vec::new();
    for line in screen.lines() {
        let part = match line.rfind("││") {
            Some(i) => &line[i + "││".len()..],
            None => line.strip_prefix('│').unwrap_or(""),
        };
        words.extend(part.trim_end_matches([' ', '│']).split_whitespace());
    }
    words.join(" ")
}

/// A shell in tmux at `width`x`height` running the reader on the bundled
/// briefings, its list drawn.
fn reader(name: &str, width: u16, height: u16) -> Tmux {
    let tmux = Tmux::start(name, width, height);
    tmux.shell(&format!(
        "{}; echo EXIT=$?",
        brief_line(&[&common::sample()])
    ));
    let total = count("");
    tmux.wait_for_text(&format!("Briefings {total}/{total}"));
    tmux
}

/// Quits with `q` and checks brief exited with status 0.
fn quit(tmux: &Tmux) {
    tmux.keys(&["q"]);
    tmux.wait_for_line("EXIT=0");
}

// 1. The list appears.

fn list_appears(name: &str, width: u16, height: u16) {
    let all = listing("");
    let total = all.len();
    assert_eq!(total, 40, "the bundled briefings");
    let tmux = reader(name, width, height);
    let screen = tmux.wait_for_text(&row_start(&all[0]));
    assert!(screen.contains(&row_start(&all[1])), "{screen}");
    assert!(
        screen
            .lines()
            .any(|l| l.starts_with(&format!(" {total}/{total}"))),
        "status bar count:\n{screen}"
    );
    assert!(
        screen.contains(&pane_title(field(&all[0], "id"))),
        "the detail pane shows the first briefing:\n{screen}"
    );
    quit(&tmux);
}

#[test]
fn list_appears_120x40() {
    list_appears("list-120x40", 120, 40);
}

#[test]
fn list_appears_80x24() {
    list_appears("list-80x24", 80, 24);
}

// 2. `j` moves the selection, `k` moves it back.

fn j_moves_the_selection(name: &str, width: u16, height: u16) {
    let all = listing("");
    let (first, second) = (field(&all[0], "id"), field(&all[1], "id"));
    let tmux = reader(name, width, height);
    tmux.wait_for_text(&pane_title(first));
    tmux.keys(&["j"]);
    let screen = tmux.wait_for_text(&pane_title(second));
    assert!(!screen.contains(&pane_title(first)), "{screen}");
    tmux.keys(&["k"]);
    tmux.wait_for_text(&pane_title(first));
    quit(&tmux);
}

#[test]
fn j_moves_the_selection_120x40() {
    j_moves_the_selection("j-120x40", 120, 40);
}

#[test]
fn j_moves_the_selection_80x24() {
    j_moves_the_selection("j-80x24", 80, 24);
}

// 3. Enter opens the briefing.

/// Two panes (60 columns and up): Enter keeps the list on screen and moves
/// the focus to the text, so `j` then scrolls the text instead of moving on.
fn enter_focuses_the_text(name: &str, width: u16, height: u16) {
    let all = listing("");
    let id = field(&all[0], "id");
    let body = body_words(id, 2, 5);
    let tmux = reader(name, width, height);
    tmux.wait_for_text(&pane_title(id));
    tmux.keys(&["Enter"]);
    // Nothing on screen tells the focus apart but colour; what `j` does does.
    let before = tmux.screen();
    assert!(
        detail_text(&before).contains(&body),
        "body text `{body}` in the detail pane:\n{before}"
    );
    tmux.keys(&["j"]);
    let after = tmux.wait_for("the text to scroll", |s| {
        detail_text(s) != detail_text(&before)
    });
    assert!(
        after.contains(&pane_title(id)) && after.contains("Briefings "),
        "`j` scrolled the text of the same briefing, the list still shown:\n{after}"
    );
    quit(&tmux);
}

#[test]
fn enter_focuses_the_text_120x40() {
    enter_focuses_the_text("enter-120x40", 120, 40);
}

#[test]
fn enter_focuses_the_text_80x24() {
    enter_focuses_the_text("enter-80x24", 80, 24);
}

/// One pane (under 60 columns): Enter replaces the list with the text; Esc
/// brings the list back.
#[test]
fn enter_replaces_the_list_59x24() {
    let all = listing("");
    let id = field(&all[0], "id");
    let body = body_words(id, 2, 5);
    let tmux = reader("enter-59x24", 59, 24);
    let list = tmux.screen();
    assert!(!list.contains(&pane_title(id)), "list only:\n{list}");
    tmux.keys(&["Enter"]);
    let screen = tmux.wait_for_text(&pane_title(id));
    assert!(!screen.contains("Briefings "), "{screen}");
    assert!(
        detail_text(&screen).contains(&body),
        "body text `{body}`:\n{screen}"
    );
    tmux.keys(&["Escape"]);
    let screen = tmux.wait_for_text("Briefings 40/40");
    assert!(!screen.contains(&pane_title(id)), "{screen}");
    quit(&tmux);
}

// 4. `/` and a word narrow the list as it is typed.

fn search_narrows(name: &str, width: u16, height: u16) {
    let total = count("");
    let expected = count("grain");
    assert!(0 < expected && expected < total, "grain: {expected}");
    let tmux = reader(name, width, height);
    tmux.keys(&["/"]);
    tmux.wait_for_gone("/ search   : query");
    tmux.type_text("grain");
    // Wait for the whole word: a prefix such as `grai` may already show the same count.
    let narrowed = format!("Briefings {expected}/{total}");
    tmux.wait_for("the search typed and applied", |s| {
        s.starts_with("/grain") && s.contains(&narrowed)
    });
    tmux.keys(&["Enter"]);
    let screen = tmux.wait_for_text("search: grain");
    assert!(
        screen.contains(&format!("Briefings {expected}/{total}")),
        "{screen}"
    );
    quit(&tmux);
}

#[test]
fn search_narrows_120x40() {
    search_narrows("search-120x40", 120, 40);
}

#[test]
fn search_narrows_80x24() {
    search_narrows("search-80x24", 80, 24);
}

// 5. The tag picker filters by the tags picked.

fn tag_picker_filters(name: &str, width: u16, height: u16) {
    let total = count("");
    let tmux = reader(name, width, height);
    tmux.keys(&["t"]);
    let screen = tmux.wait_for_text("Tags: match");
    // The cursor starts on the first tag listed.
    let tag = screen
        .lines()
        .find_map(|l| l.split_once("[ ] "))
        .and_then(|(_, rest)| rest.split_whitespace().next())
        .unwrap_or_else(|| panic!("no tag in the picker:\n{screen}"))
        .to_string();
    let expected = count(&format!("tag:{tag}"));
    assert!(0 < expected && expected < total, "tag {tag}: {expected}");
    tmux.keys(&["Space"]);
    tmux.wait_for_text(&format!("[x] {tag}"));
    tmux.keys(&["Enter"]);
    let screen = tmux.wait_for_text(&format!("Briefings {expected}/{total}"));
    assert!(!screen.contains("Tags: match"), "picker closed:\n{screen}");
    assert!(screen.contains(&format!("tags: #{tag}")), "{screen}");
    quit(&tmux);
}

#[test]
fn tag_picker_filters_120x40() {
    tag_picker_filters("tags-120x40", 120, 40);
}

#[test]
fn tag_picker_filters_80x24() {
    tag_picker_filters("tags-80x24", 80, 24);
}

// 6. `?` shows the help; Esc closes it.

fn help_overlay(name: &str, width: u16, height: u16) {
    let tmux = reader(name, width, height);
    tmux.keys(&["?"]);
    let screen = tmux.wait_for_text("Help: type to search");
    assert!(screen.contains("Reading"), "{screen}");
    if height >= 40 {
        assert!(
            screen.contains("quit"),
            "the whole first section:\n{screen}"
        );
    }
    // Typing searches the help; `q` is typed here, it does not quit.
    tmux.type_text("quit");
    let screen = tmux.wait_for_text("Help: quit");
    assert!(
        screen
            .lines()
            .any(|l| l.contains("q Ctrl-c") && l.contains("quit")),
        "{screen}"
    );
    assert!(!screen.contains("go to the top"), "narrowed:\n{screen}");
    tmux.keys(&["Escape"]);
    let screen = tmux.wait_for_gone("Help: ");
    assert!(screen.contains("Briefings 40/40"), "{screen}");
    quit(&tmux);
}

#[test]
fn help_overlay_120x40() {
    help_overlay("help-120x40", 120, 40);
}

#[test]
fn help_overlay_80x24() {
    help_overlay("help-80x24", 80, 24);
}

// 7. Resizing re-lays out the panes and the reader keeps working.

fn survives_resizing(name: &str, width: u16, height: u16) {
    let all = listing("");
    let (first, second) = (field(&all[0], "id"), field(&all[1], "id"));
    let tmux = reader(name, width, height);
    tmux.wait_for_text(&pane_title(first));

    tmux.resize(200, 50);
    let screen = tmux.wait_for_text(&pane_title("Quotes"));
    assert!(screen.contains(&pane_title(first)), "{screen}");
    assert_eq!(screen.lines().count(), 50, "{screen}");

    tmux.resize(60, 20);
    let screen = tmux.wait_for("one pane", |s| {
        s.contains("Briefings 40/40") && !s.contains("││") && !s.contains("Quotes")
    });
    assert_eq!(screen.lines().count(), 20, "{screen}");

    tmux.resize(width, height);
    let screen = tmux.wait_for(&format!("two panes again at {width}x{height}"), |s| {
        s.contains("Briefings 40/40") && s.contains(&pane_title(first)) && !s.contains("Quotes")
    });
    assert!(
        screen
            .lines()
            .all(|l| l.chars().count() <= usize::from(width)),
        "{screen}"
    );

    tmux.keys(&["j"]);
    tmux.wait_for_text(&pane_title(second));
    assert_eq!(tmux.display("#{pane_current_command}"), "brief");
    quit(&tmux);
}

#[test]
fn survives_resizing_120x40() {
    survives_resizing("resize-120x40", 120, 40);
}

#[test]
fn survives_resizing_80x24() {
    survives_resizing("resize-80x24", 80, 24);
}

// 8. `q` gives the terminal back as it was.

fn quit_restores_the_terminal(name: &str, width: u16, height: u16) {
    let dir = tempfile::tempdir().unwrap();
    let tmux = Tmux::start(name, width, height);
    assert_eq!(tmux.display("#{alternate_on} #{cursor_flag}"), "0 1");
    run_between_stty(&tmux, dir.path(), "");
    tmux.keys(&["q"]);
    assert_restored(&tmux, 0);
}

#[test]
fn quit_restores_the_terminal_120x40() {
    quit_restores_the_terminal("quit-120x40", 120, 40);
}

#[test]
fn quit_restores_the_terminal_80x24() {
    quit_restores_the_terminal("quit-80x24", 80, 24);
}

/// Ctrl-C quits too, in every mode; here from the search bar.
#[test]
fn ctrl_c_restores_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let tmux = Tmux::start("ctrl-c", 80, 24);
    run_between_stty(&tmux, dir.path(), "");
    tmux.keys(&["/"]);
    tmux.wait_for_gone("/ search   : query");
    tmux.keys(&["C-c"]);
    assert_restored(&tmux, 0);
}

/// A fatal signal restores the terminal and exits with 128 + its number.
#[test]
fn sigterm_restores_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let tmux = Tmux::start("sigterm", 80, 24);
    run_between_stty(&tmux, dir.path(), "");
    common::tmux::kill(tmux.child(), "TERM");
    assert_restored(&tmux, 128 + 15);
}

/// When its terminal goes away (the window closed), brief ends.
#[test]
fn exits_when_the_terminal_goes_away() {
    let tmux = reader("hangup", 80, 24);
    let pid = tmux.child();
    let _reap = Reap(pid);
    tmux.kill_server();
    let start = Instant::now();
    while common::tmux::alive(pid) {
        assert!(
            start.elapsed() < common::tmux::TIMEOUT,
            "brief (pid {pid}) still runs {:?} after its terminal closed: {}",
            common::tmux::TIMEOUT,
            std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default()
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// Ends a process this test started, however the test ends.
struct Reap(u32);

impl Drop for Reap {
    fn drop(&mut self) {
        if common::tmux::alive(self.0) {
            common::tmux::kill(self.0, "KILL");
        }
    }
}

// 9. Briefing text never sets the window or pane title.

#[test]
fn content_never_sets_the_title() {
    let dir = tempfile::tempdir().unwrap();
    common::write(
        dir.path(),
        "plain.txt",
        "date 2022-02-20 Officials met \x1b]0;PWNED\x07 in Geneva on Monday.\n\n\
         The talks ended \x1b]2;PWNED\x07 without a statement.\n",
    );
    common::write(
        dir.path(),
        "curated.md",
        "+++\ntitle = \"Talks \\u001b]2;PWNED\\u0007 stall\"\ndate = 2022-02-21\n\
         summary = \"Sum \\u001b]0;PWNED\\u0007 mary\"\n+++\n\
         Body \x1b]0;PWNED\x07 paragraph \x1b]2;PWNED\x07 here.\n",
    );
    let tmux = Tmux::start("title", 120, 40);
    tmux.tmux(&["select-pane", "-t", "t", "-T", "fixed-title"]);
    let titles = |when: &str| {
        let shown = tmux.display("#{pane_title}|#{window_name}|#{session_name}");
        let pane = tmux.display("#{pane_title}");
        assert_eq!(pane, "fixed-title", "{when}: {shown}");
        assert!(!shown.contains("PWNED"), "{when}: {shown}");
    };
    titles("before");
    tmux.shell(&format!("{}; echo EXIT=$?", brief_line(&[dir.path()])));
    tmux.wait_for_text("Briefings 2/2");
    titles("the list");
    // Newest first: the curated briefing, then the plain one.
    for (step, id) in ["curated", "plain"].into_iter().enumerate() {
        if step > 0 {
            // Back to the list (Shift-Tab: Esc then `j` could read as Alt-j).
            tmux.keys(&["BTab", "j"]);
        }
        tmux.wait_for_text(&pane_title(id));
        tmux.keys(&["Enter"]);
        let screen = tmux.wait_for("the text with placeholders", |s| {
            detail_text(s).contains("␛]0;PWNED␇") && detail_text(s).contains("␛]2;PWNED␇")
        });
        assert!(screen.contains(&pane_title(id)), "{screen}");
        titles(&format!("{id} open"));
    }
    quit(&tmux);
    titles("after");
    // The check can fail: a title sequence written to this pane does change it.
    tmux.shell(r"printf '\033]2;CONTROL\007'");
    let start = Instant::now();
    while tmux.display("#{pane_title}") != "CONTROL" {
        assert!(
            start.elapsed() < common::tmux::TIMEOUT,
            "printf did not set the pane title; is this tmux honouring OSC 2?"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

// 10. A watchlist: `w` goes to its first hit and says which entry it was.

/// The reader on the bundled briefings with `watchlist` as its watchlist file.
fn reader_watching(name: &str, watchlist: &str) -> (Tmux, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let path = common::write(dir.path(), "watchlist.toml", watchlist);
    let tmux = Tmux::start(name, 120, 40);
    tmux.shell(&format!(
        "{} --watchlist {}; echo EXIT=$?",
        brief_line(&[&common::sample()]),
        common::tmux::sh_quote(&path.to_string_lossy())
    ));
    tmux.wait_for_text("Briefings 40/40");
    (tmux, dir)
}

#[test]
fn w_jumps_to_the_first_watchlist_hit() {
    let watching = |query: &str| -> Vec<String> {
        listing(query)
            .iter()
            .map(|b| field(b, "id").to_string())
            .collect()
    };
    let (zelensky, kuleba) = (watching("\"zelensky\""), watching("\"кулеба\""));
    let all = listing("");
    let first = all
        .iter()
        .map(|b| field(b, "id"))
        .find(|id| zelensky.iter().chain(&kuleba).any(|w| w == id))
        .expect("a briefing with a hit");
    let entry = if zelensky.iter().any(|w| w == first) {
        "Zelensky"
    } else {
        "Кулеба"
    };
    let (tmux, _dir) = reader_watching(
        "watch-w",
        "[[watch]]\nname = \"Zelensky\"\n\n[[watch]]\nname = \"Кулеба\"\n",
    );
    tmux.keys(&["w"]);
    let screen = tmux.wait_for_text(&format!("watch: {entry} (1/"));
    assert!(screen.contains(&pane_title(first)), "{screen}");
    assert!(detail_text(&screen).contains(entry), "{screen}");
    tmux.keys(&["W"]);
    tmux.wait_for_text("no more watchlist hits above");
    quit(&tmux);
}

#[test]
fn a_broken_watchlist_is_reported_and_the_reader_still_opens() {
    let (tmux, _dir) = reader_watching("watch-bad", "[[watch]]\nname = 7\n");
    // The status bar shows the start of it; at exit it stands whole on stderr.
    let screen = tmux.wait_for_text("watchlist.toml:2:8: error: `name` must be a");
    assert!(screen.contains(&pane_title(field(&listing("")[0], "id"))));
    tmux.keys(&["q"]);
    let after = tmux.wait_for_line("EXIT=0");
    assert!(
        after.contains("watchlist.toml:2:8: error: `name` must be a string"),
        "{after}"
    );
}
