use std::cell::RefCell;
use std::rc::Rc;

use ratatui::backend::CrosstermBackend;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use ratatui::{Terminal, TerminalOptions, Viewport};

use super::escapes::{Pen, cup, relative, transition};
use super::*;

#[derive(Clone, Default)]
struct Bytes(Rc<RefCell<Vec<u8>>>);

impl Write for Bytes {
    fn write(&mut self, data: &[u8]) -> io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(data);
        Ok(data.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

fn sgr(from: Pen, to: Pen) -> String {
    let mut out = Vec::new();
    transition(from, to, &mut out);
    String::from_utf8(out).unwrap().replace('\x1b', "^")
}

fn pen(fg: Color, bg: Color, modifier: Modifier) -> Pen {
    Pen {
        fg,
        bg,
        modifier,
        ..Pen::DEFAULT
    }
}

#[test]
fn sgr_says_only_what_changed_in_its_shortest_form() {
    let plain = Pen::DEFAULT;
    let red = pen(Color::Red, Color::Reset, Modifier::empty());
    assert_eq!(sgr(plain, plain), "");
    assert_eq!(sgr(plain, red), "^[31m");
    assert_eq!(sgr(red, plain), "^[0m");
    let bright = pen(Color::LightBlue, Color::Gray, Modifier::empty());
    assert_eq!(sgr(plain, bright), "^[94;47m");
    let both = pen(Color::Red, Color::Reset, Modifier::BOLD | Modifier::DIM);
    let dim = pen(Color::Red, Color::Reset, Modifier::DIM);
    assert_eq!(sgr(both, dim), "^[22;2m", "22 ends bold and dim alike");
    let busy = pen(
        Color::Rgb(1, 2, 3),
        Color::Indexed(200),
        Modifier::ITALIC | Modifier::UNDERLINED,
    );
    assert_eq!(sgr(busy, plain), "^[0m");
    assert_eq!(sgr(plain, busy), "^[3;4;38;2;1;2;3;48;5;200m");
}

#[test]
fn moves_take_their_shortest_form() {
    assert_eq!(cup(0, 0), "\x1b[H");
    assert_eq!(cup(0, 4), "\x1b[5H");
    assert_eq!(cup(7, 0), "\x1b[;8H");
    assert_eq!(cup(7, 4), "\x1b[5;8H");
    assert_eq!(relative(1, 'C'), "\x1b[C");
    assert_eq!(relative(12, 'D'), "\x1b[12D");
}

/// Every cell of a vt100 screen: text, colours and attributes.
fn cells(screen: &vt100::Screen) -> Vec<String> {
    let (rows, cols) = screen.size();
    let (rows, cols) = (rows.get(), cols.get());
    let mut out = Vec::new();
    for r in 0..rows {
        for c in 0..cols {
            let cell = screen.cell(r, c).unwrap();
            let text = match cell.contents() {
                "" => " ",
                text => text,
            };
            out.push(format!(
                "{r},{c}:{text:?} {:?}/{:?} b{} d{} i{} u{} r{} w{}{}",
                cell.fgcolor(),
                cell.bgcolor(),
                cell.bold(),
                cell.dim(),
                cell.italic(),
                cell.underline(),
                cell.inverse(),
                cell.is_wide(),
                cell.is_wide_continuation(),
            ));
        }
    }
    out
}

/// Draws `frames` through CrosstermBackend and LeanBackend, checks after each
/// one that a terminal fed either byte stream shows the same screen, and
/// returns what each wrote per frame.
pub(crate) fn same_screens(size: (u16, u16), frames: &[Buffer]) -> Vec<(Vec<u8>, Vec<u8>)> {
    let viewport = Viewport::Fixed(Rect::new(0, 0, size.0, size.1));
    let (plain_bytes, lean_bytes) = (Bytes::default(), Bytes::default());
    let options = || TerminalOptions {
        viewport: viewport.clone(),
    };
    let mut plain =
        Terminal::with_options(CrosstermBackend::new(plain_bytes.clone()), options()).unwrap();
    let lean = LeanBackend::with_size(lean_bytes.clone(), Size::new(size.0, size.1));
    let mut lean = Terminal::with_options(lean, options()).unwrap();
    plain.backend_mut().clear().unwrap();
    lean.backend_mut().clear().unwrap();
    let nonzero = |n| std::num::NonZeroU16::new(n).unwrap();
    let mut plain_vt = vt100::Parser::new(nonzero(size.1), nonzero(size.0), 0);
    let mut lean_vt = vt100::Parser::new(nonzero(size.1), nonzero(size.0), 0);
    let mut written = Vec::new();
    for (n, frame) in frames.iter().enumerate() {
        plain.draw(|f| f.buffer_mut().clone_from(frame)).unwrap();
        lean.draw(|f| f.buffer_mut().clone_from(frame)).unwrap();
        let (p, l) = (plain_bytes.0.take(), lean_bytes.0.take());
        plain_vt.process(&p);
        lean_vt.process(&l);
        let (want, got) = (cells(plain_vt.screen()), cells(lean_vt.screen()));
        let first_bad = want.iter().zip(&got).find(|(a, b)| a != b);
        assert_eq!(
            first_bad,
            None,
            "frame {n}: {:?}",
            String::from_utf8_lossy(&l)
        );
        written.push((p, l));
    }
    written
}

/// A small deterministic generator, so failures reproduce.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n
    }
}

/// Frames of mostly steady text in which words, colours, wide characters and
/// blank stretches come and go.
fn churning_frames(rng: &mut Rng, area: Rect, count: usize) -> Vec<Buffer> {
    const WORDS: [&str; 9] = [
        "gas",
        "transit",
        "Kyiv",
        "—",
        "日本語",
        "🙂",
        "Переговори",
        "❤️",
        "      ",
    ];
    const COLOURS: [Color; 5] = [
        Color::Reset,
        Color::Red,
        Color::LightCyan,
        Color::Indexed(100),
        Color::Rgb(9, 99, 199),
    ];
    let mut buffer = Buffer::empty(area);
    let mut frames = Vec::new();
    for _ in 0..count {
        for _ in 0..rng.below(12) {
            let x = rng.below(u64::from(area.width)) as u16;
            let y = rng.below(u64::from(area.height)) as u16;
            let word = WORDS[rng.below(WORDS.len() as u64) as usize];
            let mut style = Style::new().fg(COLOURS[rng.below(5) as usize]);
            if rng.below(3) == 0 {
                style = style.bg(COLOURS[rng.below(5) as usize]);
            }
            if rng.below(3) == 0 {
                // vt100 keeps one intensity, so bold with dim depends on
                // which came last; terminals differ there anyway.
                let m = Modifier::from_bits_truncate(rng.below(512) as u16);
                style = style.add_modifier(m);
                if m.contains(Modifier::BOLD) {
                    style = style.remove_modifier(Modifier::DIM);
                } else if m.contains(Modifier::DIM) {
                    style = style.remove_modifier(Modifier::BOLD);
                }
            }
            buffer.set_stringn(x, y, word, usize::from(area.width - x), style);
        }
        frames.push(buffer.clone());
    }
    frames
}

#[test]
fn random_churn_leaves_the_same_screen_in_fewer_bytes() {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    for size in [(30, 8), (7, 3), (80, 24)] {
        let area = Rect::new(0, 0, size.0, size.1);
        let frames = churning_frames(&mut rng, area, 60);
        let written = same_screens(size, &frames);
        let total = |f: fn(&(Vec<u8>, Vec<u8>)) -> usize| written[1..].iter().map(f).sum::<usize>();
        let (plain, lean) = (total(|w| w.0.len()), total(|w| w.1.len()));
        assert!(
            lean * 10 < plain * 8,
            "{size:?}: {lean} bytes against {plain}"
        );
    }
}

#[test]
fn a_wide_character_half_overwritten_is_redrawn_the_same() {
    let area = Rect::new(0, 0, 12, 2);
    let mut frames = vec![Buffer::empty(area); 4];
    frames[0].set_string(0, 0, "ab日本cd ef", Style::new());
    frames[1].set_string(0, 0, "ab日xcd ef", Style::new());
    frames[2].set_string(0, 0, "a 🙂 xcd gf", Style::new().fg(Color::Red));
    frames[3].set_string(0, 0, "a 🙂 xcd gf", Style::new());
    same_screens((12, 2), &frames);
}

#[test]
fn nothing_known_before_the_first_clear_is_printed_again() {
    let bytes = Bytes::default();
    let mut backend = LeanBackend::with_size(bytes.clone(), Size::new(10, 1));
    let a = Cell::new("a");
    backend.draw([(0, 0, &a), (5, 0, &a)].into_iter()).unwrap();
    assert_eq!(bytes.0.take(), b"\x1b[Ha\x1b[4Ca");
    backend.clear().unwrap();
    bytes.0.take();
    backend.draw([(0, 0, &a), (3, 0, &a)].into_iter()).unwrap();
    assert_eq!(
        bytes.0.take(),
        b"\x1b[Ha  a",
        "the blanks between are known now"
    );
}
