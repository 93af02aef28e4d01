//! Broken theme files: every mistake reported at its `path:line:col`.

use std::collections::HashMap;

use super::tests::{load_text, theme_file};
use super::*;

/// Each mistake in the theme `text`, as `:line:col: message`.
fn error_messages(text: &str) -> Vec<String> {
    let file = theme_file(text);
    let path = file.path().to_str().unwrap().to_string();
    let err = Theme::load(&path, ColorDepth::TrueColor).unwrap_err();
    let ThemeError::Invalid(diags) = &err else {
        panic!("{err:?}");
    };
    assert_eq!(err.to_string().lines().count(), diags.len(), "{err}");
    diags
        .iter()
        .map(|d| {
            let shown = d.to_string();
            let rest = shown.strip_prefix(&path).unwrap();
            rest.replacen(": error: ", ": ", 1)
        })
        .collect()
}

#[test]
fn unknown_names_and_missing_files() {
    let err = Theme::load("solarized", ColorDepth::TrueColor).unwrap_err();
    assert!(matches!(err, ThemeError::Unknown(_)));
    assert!(err.to_string().contains("`solarized`"), "{err}");
    let err = Theme::load("no/such/theme.toml", ColorDepth::Mono).unwrap_err();
    assert!(matches!(err, ThemeError::Io { .. }));
    assert!(err.to_string().starts_with("no/such/theme.toml: "), "{err}");
}

#[test]
fn errors_name_the_position() {
    let cases: HashMap<&str, &str> = HashMap::from([
        (
            "[roles]\ntext = { fg = \"red\" }\nquote = { fg = \"pinkish\" }\n",
            ":3:16: unknown colour `pinkish` for role `quote`",
        ),
        (
            "[roles]\n  quotes = { fg = \"red\" }\n",
            ":2:3: unknown role `quotes`",
        ),
        (
            "[roles]\nmatch = { modifiers = [\"bold\", \"blink\"] }\n",
            ":2:32: unknown modifier `blink` for role `match`",
        ),
        (
            "[roles]\ntext = { fgg = \"red\" }\n",
            ":2:10: unknown key `fgg` for role `text`",
        ),
        ("name = \"x\"\ncolour = 1\n", ":2:1: unknown key `colour`"),
        (
            "[roles]\ntext = \"red\"\n",
            ":2:8: role `text` must be a table",
        ),
        (
            "[roles]\ntext = { fg = 3 }\n",
            ":2:15: colour for role `text` must be a string",
        ),
        (
            "[roles]\ntext = { fg = \"#12345\" }\n",
            ":2:15: unknown colour `#12345`",
        ),
        (
            "[roles]\ntext = { fg = \"12\" }\n",
            ":2:15: unknown colour `12`",
        ),
        ("[roles]\ntext = { fg = \"red\" \n", ":2:"),
    ]);
    for (text, expected) in cases {
        let msgs = error_messages(text);
        assert!(
            msgs.len() == 1 && msgs[0].starts_with(expected),
            "{text:?}: got {msgs:?}, want {expected:?}"
        );
    }
}

#[test]
fn every_mistake_is_reported_not_only_the_first() {
    let text = concat!(
        "name = 4\n",
        "[roles]\n",
        "quote = { fg = \"pinkish\", bg = \"#102030\" }\n",
        "text = { fgg = \"red\", modifiers = [\"bold\", 3, \"blink\"] }\n",
        "quotes = { fg = \"red\" }\n",
    );
    let msgs = error_messages(text);
    let expected = [
        ":1:8: `name` must be a string, not integer",
        ":3:16: unknown colour `pinkish` for role `quote`",
        ":4:10: unknown key `fgg` for role `text`",
        ":4:44: a modifier of role `text` must be a string, not integer",
        ":4:47: unknown modifier `blink` for role `text`",
        ":5:1: unknown role `quotes`",
    ];
    assert_eq!(msgs.len(), expected.len(), "{msgs:#?}");
    for (msg, want) in msgs.iter().zip(expected) {
        assert!(msg.starts_with(want), "got {msg:?}, want {want:?}");
    }
}

#[test]
fn mono_depth_still_reports_broken_files() {
    let err = load_text("[roles]\nquote = { fg = \"pinkish\" }\n", ColorDepth::Mono).unwrap_err();
    assert!(
        err.to_string().contains(":2:16: error: unknown colour"),
        "{err}"
    );
}
