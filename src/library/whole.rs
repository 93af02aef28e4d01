//! A briefing whole, for showing, quoting and exporting: the store's own
//! when it holds it (one loaded in memory), else read from its file now
//! (one from the index cache, which keeps heads only), with the tags and
//! word count the index gave it. The file is the source of truth.

use std::borrow::Cow;

use crate::load;
use crate::model::{Briefing, Diagnostic};
use crate::store::{DocId, Store, oversized_warning};

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

/// A briefing as shown to be read: whole, or, when its file is over the
/// store's show limit, cut there (`Briefing::cut`) with the warning among
/// its problems. A store from the index cache keeps no text: then only the
/// start of the file is read, so that the time taken does not grow with it.
pub fn shown(store: &Store, doc: DocId) -> Cow<'_, Briefing> {
    let Some((file, limit)) = over_limit(store, doc) else {
        return whole(store, doc);
    };
    let head = store.head(doc);
    let mut b = match store.whole(doc) {
        Some(b) => b.cut(limit, file),
        None => match load::read_file_start(&head.path, &head.id, limit) {
            Ok(mut b) => {
                b.tags.clone_from(&head.tags);
                b.words = head.words;
                // Those of the whole file, as indexed.
                b.diagnostics.clone_from(&head.diagnostics);
                b.cut(limit, file)
            }
            Err(problem) => return Cow::Owned(unreadable(head, problem)),
        },
    };
    b.diagnostics
        .insert(0, oversized_warning(&head.path, file, limit));
    Cow::Owned(b)
}

/// The size of `doc`'s file and the show limit, when it is over it.
fn over_limit(store: &Store, doc: DocId) -> Option<(u64, u64)> {
    let limit = store.show_limit()?;
    let file = match store.oversized_file(doc) {
        Some(size) => size,
        // A file read just after it changed, of which the index keeps
        // neither the size nor the text.
        None if store.file(doc).stat.is_none() && store.whole(doc).is_none() => {
            std::fs::metadata(store.path(doc)).ok()?.len()
        }
        None => return None,
    };
    (file > limit).then_some((file, limit))
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

#[cfg(test)]
#[path = "shown_tests.rs"]
mod tests;
