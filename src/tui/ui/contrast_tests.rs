//! Every visible cell of every built-in theme at every colour depth is
//! readable: its foreground and background differ by a WCAG 2 contrast ratio
//! of at least 4.5:1, read from the rendered buffer.
//!
//! Colours are what xterm shows by default (`theme::xterm_rgb`). A cell whose
//! foreground and background are both the terminal's default is taken as
//! readable: the user chose that pair. A cell with only one of them the
//! default depends on the terminal and fails, as do `dim` (its colour is up to
//! the terminal) and `hidden`. `reversed` swaps the two colours.

use ratatui::buffer::{Buffer, Cell};
use ratatui::style::{Color, Modifier};

use super::Symbols;
use super::tests::render_with;
use crate::tui::action::Action;
use crate::tui::state::{AppState, Start, update};
use crate::tui::testing;
use crate::tui::theme::{ColorDepth, Theme, xterm_rgb};

const MINIMUM: f64 = 4.5;

const DEPTHS: [ColorDepth; 4] = [
    ColorDepth::TrueColor,
    ColorDepth::Ansi256,
    ColorDepth::Ansi16,
    ColorDepth::Mono,
];

/// What xterm shows for `colour`; `None` for the terminal's default.
fn rgb(colour: Color) -> Option<(u8, u8, u8)> {
    let index = match colour {
        Color::Reset => return None,
        Color::Rgb(r, g, b) => return Some((r, g, b)),
        Color::Indexed(i) => i,
        Color::Black => 0,
        Color::Red => 1,
        Color::Green => 2,
        Color::Yellow => 3,
        Color::Blue => 4,
        Color::Magenta => 5,
        Color::Cyan => 6,
        Color::Gray => 7,
        Color::DarkGray => 8,
        Color::LightRed => 9,
        Color::LightGreen => 10,
        Color::LightYellow => 11,
        Color::LightBlue => 12,
        Color::LightMagenta => 13,
        Color::LightCyan => 14,
        Color::White => 15,
    };
    Some(xterm_rgb(index))
}

/// WCAG 2 relative luminance of an sRGB colour.
fn luminance((r, g, b): (u8, u8, u8)) -> f64 {
    let linear = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.04045 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)
}

fn ratio(a: (u8, u8, u8), b: (u8, u8, u8)) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// Why `cell` cannot be read, if it cannot.
fn unreadable(cell: &Cell) -> Option<String> {
    if cell.modifier.intersects(Modifier::DIM | Modifier::HIDDEN) {
        return Some(format!("{:?}", cell.modifier));
    }
    let (fg, bg) = if cell.modifier.contains(Modifier::REVERSED) {
        (cell.bg, cell.fg)
    } else {
        (cell.fg, cell.bg)
    };
    match (rgb(fg), rgb(bg)) {
        (None, None) => None,
        (None, Some(_)) | (Some(_), None) => {
            Some(format!("{fg:?} on {bg:?}: one is the terminal's default"))
        }
        (Some(f), Some(b)) => {
            let r = ratio(f, b);
            (fg == bg || r < MINIMUM).then(|| format!("{fg:?} on {bg:?}: {r:.2}:1"))
        }
    }
}

/// The screens to check: each a name, the settings and the keys pressed.
fn screens() -> Vec<(&'static str, Start<'static>, Vec<Action>)> {
    let watching = || Start {
        watchlist: testing::watchlist(),
        ..Start::defaults(testing::today())
    };
    let typed = |prefix: Action, text: &str| {
        let mut actions = vec![prefix];
        actions.extend(text.chars().map(Action::Insert));
        actions
    };
    let mut searched = typed(Action::Search, "gas");
    searched.extend([Action::Submit, Action::FocusNext, Action::NextQuote]);
    let mut quotes = vec![Action::ToggleQuotes, Action::FocusNext, Action::FocusNext];
    quotes.push(Action::NextQuote);
    vec![
        ("list focused", watching(), vec![]),
        ("detail focused with a match", watching(), searched),
        ("quotes focused", watching(), quotes),
        (
            "query error",
            watching(),
            typed(Action::EditQuery, "date:("),
        ),
        ("help", watching(), vec![Action::Help]),
        (
            "tag picker",
            watching(),
            vec![Action::TagPicker, Action::ToggleTag, Action::MoveDown],
        ),
        ("problems", watching(), vec![Action::Problems]),
        (
            "speakers narrowed",
            watching(),
            typed(Action::Speakers, "kul"),
        ),
        (
            "views picker",
            testing::with_views(&[("Energy", "tag:energy"), ("Recent", "since:7d")]),
            vec![Action::Views],
        ),
        ("zen", watching(), vec![Action::MoveDown, Action::Zen]),
        (
            "timeline",
            watching(),
            vec![Action::Timeline, Action::MoveDown],
        ),
        (
            "mark all read question",
            watching(),
            vec![Action::ToggleRead, Action::AllRead],
        ),
        ("did you mean", watching(), typed(Action::Search, "Kulbea")),
        (
            "the last copy plain",
            watching(),
            vec![
                Action::MoveDown,
                Action::NextQuote,
                Action::Copy,
                Action::ShowClip,
            ],
        ),
    ]
}

fn rendered(start: Start<'static>, actions: &[Action], size: (u16, u16), theme: &Theme) -> Buffer {
    let store = testing::store();
    let mut state = AppState::start(&store, start, size);
    for &a in actions {
        update(&mut state, &store, a);
    }
    let terminal = render_with(&store, &state, theme, &Symbols::UNICODE);
    terminal.backend().buffer().clone()
}

#[test]
fn every_visible_cell_is_readable_in_every_theme_and_depth() {
    // Each kind of failure once, where it was first seen, and how often.
    let mut failures: Vec<(String, String, usize)> = Vec::new();
    let mut checked = 0;
    for name in Theme::builtin_names() {
        for depth in DEPTHS {
            let theme = Theme::load(name, depth).unwrap();
            for size in [(80, 24), (120, 40)] {
                for (screen, start, actions) in screens() {
                    let buf = rendered(start, &actions, size, &theme);
                    for (x, y) in
                        (0..buf.area.height).flat_map(|y| (0..buf.area.width).map(move |x| (x, y)))
                    {
                        let cell = &buf[(x, y)];
                        if cell.symbol().trim().is_empty() {
                            continue;
                        }
                        checked += 1;
                        let Some(why) = unreadable(cell) else {
                            continue;
                        };
                        let kind = format!("{name} {depth:?}: {why}");
                        match failures.iter_mut().find(|(k, _, _)| *k == kind) {
                            Some((_, _, count)) => *count += 1,
                            None => {
                                let (w, h) = size;
                                let at = format!("{w}x{h} {screen} ({x},{y}) {:?}", cell.symbol());
                                failures.push((kind, at, 1));
                            }
                        }
                    }
                }
            }
        }
    }
    assert!(checked > 100_000, "only {checked} cells checked");
    let report: Vec<String> = failures
        .iter()
        .map(|(kind, at, count)| format!("{kind}, {count} cells, first at {at}"))
        .collect();
    assert!(
        report.is_empty(),
        "unreadable cells:\n{}",
        report.join("\n")
    );
}

#[test]
fn contrast_follows_wcag() {
    let white = (255, 255, 255);
    let black = (0, 0, 0);
    assert!((ratio(white, black) - 21.0).abs() < 1e-9);
    assert!((ratio(black, black) - 1.0).abs() < 1e-9);
    // #767676 on white is the classic lightest gray that passes.
    assert!(ratio((0x76, 0x76, 0x76), white) >= MINIMUM);
    assert!(ratio((0x77, 0x77, 0x77), white) < MINIMUM);
    assert_eq!(rgb(Color::Gray), Some((0xe5, 0xe5, 0xe5)));
    assert_eq!(rgb(Color::DarkGray), Some((0x7f, 0x7f, 0x7f)));
    assert_eq!(
        rgb(Color::Indexed(16 + 36 * 5 + 6 * 2 + 1)),
        Some((255, 135, 95))
    );
    assert_eq!(rgb(Color::Indexed(255)), Some((238, 238, 238)));
}

#[test]
fn unreadable_cells_are_found() {
    let cell = |fg, bg, modifier| {
        let mut cell = Cell::new("x");
        cell.fg = fg;
        cell.bg = bg;
        cell.modifier = modifier;
        cell
    };
    let none = Modifier::empty();
    assert!(unreadable(&cell(Color::Reset, Color::Reset, Modifier::REVERSED)).is_none());
    assert!(unreadable(&cell(Color::Black, Color::Gray, none)).is_none());
    assert!(unreadable(&cell(Color::LightBlue, Color::LightBlue, none)).is_some());
    assert!(unreadable(&cell(Color::White, Color::Gray, none)).is_some());
    assert!(unreadable(&cell(Color::Blue, Color::Reset, none)).is_some());
    assert!(unreadable(&cell(Color::Reset, Color::Reset, Modifier::DIM)).is_some());
}

#[test]
fn the_question_and_the_suggestion_screens_show_them() {
    let theme = Theme::load("default", ColorDepth::Ansi16).unwrap();
    for (screen, start, actions) in screens() {
        let wanted = match screen {
            "mark all read question" => "read? y yes, n no",
            "did you mean" => "did you mean kuleba?",
            _ => continue,
        };
        let buf = rendered(start, &actions, (80, 24), &theme);
        let top: String = (0..80).map(|x| buf[(x, 0)].symbol()).collect();
        assert!(top.contains(wanted), "{screen}: {top}");
    }
}
