//! The shortest escape sequences for a pen (colours and attributes) change
//! and for a cursor move.

use std::fmt::Write as _;

use ratatui::buffer::Cell;
use ratatui::style::{Color, Modifier};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Pen {
    pub fg: Color,
    pub bg: Color,
    pub underline: Color,
    pub modifier: Modifier,
}

impl Pen {
    pub const DEFAULT: Pen = Pen {
        fg: Color::Reset,
        bg: Color::Reset,
        underline: Color::Reset,
        modifier: Modifier::empty(),
    };

    pub fn of(cell: &Cell) -> Pen {
        Pen {
            fg: cell.fg,
            bg: cell.bg,
            underline: cell.underline_color,
            modifier: cell.modifier,
        }
    }
}

/// Parameters that set each attribute, and those that clear it again.
const ATTRIBUTES: [(Modifier, u8, u8); 9] = [
    (Modifier::BOLD, 1, 22),
    (Modifier::DIM, 2, 22),
    (Modifier::ITALIC, 3, 23),
    (Modifier::UNDERLINED, 4, 24),
    (Modifier::SLOW_BLINK, 5, 25),
    (Modifier::RAPID_BLINK, 6, 25),
    (Modifier::REVERSED, 7, 27),
    (Modifier::HIDDEN, 8, 28),
    (Modifier::CROSSED_OUT, 9, 29),
];

/// Appends to `out` the SGR sequence that turns `from` into `to`, nothing
/// when they are equal: either the changes alone or a reset and the whole of
/// `to`, whichever is shorter.
pub fn transition(from: Pen, to: Pen, out: &mut Vec<u8>) {
    if from == to {
        return;
    }
    let mut changes = String::new();
    let removed = from.modifier - to.modifier;
    // One parameter clears both halves of a pair (bold and dim, the two
    // blinks), so whatever `to` keeps of the pair is set again.
    let mut added = to.modifier - from.modifier;
    for &(m, _, off) in &ATTRIBUTES {
        if removed.contains(m) {
            push(&mut changes, format_args!("{off}"));
            let pair = ATTRIBUTES.iter().filter(|a| a.2 == off);
            for &(other, _, _) in pair {
                added |= to.modifier & other;
            }
        }
    }
    for &(m, on, _) in &ATTRIBUTES {
        if added.contains(m) {
            push(&mut changes, format_args!("{on}"));
        }
    }
    colours(&mut changes, from, to, false);

    let mut reset = String::from("0");
    for &(m, on, _) in &ATTRIBUTES {
        if to.modifier.contains(m) {
            push(&mut reset, format_args!("{on}"));
        }
    }
    colours(&mut reset, Pen::DEFAULT, to, true);

    let shorter = if reset.len() < changes.len() {
        reset
    } else {
        changes
    };
    out.extend_from_slice(b"\x1b[");
    out.extend_from_slice(shorter.as_bytes());
    out.push(b'm');
}

fn push(params: &mut String, value: std::fmt::Arguments) {
    if !params.is_empty() {
        params.push(';');
    }
    let _ = params.write_fmt(value);
}

fn colours(params: &mut String, from: Pen, to: Pen, after_reset: bool) {
    let changed = |a: Color, b: Color| {
        if after_reset {
            b != Color::Reset
        } else {
            a != b
        }
    };
    if changed(from.fg, to.fg) {
        colour(params, to.fg, 30, 39);
    }
    if changed(from.bg, to.bg) {
        colour(params, to.bg, 40, 49);
    }
    if changed(from.underline, to.underline) {
        colour(params, to.underline, 0, 59);
    }
}

/// `base` is 30 for the foreground, 40 for the background, and 0 for the
/// underline, which has no short forms for the sixteen named colours.
fn colour(params: &mut String, color: Color, base: u8, reset: u8) {
    let extended = if base == 0 { 58 } else { base + 8 };
    let named = |n: u8| match (base, n) {
        (0, _) => format!("58;5;{n}"),
        (_, 0..8) => format!("{}", base + n),
        _ => format!("{}", base + 60 + n - 8),
    };
    let text = match color {
        Color::Reset => format!("{reset}"),
        Color::Black => named(0),
        Color::Red => named(1),
        Color::Green => named(2),
        Color::Yellow => named(3),
        Color::Blue => named(4),
        Color::Magenta => named(5),
        Color::Cyan => named(6),
        Color::Gray => named(7),
        Color::DarkGray => named(8),
        Color::LightRed => named(9),
        Color::LightGreen => named(10),
        Color::LightYellow => named(11),
        Color::LightBlue => named(12),
        Color::LightMagenta => named(13),
        Color::LightCyan => named(14),
        Color::White => named(15),
        Color::Indexed(i) => format!("{extended};5;{i}"),
        Color::Rgb(r, g, b) => format!("{extended};2;{r};{g};{b}"),
    };
    push(params, format_args!("{text}"));
}

/// A CSI parameter for a 0-based coordinate, empty where the default 1 will do.
pub fn param(v: u16) -> String {
    if v == 0 {
        String::new()
    } else {
        (v + 1).to_string()
    }
}

pub fn cup(x: u16, y: u16) -> String {
    match x {
        0 => format!("\x1b[{}H", param(y)),
        _ => format!("\x1b[{};{}H", param(y), x + 1),
    }
}

pub fn relative(n: u16, direction: char) -> String {
    match n {
        1 => format!("\x1b[{direction}"),
        _ => format!("\x1b[{n}{direction}"),
    }
}
