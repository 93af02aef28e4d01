//! Themes: built-ins, files by path, colour names and colour depths.

use std::io::Write;

use ratatui::style::{Color, Modifier, Style};

use super::*;

const DEPTHS: [ColorDepth; 4] = [
    ColorDepth::TrueColor,
    ColorDepth::Ansi256,
    ColorDepth::Ansi16,
    ColorDepth::Mono,
];

pub(super) fn theme_file(text: &str) -> tempfile::NamedTempFile {
    let mut file = tempfile::Builder::new().suffix(".toml").tempfile().unwrap();
    file.write_all(text.as_bytes()).unwrap();
    file
}

pub(super) fn load_text(text: &str, depth: ColorDepth) -> Result<Theme, ThemeError> {
    let file = theme_file(text);
    Theme::load(file.path().to_str().unwrap(), depth)
}

pub(super) fn colours(style: Style) -> [Option<Color>; 3] {
    [style.fg, style.bg, style.underline_color]
}

fn assert_pairwise_distinct(theme: &Theme, roles: &[Role]) {
    for (i, a) in roles.iter().enumerate() {
        for b in &roles[i + 1..] {
            assert_ne!(
                theme.style(*a),
                theme.style(*b),
                "{}: {} vs {}",
                theme.name(),
                a.name(),
                b.name()
            );
        }
    }
}

#[test]
fn role_names_round_trip() {
    for role in Role::ALL {
        assert_eq!(Role::from_name(role.name()), Some(role));
    }
    assert_eq!(Role::from_name("Text"), None);
    assert_eq!(Role::BorderFocused.name(), "border_focused");
}

#[test]
fn every_builtin_parses_at_every_depth_and_sets_every_role() {
    for name in Theme::builtin_names() {
        let file = parse::parse(&builtin_path(name), builtin_text(name).unwrap()).unwrap();
        for role in Role::ALL {
            assert!(
                file.roles[role as usize].is_some(),
                "{name} lacks {}",
                role.name()
            );
        }
        for depth in DEPTHS {
            let theme = Theme::load(name, depth).unwrap();
            let expected = if depth == ColorDepth::Mono {
                "mono"
            } else {
                name
            };
            assert_eq!(theme.name(), expected);
        }
    }
}

#[test]
fn default_theme_needs_no_files() {
    let theme = Theme::default_theme(ColorDepth::TrueColor);
    assert_eq!(theme.name(), "default");
    assert_eq!(
        theme.style(Role::Text).fg,
        Some(Color::Rgb(0xd0, 0xd0, 0xd0))
    );
    assert_eq!(theme.style(Role::Selection).fg, Some(Color::Black));
    assert!(
        theme
            .style(Role::Quote)
            .add_modifier
            .contains(Modifier::ITALIC)
    );
    assert_eq!(Theme::default_theme(ColorDepth::Mono).name(), "mono");
}

#[test]
fn mono_has_no_colours_and_distinct_key_roles() {
    let user = theme_file("[roles]\ntext = { fg = \"red\", bg = \"#102030\" }\n");
    let user = user.path().to_str().unwrap().to_string();
    let names = Theme::builtin_names()
        .iter()
        .copied()
        .chain([user.as_str()]);
    for name in names {
        let theme = Theme::load(name, ColorDepth::Mono).unwrap();
        assert_eq!(theme.name(), "mono");
        for role in Role::ALL {
            assert_eq!(colours(theme.style(role)), [None; 3], "{}", role.name());
        }
        assert_pairwise_distinct(&theme, KEPT_APART);
    }
    let mono = Theme::load("mono", ColorDepth::TrueColor).unwrap();
    for role in Role::ALL {
        assert_eq!(colours(mono.style(role)), [None; 3], "{}", role.name());
    }
}

/// Roles a reader must always be able to tell apart.
const KEPT_APART: &[Role] = &[
    Role::Text,
    Role::Selection,
    Role::Match,
    Role::Watch,
    Role::Quote,
    Role::QuoteMarked,
];

#[test]
fn colour_themes_keep_selection_match_and_quote_apart() {
    for name in ["default", "light", "high-contrast"] {
        for depth in [
            ColorDepth::TrueColor,
            ColorDepth::Ansi256,
            ColorDepth::Ansi16,
        ] {
            let theme = Theme::load(name, depth).unwrap();
            assert_pairwise_distinct(&theme, KEPT_APART);
            let sel = theme.style(Role::Selection);
            let hit = theme.style(Role::Match);
            assert!(
                sel.bg.is_some() && hit.bg.is_some() && sel.bg != hit.bg,
                "{name}"
            );
            let watch = theme.style(Role::Watch).bg;
            assert!(
                watch.is_some() && watch != hit.bg && watch != sel.bg,
                "{name} {depth:?}: watchlist hits need a background of their own"
            );
            assert_ne!(
                theme.style(Role::Quote).fg,
                theme.style(Role::Text).fg,
                "{name}"
            );
        }
    }
}

#[test]
fn high_contrast_never_dims() {
    let theme = Theme::load("high-contrast", ColorDepth::TrueColor).unwrap();
    for role in Role::ALL {
        assert!(
            !theme.style(role).add_modifier.contains(Modifier::DIM),
            "{}",
            role.name()
        );
    }
}

#[test]
fn missing_roles_fall_back_to_default() {
    let theme = load_text(
        "name = \"partial\"\n[roles]\nquote = { fg = \"red\" }\n",
        ColorDepth::Ansi16,
    )
    .unwrap();
    let default = Theme::default_theme(ColorDepth::Ansi16);
    assert_eq!(theme.name(), "partial");
    assert_eq!(theme.style(Role::Quote), Style::new().fg(Color::Red));
    for role in Role::ALL.into_iter().filter(|r| *r != Role::Quote) {
        assert_eq!(theme.style(role), default.style(role), "{}", role.name());
    }
}

#[test]
fn loads_from_a_path_named_after_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("solar.toml");
    std::fs::write(
        &path,
        "[roles.match]\nbg = \"#ffff00\"\nmodifiers = [\"bold\"]\n",
    )
    .unwrap();
    let theme = Theme::load(path.to_str().unwrap(), ColorDepth::TrueColor).unwrap();
    assert_eq!(theme.name(), "solar");
    let expected = Style::new()
        .bg(Color::Rgb(255, 255, 0))
        .add_modifier(Modifier::BOLD);
    assert_eq!(theme.style(Role::Match), expected);
}

/// Every style of every built-in theme at every depth, so that a change in
/// how theme files are read shows; the files in themes/ read the same by path.
#[test]
fn builtin_styles_stay_as_they_are() {
    use std::fmt::Write;
    let mut out = String::new();
    for name in Theme::builtin_names() {
        for depth in DEPTHS {
            let theme = Theme::load(name, depth).unwrap();
            let path = format!("{}/themes/{name}.toml", env!("CARGO_MANIFEST_DIR"));
            let by_path = Theme::load(&path, depth).unwrap();
            for role in Role::ALL {
                assert_eq!(by_path.style(role), theme.style(role), "{path}");
                let style = theme.style(role);
                writeln!(out, "{name} {depth:?} {}: {style:?}", role.name()).unwrap();
            }
        }
    }
    insta::assert_snapshot!(out);
}
