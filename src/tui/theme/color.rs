//! Theme colours at the terminal's depth, and modifier names. Colour names
//! and `#rrggbb` are read by ratatui's `Color: FromStr`.

use ratatui::style::{Color, Modifier};

use super::ColorDepth;

/// `colour` as the terminal can show it: none in Mono, and in Ansi16 the
/// nearest of the 16 colours for `#rrggbb`, which ratatui leaves to the terminal.
pub(super) fn resolve(colour: Color, depth: ColorDepth) -> Option<Color> {
    match (colour, depth) {
        (_, ColorDepth::Mono) => None,
        (Color::Rgb(r, g, b), ColorDepth::Ansi16) => Some(nearest_ansi(r, g, b)),
        (colour, _) => Some(colour),
    }
}

pub(super) const MODIFIERS: [(&str, Modifier); 6] = [
    ("bold", Modifier::BOLD),
    ("dim", Modifier::DIM),
    ("italic", Modifier::ITALIC),
    ("underlined", Modifier::UNDERLINED),
    ("reversed", Modifier::REVERSED),
    ("crossed_out", Modifier::CROSSED_OUT),
];

pub(super) fn modifier(name: &str) -> Option<Modifier> {
    MODIFIERS
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case(name))
        .map(|&(_, m)| m)
}

/// "Nearest" by colour family rather than by RGB distance: terminals disagree on what the 16
/// colours look like, and a plain distance sends most muted tones to gray, erasing the palette.
/// Low-saturation colours map by luminance to black/darkgray/gray/white; the rest by hue sector,
/// with the light variant for bright or pale tones.
pub(super) fn nearest_ansi(r: u8, g: u8, b: u8) -> Color {
    let (r, g, b) = (i32::from(r), i32::from(g), i32::from(b));
    let max = r.max(g).max(b);
    let min = r.min(g).min(b);
    let chroma = max - min;
    if chroma < 48 || chroma * 4 < max {
        let luma = (2126 * r + 7152 * g + 722 * b) / 10_000;
        return match luma {
            ..40 => Color::Black,
            40..120 => Color::DarkGray,
            120..210 => Color::Gray,
            _ => Color::White,
        };
    }
    let hue = if max == r {
        60 * (g - b) / chroma
    } else if max == g {
        120 + 60 * (b - r) / chroma
    } else {
        240 + 60 * (r - g) / chroma
    }
    .rem_euclid(360);
    let light = max >= 240 || max + min >= 280;
    match ((hue + 30) / 60 % 6, light) {
        (0, false) => Color::Red,
        (0, true) => Color::LightRed,
        (1, false) => Color::Yellow,
        (1, true) => Color::LightYellow,
        (2, false) => Color::Green,
        (2, true) => Color::LightGreen,
        (3, false) => Color::Cyan,
        (3, true) => Color::LightCyan,
        (4, false) => Color::Blue,
        (4, true) => Color::LightBlue,
        (_, false) => Color::Magenta,
        (_, true) => Color::LightMagenta,
    }
}
