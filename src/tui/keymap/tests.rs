//! Tests of the keymap: lookups per mode, overrides from the configuration, and names.

use super::key::{ctrl, key};
use super::*;

#[test]
fn every_reading_key_is_in_the_readme() {
    let readme = include_str!("../../../README.md");
    for binding in Keymap::default().table(Mode::Browse) {
        for key in &binding.keys {
            let label = format!("`{}`", key.label());
            assert!(
                readme.contains(&label),
                "README keys table lacks {label} ({})",
                binding.desc
            );
        }
    }
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
