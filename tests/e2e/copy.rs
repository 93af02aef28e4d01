//! Copy that lands, or says honestly where it went: under tmux's default
//! settings `y` and `Y` put the text in a tmux buffer and say that it
//! cannot be confirmed to have landed; `c` then shows it plain and keeps it
//! in clips.md; with `--clipboard-command` the text goes to that command
//! instead, and the message names it.

use std::path::PathBuf;

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

/// Runs the reader in `tmux`'s shell with a state folder of its own, which
/// it returns, and `flags`.
fn run(tmux: &Tmux, name: &str, flags: &str) -> PathBuf {
    let state = common::state_dir(name);
    tmux.shell(&format!(
        "clear; BRIEF_STATE_DIR={} {} {flags}",
        sh_quote(&state.to_string_lossy()),
        brief_line(&[&common::sample()])
    ));
    tmux.wait_for_text("Briefings 40/40");
    state
}

/// The screen's words, each row's joined to the next's with one space, so
/// that text wrapped over rows is found whole.
fn words(screen: &str) -> String {
    screen.split_whitespace().collect::<Vec<_>>().join(" ")
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
    tmux.wait_for("the copy said honestly", |s| {
        words(s).contains(
            "put the briefing and its citation in the tmux buffer, which tmux sends on to \
             your clipboard; cannot confirm it landed: c shows it plain",
        )
    });
    let buffer = tmux.tmux(&["show-buffer"]);
    assert!(buffer.contains("\u{2014} "), "{buffer}");
    assert!(buffer.contains(&cited), "{cited} in:\n{buffer}");

    // With set-clipboard off tmux keeps it: the message names the setting.
    tmux.tmux(&["set-option", "-g", "set-clipboard", "off"]);
    tmux.keys(&["Y"]);
    tmux.wait_for_text("put the path in the tmux buffer only; `set -g set-clipboard external`");
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

#[test]
fn c_shows_a_copy_that_may_not_have_landed_plain_and_keeps_it_in_clips_md() {
    let tmux = Tmux::start("copy-clip", 80, 24);
    let state = run(&tmux, "copy-clip", "");
    tmux.keys(&["]"]);
    tmux.wait_for_text("quote 1/");
    tmux.keys(&["y"]);
    tmux.wait_for("the copy said honestly", |s| {
        words(s).contains("cannot confirm it landed: c shows it plain and keeps it in")
    });
    let cited = tmux.tmux(&["show-buffer"]);
    assert!(cited.starts_with('\u{201c}'), "a quote: {cited}");

    tmux.keys(&["c"]);
    let screen = tmux.wait_for_text("The quote and its citation, plain: select it with the mouse");
    let rows: Vec<&str> = screen.lines().collect();
    assert!(
        rows[1].starts_with('\u{201c}'),
        "the text from the first column, nothing beside it:\n{screen}"
    );
    let end = rows
        .iter()
        .position(|r| r.starts_with("kept in "))
        .expect(&screen);
    assert_eq!(words(&rows[1..end].join("\n")), cited, "{screen}");

    let clips = std::fs::read_to_string(state.join("clips.md")).unwrap();
    let entry = format!(": the quote and its citation\n\n{cited}\n\n");
    assert!(
        clips.starts_with("# Clips kept by brief\n\n## 20") && clips.ends_with(&entry),
        "{clips}"
    );
    // Apart, as Esc and a letter together would be read as Alt and the letter.
    tmux.keys(&["Escape"]);
    tmux.wait_for_gone("plain: select it with the mouse");
    tmux.keys(&["c"]);
    tmux.wait_for_text("already kept in");
    let again = std::fs::read_to_string(state.join("clips.md")).unwrap();
    assert_eq!(again, clips, "kept once");
    tmux.keys(&["Escape"]);
    tmux.wait_for_gone("plain: select it with the mouse");
    tmux.keys(&["q"]);
}
