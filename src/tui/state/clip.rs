//! The last copy, for when it may not have landed: `c` shows it plain in an
//! overlay, to select with the mouse, and keeps it in the clips file.

use std::path::PathBuf;

use super::{AppState, Effect, Overlay};
use crate::text::{sanitize, wrap};
use crate::tui::action::Action;
use crate::tui::clips;
use crate::tui::help;
use crate::tui::keymap::SHOW_CLIP;

/// The text of the last copy, as it was sent. The state keeps it (and no
/// other text of a briefing) because `c` must show what went out, whatever
/// is selected by then.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Clip {
    pub text: String,
    /// What it is, as the messages say: "the quote and its citation".
    pub what: String,
    /// Whether it was added to the clips file, or is being.
    pub kept: bool,
}

/// Rows of the overlay that are not the text: a heading and a footer.
const FRAME_ROWS: u16 = 2;

/// How the status bar offers the overlay after a copy that may not have
/// landed, naming the key bound to it. The file goes by its name only, so
/// that the message fits however deep the state folder is; the overlay
/// names the whole path.
pub fn offer(state: &AppState) -> String {
    match help::keys_for(&state.help_rows, SHOW_CLIP) {
        Some(keys) if !keys.is_empty() => {
            format!("{keys} shows it plain and keeps it in {}", clips::FILE)
        }
        _ => "not offered: no key shows the clip".into(),
    }
}

fn clips_name(state: &AppState) -> String {
    state
        .clips_file
        .as_ref()
        .map_or_else(|| clips::FILE.to_string(), |p| p.display().to_string())
}

/// `c`: the overlay on the last copy, and the copy added to the clips file
/// once (again after a failure).
pub fn show(state: &mut AppState) -> Option<Effect> {
    let Some(clip) = &state.clip else {
        state.message = Some("nothing copied yet: y copies the quote or the briefing".into());
        return None;
    };
    let already = clip.kept;
    state.overlay = Overlay::Clip { scroll: 0 };
    if already {
        state.message = Some(format!("already kept in {}", clips_name(state)));
        return None;
    }
    let Some(path) = state.clips_file.clone() else {
        state.message = Some("no state folder (set BRIEF_STATE_DIR): the clip is not kept".into());
        return None;
    };
    let clip = state.clip.as_mut()?;
    clip.kept = true;
    Some(Effect::KeepClip {
        path,
        text: clip.text.clone(),
        what: clip.what.clone(),
    })
}

/// What became of keeping the clip, for the status bar.
pub fn kept(state: &mut AppState, path: PathBuf, error: Option<String>) -> String {
    match error {
        None => format!("kept in {}", path.display()),
        Some(error) => {
            if let Some(clip) = &mut state.clip {
                clip.kept = false;
            }
            format!("could not keep the clip in {}: {error}", path.display())
        }
    }
}

/// The clip's text as the overlay shows it, a line per row at `width`:
/// made safe for the terminal, its lines wrapped at words.
pub fn lines(text: &str, width: usize) -> Vec<String> {
    let mut rows = Vec::new();
    for line in text.lines() {
        let line = sanitize(line);
        let pieces = wrap::wrap(&line, width.max(1));
        if pieces.is_empty() {
            rows.push(String::new());
        }
        rows.extend(pieces.into_iter().map(|r| line[r].trim_end().to_string()));
    }
    rows
}

/// Rows the overlay has for the text.
pub fn text_rows(state: &AppState) -> usize {
    let frame = state.status_rows + FRAME_ROWS;
    usize::from(state.height.saturating_sub(frame)).max(1)
}

/// A key while the overlay is open: scroll, or close.
pub fn overlay_action(state: &mut AppState, action: Action) {
    let count = state.clip.as_ref().map_or(0, |clip| {
        let lines = lines(&clip.text, usize::from(state.width)).len();
        lines.saturating_sub(text_rows(state)) + 1
    });
    match &mut state.overlay {
        Overlay::Clip { .. } if action == Action::Cancel => state.overlay = Overlay::None,
        Overlay::Clip { scroll } => {
            super::cursor::move_among(scroll, count, action);
        }
        _ => {}
    }
}

#[cfg(test)]
#[path = "clip_tests.rs"]
mod tests;
