//! Rendering tests: snapshots of whole screens at the sizes analysts use,
//! style checks for highlights, a size sweep, and the escapes a real backend emits.

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;

use super::{Symbols, View};
use crate::store::Store;
use crate::tui::action::Action;
use crate::tui::state::{AppState, update};
use crate::tui::testing;
use crate::tui::theme::{ColorDepth, Role, Theme};

pub(super) fn state_after(store: &Store, (w, h): (u16, u16), actions: &[Action]) -> AppState {
    let mut state = AppState::new(store, testing::today(), (w, h));
    for &a in actions {
        update(&mut state, store, a);
    }
    state
}

pub(super) fn render_with(
    store: &Store,
    state: &AppState,
    theme: &Theme,
    symbols: &Symbols,
) -> Terminal<TestBackend> {
    let mut terminal = Terminal::new(TestBackend::new(state.width, state.height)).unwrap();
    let view = View {
        store,
        state,
        theme,
        symbols,
    };
    terminal.draw(|f| f.render_widget(&view, f.area())).unwrap();
    terminal
}

pub(super) fn screen(size: (u16, u16), actions: &[Action]) -> String {
    let store = testing::store();
    let state = state_after(&store, size, actions);
    let theme = Theme::default_theme(ColorDepth::TrueColor);
    let terminal = render_with(&store, &state, &theme, &Symbols::UNICODE);
    super::styled::styled(terminal.backend().buffer(), &theme)
}

pub(super) fn typed(text: &str) -> Vec<Action> {
    text.chars().map(Action::Insert).collect()
}

#[test]
fn double_pane_at_80x24() {
    insta::assert_snapshot!(screen((80, 24), &[]));
}

#[test]
fn double_pane_at_120x40_with_quotes_toggled() {
    insta::assert_snapshot!(screen((120, 40), &[Action::MoveDown, Action::ToggleQuotes]));
}

#[test]
fn triple_pane_at_200x50() {
    insta::assert_snapshot!(screen((200, 50), &[Action::MoveDown]));
}

#[test]
fn single_pane_list_and_detail_at_50x20() {
    insta::assert_snapshot!("single_list", screen((50, 20), &[]));
    insta::assert_snapshot!("single_detail", screen((50, 20), &[Action::Open]));
}

#[test]
fn help_overlay() {
    insta::assert_snapshot!("help_80x24", screen((80, 24), &[Action::Help]));
    let mut searched = vec![Action::Help];
    searched.extend(typed("quote"));
    insta::assert_snapshot!("help_search_120x40", screen((120, 40), &searched));
    let mut terms = vec![Action::Help];
    terms.extend(typed("since"));
    insta::assert_snapshot!("help_query_terms_80x24", screen((80, 24), &terms));
}

#[test]
fn problems_overlay() {
    insta::assert_snapshot!(screen((100, 24), &[Action::Problems]));
    insta::assert_snapshot!(
        "problems_wrapped_60x20",
        screen((60, 20), &[Action::Problems])
    );
}

#[test]
fn zen_mode() {
    insta::assert_snapshot!(screen((120, 40), &[Action::MoveDown, Action::Zen]));
}

#[test]
fn filtered_view_while_typing() {
    let mut actions = vec![Action::Search];
    actions.extend(typed("gas"));
    insta::assert_snapshot!(screen((120, 40), &actions));
}

#[test]
fn empty_result() {
    let mut actions = vec![Action::EditQuery];
    actions.extend(typed("tag:none-such"));
    actions.push(Action::Submit);
    insta::assert_snapshot!(screen((80, 24), &actions));
}

#[test]
fn tag_picker() {
    insta::assert_snapshot!(screen(
        (80, 24),
        &[Action::TagPicker, Action::ToggleTag, Action::MoveDown]
    ));
}

#[test]
fn too_small() {
    insta::assert_snapshot!(screen((19, 5), &[]));
}

#[test]
fn ascii_symbols() {
    let store = testing::store();
    let state = state_after(&store, (80, 24), &[]);
    let theme = Theme::default_theme(ColorDepth::Ansi16);
    let text = render_with(&store, &state, &theme, &Symbols::ASCII)
        .backend()
        .to_string();
    assert!(
        text.is_ascii() || !text.contains(['╭', '─', '│', '…', '▲']),
        "{text}"
    );
    assert!(text.contains("+-"));
}

/// Where `needle` first shows from row `top` down.
fn find_below(buf: &Buffer, top: u16, needle: &str) -> (u16, u16) {
    for y in top..buf.area.height {
        let row: String = (0..buf.area.width)
            .map(|x| buf[(x, y)].symbol().to_string())
            .collect();
        if let Some(i) = row.find(needle) {
            return (row[..i].chars().count() as u16, y);
        }
    }
    panic!("`{needle}` not on screen");
}

#[test]
fn quotes_and_matches_are_styled_by_role() {
    let store = testing::store();
    let mut actions = vec![Action::Search];
    actions.extend(typed("geneva"));
    actions.push(Action::Submit);
    let state = state_after(&store, (120, 40), &actions);
    let theme = Theme::default_theme(ColorDepth::TrueColor);
    let terminal = render_with(&store, &state, &theme, &Symbols::UNICODE);
    let buf = terminal.backend().buffer();
    let quote = theme.style(Role::Quote);
    let find = |needle| find_below(buf, state.areas().detail.unwrap().y, needle);
    let (x, y) = find("We will defend");
    assert_eq!(
        buf[(x, y)].fg,
        quote.fg.unwrap_or(ratatui::style::Color::Reset)
    );
    assert_eq!(buf[(x, y)].modifier, quote.add_modifier);
    let matched = theme.style(Role::Match);
    let (x, y) = find("Geneva to discuss");
    assert_eq!(
        buf[(x, y)].bg,
        matched.bg.unwrap_or(ratatui::style::Color::Reset)
    );
    assert_eq!(
        buf[(x, y)].fg,
        matched.fg.unwrap_or(ratatui::style::Color::Reset)
    );
    let (x, y) = find(" to discuss");
    assert_ne!(
        buf[(x + 1, y)].bg,
        matched.bg.unwrap_or(ratatui::style::Color::Reset),
        "only the match"
    );
}

#[test]
fn every_small_size_renders_without_panic() {
    let store = testing::store();
    let theme = Theme::default_theme(ColorDepth::Ansi16);
    let scenarios: [&[Action]; 6] = [
        &[],
        &[Action::Timeline],
        &[Action::Help],
        &[Action::TagPicker],
        &[Action::Zen],
        &[Action::Open, Action::ToggleQuotes],
    ];
    let small = (0..=40).flat_map(|w| (0..=15).map(move |h| (w, h)));
    // Either side of each layout's threshold.
    let edges = [55, 59, 60, 61, 80, 159, 160, 199, 200]
        .into_iter()
        .flat_map(|w| [6, 10, 15, 16, 17, 24].map(move |h| (w, h)));
    for actions in scenarios {
        for size in small.clone().chain(edges.clone()) {
            let state = state_after(&store, size, actions);
            render_with(&store, &state, &theme, &Symbols::UNICODE);
        }
    }
}

#[derive(Clone, Default)]
struct SharedBytes(std::rc::Rc<std::cell::RefCell<Vec<u8>>>);

impl std::io::Write for SharedBytes {
    fn write(&mut self, data: &[u8]) -> std::io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(data);
        Ok(data.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Checks that `bytes` hold only text and CSI sequences that ratatui itself
/// wrote: no OSC (titles, clipboard, links), no BEL, no C1, no bidi controls.
fn assert_only_our_escapes(bytes: &[u8]) {
    let mut text = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            0x1b => {
                assert_eq!(bytes.get(i + 1), Some(&b'['), "non-CSI escape at byte {i}");
                i += 2;
                while i < bytes.len() && !(0x40..=0x7e).contains(&bytes[i]) {
                    assert!(
                        (0x20..0x40).contains(&bytes[i]),
                        "bad CSI byte {:#x} at {i}",
                        bytes[i]
                    );
                    i += 1;
                }
                i += 1;
            }
            b if b < 0x20 || b == 0x7f => panic!("control byte {b:#x} at {i}"),
            b => {
                text.push(b);
                i += 1;
            }
        }
    }
    let text = String::from_utf8(text).expect("UTF-8 text between escapes");
    let bad = text
        .chars()
        .find(|&c| c.is_control() || crate::text::sanitize::is_invisible_format(c));
    assert_eq!(bad, None);
}

#[test]
fn hostile_text_reaches_a_real_backend_only_as_placeholders() {
    use crate::tui::lean::LeanBackend;
    use ratatui::layout::Rect;
    use ratatui::{TerminalOptions, Viewport};

    let hostile = [
        (
            "title",
            "date 2022-01-01 Set title \u{1b}]0;PWNED\u{7} and \u{1b}]2;PWNED\u{1b}\\ now.\n\n\u{1b}[2J\u{1b}[H cleared?",
        ),
        (
            "clip",
            "date 2022-01-02 Clipboard \u{1b}]52;c;cHduZWQ=\u{7} and link \u{1b}]8;;https://evil.example\u{7}click\u{1b}]8;;\u{7}.",
        ),
        (
            "c1",
            "date 2022-01-03 C1 csi \u{9b}31m red \u{9d}0;x\u{9c} bell \u{7} del \u{7f} nul-free.",
        ),
        (
            "bidi",
            "date 2022-01-04 \u{202E}gnp.exe\u{202C} \u{2066}isolate\u{2069} zero\u{200B}width \u{feff}bom.",
        ),
        (
            "quote",
            "date 2022-01-05 He said “\u{1b}[31mred alert now\u{1b}[0m,” the officer told us.",
        ),
    ];
    let briefings = hostile
        .iter()
        .map(|(id, t)| crate::load::parse_text(std::path::Path::new(id), id, t))
        .collect();
    let store = crate::library::build(crate::load::Loaded::of(briefings, Vec::new()));
    let theme = Theme::default_theme(ColorDepth::TrueColor);
    for size in [(200, 50), (80, 24), (40, 10)] {
        for doc in 0..store.len() {
            let mut state = AppState::new(&store, testing::today(), size);
            for _ in 0..doc {
                update(&mut state, &store, Action::MoveDown);
            }
            for extra in [None, Some(Action::Zen), Some(Action::Open)] {
                if let Some(a) = extra {
                    update(&mut state, &store, a);
                }
                let viewport = Viewport::Fixed(Rect::new(0, 0, size.0, size.1));
                let bytes = SharedBytes::default();
                let backend = LeanBackend::with_size(bytes.clone(), size.into());
                let mut terminal =
                    Terminal::with_options(backend, TerminalOptions { viewport }).unwrap();
                let view = View {
                    store: &store,
                    state: &state,
                    theme: &theme,
                    symbols: &Symbols::UNICODE,
                };
                terminal.draw(|f| f.render_widget(&view, f.area())).unwrap();
                drop(terminal);
                assert_only_our_escapes(&bytes.0.borrow());
            }
        }
    }
}
