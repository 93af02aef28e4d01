//! Status messages: the last ones said, kept for the messages overlay, and
//! how one fits the status bar: wrapped at words over a few rows, and if
//! still too long, shortened at a word with a pointer to the overlay.

use std::collections::VecDeque;

use super::AppState;
use crate::text::wrap::{str_width, wrap};

/// How many messages the overlay keeps.
pub const KEPT: usize = 50;

/// What the status bar adds to a message it had to shorten.
pub const SHORTENED: &str = " M shows all";

/// One message and how many times in a row it was said.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Said {
    pub text: String,
    pub times: usize,
}

/// The last `KEPT` messages, oldest first.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MessageLog {
    said: VecDeque<Said>,
}

impl MessageLog {
    /// Keeps `text`; the same message said again in a row counts once more.
    pub fn record(&mut self, text: &str) {
        match self.said.back_mut() {
            Some(last) if last.text == text => last.times += 1,
            _ => {
                if self.said.len() == KEPT {
                    self.said.pop_front();
                }
                self.said.push_back(Said {
                    text: text.to_string(),
                    times: 1,
                });
            }
        }
    }

    pub fn newest_first(&self) -> impl Iterator<Item = &Said> {
        self.said.iter().rev()
    }

    pub fn len(&self) -> usize {
        self.said.len()
    }

    pub fn is_empty(&self) -> bool {
        self.said.is_empty()
    }
}

impl AppState {
    /// Rows the status bar takes: more than one while a message needs them.
    pub fn fit_status_rows(&self) -> u16 {
        let Some(message) = &self.message else {
            return 1;
        };
        let width = usize::from(self.width).saturating_sub(2);
        let rows = fitted(message, width, max_rows(self.height), "").len();
        u16::try_from(rows).unwrap_or(1).max(1)
    }
}

/// Rows the status bar may take for a message on a terminal `height` rows high.
pub fn max_rows(height: u16) -> usize {
    match height {
        20.. => 3,
        12..20 => 2,
        _ => 1,
    }
}

/// `text` as at most `rows` lines of at most `width` columns, broken at
/// words. When it needs more, the last line ends at a word with `ellipsis`
/// and `SHORTENED`; a word longer than a whole line is the only thing ever
/// cut inside.
pub fn fitted(text: &str, width: usize, rows: usize, ellipsis: &str) -> Vec<String> {
    let rows = rows.max(1);
    let lines = wrap(text, width);
    if lines.len() <= rows {
        return lines.into_iter().map(|r| text[r].to_string()).collect();
    }
    let mut out: Vec<String> = lines[..rows - 1]
        .iter()
        .map(|r| text[r.clone()].to_string())
        .collect();
    let tail = format!("{ellipsis}{SHORTENED}");
    let rest = &text[lines[rows - 1].start..];
    let room = width.saturating_sub(str_width(&tail));
    let kept = wrap(rest, room.max(1))
        .first()
        .map_or("", |r| &rest[r.clone()]);
    let last = if room == 0 {
        tail.trim_start().to_string()
    } else {
        format!("{kept}{tail}")
    };
    out.push(last);
    out
}

#[cfg(test)]
#[path = "messages_tests.rs"]
mod tests;
