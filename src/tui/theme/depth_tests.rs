//! Colour depths: detecting them, and each theme colour at 256 and 16
//! colours (nearest colours and the fg16/bg16 forms).

use ratatui::style::Color;

use super::color::{nearest_256, nearest_ansi};
use super::tests::{colours, load_text};
use super::*;

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
