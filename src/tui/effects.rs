//! Carrying out what `update` asked for outside the screen.

use std::io::{self, Write};

use super::clipboard;
use super::keeping::Keeper;
use super::state::{AppState, Effect};
use super::terminal;

pub fn carry_out(
    terminal: &mut terminal::Tui,
    state: &mut AppState,
    keeper: &mut Keeper,
    effect: Effect,
) -> io::Result<()> {
    match effect {
        Effect::Copy(text) => {
            let in_tmux = std::env::var_os("TMUX").is_some_and(|v| !v.is_empty());
            let mut out = io::stdout().lock();
            out.write_all(&clipboard::osc52(&text, in_tmux))?;
            out.flush()
        }
        Effect::SaveMarks => {
            keeper.save(state);
            Ok(())
        }
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
            match status {
                Ok(s) if s.success() => {}
                Ok(s) => state.message = Some(format!("{program} ended with {s}")),
                Err(e) => state.message = Some(format!("cannot run {program}: {e}")),
            }
            Ok(())
        }
    }
}
