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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::state::{Input, update};
    use crate::tui::testing::setup;

    #[test]
    fn marks_another_writer_made_show_at_once_and_the_list_stays() {
        let (store, mut s) = setup(120, 40);
        let shown = s.shown.clone();
        let (doc, other) = (s.shown[0], s.shown[1]);
        let mut marks = s.marks.clone();
        marks.apply(&Change::bookmark(marks.key(&store, doc), true));
        marks.apply(&Change::read(marks.key(&store, other), true));
        let message = s.message.clone();
        let effects = update(
            &mut s,
            &store,
            Input::Marks {
                marks: Some(marks),
                warnings: Vec::new(),
            },
        );
        assert!(effects.is_empty(), "nothing to write: {effects:?}");
        assert!(s.marked.bookmarked.contains(doc) && s.marked.read.contains(other));
        assert_eq!(s.shown, shown);
        assert_eq!(s.message, message, "quiet");
        let said = vec!["log/x.log:3:1: warning: a damaged mark ignored".to_string()];
        let input = Input::Marks {
            marks: None,
            warnings: said.clone(),
        };
        update(&mut s, &store, input);
        assert_eq!(s.message.as_deref(), Some(said[0].as_str()));
        assert!(s.marked.bookmarked.contains(doc), "marks as they were");
    }
}
