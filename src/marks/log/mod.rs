//! The marks as a log of changes (see `journal`): each change an entry
//! with its time and writer, the marks the merge of them all.

mod compact;
mod entry;
mod files;
mod journal;
mod ledger;
mod lock;

pub use compact::{Compacted, compact, due};
pub use entry::{Entry, HEADER, Kind, Mark};
pub use files::{Found, list, read_whole};
pub use journal::{Journal, LOG_DIR};
pub use ledger::Ledger;
