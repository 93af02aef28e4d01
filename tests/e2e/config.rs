//! The reader obeys the configuration file: its keys and date format.

use crate::common;
use crate::common::tmux::{Tmux, brief_line, sh_quote};

#[test]
fn the_reader_obeys_keys_and_date_format_from_the_configuration() {
    let dir = tempfile::tempdir().unwrap();
    let path = common::write(
        dir.path(),
        "config.toml",
        "date_format = \"%d %b %y\"\n[keys]\nquit = \"x\"\nhelp = [\"?\", \"F1\"]\n",
    );
    let tmux = Tmux::start("config-keys", 120, 30);
    let line = brief_line(&[&common::sample()]);
    tmux.shell(&format!(
        "{line} --config {}; echo status=$?",
        sh_quote(&path.to_string_lossy())
    ));
    tmux.wait_for_text("25 Feb 22");
    tmux.keys(&["F1"]);
    tmux.wait_for_text("Help");
    tmux.type_text("quit");
    // The status bar says `q quit` already: wait for the search itself.
    let help = tmux.wait_for_text("Help: quit");
    assert!(
        help.lines()
            .any(|l| l.contains(" x ") && l.contains("quit")),
        "{help}"
    );
    tmux.keys(&["Escape"]);
    tmux.wait_for_gone("Help: ");
    // Keys are handled in order: the help opening after `q` shows `q` was
    // handled without quitting.
    tmux.keys(&["q", "F1"]);
    tmux.wait_for_text("Help: type to search");
    tmux.keys(&["Escape"]);
    tmux.wait_for_gone("Help: ");
    assert!(tmux.screen().contains("25 Feb 22"), "q no longer quits");
    tmux.keys(&["x"]);
    tmux.wait_for_text("status=0");
}
