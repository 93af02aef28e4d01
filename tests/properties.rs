//! Property tests: arbitrary bytes into the loader, arbitrary text into the
//! query parser, arbitrary text at arbitrary sizes into the renderer. Never a
//! panic, never a control character on screen, never a row too wide.

use std::path::Path;

use brief::load::{Loaded, parse_bytes};
use brief::store::Store;
use brief::text::sanitize::is_invisible_format;
use brief::text::wrap::{grapheme_width, str_width, wrap};
use brief::tui::action::Action;
use brief::tui::state::{AppState, update};
use brief::tui::theme::{ColorDepth, Theme};
use brief::tui::ui::spans::truncate;
use brief::tui::ui::{Symbols, View};
use chrono::NaiveDate;
use proptest::prelude::*;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use unicode_segmentation::UnicodeSegmentation;

fn hostile_char() -> impl Strategy<Value = char> {
    prop_oneof![
        4 => proptest::char::range('a', 'z'),
        2 => Just(' '),
        1 => Just('\n'),
        1 => prop::sample::select(vec!['"', '“', '”', '«', '»', '\'', '’', '.', ',', '-', '+', '=', '[', ']', '#', ':']),
        1 => prop::sample::select(vec!['\u{1b}', '\u{7}', '\u{0}', '\t', '\r', '\u{7f}', '\u{9b}', '\u{85}']),
        1 => prop::sample::select(vec!['\u{202e}', '\u{2066}', '\u{200b}', '\u{feff}', '\u{200d}', '\u{301}']),
        1 => prop::sample::select(vec!['日', '本', 'К', 'и', 'ї', 'в', '👩', '🏽', 'é', '\u{fffd}']),
    ]
}

fn hostile_text(max: usize) -> impl Strategy<Value = String> {
    proptest::collection::vec(hostile_char(), 0..max).prop_map(|cs| cs.into_iter().collect())
}

fn hostile_file() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        proptest::collection::vec(any::<u8>(), 0..400),
        hostile_text(400).prop_map(|t| format!("date 2022-01-10 {t}").into_bytes()),
        (hostile_text(120), hostile_text(300))
            .prop_map(
                |(fm, body)| format!("+++\ntitle = \"{fm}\"\n{fm}\n+++\n{body}").into_bytes()
            ),
    ]
}

fn store_of(files: Vec<Vec<u8>>) -> Store {
    let briefings = files
        .into_iter()
        .enumerate()
        .filter_map(|(i, bytes)| {
            parse_bytes(Path::new(&format!("f{i}.txt")), &format!("f{i}"), bytes)
        })
        .collect();
    brief::library::build(Loaded::of(briefings, Vec::new()))
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2022, 2, 25).unwrap()
}

/// Renders and returns every row of the screen.
fn screen(store: &Store, state: &AppState) -> Vec<String> {
    let theme = Theme::default_theme(ColorDepth::Ansi16);
    let mut terminal = Terminal::new(TestBackend::new(state.width, state.height)).unwrap();
    let view = View {
        store,
        state,
        theme: &theme,
        symbols: &Symbols::UNICODE,
    };
    terminal.draw(|f| f.render_widget(&view, f.area())).unwrap();
    let buf = terminal.backend().buffer();
    (0..buf.area.height)
        .map(|y| {
            (0..buf.area.width)
                .map(|x| buf[(x, y)].symbol().to_string())
                .collect()
        })
        .collect()
}

fn assert_printable(rows: &[String]) {
    for row in rows {
        let bad = row
            .chars()
            .find(|&c| c.is_control() || is_invisible_format(c));
        assert_eq!(bad, None, "row {row:?}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn any_bytes_load_and_render_without_control_characters(
        files in proptest::collection::vec(hostile_file(), 1..4),
        w in 20u16..140,
        h in 6u16..50,
    ) {
        let store = store_of(files);
        let mut state = AppState::new(&store, today(), (w, h));
        assert_printable(&screen(&store, &state));
        for action in [Action::Open, Action::Bottom, Action::Zen, Action::Zen, Action::TagPicker] {
            update(&mut state, &store, action);
        }
        assert_printable(&screen(&store, &state));
    }

    #[test]
    fn any_query_parses_or_fails_cleanly(text in hostile_text(60)) {
        let store = store_of(vec![b"date 2022-01-10 Gas transit talks \xe2\x80\x9cwe will talk again\xe2\x80\x9d, he said.".to_vec()]);
        match brief::query::parse(&text) {
            Ok(q) => {
                brief::query::evaluate(&store, &q, today());
            }
            Err(e) => {
                prop_assert!(e.span.end <= text.len());
                prop_assert!(text.is_char_boundary(e.span.start) && text.is_char_boundary(e.span.end));
                let _ = e.pointed(&text);
            }
        }
    }

    #[test]
    fn wrapping_fits_the_width_and_keeps_every_grapheme(text in hostile_text(300), width in 1usize..300) {
        let lines = wrap(&text, width);
        let boundaries: Vec<usize> = text.grapheme_indices(true).map(|(i, _)| i).chain([text.len()]).collect();
        for r in &lines {
            prop_assert!(boundaries.contains(&r.start) && boundaries.contains(&r.end), "a grapheme split at {r:?}");
            let line = &text[r.clone()];
            // Only a lone grapheme wider than the whole line may exceed it.
            let visible = line.graphemes(true).filter(|g| grapheme_width(g) > 0).count();
            prop_assert!(str_width(line) <= width || visible == 1, "{line:?} wider than {width}");
        }
        let kept: String = lines.iter().map(|r| &text[r.clone()]).collect::<Vec<_>>().join(" ");
        let squash = |s: &str| s.split_whitespace().collect::<String>();
        prop_assert_eq!(squash(&kept), squash(&text));
    }

    #[test]
    fn truncation_fits_and_never_splits_a_grapheme(text in hostile_text(200), width in 0usize..120) {
        let cut = truncate(&text, width, "…");
        prop_assert!(str_width(&cut) <= width.max(1));
        prop_assert!(!cut.chars().any(|c| c.is_control() || is_invisible_format(c)));
    }

    #[test]
    fn any_text_at_any_size_up_to_300x100_renders(text in hostile_text(500), w in 0u16..300, h in 0u16..100) {
        let store = store_of(vec![format!("date 2022-01-10 {text}").into_bytes()]);
        let mut state = AppState::new(&store, today(), (w, h));
        update(&mut state, &store, Action::Open);
        assert_printable(&screen(&store, &state));
    }
}
