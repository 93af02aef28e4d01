//! Carrying out what `update` asked for outside the screen, and saying what
//! became of it when the reader is to hear.

use std::io::{self, Write};

use super::clipboard;
use super::keeping::Shared;
use super::state::{Effect, Outcome};
use super::terminal;
use crate::marks::Marks;

pub fn carry_out(
    terminal: &mut terminal::Tui,
    keeper: &Shared,
    marks: &Marks,
    effect: Effect,
) -> io::Result<Option<Outcome>> {
    match effect {
        Effect::Copy(text) => {
            let in_tmux = std::env::var_os("TMUX").is_some_and(|v| !v.is_empty());
            let mut out = io::stdout().lock();
            out.write_all(&clipboard::osc52(&text, in_tmux))?;
            out.flush()?;
            Ok(None)
        }
        Effect::SaveMarks => Ok(keeper
            .lock()
            .save(marks)
            .err()
            .map(|e| Outcome::NotSaved(e.to_string()))),
        Effect::Suspend => terminal::suspend(terminal).map(|()| None),
        Effect::Open { path, editor } => {
            let (var, fallback) = if editor {
                ("EDITOR", "vi")
            } else {
                ("PAGER", "less")
            };
            let program = std::env::var(var)
                .ok()
                .filter(|p| !p.trim().is_empty())
                .unwrap_or_else(|| fallback.to_string());
            // Through the shell, as $PAGER and $EDITOR may carry arguments.
            let status = terminal::run_outside(terminal, || {
                std::process::Command::new("sh")
                    .arg("-c")
                    .arg(format!("{program} \"$1\""))
                    .arg("sh")
                    .arg(&path)
                    .status()
            })?;
            Ok(match status {
                Ok(s) if s.success() => None,
                Ok(s) => Some(Outcome::Ended {
                    program,
                    status: s.to_string(),
                }),
                Err(e) => Some(Outcome::NotRun {
                    program,
                    error: e.to_string(),
                }),
            })
        }
    }
}
