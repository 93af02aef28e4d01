//! Driving the real binary in a real terminal: a private tmux server per test,
//! a shell in a detached session, keys sent with `send-keys` and the screen
//! read back with `capture-pane`.

use std::path::Path;
use std::process::{Command, Output};
use std::time::{Duration, Instant};

/// How long `wait_for` polls before giving up; only reached when a test fails.
pub const TIMEOUT: Duration = Duration::from_secs(5);
const POLL: Duration = Duration::from_millis(50);
const SETTLE: Duration = Duration::from_millis(20);

/// The session and window every test uses on its private server.
const TARGET: &str = "t";

/// A tmux server of its own (`tmux -L <socket>`), killed when dropped, also
/// when the test panics. The user's default server is never addressed.
pub struct Tmux {
    socket: String,
    /// The socket file, removed with the server.
    socket_path: Option<String>,
}

impl Tmux {
    /// A detached `width`x`height` session running `sh`. `name` makes the
    /// socket unique among tests running at the same time.
    pub fn start(name: &str, width: u16, height: u16) -> Tmux {
        require_tmux();
        // `children` asks pgrep which processes the shell runs.
        super::require("pgrep", "procps");
        let mut tmux = Tmux {
            socket: format!("brief-test-{}-{name}", std::process::id()),
            socket_path: None,
        };
        let (w, h) = (width.to_string(), height.to_string());
        let state = super::test_home().join("state").join(name);
        let _ = std::fs::remove_dir_all(&state);
        // The server, and so the shell, inherits this command's environment:
        // no BRIEF_DIR, a fixed today, no sign of an enclosing tmux, and a
        // TERM for tmux itself (the pane gets tmux's own).
        let out = tmux
            .command()
            .args(["-f", "/dev/null", "new-session", "-d", "-s", TARGET])
            .args(["-x", &w, "-y", &h, "sh"])
            .env_remove("BRIEF_DIR")
            .env_remove("TMUX")
            .env_remove("NO_COLOR")
            .env("BRIEF_TODAY", "2022-02-25")
            .env("BRIEF_CACHE_DIR", super::test_cache_dir())
            .env("XDG_CONFIG_HOME", super::test_home().join("config"))
            // Each reader its own marks, so no test sees another's reading.
            .env("XDG_STATE_HOME", &state)
            .env_remove("BRIEF_CONFIG")
            .env("TERM", "xterm-256color")
            .output()
            .expect("run tmux");
        check(&out, "new-session");
        tmux.socket_path = Some(tmux.display("#{socket_path}"));
        tmux.tmux(&["set-option", "-t", TARGET, "status", "off"]);
        tmux.wait_for("the shell prompt", |s| !s.trim().is_empty());
        tmux
    }

    fn command(&self) -> Command {
        let mut cmd = Command::new("tmux");
        cmd.args(["-L", &self.socket]);
        cmd
    }

    /// Runs a tmux command on this server; panics if it fails.
    pub fn tmux(&self, args: &[&str]) -> String {
        let out = self.command().args(args).output().expect("run tmux");
        check(&out, &args.join(" "));
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// Keys by tmux name: `j`, `Enter`, `Escape`, `Space`, `C-d`.
    pub fn keys(&self, keys: &[&str]) {
        let mut args = vec!["send-keys", "-t", TARGET];
        args.extend_from_slice(keys);
        self.tmux(&args);
    }

    /// Text typed as it is, each character a key.
    pub fn type_text(&self, text: &str) {
        self.tmux(&["send-keys", "-t", TARGET, "-l", text]);
    }

    /// A command line typed into the shell and run.
    pub fn shell(&self, line: &str) {
        self.type_text(line);
        self.keys(&["Enter"]);
    }

    /// The visible screen, one line per row, trailing blanks trimmed.
    pub fn screen(&self) -> String {
        self.tmux(&["capture-pane", "-p", "-t", TARGET])
    }

    /// The visible screen with its colours and attributes as SGR escapes
    /// (`capture-pane -e`).
    pub fn screen_with_escapes(&self) -> String {
        self.tmux(&["capture-pane", "-e", "-p", "-t", TARGET])
    }

    /// A tmux format evaluated for the pane, e.g. `#{pane_title}`.
    pub fn display(&self, format: &str) -> String {
        self.tmux(&["display-message", "-p", "-t", TARGET, format])
            .trim_end_matches('\n')
            .to_string()
    }

    pub fn resize(&self, width: u16, height: u16) {
        let (w, h) = (width.to_string(), height.to_string());
        self.tmux(&["resize-window", "-t", TARGET, "-x", &w, "-y", &h]);
    }

    /// Polls the screen until `ready` holds on two captures in a row and
    /// returns the second; panics with `what` and the last screen after
    /// `TIMEOUT`. The second capture is there because tmux may hold a frame
    /// only half written (the pty hands it over in pieces), and asserts made
    /// on the rest of such a screen would fail at random.
    pub fn wait_for(&self, what: &str, ready: impl Fn(&str) -> bool) -> String {
        let start = Instant::now();
        loop {
            let screen = self.screen();
            if ready(&screen) {
                std::thread::sleep(SETTLE);
                let settled = self.screen();
                if ready(&settled) {
                    return settled;
                }
            }
            if start.elapsed() > TIMEOUT {
                panic!(
                    "timed out after {TIMEOUT:?} waiting for {what}; the screen was:\n{}\n{}\n{}",
                    "-".repeat(40),
                    screen,
                    "-".repeat(40)
                );
            }
            std::thread::sleep(POLL);
        }
    }

    /// Waits until `text` is on the screen.
    pub fn wait_for_text(&self, text: &str) -> String {
        self.wait_for(&format!("`{text}` on screen"), |s| s.contains(text))
    }

    /// Waits until `text` is no longer on the screen.
    pub fn wait_for_gone(&self, text: &str) -> String {
        self.wait_for(&format!("`{text}` to leave the screen"), |s| {
            !s.contains(text)
        })
    }

    /// Waits until a screen line reads exactly `line` (ignoring surrounding
    /// blanks), so a command's output is not confused with the typed command.
    pub fn wait_for_line(&self, line: &str) -> String {
        self.wait_for(&format!("a line reading `{line}`"), |s| {
            s.lines().any(|l| l.trim() == line)
        })
    }

    /// The processes the pane's shell is running, e.g. brief.
    pub fn children(&self) -> Vec<u32> {
        let Ok(out) = self
            .command()
            .args(["display-message", "-p", "-t", TARGET, "#{pane_pid}"])
            .output()
        else {
            return Vec::new();
        };
        let shell = String::from_utf8_lossy(&out.stdout).trim().to_string();
        if shell.is_empty() {
            return Vec::new();
        }
        Command::new("pgrep")
            .args(["-P", &shell])
            .output()
            .map(|out| {
                String::from_utf8_lossy(&out.stdout)
                    .split_whitespace()
                    .filter_map(|pid| pid.parse().ok())
                    .collect()
            })
            .unwrap_or_default()
    }

    /// The one process the shell runs; waits for it to start.
    pub fn child(&self) -> u32 {
        let start = Instant::now();
        loop {
            if let [pid] = self.children()[..] {
                return pid;
            }
            assert!(
                start.elapsed() < TIMEOUT,
                "expected the shell to run one process, it runs {:?}",
                self.children()
            );
            std::thread::sleep(POLL);
        }
    }

    /// Ends the server, closing its terminals as a closed window would.
    pub fn kill_server(&self) {
        let _ = self.command().arg("kill-server").output();
        if let Some(path) = &self.socket_path {
            let _ = std::fs::remove_file(path);
        }
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        // A test that failed half-way may leave brief running; end it by its
        // id first, as a hung-up brief is not relied on to exit by itself.
        for pid in self.children() {
            kill(pid, "KILL");
        }
        self.kill_server();
    }
}

/// Sends `signal` (`TERM`, `KILL`) to one process.
pub fn kill(pid: u32, signal: &str) {
    let _ = Command::new("kill")
        .args([&format!("-{signal}"), &pid.to_string()])
        .output();
}

/// Whether a process is still there (and not a zombie).
pub fn alive(pid: u32) -> bool {
    match std::fs::read_to_string(format!("/proc/{pid}/stat")) {
        Ok(stat) => !stat
            .rsplit_once(") ")
            .is_some_and(|(_, rest)| rest.starts_with('Z')),
        Err(_) => Command::new("kill")
            .args(["-0", &pid.to_string()])
            .output()
            .is_ok_and(|out| out.status.success()),
    }
}

/// Fails, never skips, without tmux: these tests are part of the suite.
fn require_tmux() {
    match Command::new("tmux").arg("-V").output() {
        Ok(out) if out.status.success() => {}
        Ok(out) => panic!(
            "the end-to-end tier needs tmux, but `tmux -V` failed: {}",
            String::from_utf8_lossy(&out.stderr)
        ),
        Err(e) => panic!(
            "the end-to-end tier needs tmux on PATH to drive the reader in a terminal \
             (install it, e.g. `apt-get install tmux`): {e}"
        ),
    }
}

fn check(out: &Output, what: &str) {
    assert!(
        out.status.success(),
        "tmux {what} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// A word for `sh`: single-quoted, with inner quotes escaped.
pub fn sh_quote(text: &str) -> String {
    format!("'{}'", text.replace('\'', r"'\''"))
}

/// The shell command line that runs the reader on `paths`.
pub fn brief_line(paths: &[&Path]) -> String {
    let mut line = sh_quote(env!("CARGO_BIN_EXE_brief"));
    for p in paths {
        line.push(' ');
        line.push_str(&sh_quote(&p.to_string_lossy()));
    }
    line
}

/// A shell line that runs `command` between two `stty -g` (kept in `dir`),
/// then prints its exit status and whether the terminal settings came back.
/// The markers it waits for (`EXIT=0`, `STTY-SAME`) never stand in the line
/// itself, so the line wrapping on screen cannot be taken for its output.
pub fn between_stty(dir: &Path, command: &str) -> String {
    let file = |name: &str| sh_quote(&dir.join(name).to_string_lossy());
    format!(
        "stty -g > {before}; {command}; echo EXIT=$?; stty -g > {after}; \
         echo STTY-$(cmp -s {before} {after} && echo SAME || echo CHANGED)",
        before = file("before"),
        after = file("after"),
    )
}

/// Types a line that runs the reader between two `stty -g`.
pub fn run_between_stty(tmux: &Tmux, dir: &Path, prefix: &str) {
    let brief = brief_line(&[&crate::common::sample()]);
    tmux.shell(&between_stty(dir, &format!("{prefix}{brief}")));
    tmux.wait_for_text("Briefings 40/40");
    // While it runs: the alternate screen, the cursor hidden.
    assert_eq!(tmux.display("#{alternate_on} #{cursor_flag}"), "1 0");
}

/// After brief ended: its status, the shell's own screen, the cursor, the
/// same terminal settings, and a shell that still runs commands.
pub fn assert_restored(tmux: &Tmux, status: i32) {
    let screen = tmux.wait_for("stty compared", |s| {
        s.lines()
            .any(|l| l.trim() == "STTY-SAME" || l.trim() == "STTY-CHANGED")
    });
    assert!(
        screen.lines().any(|l| l.trim() == format!("EXIT={status}")),
        "exit status {status}:\n{screen}"
    );
    assert!(
        screen.lines().any(|l| l.trim() == "STTY-SAME"),
        "stty -g differs after brief:\n{screen}"
    );
    assert!(
        !screen.contains("Briefings"),
        "the shell's screen:\n{screen}"
    );
    assert_eq!(
        tmux.display("#{alternate_on} #{cursor_flag}"),
        "0 1",
        "alternate screen off, cursor visible"
    );
    tmux.shell("echo AFTER-$((1+1))");
    tmux.wait_for_line("AFTER-2");
}

/// The list pane's part of the screen line showing `title` (left of the
/// detail where the panes stand side by side).
pub fn list_row<'a>(screen: &'a str, title: &str) -> &'a str {
    screen
        .lines()
        .filter_map(|l| l.split("││").next())
        .find(|l| l.contains(title))
        .unwrap_or_else(|| panic!("no row for {title}:\n{screen}"))
}
