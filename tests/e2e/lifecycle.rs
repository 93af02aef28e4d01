//! The terminal lifecycle under signals, suspension, hangups and panics, with
//! the real binary in tmux: brief always gives the terminal back.

use std::time::{Duration, Instant};

use proptest::strategy::{Strategy, ValueTree};
use proptest::test_runner::TestRunner;

use crate::common;
use crate::common::tmux::{
    Tmux, assert_restored, between_stty, brief_line, run_between_stty, sh_quote,
};

/// Sends `signal` to brief and checks it is gone within a second.
fn signal_and_time(tmux: &Tmux, signal: &str) {
    let pid = tmux.child();
    let sent = Instant::now();
    common::tmux::kill(pid, signal);
    while common::tmux::alive(pid) {
        assert!(
            sent.elapsed() < Duration::from_secs(1),
            "brief still runs 1 s after SIG{signal}"
        );
        std::thread::sleep(Duration::from_millis(10));
    }
}

#[test]
fn fatal_signals_restore_and_exit_with_128_plus_n() {
    for (signal, number) in [("TERM", 15), ("INT", 2), ("HUP", 1)] {
        let dir = tempfile::tempdir().unwrap();
        let tmux = Tmux::start(&format!("sig-{signal}"), 80, 24);
        run_between_stty(&tmux, dir.path(), "");
        signal_and_time(&tmux, signal);
        assert_restored(&tmux, 128 + number);
    }
}

/// The SSH drop: the terminal goes away. With SIGHUP delivered, and with it
/// ignored (`trap "" HUP`), brief must end within a second, not spin.
#[test]
fn a_closed_terminal_ends_brief_even_with_sighup_ignored() {
    for (name, prefix) in [("drop", ""), ("drop-nohup", "trap '' HUP; exec ")] {
        let tmux = Tmux::start(name, 80, 24);
        let line = format!(
            "sh -c {}",
            sh_quote(&format!("{prefix}{}", brief_line(&[&common::sample()])))
        );
        tmux.shell(&line);
        tmux.wait_for_text("Briefings 40/40");
        let pid = brief_pid(&tmux);
        let ticks_before = cpu_ticks(pid);
        tmux.kill_server();
        let dropped = Instant::now();
        let mut ticks_last = ticks_before;
        while common::tmux::alive(pid) {
            ticks_last = cpu_ticks(pid).max(ticks_last);
            if dropped.elapsed() > Duration::from_secs(1) {
                common::tmux::kill(pid, "KILL");
                panic!(
                    "{name}: brief still runs 1 s after the drop, {} CPU ticks used",
                    ticks_last - ticks_before
                );
            }
            std::thread::sleep(Duration::from_millis(5));
        }
        // Clock ticks are 10 ms: spinning on a dead terminal would show here.
        assert!(
            ticks_last - ticks_before <= 10,
            "{name}: {} ticks of CPU after the drop",
            ticks_last - ticks_before
        );
    }
}

/// The brief process under the pane's shell (directly, or under `sh -c`).
fn brief_pid(tmux: &Tmux) -> u32 {
    let start = Instant::now();
    loop {
        for pid in tmux.children() {
            let comm = std::fs::read_to_string(format!("/proc/{pid}/comm")).unwrap_or_default();
            if comm.trim() == "brief" {
                return pid;
            }
            let grandchildren = std::process::Command::new("pgrep")
                .args(["-P", &pid.to_string()])
                .output()
                .unwrap();
            if let Some(g) = String::from_utf8_lossy(&grandchildren.stdout)
                .split_whitespace()
                .next()
            {
                return g.parse().unwrap();
            }
        }
        assert!(
            start.elapsed() < Duration::from_secs(5),
            "no brief process found"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// User plus system CPU time of a process, in clock ticks.
fn cpu_ticks(pid: u32) -> u64 {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
    let after_name = stat.rsplit(')').next().unwrap_or("");
    let fields: Vec<&str> = after_name.split_whitespace().collect();
    let field = |i: usize| {
        fields
            .get(i)
            .and_then(|f| f.parse::<u64>().ok())
            .unwrap_or(0)
    };
    field(11) + field(12)
}

#[test]
fn ctrl_z_suspends_with_the_terminal_restored_and_fg_redraws() {
    let tmux = Tmux::start("ctrl-z", 80, 24);
    tmux.shell(&brief_line(&[&common::sample()]));
    tmux.wait_for_text("Briefings 40/40");
    tmux.keys(&["j"]);
    tmux.keys(&["C-z"]);
    tmux.wait_for("the shell after Ctrl-z", |s| !s.contains("Briefings 40/40"));
    assert_eq!(
        tmux.display("#{alternate_on} #{cursor_flag}"),
        "0 1",
        "restored while suspended"
    );
    tmux.shell("fg");
    let screen = tmux.wait_for_text("Briefings 40/40");
    assert!(
        screen.contains("/ search"),
        "a full redraw after fg:\n{screen}"
    );
    assert_eq!(tmux.display("#{alternate_on} #{cursor_flag}"), "1 0");
    tmux.keys(&["q"]);
    tmux.wait_for_gone("Briefings 40/40");
    assert_eq!(tmux.display("#{alternate_on} #{cursor_flag}"), "0 1");
}

#[test]
fn a_panic_while_drawing_gives_the_terminal_back() {
    let dir = tempfile::tempdir().unwrap();
    let tmux = Tmux::start("panic", 80, 24);
    let err = sh_quote(&dir.path().join("stderr").to_string_lossy());
    let brief = brief_line(&[&common::sample()]);
    tmux.shell(&between_stty(
        dir.path(),
        &format!("BRIEF_TEST_PANIC_IN_DRAW=1 {brief} 2> {err}"),
    ));
    assert_restored(&tmux, 101);
    let stderr = std::fs::read_to_string(dir.path().join("stderr")).unwrap();
    assert!(
        stderr.contains("BRIEF_TEST_PANIC_IN_DRAW"),
        "the panic message is shown: {stderr}"
    );
}

/// 200 resizes between 1x1 and 300x100 while scrolled deep into a long
/// briefing: no crash, and the final screen is what a fresh start at that
/// size shows after the same keys.
#[test]
fn a_resize_storm_ends_where_a_fresh_start_would() {
    let dir = tempfile::tempdir().unwrap();
    let long = common::sample().join("weekly/week-02-digest.txt");
    std::fs::copy(&long, dir.path().join("digest.txt")).unwrap();
    let open_and_scroll = |tmux: &Tmux| {
        tmux.shell(&brief_line(&[dir.path()]));
        tmux.wait_for_text("Briefings 1/1");
        tmux.keys(&["Enter"]);
        for _ in 0..4 {
            tmux.keys(&["j", "j", "j", "j", "j", "j", "j", "j", "j", "j"]);
        }
        drawn(tmux)
    };
    let storm = Tmux::start("storm", 120, 40);
    open_and_scroll(&storm);
    let settled = storm.screen();
    assert!(
        !settled.contains(" all ╯") && settled.contains('%'),
        "scrolled into the text:\n{settled}"
    );
    let sizes = proptest::collection::vec((1u16..=300, 1u16..=100), 200)
        .new_tree(&mut TestRunner::deterministic())
        .unwrap()
        .current();
    for (w, h) in sizes {
        storm.resize(w, h);
    }
    storm.resize(120, 40);
    let fresh = Tmux::start("fresh", 120, 40);
    open_and_scroll(&fresh);
    let expected = fresh.screen();
    let after = storm.wait_for("the stormed screen to match", |s| s == expected);
    assert_eq!(after, expected, "before the storm:\n{settled}");
    assert!(common::tmux::alive(storm.child()));
}

/// The screen once every key sent so far has been handled: keys are handled
/// in order, so once the help opened by a last `?` is seen and closed again
/// (its bottom row, drawn last, gone too), the screen shows what they did.
fn drawn(tmux: &Tmux) -> String {
    tmux.keys(&["?"]);
    tmux.wait_for_text("Help: type to search");
    tmux.keys(&["Escape"]);
    tmux.wait_for("the help to close", |s| {
        !s.contains("Help: ") && !s.contains("Esc close")
    })
}
