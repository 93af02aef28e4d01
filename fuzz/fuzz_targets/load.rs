//! Raw bytes as a briefing file: loading, indexing and drawing it must never
//! panic, and nothing from it may reach the screen as a control character.
#![no_main]

use std::path::Path;

use brief::load::{Loaded, parse_bytes};
use brief::store::Store;
use brief::tui::action::Action;
use brief::tui::state::{AppState, update};
use brief::tui::theme::{ColorDepth, Theme};
use brief::tui::ui::{Symbols, View};
use libfuzzer_sys::fuzz_target;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fuzz_target!(|data: &[u8]| {
    let Some(briefing) = parse_bytes(Path::new("fuzz.txt"), "fuzz", data.to_vec()) else { return };
    let store = brief::library::build(Loaded { briefings: vec![briefing], rules: Vec::new(), diagnostics: Vec::new(), skipped: Vec::new(), timings: Default::default() });
    let theme = Theme::default_theme(ColorDepth::Ansi16);
    let size = (20 + (data.len() % 120) as u16, 6 + (data.len() % 40) as u16);
    let mut state = AppState::new(&store, chrono::NaiveDate::MIN, size);
    for action in [Action::Open, Action::Bottom, Action::NextQuote] {
        update(&mut state, &store, action);
    }
    let mut terminal = Terminal::new(TestBackend::new(size.0, size.1)).unwrap();
    let view = View { store: &store, state: &state, theme: &theme, symbols: &Symbols::UNICODE };
    terminal.draw(|f| f.render_widget(&view, f.area())).unwrap();
    for cell in terminal.backend().buffer().content() {
        assert!(!cell.symbol().chars().any(|c| c.is_control() || brief::text::sanitize::is_invisible_format(c)));
    }
});
