//! Tests of copying: the OSC 52 bytes, the route chosen at start, and what
//! a command of the user's own is told to have done.

use std::ffi::OsStr;
use std::process::Command;
use std::time::{Duration, Instant};

use super::*;

#[test]
fn plain_and_tmux_wrapped() {
    assert_eq!(osc52("hi", false), b"\x1b]52;c;aGk=\x07");
    let wrapped = osc52("hi", true);
    assert_eq!(
        wrapped,
        b"\x1b]52;c;aGk=\x07\x1bPtmux;\x1b\x1b]52;c;aGk=\x07\x1b\\".to_vec()
    );
}

#[test]
fn control_characters_travel_only_inside_base64() {
    let bytes = osc52("a\x1b]0;title\x07b", false);
    assert_eq!(bytes.iter().filter(|&&b| b == 0x1b).count(), 1);
    assert_eq!(bytes.iter().filter(|&&b| b == 0x07).count(), 1);
}

#[test]
fn the_command_beats_tmux_which_beats_the_terminal() {
    let tmux = Some(OsStr::new("/tmp/tmux-1000/default,1,0"));
    assert_eq!(
        Route::choose(Some("wl-copy".into()), tmux),
        Route::Command("wl-copy".into())
    );
    assert_eq!(Route::choose(None, tmux), Route::Tmux);
    assert_eq!(Route::choose(None, Some(OsStr::new(""))), Route::Terminal);
    assert_eq!(Route::choose(None, None), Route::Terminal);
}

#[test]
fn outside_tmux_only_the_terminal_hears_of_it() {
    let mut written = Vec::new();
    let went = deliver(&Route::Terminal, "hi", &mut written).unwrap();
    assert_eq!(went, Delivery::Terminal);
    assert_eq!(written, osc52("hi", false));
}

#[test]
fn a_command_gets_the_text_on_its_input_instead_of_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("copied");
    let command = format!("cat > '{}'", file.display());
    let mut written = Vec::new();
    let route = Route::Command(command.clone());
    let went = deliver(&route, "“quote” — source", &mut written).unwrap();
    assert_eq!(went, Delivery::Command(command));
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "“quote” — source");
    assert!(written.is_empty(), "no OSC 52 with a command");

    let went = deliver(&Route::Command("exit 3".into()), "x", &mut written).unwrap();
    assert_eq!(
        went,
        Delivery::CommandFailed {
            command: "exit 3".into(),
            error: "exit status: 3".into()
        }
    );
}

#[test]
fn a_command_that_never_ends_is_stopped() {
    let started = Instant::now();
    let mut sleeper = Command::new("sh");
    sleeper.args(["-c", "exec sleep 30"]);
    let said = pipe(sleeper, "x", Duration::from_millis(200)).unwrap_err();
    assert_eq!(said, "still running after 200ms, stopped");
    assert!(started.elapsed() < Duration::from_secs(10));
}

#[test]
fn a_big_text_to_a_command_that_never_reads_does_not_block() {
    let text = "x".repeat(MAX_BYTES);
    let mut ignoring = Command::new("sh");
    ignoring.args(["-c", "exec sleep 30"]);
    assert!(pipe(ignoring, &text, Duration::from_millis(200)).is_err());
    assert_eq!(pipe(Command::new("true"), &text, PATIENCE), Ok(()));
}
