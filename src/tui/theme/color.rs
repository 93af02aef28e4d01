//! Theme colours at the terminal's depth, and modifier names. Colour names
//! and `#rrggbb` are read by ratatui's `Color: FromStr`.

use ratatui::style::{Color, Modifier};

use super::ColorDepth;

/// `colour` as the terminal can show it: none in Mono, and for `#rrggbb` the
/// nearest of the 256 colours in Ansi256 or of the 16 in Ansi16, which
/// ratatui would otherwise leave to the terminal.
pub(super) fn resolve(colour: Color, depth: ColorDepth) -> Option<Color> {
    match (colour, depth) {
        (_, ColorDepth::Mono) => None,
        (Color::Rgb(r, g, b), ColorDepth::Ansi256) => Some(Color::Indexed(nearest_256(r, g, b))),
        (Color::Rgb(r, g, b), ColorDepth::Ansi16) => Some(nearest_ansi(r, g, b)),
        (colour, _) => Some(colour),
    }
}

/// The xterm default palette's 16 colours, in ANSI order (ratatui's `Gray`
/// is 7, `DarkGray` 8, `White` 15).
const XTERM_16: [(u8, u8, u8); 16] = [
    (0x00, 0x00, 0x00),
    (0xcd, 0x00, 0x00),
    (0x00, 0xcd, 0x00),
    (0xcd, 0xcd, 0x00),
    (0x00, 0x00, 0xee),
    (0xcd, 0x00, 0xcd),
    (0x00, 0xcd, 0xcd),
    (0xe5, 0xe5, 0xe5),
    (0x7f, 0x7f, 0x7f),
    (0xff, 0x00, 0x00),
    (0x00, 0xff, 0x00),
    (0xff, 0xff, 0x00),
    (0x5c, 0x5c, 0xff),
    (0xff, 0x00, 0xff),
    (0x00, 0xff, 0xff),
    (0xff, 0xff, 0xff),
];

/// The levels of each channel in the 6x6x6 colour cube (indexes 16 to 231).
const CUBE: [u8; 6] = [0, 95, 135, 175, 215, 255];

/// What xterm shows for colour `index`: the 16 colours, the cube, then 24 grays.
pub fn xterm_rgb(index: u8) -> (u8, u8, u8) {
    match index {
        0..16 => XTERM_16[usize::from(index)],
        16..232 => {
            let i = usize::from(index - 16);
            (CUBE[i / 36], CUBE[i / 6 % 6], CUBE[i % 6])
        }
        _ => {
            let level = 8 + 10 * (index - 232);
            (level, level, level)
        }
    }
}

/// The index of the cube or gray nearest to `#rrggbb` (the first 16 are left
/// out: terminals change them). Distance weighs green most and blue least,
/// as the eye does, so that luminance, and with it contrast, is kept.
pub(super) fn nearest_256(r: u8, g: u8, b: u8) -> u8 {
    let distance = |index: u8| {
        let (r2, g2, b2) = xterm_rgb(index);
        let d = |a: u8, b: u8| (i32::from(a) - i32::from(b)).pow(2);
        3 * d(r, r2) + 6 * d(g, g2) + d(b, b2)
    };
    (16..=255).min_by_key(|&i| distance(i)).unwrap_or(16)
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
