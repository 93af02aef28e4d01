//! Live reload in a real terminal: files added, changed, broken and removed
//! while the reader is open show up within a second, and the reader keeps
//! its filter and selection.

use std::time::Duration;

use crate::common;
use crate::common::tmux::{Tmux, brief_line};
use crate::common::write;

/// Waits for `text` on the screen. The reader shows a change within about a
/// second; the deadline leaves room for a loaded machine.
fn shown(tmux: &Tmux, text: &str) -> String {
    common::eventually(Duration::from_secs(5), text, || {
        let screen = tmux.screen();
        if screen.contains(text) {
            Ok(screen)
        } else {
            Err(screen)
        }
    })
}

#[test]
fn added_changed_broken_and_removed_files_show_while_reading() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(
        d,
        "2022/a.txt",
        "date 2022-03-01 Alpha on the grain corridor.",
    );
    write(d, "2022/b.txt", "date 2022-03-02 Bravo on grain prices.");
    write(
        d,
        "c.md",
        "+++\ntitle = \"Charlie on gas\"\ndate = 2022-03-03\n+++\nCharlie text.",
    );
    let tmux = Tmux::start("live", 120, 30);
    tmux.shell(&brief_line(&[d]));
    tmux.wait_for_text("Briefings 3/3");
    // A filter and a selection that must survive every reload.
    tmux.type_text("/grain");
    tmux.keys(&["Enter", "j"]);
    tmux.wait_for_text("Briefings 2/3");
    assert!(
        tmux.screen().contains("╭ 2022/a "),
        "Alpha selected: {}",
        tmux.screen()
    );

    write(d, "2022/d.txt", "date 2022-03-04 Delta on grain exports.");
    write(d, "e.txt", "date 2022-03-05 Echo on grain silos.");
    write(d, "f.txt", "date 2022-03-06 Foxtrot, nothing about it.");
    let screen = shown(&tmux, "3 new");
    assert!(screen.contains("Briefings 4/6"), "{screen}");
    assert!(screen.contains("╭ 2022/a "), "still on Alpha: {screen}");

    write(
        d,
        "c.md",
        "+++\ntitle = \"Charlie on gas\ndate = \n+++\nCharlie text.",
    );
    shown(&tmux, "1 invalid (last good version kept)");

    std::fs::remove_file(d.join("2022/b.txt")).unwrap();
    let screen = shown(&tmux, "1 removed");
    assert!(screen.contains("Briefings 3/5"), "{screen}");
    assert!(screen.contains("╭ 2022/a "), "{screen}");
    tmux.type_text("q");
}

#[test]
fn a_link_out_of_the_folder_made_while_reading_is_not_followed() {
    let dir = tempfile::tempdir().unwrap();
    let own = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(d, "a.txt", "date 2022-03-01 Alpha on the grain corridor.");
    write(
        own.path(),
        "secret.txt",
        "date 2022-03-02 Hunter2 private notes.",
    );
    let tmux = Tmux::start("live-link", 120, 30);
    tmux.shell(&brief_line(&[d]));
    tmux.wait_for_text("Briefings 1/1");
    std::os::unix::fs::symlink(own.path().join("secret.txt"), d.join("x.txt")).unwrap();
    write(d, "b.txt", "date 2022-03-03 Bravo on grain prices.");
    let screen = shown(&tmux, "1 new");
    assert!(screen.contains("Briefings 2/2"), "{screen}");
    assert!(!screen.contains("Hunter2"), "{screen}");
    tmux.type_text("!");
    let problems = shown(&tmux, "outside the folders given");
    assert!(problems.contains("x.txt"), "{problems}");
    tmux.keys(&["Escape"]);
    tmux.type_text("q");
}
