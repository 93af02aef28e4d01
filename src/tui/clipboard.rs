//! Copying, and finding out where the text went. OSC 52 asks the terminal
//! itself to set the clipboard, which works over SSH where no local
//! clipboard exists; inside tmux the text also goes into a tmux buffer,
//! which tmux can send on; a command of the user's own replaces both.

use std::ffi::OsStr;
use std::io::{self, Write};
use std::process::{Command, Stdio};
use std::time::Duration;

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use wait_timeout::ChildExt;

/// Terminals cap what they accept in one OSC 52 (xterm about 100 kB of
/// base64); past this brief refuses rather than have the copy cut silently.
pub const MAX_BYTES: usize = 74_000;

/// How long a copying program may run before it is stopped: the reader
/// waits for it, and must not hang on one that never ends.
const PATIENCE: Duration = Duration::from_secs(2);

/// Where copies go, chosen once at start.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    /// OSC 52 to the terminal.
    Terminal,
    /// OSC 52, and the text into a tmux buffer (`tmux load-buffer -w -`).
    Tmux,
    /// The text on the standard input of `sh -c` this command, instead of both.
    Command(String),
}

impl Route {
    /// The user's command if there is one, else tmux when `$TMUX` (given) is
    /// set, else the terminal.
    pub fn choose(command: Option<String>, tmux: Option<&OsStr>) -> Route {
        match command {
            Some(command) => Route::Command(command),
            None if tmux.is_some_and(|v| !v.is_empty()) => Route::Tmux,
            None => Route::Terminal,
        }
    }
}

/// Where a copy went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Delivery {
    /// Out as OSC 52; whether it lands is the terminal's choice.
    Terminal,
    /// Into a tmux buffer, which tmux sends on to the outer terminal's
    /// clipboard when `forwarded` (`set-clipboard` is `external` or `on`).
    TmuxBuffer { forwarded: bool },
    /// `tmux load-buffer` failed with this; the OSC 52 still went out.
    TmuxFailed(String),
    /// The user's command took it.
    Command(String),
    /// The user's command failed: its exit status, or why it did not run.
    CommandFailed { command: String, error: String },
}

impl Delivery {
    /// Whether the text is known to be on the clipboard: only when the
    /// user's command took it. Neither OSC 52 nor a tmux buffer says
    /// whether the terminal on the user's own machine let it in.
    pub fn confirmed(&self) -> bool {
        matches!(self, Delivery::Command(_))
    }
}

/// Sends `text` along `route`; OSC 52 is written to `terminal`.
pub fn deliver(route: &Route, text: &str, terminal: &mut impl Write) -> io::Result<Delivery> {
    if let Route::Command(command) = route {
        let mut sh = Command::new("sh");
        sh.arg("-c").arg(command);
        return Ok(match pipe(sh, text, PATIENCE) {
            Ok(()) => Delivery::Command(command.clone()),
            Err(error) => Delivery::CommandFailed {
                command: command.clone(),
                error,
            },
        });
    }
    let in_tmux = *route == Route::Tmux;
    terminal.write_all(&osc52(text, in_tmux))?;
    terminal.flush()?;
    if !in_tmux {
        return Ok(Delivery::Terminal);
    }
    let mut load = Command::new("tmux");
    load.args(["load-buffer", "-w", "-"]);
    Ok(match pipe(load, text, PATIENCE) {
        Ok(()) => Delivery::TmuxBuffer {
            forwarded: tmux_forwards(),
        },
        Err(error) => Delivery::TmuxFailed(error),
    })
}

/// Whether tmux sends its buffers on to the outer terminal's clipboard.
fn tmux_forwards() -> bool {
    Command::new("tmux")
        .args(["show-options", "-gv", "set-clipboard"])
        .stdin(Stdio::null())
        .stderr(Stdio::null())
        .output()
        .is_ok_and(|out| {
            out.status.success()
                && matches!(
                    String::from_utf8_lossy(&out.stdout).trim(),
                    "on" | "external"
                )
        })
}

/// Runs `command` with `text` on its standard input and nothing of the
/// terminal, waiting up to `patience` for it to end; why not, if it failed.
fn pipe(mut command: Command, text: &str, patience: Duration) -> Result<(), String> {
    let mut child = command
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| e.to_string())?;
    let mut stdin = child.stdin.take().expect("stdin is piped");
    let text = text.to_owned();
    // Written from a thread, so that a program that never reads cannot hold
    // the reader past `patience`; the write fails once the program is gone.
    std::thread::spawn(move || stdin.write_all(text.as_bytes()));
    match child.wait_timeout(patience) {
        Ok(Some(status)) if status.success() => Ok(()),
        Ok(Some(status)) => Err(status.to_string()),
        Ok(None) => {
            let _ = child.kill();
            let _ = child.wait();
            Err(format!("still running after {patience:?}, stopped"))
        }
        Err(e) => Err(e.to_string()),
    }
}

/// The bytes that set the clipboard to `text`. Inside tmux they come twice:
/// plain, which tmux takes into its own buffers when `set-clipboard` is on,
/// and wrapped for passthrough to the outer terminal (`allow-passthrough`).
pub fn osc52(text: &str, in_tmux: bool) -> Vec<u8> {
    let plain = format!("\x1b]52;c;{}\x07", STANDARD.encode(text));
    if !in_tmux {
        return plain.into_bytes();
    }
    let wrapped = format!("\x1bPtmux;{}\x1b\\", plain.replace('\x1b', "\x1b\x1b"));
    [plain, wrapped].concat().into_bytes()
}

#[cfg(test)]
#[path = "clipboard_tests.rs"]
mod tests;
