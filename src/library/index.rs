//! The tantivy index's side of an update: its writer, a searcher of what it
//! holds now, and the next file number.

use std::io;

use tantivy::indexer::{LogMergePolicy, NoMergePolicy};
use tantivy::{Index, IndexWriter, ReloadPolicy, Searcher};

use crate::load;
use crate::store::{Store, schema};

/// Files read and indexed at a time, so that a first index holds no more
/// than this many bodies; an update of more gets a writer with more
/// threads and memory.
pub const CHUNK: usize = 2048;

/// Segments with fewer documents than this are merged in the background;
/// larger ones, made by a first index, are left as they are.
const MERGE_BELOW: usize = 5000;

/// A writer for `reads` files; a first index (`first`) merges nothing, and
/// later ones merge only the small segments they leave.
pub fn writer(index: &Index, reads: usize, first: bool) -> io::Result<IndexWriter> {
    let threads = if reads > CHUNK {
        load::workers().clamp(1, 2)
    } else {
        1
    };
    let per_thread = if reads > CHUNK {
        64_000_000
    } else {
        15_000_000
    };
    let writer = index
        .writer_with_num_threads(threads, threads * per_thread)
        .map_err(io::Error::other)?;
    if first {
        writer.set_merge_policy(Box::new(NoMergePolicy));
    } else {
        let mut policy = LogMergePolicy::default();
        policy.set_max_docs_before_merge(MERGE_BELOW);
        writer.set_merge_policy(Box::new(policy));
    }
    Ok(writer)
}

pub fn searcher(index: &Index) -> io::Result<Searcher> {
    let reader = index
        .reader_builder()
        .reload_policy(ReloadPolicy::Manual)
        .try_into()
        .map_err(io::Error::other)?;
    Ok(reader.searcher())
}

/// A number above every file number in use or in the index (whose segments
/// keep deleted documents until they are merged), so a number is never used
/// for two versions of a file.
pub fn next_number(index: &Index, store: Option<&Store>) -> io::Result<u64> {
    let mut next = store.map_or(0, Store::next_file_number);
    for segment in searcher(index)?.segment_readers() {
        if segment.max_doc() > 0
            && let Ok(numbers) = segment.fast_fields().u64(schema::FILE)
        {
            next = next.max(numbers.max_value().saturating_add(1));
        }
    }
    Ok(next)
}
