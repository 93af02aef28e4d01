//! Themes: built-ins, files by path, colour names and colour depths.

use std::io::Write;

use ratatui::style::{Color, Modifier, Style};

use super::color::{nearest_256, nearest_ansi};
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

fn colours(style: Style) -> [Option<Color>; 3] {
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
fn ansi16_uses_named_colours_only() {
    for name in Theme::builtin_names() {
        let theme = Theme::load(name, ColorDepth::Ansi16).unwrap();
        for role in Role::ALL {
            for colour in colours(theme.style(role)).into_iter().flatten() {
                assert!(
                    !matches!(colour, Color::Rgb(..) | Color::Indexed(_)),
                    "{name}.{} is {colour:?}",
                    role.name()
                );
            }
        }
    }
}

#[test]
fn nearest_ansi_keeps_colour_families() {
    let cases = [
        ((0x00, 0x00, 0x00), Color::Black),
        ((0x4e, 0x4e, 0x4e), Color::DarkGray),
        ((0xd0, 0xd0, 0xd0), Color::Gray),
        ((0xff, 0xff, 0xff), Color::White),
        ((0x80, 0x00, 0x00), Color::Red),
        ((0xff, 0x00, 0x00), Color::LightRed),
        ((0xa0, 0x60, 0x00), Color::Yellow),
        ((0xff, 0xd7, 0x5f), Color::LightYellow),
        ((0x2e, 0x7d, 0x32), Color::Green),
        ((0xa0, 0xd0, 0x80), Color::LightGreen),
        ((0x00, 0x70, 0x7a), Color::Cyan),
        ((0x5f, 0xd7, 0xff), Color::LightCyan),
        ((0x1c, 0x3c, 0x6c), Color::Blue),
        ((0x87, 0xaf, 0xff), Color::LightBlue),
        ((0x8b, 0x2f, 0x9b), Color::Magenta),
        ((0xff, 0x00, 0xff), Color::LightMagenta),
    ];
    for ((r, g, b), expected) in cases {
        assert_eq!(nearest_ansi(r, g, b), expected, "#{r:02x}{g:02x}{b:02x}");
    }
}

#[test]
fn nearest_256_picks_the_cube_or_a_gray() {
    let cases = [
        ((0x00, 0x00, 0x00), 16),
        ((0xff, 0xff, 0xff), 231),
        ((0x87, 0xaf, 0xff), 111),
        ((0x76, 0x76, 0x76), 243),
        ((0x12, 0x12, 0x12), 233),
        ((0xff, 0x5f, 0x5f), 203),
        ((0x2e, 0x7d, 0x32), 29),
    ];
    for ((r, g, b), expected) in cases {
        assert_eq!(nearest_256(r, g, b), expected, "#{r:02x}{g:02x}{b:02x}");
    }
    for index in 16..=255 {
        let (r, g, b) = xterm_rgb(index);
        assert_eq!(
            nearest_256(r, g, b),
            index,
            "each colour of the 256 maps to itself"
        );
    }
    assert_eq!(xterm_rgb(4), (0x00, 0x00, 0xee));
    assert_eq!(xterm_rgb(16 + 36 * 5 + 6 * 2 + 1), (255, 135, 95));
    assert_eq!(xterm_rgb(232), (8, 8, 8));
}

#[test]
fn ansi256_keeps_names_and_indexes_hex() {
    let theme = Theme::load("default", ColorDepth::Ansi256).unwrap();
    for role in Role::ALL {
        for colour in colours(theme.style(role)).into_iter().flatten() {
            assert!(
                !matches!(colour, Color::Rgb(..)),
                "{} is {colour:?}",
                role.name()
            );
        }
    }
    let theme = load_text(
        "[roles]\ntext = { fg = \"red\", bg = \"#87afff\" }\n",
        ColorDepth::Ansi256,
    )
    .unwrap();
    let text = theme.style(Role::Text);
    assert_eq!(
        (text.fg, text.bg),
        (Some(Color::Red), Some(Color::Indexed(111)))
    );
}

#[test]
fn sixteen_colour_forms_apply_only_at_16_colours() {
    let text = "[roles]\nselection = { fg = \"black\", bg = \"#87afff\", fg16 = \"white\", bg16 = \"blue\" }\n";
    let at = |depth| {
        let style = load_text(text, depth).unwrap().style(Role::Selection);
        (style.fg, style.bg)
    };
    assert_eq!(
        at(ColorDepth::Ansi16),
        (Some(Color::White), Some(Color::Blue))
    );
    assert_eq!(
        at(ColorDepth::Ansi256),
        (Some(Color::Black), Some(Color::Indexed(111)))
    );
    assert_eq!(
        at(ColorDepth::TrueColor),
        (Some(Color::Black), Some(Color::Rgb(0x87, 0xaf, 0xff)))
    );
    assert_eq!(at(ColorDepth::Mono), (None, None));
}

#[test]
fn truecolor_keeps_hex_and_names() {
    let theme = load_text(
        "[roles]\ntext = { fg = \"#0A0b0C\", bg = \"reset\" }\nmuted = { fg = \"LightCyan\" }\n\
         accent = { fg = \"light-blue\", bg = \"Bright Red\" }\n",
        ColorDepth::TrueColor,
    )
    .unwrap();
    assert_eq!(theme.style(Role::Text).fg, Some(Color::Rgb(10, 11, 12)));
    assert_eq!(theme.style(Role::Text).bg, Some(Color::Reset));
    assert_eq!(theme.style(Role::Muted).fg, Some(Color::LightCyan));
    let accent = theme.style(Role::Accent);
    assert_eq!(
        (accent.fg, accent.bg),
        (Some(Color::LightBlue), Some(Color::LightRed))
    );
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

#[test]
fn depth_detection() {
    type Env = &'static [(&'static str, &'static str)];
    let env = |pairs: Env| {
        move |key: &str| {
            pairs
                .iter()
                .find(|(k, _)| *k == key)
                .map(|(_, v)| v.to_string())
        }
    };
    let cases: [(bool, Env, ColorDepth); 13] = [
        (false, &[], ColorDepth::Ansi16),
        (false, &[("TERM", "screen")], ColorDepth::Ansi16),
        (false, &[("TERM", "xterm-256color")], ColorDepth::Ansi256),
        (
            false,
            &[("TERM", "tmux-256color"), ("COLORTERM", "truecolor")],
            ColorDepth::TrueColor,
        ),
        (
            false,
            &[("TERM", "screen-256color"), ("NO_COLOR", "1")],
            ColorDepth::Mono,
        ),
        (false, &[("COLORTERM", "truecolor")], ColorDepth::TrueColor),
        (false, &[("COLORTERM", "24bit")], ColorDepth::TrueColor),
        (false, &[("COLORTERM", "yes")], ColorDepth::Ansi16),
        (
            false,
            &[("NO_COLOR", "1"), ("COLORTERM", "truecolor")],
            ColorDepth::Mono,
        ),
        (
            false,
            &[("NO_COLOR", ""), ("COLORTERM", "truecolor")],
            ColorDepth::TrueColor,
        ),
        (false, &[("NO_COLOR", "")], ColorDepth::Ansi16),
        (true, &[("COLORTERM", "truecolor")], ColorDepth::Mono),
        (true, &[], ColorDepth::Mono),
    ];
    for (flag, pairs, expected) in cases {
        assert_eq!(detect_depth(flag, env(pairs)), expected, "{flag} {pairs:?}");
    }
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
