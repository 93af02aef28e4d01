//! Read marks, bookmarks and notes in the reader. A briefing counts as read
//! once the analyst has had it open (`opening`) for `auto_read` (the
//! configuration's, 2 s by default) without typing a line, by the loop's
//! clock (sent as `Input::Tick`), or at once when its text is scrolled or
//! shown alone; with `auto_read = "off"` only `r` marks it. Each change of
//! the marks asks the event loop to save them.

use std::time::Instant;

use super::changes::change;
use super::editor::LineEditor;
use super::opening;
use super::undo::{Before, Undo};
use super::{AppState, Confirm, Effect};
use crate::marks::Change;
use crate::store::{DocId, Store};
use crate::text::plural;
use crate::tui::action::Action;

/// The briefing that would become read by staying on screen: the selected
/// one, unread, open, with the detail pane showing, nothing over it and no
/// line being typed.
pub fn read_candidate(state: &AppState) -> Option<DocId> {
    let doc = state.selected_doc()?;
    let open = state.opened == Some(doc) && opening::browsing(state);
    let shown = state.areas().detail.is_some();
    let kept = state.kept_unread == Some(doc);
    let auto = state.auto_read.is_some();
    (auto && open && shown && !kept && !state.marked.read.contains(doc)).then_some(doc)
}

/// When the loop should send a `Tick`; `None` while nothing is waiting.
pub fn read_deadline(state: &AppState) -> Option<Instant> {
    let (doc, since) = state.reading?;
    (read_candidate(state) == Some(doc)).then_some(since + state.auto_read?)
}

pub fn tick(state: &mut AppState, store: &Store, now: Instant) -> Option<Effect> {
    match (read_candidate(state), state.reading) {
        (None, _) => state.reading = None,
        (Some(doc), Some((waiting, since))) if doc == waiting => {
            if state
                .auto_read
                .is_some_and(|after| now.saturating_duration_since(since) >= after)
            {
                return Some(mark_read(state, store, doc));
            }
        }
        (Some(doc), _) => state.reading = Some((doc, now)),
    }
    None
}

/// Reads the open briefing now, as its text was scrolled or shown alone.
pub fn read_now(state: &mut AppState, store: &Store) -> Option<Effect> {
    let doc = read_candidate(state)?;
    Some(mark_read(state, store, doc))
}

fn mark_read(state: &mut AppState, store: &Store, doc: DocId) -> Effect {
    state.reading = None;
    state.marked.read.insert(doc);
    let key = state.marks.key(store, doc);
    change(state, vec![Change::read(key, true)])
}

/// `r`: read becomes unread (and stays so while it is shown), unread read.
pub fn toggle_read(state: &mut AppState, store: &Store) -> Option<Effect> {
    let doc = state.selected_doc()?;
    let read = state.marked.read.contains(doc);
    state.undo = Some(Undo::of(
        format!(
            "marking {} {}",
            store.id(doc),
            if read { "unread" } else { "read" }
        ),
        Before::Read {
            keys: vec![state.marks.key(store, doc)],
            read,
        },
    ));
    if read {
        state.marked.read.remove(doc);
        let key = state.marks.key(store, doc);
        state.kept_unread = Some(doc);
        state.reading = None;
        state.message = Some("marked unread".into());
        return Some(change(state, vec![Change::read(key, false)]));
    }
    state.kept_unread = None;
    state.message = Some("marked read".into());
    Some(mark_read(state, store, doc))
}

/// How many of the shown briefings are unread.
pub fn shown_unread(state: &AppState) -> usize {
    crate::marks::counts(&state.marked, &state.shown_set).0
}

/// `R`: asks whether to mark every shown briefing read.
pub fn ask_all_read(state: &mut AppState) {
    if shown_unread(state) == 0 {
        state.message = Some("every shown briefing is read already".into());
    } else {
        state.confirm = Some(Confirm::AllRead);
    }
}

/// The answer to a question: `y` does it, `n` or Esc does nothing.
pub fn answer(state: &mut AppState, store: &Store, action: Action) -> Option<Effect> {
    match action {
        Action::Submit => {
            state.confirm = None;
            mark_all_read(state, store)
        }
        Action::Cancel => {
            state.confirm = None;
            state.message = Some("nothing marked".into());
            None
        }
        _ => None,
    }
}

fn mark_all_read(state: &mut AppState, store: &Store) -> Option<Effect> {
    let unread: Vec<DocId> = state
        .shown
        .iter()
        .copied()
        .filter(|&doc| !state.marked.read.contains(doc))
        .collect();
    if unread.is_empty() {
        return None;
    }
    let keys: Vec<String> = unread.iter().map(|&d| state.marks.key(store, d)).collect();
    for &doc in &unread {
        state.marked.read.insert(doc);
    }
    let changes = keys.iter().map(|k| Change::read(k.clone(), true)).collect();
    let what = format!("marking {} read", plural(keys.len(), "briefing"));
    state.message = Some(format!("{} marked read", plural(keys.len(), "briefing")));
    state.undo = Some(Undo::of(what, Before::Read { keys, read: false }));
    state.kept_unread = None;
    state.reading = None;
    Some(change(state, changes))
}

/// `u` / `U`: the next (previous) unread briefing in the list, wrapping.
pub fn next_unread(state: &mut AppState, forward: bool) {
    let n = state.shown.len();
    let unread = |i: usize| !state.marked.read.contains(state.shown[i]);
    let found = (1..=n)
        .map(|k| {
            let i = if forward {
                (state.selected + k) % n
            } else {
                (state.selected + n - k) % n
            };
            (k, i)
        })
        .find(|&(_, i)| unread(i));
    match found {
        Some((_, i)) if i == state.selected => {
            state.message = Some("no other unread briefing is shown".into());
        }
        Some((_, i)) => {
            let wrapped = if forward {
                i < state.selected
            } else {
                i > state.selected
            };
            super::cursor::select(state, i);
            if wrapped {
                let end = if forward { "top" } else { "bottom" };
                state.message = Some(format!("wrapped to the {end}"));
            }
        }
        None => state.message = Some("no unread briefing is shown".into()),
    }
}

pub fn toggle_bookmark(state: &mut AppState, store: &Store) -> Option<Effect> {
    let doc = state.selected_doc()?;
    let key = state.marks.key(store, doc);
    let on = state.marks.bookmarks.contains(&key);
    let what = if on {
        "removing the bookmark of"
    } else {
        "bookmarking"
    };
    state.undo = Some(Undo::of(
        format!("{what} {}", store.id(doc)),
        Before::Bookmark {
            key: key.clone(),
            on,
        },
    ));
    if on {
        state.marked.bookmarked.remove(doc);
        state.message = Some("bookmark removed".into());
    } else {
        state.marked.bookmarked.insert(doc);
        state.message = Some("bookmarked (is:bookmarked lists them)".into());
    }
    Some(change(state, vec![Change::bookmark(key, !on)]))
}

/// `a`: the note editor, holding the current note.
pub fn edit_note(state: &mut AppState, store: &Store) {
    if let Some(doc) = state.selected_doc() {
        let note = state.marks.note(&state.marks.key(store, doc)).unwrap_or("");
        state.note = Some(LineEditor::new(note));
    }
}

pub fn note_action(state: &mut AppState, store: &Store, action: Action) -> Option<Effect> {
    let editor = state.note.as_mut()?;
    match action {
        Action::Cancel => state.note = None,
        Action::Submit => {
            let text = editor.text().trim().to_string();
            state.note = None;
            let doc = state.selected_doc()?;
            let key = state.marks.key(store, doc);
            let before = state.marks.notes.get(&key).cloned();
            let after = (!text.is_empty()).then_some(text);
            if after.is_none() {
                state.marked.noted.remove(doc);
                state.message = before.is_some().then(|| "note removed".into());
            } else {
                state.marked.noted.insert(doc);
                state.message = Some("note saved".into());
            }
            if before != after {
                let what = if before.is_none() {
                    "the note on"
                } else {
                    "the change of the note on"
                };
                state.undo = Some(Undo::of(
                    format!("{what} {}", store.id(doc)),
                    Before::Note {
                        key: key.clone(),
                        text: before,
                    },
                ));
                return Some(change(state, vec![Change::note(key, after)]));
            }
        }
        other => {
            editor.apply(other);
        }
    }
    None
}

#[cfg(test)]
#[path = "marking_tests.rs"]
mod tests;
