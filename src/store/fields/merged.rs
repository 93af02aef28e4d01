//! The field indexes of a merged store (see `store::merge`), from those of
//! the store before and those of the briefings added, list by list, with
//! nothing gathered again.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::OnceLock;

use super::{Fields, Names, SourceEntry};
use crate::store::DocId;
use crate::store::merge::{Merge, Origin};

impl Fields {
    /// The fields of `merge`'s store, whose briefings are those kept of
    /// `before` and those of `added`. Who is quoted where is left to be
    /// made from the index when first asked for.
    pub fn merged(before: &Fields, added: &Fields, merge: &Merge) -> Fields {
        let list = |b: &[DocId], a: &[DocId]| merge.list(b, a);
        let names: BTreeSet<&String> = before.tags.keys().chain(added.tags.keys()).collect();
        let tags: BTreeMap<String, Vec<DocId>> = (names.into_iter())
            .map(|tag| (tag.clone(), list(tagged(before, tag), tagged(added, tag))))
            .filter(|(_, docs)| !docs.is_empty())
            .collect();
        let mut fields = Fields {
            tags,
            sources: sources(&before.sources, &added.sources, merge),
            by_priority: [0, 1, 2].map(|p| list(&before.by_priority[p], &added.by_priority[p])),
            with_quotes: list(&before.with_quotes, &added.with_quotes),
            with_url: list(&before.with_url, &added.with_url),
            with_summary: list(&before.with_summary, &added.with_summary),
            diagnosed: diagnosed(&before.diagnosed, &added.diagnosed, merge),
            speakers: OnceLock::new(),
            ..Fields::default()
        };
        let bytes = |f: &Fields| f.id_of.byte_len() + f.path_of.byte_len();
        let room = bytes(before) + bytes(added);
        fields.id_of = Names::with_capacity(merge.len(), room / 3);
        fields.path_of = Names::with_capacity(merge.len(), room);
        fields.dates.reserve(merge.len());
        for &origin in &merge.order {
            let (from, i) = match origin {
                Origin::Before(p) => (before, p as usize),
                Origin::Added(k) => (added, k as usize),
            };
            fields.id_of.push(from.id_of.get(i));
            fields.path_of.push(from.path_of.get(i));
            fields.dates.push(from.dates[i]);
        }
        fields.rank_sources();
        fields
    }
}

/// The sources of both, by folded name.
fn sources(before: &[SourceEntry], added: &[SourceEntry], merge: &Merge) -> Vec<SourceEntry> {
    let mut by_folded: BTreeMap<&str, (Option<&SourceEntry>, Option<&SourceEntry>)> =
        BTreeMap::new();
    before
        .iter()
        .for_each(|s| by_folded.entry(&s.folded).or_default().0 = Some(s));
    added
        .iter()
        .for_each(|s| by_folded.entry(&s.folded).or_default().1 = Some(s));
    let mut merged: Vec<SourceEntry> = (by_folded.into_iter())
        .map(|(folded, (b, a))| SourceEntry {
            folded: folded.to_owned(),
            docs: merge.list(docs(b), docs(a)),
        })
        .collect();
    merged.retain(|s| !s.docs.is_empty());
    merged
}

fn tagged<'a>(fields: &'a Fields, tag: &str) -> &'a [DocId] {
    fields.tags.get(tag).map_or(&[], Vec::as_slice)
}

fn docs(s: Option<&SourceEntry>) -> &[DocId] {
    s.map_or(&[], |s| s.docs.as_slice())
}

fn diagnosed(before: &[(DocId, u32)], added: &[(DocId, u32)], merge: &Merge) -> Vec<(DocId, u32)> {
    let mut merged: Vec<(DocId, u32)> = (before.iter())
        .filter_map(|&(d, n)| Some((merge.before(d)?, n)))
        .chain(
            added
                .iter()
                .map(|&(d, n)| (DocId(merge.of_added[d.index()]), n)),
        )
        .collect();
    merged.sort_unstable();
    merged
}
