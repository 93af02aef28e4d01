//! A briefing whole, for showing, quoting and exporting: the store's own
//! when it holds it (one loaded in memory), else read from its file now
//! (one from the index cache, which keeps heads only), with the tags and
//! word count the index gave it. The file is the source of truth.

use std::borrow::Cow;

use crate::load;
use crate::model::{Briefing, Diagnostic};
use crate::store::{DocId, Store};

pub fn whole(store: &Store, doc: DocId) -> Cow<'_, Briefing> {
    if let Some(b) = store.whole(doc) {
        return Cow::Borrowed(b);
    }
    let head = store.head(doc);
    Cow::Owned(match load::read_file(&head.path, &head.id) {
        Ok(mut b) => {
            b.tags.clone_from(&head.tags);
            b.words = head.words;
            b
        }
        Err(problem) => unreadable(head, problem),
    })
}

/// Every briefing whole, newest first (see `whole`).
pub fn wholes(store: &Store) -> impl ExactSizeIterator<Item = Cow<'_, Briefing>> + '_ {
    (0..store.len()).map(|i| whole(store, DocId::from_index(i)))
}

/// What the index knows of a briefing whose file cannot be read now.
fn unreadable(head: &Briefing, problem: Diagnostic) -> Briefing {
    let mut b = head.clone();
    b.quotes.clear();
    b.diagnostics.push(Diagnostic::warning(
        &head.path,
        (1, 1),
        format!("{}; showing what the index holds", problem.message),
    ));
    b
}
