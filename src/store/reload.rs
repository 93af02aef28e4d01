//! Loading the files again while the reader is open: what changed since the
//! store in use, and briefings that turned invalid kept in their last good
//! version with the new diagnostics.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use super::Store;
use crate::load::{self, Loaded};
use crate::model::{Briefing, Diagnostic, Severity};

/// What a reload found, counted by briefing id.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Changes {
    pub new: usize,
    pub changed: usize,
    pub removed: usize,
    /// Now invalid, so shown as they last were.
    pub kept: usize,
}

impl Changes {
    pub fn is_empty(&self) -> bool {
        *self == Changes::default()
    }

    /// "3 new, 1 changed, 2 removed, 1 invalid (last good version kept)".
    pub fn summary(&self) -> String {
        let parts = [
            (self.new, "new"),
            (self.changed, "changed"),
            (self.removed, "removed"),
            (self.kept, "invalid (last good version kept)"),
        ];
        let text: Vec<String> = parts
            .iter()
            .filter(|(n, _)| *n > 0)
            .map(|(n, what)| format!("{n} {what}"))
            .collect();
        if text.is_empty() {
            "reloaded: nothing changed".into()
        } else {
            text.join(", ")
        }
    }
}

/// Loads `paths` afresh, keeping the last good version of briefings of
/// `old` that have become invalid, and says what changed.
pub fn reload(paths: &[PathBuf], old: &Store) -> (Store, Changes) {
    let mut loaded = load::load(paths);
    let kept = keep_last_good(&mut loaded, old);
    let store = Store::build(loaded);
    let mut changes = compare(old, &store);
    changes.kept = kept;
    changes.changed = changes.changed.saturating_sub(kept);
    (store, changes)
}

fn has_errors(diagnostics: &[Diagnostic]) -> bool {
    diagnostics.iter().any(|d| d.severity == Severity::Error)
}

fn last_good(old: &Briefing, now: Vec<Diagnostic>, path: &Path) -> Briefing {
    let mut kept = old.clone();
    kept.diagnostics = now;
    kept.diagnostics.push(Diagnostic::warning(
        path,
        (1, 1),
        "the file no longer reads as a valid briefing; showing its last good version",
    ));
    kept
}

fn keep_last_good(loaded: &mut Loaded, old: &Store) -> usize {
    let good: HashMap<&Path, &Briefing> = old
        .iter()
        .filter(|b| !has_errors(&b.diagnostics))
        .map(|b| (b.path.as_path(), b))
        .collect();
    let mut kept = 0;
    for b in &mut loaded.briefings {
        if let Some(previous) = good
            .get(b.path.as_path())
            .filter(|_| has_errors(&b.diagnostics))
        {
            let path = b.path.clone();
            *b = last_good(previous, std::mem::take(&mut b.diagnostics), &path);
            kept += 1;
        }
    }
    let mut still_skipped = Vec::new();
    for d in std::mem::take(&mut loaded.skipped) {
        match good.get(d.path.as_path()) {
            Some(previous) => {
                let path = d.path.clone();
                loaded.briefings.push(last_good(previous, vec![d], &path));
                kept += 1;
            }
            None => still_skipped.push(d),
        }
    }
    loaded.skipped = still_skipped;
    kept
}

fn compare(old: &Store, new: &Store) -> Changes {
    let before: HashMap<&str, &Briefing> = old.iter().map(|b| (b.id.as_str(), b)).collect();
    let mut changes = Changes::default();
    let mut seen = 0;
    for b in new.iter() {
        match before.get(b.id.as_str()) {
            Some(previous) => {
                seen += 1;
                if *previous != b {
                    changes.changed += 1;
                }
            }
            None => changes.new += 1,
        }
    }
    changes.removed = before.len() - seen;
    changes
}

#[cfg(test)]
#[path = "reload_tests.rs"]
mod tests;
