//! Tests of the keymap: lookups per mode, overrides from the configuration, and names.

use super::key::{ctrl, key};
use super::*;

/// The README's keys table: each row's keys (the labels in backticks) and
/// what it says they do.
fn readme_keys() -> Vec<(Vec<String>, String)> {
    let readme = include_str!("../../../README.md");
    let section = readme.split("\n### Keys\n").nth(1).expect("a Keys section");
    let table = section.split("\n\n").find(|p| p.starts_with("| key |"));
    let rows = table.expect("a keys table").lines().skip(2);
    rows.map(|row| {
        let (keys, action) = row.trim_matches('|').split_once(" | ").expect("two cells");
        let labels = keys.split('`').skip(1).step_by(2).map(String::from);
        (labels.collect(), action.trim().to_string())
    })
    .collect()
}

#[test]
fn the_readme_keys_table_is_the_reading_keymap() {
    use crate::tui::help::{Row, rows};
    use crate::tui::symbols::Symbols;
    let help = rows(&Keymap::default(), &Symbols::UNICODE);
    let reading = help
        .iter()
        .skip_while(|r| **r != Row::Section("Reading"))
        .skip(1)
        .map_while(|r| match r {
            Row::Key { keys, desc, .. } => Some((keys.split(' ').map(String::from), *desc)),
            _ => None,
        });
    let readme = readme_keys();
    let mut rows = readme.iter();
    for (keys, desc) in reading {
        let keys: Vec<String> = keys.collect();
        let row = rows.next();
        assert!(
            row.is_some_and(|(k, action)| *k == keys && action.starts_with(desc)),
            "the README's keys table should go on with {keys:?}: \"{desc}…\", not {row:?}"
        );
    }
    assert_eq!(rows.next(), None, "a row for no key of the keymap");
}

#[test]
fn keys_from_events() {
    use ratatui::crossterm::event::{KeyEvent, KeyModifiers as M};
    let ev = |code, mods| Key::from_event(KeyEvent::new(code, mods));
    let map = Keymap::default();
    assert_eq!(ev(KeyCode::Char('G'), M::SHIFT), Some(key('G')));
    assert_eq!(ev(KeyCode::Char('d'), M::CONTROL), Some(ctrl('d')));
    assert_eq!(ev(KeyCode::Char('x'), M::ALT), None, "no Alt chords");
    assert_eq!(map.lookup(Mode::Browse, key('q')), Some(Action::Quit));
    assert_eq!(map.lookup(Mode::Browse, ctrl('c')), Some(Action::Quit));
    assert_eq!(
        map.lookup_editing(Mode::Edit, key('q')),
        Some(Action::Insert('q'))
    );
    assert_eq!(
        map.lookup_editing(Mode::Edit, ctrl('c')),
        Some(Action::Quit)
    );
    assert_eq!(map.lookup_editing(Mode::Edit, ctrl('x')), None);
}

#[test]
fn no_key_is_bound_twice_in_one_table() {
    let map = Keymap::default();
    for mode in Mode::ALL {
        let keys: Vec<Key> = map
            .table(mode)
            .iter()
            .flat_map(|b| b.keys.clone())
            .collect();
        for (i, k) in keys.iter().enumerate() {
            assert!(!keys[i + 1..].contains(k), "{} bound twice", k.label());
        }
    }
}

#[test]
fn every_reading_action_has_a_name_and_every_label_parses_back() {
    for binding in Keymap::default().table(Mode::Browse) {
        let name = names::name(binding.action).expect("a name for the config file");
        assert_eq!(names::action(name), Some(binding.action));
    }
    for mode in Mode::ALL {
        for b in Keymap::default().table(mode) {
            for k in &b.keys {
                let label = k.config_label();
                assert_eq!(label.parse::<Key>(), Ok(*k), "{label}");
            }
        }
    }
    assert!("Ctrl-".parse::<Key>().is_err());
    assert!("jj".parse::<Key>().is_err());
    assert_eq!("ctrl-D".parse::<Key>(), Ok(ctrl('d')));
    assert_eq!("F5".parse::<Key>().map(|k| k.code), Ok(KeyCode::F(5)));
}

#[test]
fn overrides_replace_reading_keys_and_refuse_clashes() {
    let o = |action, keys: &[&str]| Override {
        action,
        keys: keys.iter().map(|k| k.parse().unwrap()).collect(),
    };
    let map = Keymap::with_overrides(&[o(Action::Quit, &["x"])]).unwrap();
    assert_eq!(map.lookup(Mode::Browse, key('x')), Some(Action::Quit));
    assert_eq!(map.lookup(Mode::Browse, key('q')), None);
    assert_eq!(
        map.lookup(Mode::Problems, key('q')),
        Some(Action::Quit),
        "other modes keep theirs"
    );
    let err = Keymap::with_overrides(&[o(Action::Quit, &["q"]), o(Action::Zen, &["j"])]);
    let (i, msg) = err.unwrap_err();
    assert_eq!(i, 1);
    assert!(msg.contains("move_down") && msg.contains("zen"), "{msg}");
    let swapped = Keymap::with_overrides(&[o(Action::MoveDown, &["k"]), o(Action::MoveUp, &["j"])]);
    assert!(swapped.is_ok(), "a swap is no clash");
}

/// The diagnostics `[keys]` gets, as `line:col: message`.
fn key_errors(text: &str) -> Vec<String> {
    let path = std::path::Path::new("c.toml");
    let (config, diags) = crate::config::parse(path, text);
    assert!(diags.is_empty(), "{diags:?}");
    Keymap::from_config(&config.keys, path)
        .expect_err("should be refused")
        .iter()
        .map(|d| format!("{}:{}: {}", d.line, d.col, d.message))
        .collect()
}

#[test]
fn the_configuration_keys_are_read_and_each_mistake_placed() {
    let path = std::path::Path::new("c.toml");
    let (config, _) = crate::config::parse(path, "[keys]\nquit = \"x\"\nview_3 = \"F3\"");
    let map = Keymap::from_config(&config.keys, path).unwrap();
    assert_eq!(map.lookup(Mode::Browse, key('x')), Some(Action::Quit));
    assert_eq!(
        map.lookup(Mode::Browse, "F3".parse().unwrap()),
        Some(Action::View(3))
    );
    assert_eq!(
        key_errors("[keys]\nfly = \"f\""),
        ["2:1: unknown action `fly` (`brief config --print-default` lists them)"]
    );
    let bad_key = key_errors("[keys]\nquit = [\"q\", \"Hyper-q\"]");
    assert_eq!(bad_key.len(), 1);
    assert!(
        bad_key[0].starts_with("2:14: `Hyper-q` is not a key"),
        "{bad_key:?}"
    );
    let clash = key_errors("[keys]\nzen = \"j\"");
    assert!(
        clash[0].starts_with("2:1: `j` would be bound to move_down and zen"),
        "{clash:?}"
    );
    assert_eq!(
        key_errors("[keys]\nfly = \"f\"\nquit = \"Hyper-q\"").len(),
        2,
        "every mistake, not just the first"
    );
}

#[test]
fn in_the_lists_narrowed_as_you_type_letters_are_typed_and_arrows_move() {
    let keymap = Keymap::default();
    for mode in [Mode::Tags, Mode::Speakers] {
        for c in ['j', 'k', 'g', 'G', 'q', 'S', 't', ' '] {
            let typed = keymap.lookup_editing(mode, key(c));
            let expected = if mode == Mode::Tags && c == ' ' {
                Action::ToggleTag
            } else {
                Action::Insert(c)
            };
            assert_eq!(typed, Some(expected), "{c:?} in {mode:?}");
        }
        let down = keymap.lookup_editing(mode, super::key::special(KeyCode::Down));
        assert_eq!(down, Some(Action::MoveDown));
        assert_eq!(
            keymap.lookup_editing(mode, ctrl('u')),
            Some(Action::ClearLine)
        );
    }
}
