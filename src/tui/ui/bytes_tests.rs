//! The bytes a frame costs on a real terminal: ratatui's CrosstermBackend
//! against the LeanBackend brief uses, on the bundled briefings at 120x40.

use ratatui::buffer::Buffer;

use super::Symbols;
use super::tests::render_with;
use crate::store::Store;
use crate::tui::action::Action;
use crate::tui::lean::tests::same_screens;
use crate::tui::state::{AppState, update};
use crate::tui::testing;
use crate::tui::theme::{ColorDepth, Theme};

/// The screens a reader sees at `size` while `actions` run, the first before any.
fn screens(store: &Store, size: (u16, u16), actions: &[Action]) -> Vec<Buffer> {
    let theme = Theme::default_theme(ColorDepth::Ansi16);
    let mut state = AppState::new(store, testing::today(), size);
    let mut screens = Vec::new();
    for step in std::iter::once(None).chain(actions.iter().copied().map(Some)) {
        if let Some(a) = step {
            update(&mut state, store, a);
        }
        let terminal = render_with(store, &state, &theme, &Symbols::UNICODE);
        screens.push(terminal.backend().buffer().clone());
    }
    screens
}

/// Bytes per frame through ratatui's CrosstermBackend and through the
/// LeanBackend brief uses, checked to leave the same screen.
fn bytes_per_frame(store: &Store, size: (u16, u16), actions: &[Action]) -> Vec<(usize, usize)> {
    let frames = same_screens(size, &screens(store, size, actions));
    frames.iter().map(|(p, l)| (p.len(), l.len())).collect()
}

fn briefings() -> Store {
    crate::library::open_in_memory(&[
        std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("briefings")
    ])
}

#[test]
fn moving_through_the_text_writes_only_what_changed() {
    let sizes = bytes_per_frame(
        &briefings(),
        (120, 40),
        &[Action::Open, Action::MoveDown, Action::MoveDown],
    );
    eprintln!("bytes per frame at 120x40 (crossterm, lean): {sizes:?}");
    assert!(sizes[0].1 > 4000, "the first frame draws everything");
    // The text is up to `layout::MEASURE` (100) columns wide.
    assert!(
        sizes[2..].iter().all(|&(_, lean)| lean < 3400),
        "a scroll redraws the text only: {sizes:?}"
    );
}

/// Issue target: at most 2 KB per one-row move at 120x40. Measured: 2.5-2.8 KB,
/// about 2 KB of it the newly selected briefing's text in the detail pane,
/// which no cursor or colour saving can shrink (see BENCHMARKS.md), and the
/// theme's own background, set again after each highlight.
#[test]
fn moving_the_selection_one_row_writes_little() {
    let store = briefings();
    let sizes = bytes_per_frame(
        &store,
        (120, 40),
        &[Action::MoveDown, Action::MoveDown, Action::MoveUp],
    );
    eprintln!("bytes per frame at 120x40 (crossterm, lean): {sizes:?}");
    assert!(
        sizes[1..]
            .iter()
            .all(|&(plain, lean)| lean < 2900 && lean * 10 < plain * 7),
        "{sizes:?}"
    );
    let redraw_nothing =
        bytes_per_frame(&store, (120, 40), &[Action::Zen, Action::Zen, Action::Top]);
    assert!(
        redraw_nothing[3].1 < 100,
        "no change, (almost) nothing written: {redraw_nothing:?}"
    );
}

/// Printable text, cursor-movement and SGR bytes in one frame's output.
#[derive(Debug, Default, Clone, Copy, PartialEq)]
struct Composition {
    text: usize,
    moves: usize,
    sgr: usize,
    other: usize,
}

fn composition(bytes: &[u8]) -> Composition {
    let mut c = Composition::default();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == 0x1b {
            let start = i;
            i += 2;
            while i < bytes.len() && !(0x40..=0x7e).contains(&bytes[i]) {
                i += 1;
            }
            let len = i + 1 - start;
            match bytes.get(i) {
                Some(b'H' | b'A' | b'B' | b'C' | b'D' | b'E' | b'G') => c.moves += len,
                Some(b'm') => c.sgr += len,
                _ => c.other += len,
            }
            i += 1;
        } else {
            c.text += 1;
            i += 1;
        }
    }
    c
}

#[test]
#[ignore]
fn print_composition() {
    let store = briefings();
    for actions in [
        &[Action::MoveDown, Action::MoveDown, Action::MoveUp][..],
        &[Action::Open, Action::MoveDown, Action::MoveDown],
    ] {
        let screens = screens(&store, (120, 40), actions);
        for (plain, lean) in same_screens((120, 40), &screens) {
            eprintln!("{:?}", composition(&plain));
            eprintln!("  {:?}", composition(&lean));
        }
    }
}
