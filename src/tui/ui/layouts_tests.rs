//! Each layout at the sizes analysts use, on the bundled briefings: styled
//! snapshots with the list, the detail or the quotes focused and in zen, and
//! the room the titles get.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use super::Symbols;
use super::tests::render_with;
use crate::store::Store;
use crate::tui::action::Action;
use crate::tui::state::{AppState, update};
use crate::tui::testing;
use crate::tui::theme::{ColorDepth, Theme};

fn briefings() -> Store {
    crate::library::open_in_memory(&[
        std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("briefings")
    ])
}

fn state_after(store: &Store, (w, h): (u16, u16), actions: &[Action]) -> AppState {
    let mut state = AppState::new(store, testing::today(), (w, h));
    for &a in actions {
        update(&mut state, store, a);
    }
    state
}

fn screen(store: &Store, state: &AppState) -> Buffer {
    let theme = Theme::default_theme(ColorDepth::TrueColor);
    let terminal = render_with(store, state, &theme, &Symbols::UNICODE);
    terminal.backend().buffer().clone()
}

/// The rows of `area` as text.
fn rows(buf: &Buffer, area: Rect) -> Vec<String> {
    (area.top()..area.bottom())
        .map(|y| {
            (area.left()..area.right())
                .map(|x| buf[(x, y)].symbol())
                .collect()
        })
        .collect()
}

#[test]
fn each_layout_focused_each_way() {
    let store = briefings();
    let theme = Theme::default_theme(ColorDepth::TrueColor);
    let down = Action::MoveDown;
    let ways: [(&str, &[Action]); 4] = [
        ("list", &[down]),
        ("detail", &[down, Action::Open]),
        ("quotes", &[down, Action::ToggleQuotes, Action::FocusPrev]),
        ("zen", &[down, Action::Zen]),
    ];
    for (w, h) in [(80, 24), (100, 30), (120, 40), (200, 50)] {
        for (name, actions) in ways {
            let state = state_after(&store, (w, h), actions);
            let buf = screen(&store, &state);
            let name = format!("layout_{w}x{h}_{name}");
            insta::assert_snapshot!(name, super::styled::styled(&buf, &theme));
        }
    }
}

/// How many characters of `title` a row shows from its start.
fn shown_of(row: &str, title: &str) -> usize {
    let chars: Vec<char> = title.chars().collect();
    (0..=chars.len())
        .rev()
        .find(|&n| row.contains(&chars[..n].iter().collect::<String>()))
        .unwrap_or(0)
}

#[test]
fn titles_get_their_room_and_the_selected_one_shows_whole() {
    let store = briefings();
    for ((w, h), least) in [((80, 24), 40), ((100, 30), 50), ((120, 40), 60)] {
        for focus in [&[][..], &[Action::Open]] {
            let state = state_after(&store, (w, h), focus);
            let buf = screen(&store, &state);
            let areas = state.areas();
            let list = rows(&buf, crate::tui::layout::inner(areas.list.unwrap()));
            for (row, &doc) in list.iter().zip(&state.shown[state.list_offset..]) {
                let title = &store.whole(doc).unwrap().title;
                let shown = shown_of(row, title);
                assert!(shown >= least.min(title.chars().count()), "{w}x{h}: {row}");
            }
            let title = store
                .whole(state.selected_doc().unwrap())
                .unwrap()
                .title
                .as_str();
            let detail = rows(&buf, areas.text().unwrap());
            let words: Vec<&str> = detail.iter().flat_map(|r| r.split_whitespace()).collect();
            let whole = title.trim_end_matches('…');
            assert!(words.join(" ").contains(whole), "{w}x{h}: {title}");
        }
    }
}
