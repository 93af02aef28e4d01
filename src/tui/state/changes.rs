//! Changes of the marks the state holds: the reader's own, which the loop
//! writes to the log, and those other readers and commands wrote, which the
//! loop's poll brings in. After those, the marks and their sets follow at
//! once; the list stays as it is until the filter changes, as after `r`, so
//! a row never vanishes under the cursor.

use super::{AppState, Effect};
use crate::marks::{Change, MarkSets, Marks};
use crate::store::{DocSet, Store};

/// Makes `changes` in the marks the state holds, and asks the loop to
/// write them to the log.
pub fn change(state: &mut AppState, changes: Vec<Change>) -> Effect {
    for c in &changes {
        state.marks.apply(c);
    }
    Effect::Record(changes)
}

pub fn merged(state: &mut AppState, store: &Store, marks: Option<Marks>, warnings: Vec<String>) {
    if let Some(marks) = marks {
        state.marks = marks;
        resolve_again(state, store);
    }
    if !warnings.is_empty() {
        state.message = Some(warnings.join("; "));
    }
}

/// The sets of the marks made again from them; what is new stays.
pub fn resolve_again(state: &mut AppState, store: &Store) {
    let new = std::mem::replace(&mut state.marked.new, DocSet::empty(0));
    state.marked = MarkSets {
        new,
        ..MarkSets::resolve(store, &state.marks, None)
    };
}
