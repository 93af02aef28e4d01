//! The status bar names the keys bound now, not the default ones: a rebound
//! key is named as bound and an unbound one is not named.

use crate::tui::action::Action;
use crate::tui::help;
use crate::tui::keymap::{Keymap, Override};
use crate::tui::state::{AppState, Start};
use crate::tui::testing;
use crate::tui::theme::{ColorDepth, Theme};
use crate::tui::ui::Symbols;
use crate::tui::ui::tests::render_with;

fn status_bar(keymap: &Keymap) -> String {
    let store = testing::store();
    let start = Start {
        help_rows: help::rows(keymap, &Symbols::UNICODE),
        ..Start::defaults(testing::today())
    };
    let state = AppState::start(&store, start, (120, 30));
    let theme = Theme::default_theme(ColorDepth::Ansi16);
    let terminal = render_with(&store, &state, &theme, &Symbols::UNICODE);
    let buf = terminal.backend().buffer();
    let y = buf.area.height - 1;
    (0..buf.area.width).map(|x| buf[(x, y)].symbol()).collect()
}

#[test]
fn the_status_bar_names_the_keys_bound() {
    let bar = status_bar(&Keymap::default());
    assert!(bar.contains("1 problem (! lists them)"), "{bar}");
    assert!(
        bar.contains("? help  / search  t tags  s sort  q quit"),
        "{bar}"
    );
    let o = |action, keys: &[&str]| Override {
        action,
        keys: keys.iter().map(|k| k.parse().unwrap()).collect(),
    };
    let keymap = Keymap::with_overrides(&[
        o(Action::Help, &["H"]),
        o(Action::CycleSort, &[]),
        o(Action::Problems, &["P"]),
    ])
    .unwrap();
    let bar = status_bar(&keymap);
    assert!(bar.contains("1 problem (P lists them)"), "{bar}");
    assert!(bar.contains("H help  / search  t tags  q quit"), "{bar}");
    let keymap = Keymap::with_overrides(&[o(Action::Problems, &[])]).unwrap();
    let bar = status_bar(&keymap);
    assert!(bar.contains("1 problem  "), "{bar}");
    assert!(!bar.contains("lists them"), "no key to name: {bar}");
}
