//! What the reader hands to the world outside its screen, seen from a real
//! terminal: OSC 52 bytes on the pty, and a pager that gets the terminal and
//! gives it back.

use std::time::Duration;

use crate::common;
use crate::common::tmux::{Tmux, brief_line, sh_quote};
use base64::Engine;

/// Everything the pane's program writes, as tmux pipes it to `file`.
fn capture(tmux: &Tmux, file: &std::path::Path) {
    let cmd = format!("cat >> {}", sh_quote(&file.to_string_lossy()));
    tmux.tmux(&["pipe-pane", "-t", "t", "-o", &cmd]);
}

fn wait_for_bytes(file: &std::path::Path, needle: &[u8]) -> Vec<u8> {
    common::eventually(Duration::from_secs(10), &format!("{needle:?}"), || {
        let bytes = std::fs::read(file).unwrap_or_default();
        match bytes.windows(needle.len()).any(|w| w == needle) {
            true => Ok(bytes),
            false => Err(String::from_utf8_lossy(&bytes).into_owned()),
        }
    })
}

#[test]
fn y_writes_an_osc_52_sequence_with_the_citation_plain_and_for_tmux() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("pty.bytes");
    let tmux = Tmux::start("osc52", 120, 30);
    tmux.shell(&brief_line(&[&common::sample()]));
    tmux.wait_for_text("Briefings 40/40");
    capture(&tmux, &out);
    let quoted = common::json_lines(&common::stdout_of(
        common::brief()
            .args(["list", "--json", "-q", "has:quote"])
            .arg(common::sample()),
    ));
    tmux.type_text("/has:quote");
    tmux.keys(&["Enter", "]", "y"]);
    tmux.wait_for_text("put the quote and its citation in the tmux buffer");
    let bytes = wait_for_bytes(&out, b"\x1b]52;c;");
    let start = bytes.windows(7).position(|w| w == b"\x1b]52;c;").unwrap() + 7;
    let end = start + bytes[start..].iter().position(|&b| b == 0x07).unwrap();
    let text = base64::engine::general_purpose::STANDARD
        .decode(&bytes[start..end])
        .unwrap();
    let text = String::from_utf8(text).unwrap();
    assert!(text.starts_with('\u{201c}'), "{text}");
    let cited = quoted
        .iter()
        .find(|b| {
            text.ends_with(&format!(
                "{} ({})",
                b["date"].as_str().unwrap(),
                b["id"].as_str().unwrap()
            ))
        })
        .unwrap_or_else(|| panic!("no briefing's date and id end {text}"));
    assert!(text.contains(" \u{2014} "), "{text}");
    // Inside tmux the same sequence also goes out wrapped for passthrough.
    let wrapped = [
        b"\x1bPtmux;\x1b\x1b]52;c;".as_slice(),
        &bytes[start..end],
        b"\x07\x1b\\",
    ]
    .concat();
    assert!(bytes.windows(wrapped.len()).any(|w| w == wrapped));

    tmux.keys(&["Y"]);
    tmux.wait_for_text("put the path in the tmux buffer");
    let path = base64::engine::general_purpose::STANDARD.encode(cited["path"].as_str().unwrap());
    wait_for_bytes(&out, path.as_bytes());
}

#[test]
fn o_hands_the_terminal_to_the_pager_and_takes_it_back() {
    let dir = tempfile::tempdir().unwrap();
    let pager = dir.path().join("pager");
    std::fs::write(
        &pager,
        "#!/bin/sh\nn=$(cat \"$0.runs\" 2>/dev/null || echo 0); n=$((n + 1)); echo $n > \"$0.runs\"\n\
         echo \"PAGER RUN $n GOT $1\"; stty -a | grep -q -- '-icanon' && echo RAW || echo COOKED; read answer\n",
    )
    .unwrap();
    std::process::Command::new("chmod")
        .arg("+x")
        .arg(&pager)
        .status()
        .unwrap();
    let tmux = Tmux::start("pager", 120, 30);
    let line = brief_line(&[&common::sample()]);
    tmux.shell(&format!(
        "PAGER={} {line}; echo status=$?",
        sh_quote(&pager.to_string_lossy())
    ));
    tmux.wait_for_text("Briefings 40/40");
    tmux.keys(&["j", "o"]);
    let screen = tmux.wait_for("the pager's report", |s| {
        s.contains("COOKED") || s.contains("RAW")
    });
    assert!(
        screen.contains("COOKED"),
        "the pager gets a normal terminal: {screen}"
    );
    assert!(
        screen.contains(".txt") || screen.contains(".md"),
        "{screen}"
    );
    tmux.keys(&["Enter"]);
    tmux.wait_for_text("Briefings 40/40");
    assert!(
        !tmux.screen().contains("PAGER RUN"),
        "the reader redrew everything"
    );
    // Ctrl-c belongs to the pager while it runs: it ends the pager, not the reader.
    tmux.keys(&["o"]);
    tmux.wait_for_text("PAGER RUN 2");
    tmux.keys(&["C-c"]);
    tmux.wait_for_text("ended with");
    assert!(tmux.screen().contains("Briefings 40/40"));
    tmux.keys(&["q"]);
    tmux.wait_for_text("status=0");
}

/// Raw bytes into the pane, as a terminal would send them.
fn send_bytes(tmux: &Tmux, bytes: &[u8]) {
    let hex: Vec<String> = bytes.iter().map(|b| format!("{b:02x}")).collect();
    let mut args = vec!["send-keys", "-t", "t", "-H"];
    args.extend(hex.iter().map(String::as_str));
    tmux.tmux(&args);
}

#[test]
fn with_mouse_a_click_selects_a_row_and_mouse_reports_stop_at_exit() {
    let tmux = Tmux::start("mouse", 120, 30);
    let line = brief_line(&[&common::sample()]);
    tmux.shell(&format!("{line} --mouse; echo status=$?"));
    tmux.wait_for_text("Briefings 40/40");
    assert_eq!(
        tmux.display("#{mouse_any_flag}"),
        "1",
        "mouse reports asked for"
    );
    let rows = common::json_lines(&common::stdout_of(
        common::brief()
            .args(["list", "--json"])
            .arg(common::sample()),
    ));
    let third = rows[2]["id"].as_str().unwrap();
    // SGR reports, 1-based: press and release on the list's third row
    // (screen row 5: the filter bar, the border, then rows).
    send_bytes(&tmux, b"\x1b[<0;8;5M\x1b[<0;8;5m");
    tmux.wait_for_text(&format!("╭ {third} "));
    // The wheel over the list moves the selection on.
    send_bytes(&tmux, b"\x1b[<65;8;10M");
    tmux.wait_for_text(&format!("╭ {} ", rows[3]["id"].as_str().unwrap()));
    tmux.keys(&["q"]);
    tmux.wait_for_text("status=0");
    assert_eq!(
        tmux.display("#{mouse_any_flag}"),
        "0",
        "mouse reports off again"
    );
}
