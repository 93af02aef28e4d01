//! Carrying out what `update` asked for outside the screen, and saying what
//! became of it when the reader is to hear.

use std::io;
use std::sync::Arc;

use super::clipboard::{self, Route};
use super::clips;
use super::keeping::Shared;
use super::state::{Effect, Outcome};
use super::terminal;
use crate::library;
use crate::store::Store;

/// What the loop holds that effects need.
pub struct Hands<'a> {
    pub terminal: &'a mut terminal::Tui,
    pub keeper: &'a Shared,
    /// Where copies go.
    pub route: &'a Route,
}

pub fn carry_out(hands: &mut Hands, store: &Store, effect: Effect) -> io::Result<Option<Outcome>> {
    let Hands {
        terminal,
        keeper,
        route,
    } = hands;
    match effect {
        Effect::Read(docs) => {
            let read = docs
                .into_iter()
                .map(|d| (d, Arc::new(library::shown(store, d).into_owned())))
                .collect();
            Ok(Some(Outcome::Read(read)))
        }
        Effect::Copy { text, what } => {
            let delivery = clipboard::deliver(route, &text, &mut io::stdout().lock())?;
            Ok(Some(Outcome::Copied { what, delivery }))
        }
        Effect::KeepClip { path, text, what } => {
            // The clock is read here, by the loop, never by `update`.
            let when = chrono::Local::now().format("%Y-%m-%d %H:%M:%S %:z");
            let entry = clips::entry(&when.to_string(), &what, &text);
            let error = clips::append(&path, &entry).err().map(|e| e.to_string());
            Ok(Some(Outcome::Kept { path, error }))
        }
        Effect::Record(changes) => Ok(keeper
            .lock()
            .record(changes)
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
