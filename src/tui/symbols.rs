//! The glyphs brief draws itself, in Unicode and in ASCII.

use ratatui::symbols::{bar, border};

/// Glyphs for borders and markers; `--ascii` swaps in plain ASCII for
/// terminals and fonts without good Unicode.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Symbols {
    pub border: border::Set<'static>,
    pub ellipsis: &'static str,
    pub high: &'static str,
    pub low: &'static str,
    pub picked: &'static str,
    pub unpicked: &'static str,
    pub dash: &'static str,
    pub unread: &'static str,
    pub bookmark: &'static str,
    pub note: &'static str,
    /// The timeline's bars, and the mark under the selected briefing's bar.
    pub bars: &'static bar::Set<'static>,
    pub timeline_mark: &'static str,
    /// Between facts on one line (date, source, priority).
    pub dot: &'static str,
    /// Around a quote in the quote pane.
    pub quote_marks: [&'static str; 2],
    /// The arrow keys as the help names them: up, down, left, right.
    pub arrows: [&'static str; 4],
    /// The arrow keys that scroll an overlay, as its footer names them.
    pub up_down: &'static str,
}

const ASCII_BORDER: border::Set<'static> = border::Set {
    top_left: "+",
    top_right: "+",
    bottom_left: "+",
    bottom_right: "+",
    vertical_left: "|",
    vertical_right: "|",
    horizontal_top: "-",
    horizontal_bottom: "-",
};

const ASCII_BARS: bar::Set<'static> = bar::Set {
    full: "|",
    seven_eighths: "|",
    three_quarters: "|",
    five_eighths: ":",
    half: ":",
    three_eighths: ":",
    one_quarter: ".",
    one_eighth: ".",
    empty: " ",
};

impl Symbols {
    pub const UNICODE: Symbols = Symbols {
        border: border::ROUNDED,
        ellipsis: "…",
        high: "▲",
        low: "▽",
        picked: "[x]",
        unpicked: "[ ]",
        dash: "—",
        unread: "•",
        bookmark: "★",
        note: "✎",
        bars: &bar::NINE_LEVELS,
        timeline_mark: "▲",
        dot: "·",
        quote_marks: ["“", "”"],
        arrows: ["↑", "↓", "←", "→"],
        up_down: "↑↓",
    };

    pub const ASCII: Symbols = Symbols {
        border: ASCII_BORDER,
        ellipsis: "...",
        high: "!",
        low: "-",
        picked: "[x]",
        unpicked: "[ ]",
        dash: "--",
        unread: "*",
        bookmark: "B",
        note: "n",
        bars: &ASCII_BARS,
        timeline_mark: "^",
        dot: "-",
        quote_marks: ["\"", "\""],
        arrows: ["Up", "Down", "Left", "Right"],
        up_down: "Up/Down",
    };
}
