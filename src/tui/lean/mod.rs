//! A ratatui backend that writes what `CrosstermBackend` would, in fewer
//! bytes, the way curses does: it remembers what is on screen, so a short gap
//! of unchanged cells between two changes is printed again instead of jumped
//! over, cursor moves take their shortest form (relative or absolute), runs of
//! blanks are erased (ECH) rather than printed, and SGR sequences carry only
//! what changed. Each frame goes to the terminal in a single write.
//!
//! Cells that ratatui skips (`Cell::skip`, drawn by something else) are never
//! yielded to a backend, so this one cannot see them: brief draws none, and a
//! widget that does would need `forget` called on those cells.

mod escapes;
#[cfg(test)]
pub(crate) mod tests;

use std::io::{self, Write};

use ratatui::backend::{Backend, ClearType, CrosstermBackend, WindowSize};
use ratatui::buffer::Cell;
use ratatui::layout::{Position, Size};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use escapes::{Pen, cup, param, relative};

/// A cell as the terminal shows it, when it can be printed again as is.
#[derive(Clone, Copy, PartialEq)]
struct Shown {
    ch: char,
    pen: Pen,
}

pub struct LeanBackend<W: Write> {
    inner: CrosstermBackend<W>,
    fixed_size: Option<Size>,
    width: u16,
    height: u16,
    /// What each cell shows; `None` where that is unknown or not a single
    /// narrow character (wide characters and their right halves).
    screen: Vec<Option<Shown>>,
    cursor: Option<Position>,
    /// Where the last cell of this frame was printed.
    last: Option<Position>,
    /// Set when the next cell goes wherever the cursor is, unknown to us.
    blind: bool,
    cursor_visible: Option<bool>,
    pen: Pen,
    out: Vec<u8>,
}

impl<W: Write> LeanBackend<W> {
    pub fn new(writer: W) -> Self {
        let mut backend = Self::sized(writer, None);
        let size = backend.size().unwrap_or_default();
        backend.resize(size);
        backend
    }

    /// A backend that reports `size` instead of asking the terminal.
    pub fn with_size(writer: W, size: Size) -> Self {
        let mut backend = Self::sized(writer, Some(size));
        backend.resize(size);
        backend
    }

    fn sized(writer: W, fixed_size: Option<Size>) -> Self {
        LeanBackend {
            inner: CrosstermBackend::new(writer),
            fixed_size,
            width: 0,
            height: 0,
            screen: Vec::new(),
            cursor: None,
            last: None,
            blind: false,
            cursor_visible: None,
            pen: Pen::DEFAULT,
            out: Vec::new(),
        }
    }

    /// Marks cells as unknown, so they are never printed again from memory.
    pub fn forget(&mut self, cells: impl IntoIterator<Item = Position>) {
        for p in cells {
            if let Some(i) = self.index(p.x, p.y) {
                self.screen[i] = None;
            }
        }
    }

    /// Until the first clear, nothing on screen is known.
    fn resize(&mut self, size: Size) {
        self.width = size.width;
        self.height = size.height;
        self.screen = vec![None; usize::from(size.width) * usize::from(size.height)];
    }

    fn index(&self, x: u16, y: u16) -> Option<usize> {
        (x < self.width && y < self.height)
            .then(|| usize::from(y) * usize::from(self.width) + usize::from(x))
    }

    fn write_out(&mut self) -> io::Result<()> {
        let result = self.inner.write_all(&self.out);
        self.out.clear();
        result
    }

    /// Moves the cursor to `(x, y)` by the shortest of: an absolute move, a
    /// relative one, or printing again the cells in between.
    fn move_to(&mut self, x: u16, y: u16) {
        if self.cursor.is_none() && x > 0 && self.last == Some(Position::new(x - 1, y)) {
            // CrosstermBackend does not move between adjacent cells, even
            // after a wide one (ratatui's diff asks for the right half of some
            // emoji), so the cell lands wherever the terminal put the cursor.
            self.blind = true;
            return;
        }
        let mut best = cup(x, y);
        if let Some(c) = self.cursor {
            let mut try_move = |s: String| {
                if s.len() < best.len() {
                    best = s;
                }
            };
            if c.y == y && x > c.x {
                try_move(relative(x - c.x, 'C'));
                if let Some(gap) = self.reprint(c.x..x, y) {
                    try_move(gap);
                }
            } else if c.y == y && x < c.x {
                try_move(relative(c.x - x, 'D'));
            } else if c.x == x && y > c.y {
                try_move(relative(y - c.y, 'B'));
            } else if c.x == x {
                try_move(relative(c.y - y, 'A'));
            }
            if c.y == y && c != Position::new(x, y) {
                try_move(format!("\x1b[{}G", param(x)));
            }
            if c == Position::new(x, y) {
                best.clear();
            }
        }
        self.out.extend_from_slice(best.as_bytes());
        self.cursor = Some(Position::new(x, y));
    }

    /// The cells `xs` of row `y` as they are, when all of them can be printed
    /// in the current pen.
    fn reprint(&self, xs: std::ops::Range<u16>, y: u16) -> Option<String> {
        xs.map(|x| match self.screen[self.index(x, y)?] {
            Some(s) if s.pen == self.pen => Some(s.ch),
            _ => None,
        })
        .collect()
    }

    fn print(&mut self, x: u16, y: u16, cell: &Cell) {
        let symbol = cell.symbol();
        self.out.extend_from_slice(symbol.as_bytes());
        self.last = Some(Position::new(x, y));
        if std::mem::take(&mut self.blind) {
            self.forget((x..x.saturating_add(2)).map(|x| Position::new(x, y)));
            return;
        }
        let mut chars = symbol.chars();
        let single = match (chars.next(), chars.next()) {
            (Some(c), None) if !c.is_control() && c.width() == Some(1) => Some(c),
            _ => None,
        };
        let Some(i) = self.index(x, y) else {
            self.cursor = None;
            return;
        };
        self.screen[i] = single.map(|ch| Shown { ch, pen: self.pen });
        let covered = usize::from(self.width - x).min(symbol.width());
        for s in &mut self.screen[i + 1..i + covered.max(1)] {
            *s = None;
        }
        // After the last column the cursor waits to wrap; after anything but
        // one narrow character the terminal may disagree about where it is.
        self.cursor = (single.is_some() && x + 1 < self.width).then(|| Position::new(x + 1, y));
    }

    /// How many of `cells` (the first included) form a run of blanks on one
    /// row that is cheaper to erase than to print.
    fn blank_run(&self, cells: &[(u16, u16, &Cell)]) -> usize {
        let (x0, y0, first) = cells[0];
        let pen = Pen::of(first);
        if self.blind
            || first.symbol() != " "
            || pen.bg != Pen::DEFAULT.bg
            || !pen.modifier.is_empty()
        {
            return 0;
        }
        let n = cells
            .iter()
            .enumerate()
            .take_while(|&(k, &(x, y, c))| {
                y == y0
                    && usize::from(x) == usize::from(x0) + k
                    && c.symbol() == " "
                    && Pen::of(c) == pen
            })
            .count();
        let erase = format!("\x1b[{n}X").len() + relative(n as u16, 'C').len();
        if erase < n { n } else { 0 }
    }
}

impl<W: Write> Backend for LeanBackend<W> {
    type Error = io::Error;

    fn draw<'a, I>(&mut self, content: I) -> io::Result<()>
    where
        I: Iterator<Item = (u16, u16, &'a Cell)>,
    {
        let cells: Vec<_> = content.collect();
        self.last = None;
        let mut k = 0;
        while k < cells.len() {
            let (x, y, cell) = cells[k];
            self.move_to(x, y);
            escapes::transition(self.pen, Pen::of(cell), &mut self.out);
            self.pen = Pen::of(cell);
            let run = self.blank_run(&cells[k..]);
            if run > 0 {
                self.out
                    .extend_from_slice(format!("\x1b[{run}X").as_bytes());
                for (x, y, cell) in &cells[k..k + run] {
                    if let Some(i) = self.index(*x, *y) {
                        self.screen[i] = Some(Shown {
                            ch: ' ',
                            pen: Pen::of(cell),
                        });
                    }
                }
                k += run;
            } else {
                self.print(x, y, cell);
                k += 1;
            }
        }
        escapes::transition(self.pen, Pen::DEFAULT, &mut self.out);
        self.pen = Pen::DEFAULT;
        self.write_out()
    }

    fn hide_cursor(&mut self) -> io::Result<()> {
        if self.cursor_visible == Some(false) {
            return Ok(());
        }
        self.cursor_visible = Some(false);
        self.inner.hide_cursor()
    }

    fn show_cursor(&mut self) -> io::Result<()> {
        if self.cursor_visible == Some(true) {
            return Ok(());
        }
        self.cursor_visible = Some(true);
        self.inner.show_cursor()
    }

    fn get_cursor_position(&mut self) -> io::Result<Position> {
        self.inner.get_cursor_position()
    }

    fn set_cursor_position<P: Into<Position>>(&mut self, position: P) -> io::Result<()> {
        let p = position.into();
        self.move_to(p.x, p.y);
        self.write_out()?;
        Write::flush(&mut self.inner)
    }

    fn clear(&mut self) -> io::Result<()> {
        self.clear_region(ClearType::All)
    }

    fn clear_region(&mut self, clear_type: ClearType) -> io::Result<()> {
        self.inner.clear_region(clear_type)?;
        // Whoever wrote before this (a shell after a suspend) may have moved
        // the cursor or shown it.
        self.cursor = None;
        self.cursor_visible = None;
        match clear_type {
            ClearType::All => {
                self.resize(self.size()?);
                let blank = Shown {
                    ch: ' ',
                    pen: Pen::DEFAULT,
                };
                self.screen.fill(Some(blank));
            }
            _ => self.screen.fill(None),
        }
        Ok(())
    }

    fn size(&self) -> io::Result<Size> {
        self.fixed_size.map_or_else(|| self.inner.size(), Ok)
    }

    fn window_size(&mut self) -> io::Result<WindowSize> {
        self.inner.window_size()
    }

    fn flush(&mut self) -> io::Result<()> {
        Write::flush(&mut self.inner)
    }
}
