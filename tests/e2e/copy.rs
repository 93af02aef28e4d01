//! Copy that lands: under tmux's default settings `y` and `Y` put the text
//! in a tmux buffer and say so; with `--clipboard-command` the text goes to
//! that command instead, and the message names it.

use crate::common;
use crate::common::tmux::{Tmux, brief_line, sh_quote};

/// The first briefing of the list: its date and id (which end its
/// citation) and its path.
fn first_briefing() -> (String, String) {
    let listed = common::json_lines(&common::stdout_of(
        common::brief()
            .args(["list", "--json"])
            .arg(common::sample()),
    ));
    let first = &listed[0];
    let field = |name: &str| first[name].as_str().expect(name).to_string();
    (
        format!("{} ({})", field("date"), field("id")),
        field("path"),
    )
}

/// The reader on the sample in a tmux of its own, with `flags`.
fn reader(name: &str, flags: &str) -> Tmux {
    let tmux = Tmux::start(name, 120, 30);
    run(&tmux, name, flags);
    tmux
}

/// Runs the reader in `tmux`'s shell with marks of its own and `flags`.
fn run(tmux: &Tmux, name: &str, flags: &str) {
    let state = common::state_dir(name);
    tmux.shell(&format!(
        "clear; BRIEF_STATE_DIR={} {} {flags}",
        sh_quote(&state.to_string_lossy()),
        brief_line(&[&common::sample()])
    ));
    tmux.wait_for_text("Briefings 40/40");
}

#[test]
fn y_puts_the_citation_in_the_tmux_buffer_and_says_so() {
    let (cited, path) = first_briefing();
    let tmux = reader("copy-tmux", "");
    assert_eq!(
        tmux.tmux(&["show-options", "-gv", "set-clipboard"]).trim(),
        "external",
        "tmux's default"
    );
    tmux.keys(&["y"]);
    tmux.wait_for_text(
        "copied the briefing and its citation to the tmux buffer and, through tmux, your clipboard",
    );
    let buffer = tmux.tmux(&["show-buffer"]);
    assert!(buffer.contains("\u{2014} "), "{buffer}");
    assert!(buffer.contains(&cited), "{cited} in:\n{buffer}");

    // With set-clipboard off tmux keeps it: the message names the setting.
    tmux.tmux(&["set-option", "-g", "set-clipboard", "off"]);
    tmux.keys(&["Y"]);
    tmux.wait_for_text("copied the path to the tmux buffer only; `set -g set-clipboard external`");
    assert_eq!(tmux.tmux(&["show-buffer"]), path);
    tmux.keys(&["q"]);
}

#[test]
fn a_clipboard_command_gets_the_text_instead_the_flag_before_the_configuration() {
    let (cited, _) = first_briefing();
    let dir = tempfile::tempdir().unwrap();
    let config = common::write(
        dir.path(),
        "config.toml",
        "clipboard_command = \"exit 3\"\n",
    );
    let config = format!("--config {}", sh_quote(&config.to_string_lossy()));
    let file = dir.path().join("copied");
    let command = format!("cat > {}", sh_quote(&file.to_string_lossy()));
    let tmux = reader(
        "copy-command",
        &format!("{config} --clipboard-command {}", sh_quote(&command)),
    );
    tmux.keys(&["y"]);
    tmux.wait_for_text(&format!(
        "copied the briefing and its citation with {command}"
    ));
    let copied = std::fs::read_to_string(&file).unwrap();
    assert!(copied.contains(&cited), "{cited} in:\n{copied}");
    assert_eq!(tmux.tmux(&["list-buffers"]), "", "not through tmux");

    // A command that fails is said to have failed, never to have copied.
    tmux.keys(&["q"]);
    tmux.wait_for_gone("Briefings 40/40");
    run(&tmux, "copy-command", &config);
    tmux.keys(&["y"]);
    let screen = tmux.wait_for_text("exit 3 failed: exit status: 3");
    assert!(!screen.contains("copied the"), "{screen}");
    tmux.keys(&["q"]);
}
