//! The store of a commit made on the index another store came from, put
//! together from that store: segments are immutable, so a segment both
//! commits hold has the same documents at the same places, and only the
//! documents the commit added are read from their columns. At a million
//! briefings this takes a tenth of what `from_index` takes, which gathers
//! every document again.

use std::io;
use std::time::Instant;

use rustc_hash::FxHashMap;
use tantivy::index::SegmentId;
use tantivy::{DocAddress, Searcher};

use super::columns::Columns;
use super::{Row, Saved, add_rule_tags, gather, kept_problems, positions, tag_untagged, untagged};
use crate::load::TagRule;
use crate::model::Diagnostic;
use crate::store::briefings::{Briefings, Filed};
use crate::store::fields::Fields;
use crate::store::merge::{GONE, Merge, Origin, newest_first, union};
use crate::store::together::{Walked, doc_of, walk_positions};
use crate::store::{DocId, Indexed, Parts, Store, TextIndex, Timings, schema};

#[cfg(test)]
thread_local! {
    /// How many stores this thread carried over a commit.
    pub static CARRIED: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// A document the commit added: its segment and its place there.
type Added = (u32, u32);

/// Where each document of the store before is now, and those added.
type Found = (Vec<DocAddress>, Vec<Added>);

impl Store {
    /// The store of what `searcher` holds, put together from `previous`,
    /// a whole store from the same index before the commit; `saved` is
    /// the commit's payload, which must carry `previous`'s rule tags
    /// (`Store::saved`). `None` when `previous` cannot be carried over (a
    /// store in memory or of the newest briefings only, rules to apply
    /// to every file again, or an index that does not agree with it): then
    /// `from_index` puts the store together.
    pub fn from_commit(
        previous: &Store,
        searcher: Searcher,
        saved: &Saved,
        rules: &[TagRule],
        (diagnostics, timings): (Vec<Diagnostic>, Timings),
        walk: &[Walked],
    ) -> io::Result<Option<Store>> {
        let started = Instant::now();
        let first_new = previous.next_file_number();
        let Briefings::Filed(before) = &previous.briefings else {
            return Ok(None);
        };
        if previous.preview_of.is_some() || saved.tagged_below < first_new {
            return Ok(None);
        }
        let Some((addresses, added)) = find(previous, &searcher, first_new)? else {
            return Ok(None);
        };
        // The segments that hold added documents, read.
        let by_segment: Vec<&[Added]> = added.chunk_by(|a, b| a.0 == b.0).collect();
        let columns = (by_segment.iter())
            .map(|docs| {
                let mut c = Columns::of(&searcher.segment_readers()[docs[0].0 as usize])?;
                c.read_terms()?;
                Ok(c)
            })
            .collect::<io::Result<Vec<_>>>()?;
        let mut rows: Vec<Row> = Vec::with_capacity(added.len());
        for (place, (docs, c)) in by_segment.iter().zip(&columns).enumerate() {
            for &(_, doc) in *docs {
                let (segment, date, id) = (place as u32, c.date(doc), c.id(doc));
                rows.push(Row {
                    segment,
                    doc,
                    date,
                    id,
                });
            }
        }
        rows.sort_unstable_by(|a, b| newest_first((a.date, a.id), (b.date, b.id)));
        let (added_files, added_lengths, gathering) = gather(&columns, &rows)?;
        let added_fields = gathering.finish();
        let kept: Vec<bool> = addresses.iter().map(|a| a.segment_ord != GONE).collect();
        let keys: Vec<_> = rows.iter().map(|r| (r.date, r.id)).collect();
        let merge = Merge::new(|p| previous.key(p), &kept, &keys);
        let mut files = Vec::with_capacity(merge.len());
        let mut lengths = Vec::with_capacity(merge.len());
        let mut placed = Vec::with_capacity(merge.len());
        for &origin in &merge.order {
            match origin {
                Origin::Before(p) => {
                    let d = DocId(p);
                    files.push(previous.file(d));
                    lengths.push(previous.text_length(d));
                    placed.push(addresses[p as usize]);
                }
                Origin::Added(k) => {
                    let (k, row) = (k as usize, &rows[k as usize]);
                    files.push(added_files[k]);
                    lengths.push(added_lengths[k]);
                    placed.push(DocAddress::new(
                        by_segment[row.segment as usize][0].0,
                        row.doc,
                    ));
                }
            }
        }
        let text =
            TextIndex::at_positions(searcher.clone(), positions(&searcher, &placed), lengths)?;
        if !text.holds_each_once() {
            return Ok(None);
        }
        let mut fields = Fields::merged(&previous.fields, &added_fields, &merge);
        let untagged = untagged(&files, saved);
        // The fields carry the rules' tags of the briefings before.
        let hits = tag_untagged(Vec::new(), rules, &text, &untagged);
        add_rule_tags(&mut fields, &hits);
        let mut rule_tags: Vec<(String, Vec<DocId>)> = (before.rule_tags().iter())
            .map(|(tag, docs)| (tag.clone(), merge.list(docs, &[])))
            .collect();
        for (tag, docs) in hits {
            match rule_tags.binary_search_by(|(t, _)| t.cmp(&tag)) {
                Ok(at) => union(&mut rule_tags[at].1, &docs),
                Err(at) => rule_tags.insert(at, (tag, docs)),
            }
        }
        rule_tags.retain(|(_, docs)| !docs.is_empty());
        let position = numbered(&files, saved.kept.iter().map(|(n, _)| *n));
        let kept = kept_problems(saved, &mut fields, |n| position.get(n).copied());
        let added_at: FxHashMap<u64, u32> = (merge.of_added.iter().enumerate())
            .map(|(k, &at)| (added_files[k].number, at))
            .collect();
        let order = walk_positions(
            walk,
            merge.len(),
            |n| added_at.get(&n).copied(),
            |d| merge.before(d).map(|d| d.0),
        );
        let filed = Filed::new(searcher, placed, rule_tags, kept);
        let parts = Parts::filed(filed, files, (text, fields), saved, Some(order));
        let mut store = Store::assemble(parts, diagnostics, timings, started);
        store.untagged = untagged.count();
        #[cfg(test)]
        CARRIED.with(|c| c.set(c.get() + 1));
        Ok(Some(store))
    }

    /// What orders the briefing at position `p`.
    fn key(&self, p: usize) -> (Option<chrono::NaiveDate>, &str) {
        let d = DocId::from_index(p);
        (self.date(d), self.id(d))
    }
}

/// For each position of `previous`, where its document is in `searcher`
/// (`segment_ord` `GONE` if deleted), and the documents added, by segment;
/// `None` if a document alive in `searcher` is neither one `previous` held
/// nor one numbered from `first_new` on.
fn find(previous: &Store, searcher: &Searcher, first_new: u64) -> io::Result<Option<Found>> {
    let before: FxHashMap<SegmentId, &[u32]> = (previous.text.segments())
        .map(|(segment, docs)| (segment.segment_id(), docs))
        .collect();
    let mut addresses = vec![DocAddress::new(GONE, 0); previous.len()];
    let mut added = Vec::new();
    // Made only if a merge moved documents of `previous` to a new segment.
    let mut numbers_before: Option<FxHashMap<u64, u32>> = None;
    for (s, segment) in searcher.segment_readers().iter().enumerate() {
        let alive = segment.alive_bitset();
        let live = (0..segment.max_doc()).filter(|&d| alive.is_none_or(|a| a.is_alive(d)));
        if let Some(docs) = before.get(&segment.segment_id()) {
            for d in live {
                match docs.get(d as usize) {
                    Some(&p) if p != GONE => addresses[p as usize] = DocAddress::new(s as u32, d),
                    _ => return Ok(None),
                }
            }
            continue;
        }
        let column = segment.fast_fields().u64(schema::FILE);
        let numbers = column.map_err(|e| io::Error::other(e.to_string()))?;
        if numbers.num_docs() != segment.max_doc() {
            return Err(io::Error::other("a segment's document count is wrong"));
        }
        for d in live {
            let number = numbers
                .first(d)
                .ok_or_else(|| io::Error::other("a document has no file"))?;
            if number >= first_new {
                added.push((s as u32, d));
                continue;
            }
            let map = numbers_before.get_or_insert_with(|| doc_of(&previous.files));
            match map.get(&number) {
                // A file held twice is for `from_index` to refuse.
                Some(&p) if addresses[p as usize].segment_ord == GONE => {
                    addresses[p as usize] = DocAddress::new(s as u32, d)
                }
                _ => return Ok(None),
            }
        }
    }
    Ok(Some((addresses, added)))
}

/// The positions of the files of `numbers` among `files`, found in one pass.
fn numbered(files: &[Indexed], numbers: impl Iterator<Item = u64>) -> FxHashMap<u64, DocId> {
    let mut wanted: FxHashMap<u64, Option<DocId>> = numbers.map(|n| (n, None)).collect();
    if !wanted.is_empty() {
        for (i, f) in files.iter().enumerate() {
            if let Some(at) = wanted.get_mut(&f.number) {
                *at = Some(DocId::from_index(i));
            }
        }
    }
    wanted
        .into_iter()
        .filter_map(|(n, at)| Some((n, at?)))
        .collect()
}
