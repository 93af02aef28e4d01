use super::key::{ctrl, key};
use super::*;

#[test]
fn every_reading_key_is_in_the_readme() {
    let readme = include_str!("../../../README.md");
    for binding in BROWSE {
        for key in binding.keys {
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
        map.lookup(Mode::Tags, key('q')),
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
