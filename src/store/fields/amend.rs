//! The field indexes of an amended store, made from those of the store
//! before by moving each position to its new place, rather than built anew
//! from every briefing: only the briefings added are looked at.

use std::collections::BTreeMap;

use std::os::unix::ffi::OsStrExt;

use super::{Fields, Gathered, Names, SourceEntry, speakers};
use crate::model::Briefing;
use crate::store::DocId;

/// Where a position of an amended store comes from: a position of the
/// store before, or a briefing added.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    Old(u32),
    New(u32),
}

/// Marks a position of the store before that is gone.
pub const GONE: u32 = u32::MAX;

impl Fields {
    /// The fields of the store laid out as `origins`, where `new_of_old`
    /// gives each old position's new one (or `GONE`) and `added` are the
    /// briefings added. `source_of` names the source of an old position, for
    /// a source whose first briefing changes.
    pub fn amend(
        &self,
        origins: &[Origin],
        new_of_old: &[u32],
        added: &[Briefing],
        source_of: impl Fn(DocId) -> Option<String>,
    ) -> Fields {
        let remap = |list: &[DocId]| -> Vec<DocId> {
            list.iter()
                .map(|d| new_of_old[d.index()])
                .filter(|&n| n != GONE)
                .map(DocId)
                .collect()
        };
        let mut added_at = vec![DocId(0); added.len()];
        let mut f = Fields {
            ids: Names::beside(&self.ids),
            id_of: Names::beside(&self.id_of),
            path_of: Names::beside(&self.path_of),
            ..Fields::default()
        };
        for (i, origin) in origins.iter().enumerate() {
            match *origin {
                Origin::Old(old) => {
                    let old = old as usize;
                    f.id_of.push_from(&self.id_of, old);
                    f.path_of.push_from(&self.path_of, old);
                    f.dates.push(self.dates[old]);
                }
                Origin::New(k) => {
                    let b = &added[k as usize];
                    added_at[k as usize] = DocId::from_index(i);
                    f.id_of.push(b.id.as_bytes());
                    f.path_of.push(b.path.as_os_str().as_bytes());
                    f.dates.push(b.date);
                }
            }
        }
        f.tags = self
            .tags
            .iter()
            .map(|(name, docs)| (name.clone(), remap(docs)))
            .collect();
        for (list, old) in f.by_priority.iter_mut().zip(&self.by_priority) {
            *list = remap(old);
        }
        f.with_quotes = remap(&self.with_quotes);
        f.with_url = remap(&self.with_url);
        f.with_summary = remap(&self.with_summary);
        f.diagnosed = (self.diagnosed.iter())
            .filter(|(d, _)| new_of_old[d.index()] != GONE)
            .map(|&(d, n)| (DocId(new_of_old[d.index()]), n))
            .collect();
        let sources: BTreeMap<String, SourceEntry> = (self.sources.iter())
            .map(|s| {
                let entry = SourceEntry {
                    folded: s.folded.clone(),
                    name: s.name.clone(),
                    docs: remap(&s.docs),
                };
                (s.folded.clone(), entry)
            })
            .collect();
        let mut gathered = Gathered {
            sources,
            ids: Vec::with_capacity(added.len()),
            speakers: Default::default(),
        };
        for (b, &id) in added.iter().zip(&added_at) {
            f.add(&mut gathered, id, b);
        }
        let Gathered {
            sources,
            mut ids,
            speakers: speaking,
        } = gathered;
        f.speakers = (self.speakers).amend(new_of_old, speakers::finish(speaking));
        ids.sort();
        self.merge_ids(&mut f, &ids, new_of_old);
        // What was added went to the end of lists in position order; a
        // stable sort merges the two runs in linear time.
        f.tags.retain(|_, docs| !docs.is_empty());
        f.tags.values_mut().for_each(|docs| docs.sort());
        for list in f.by_priority.iter_mut().chain([
            &mut f.with_quotes,
            &mut f.with_url,
            &mut f.with_summary,
        ]) {
            list.sort();
        }
        f.diagnosed.sort();
        f.sources = sources
            .into_values()
            .filter(|s| !s.docs.is_empty())
            .map(|mut s| {
                s.docs.sort();
                // A source is named as its first briefing writes it.
                let first = s.docs[0];
                let named = match origins[first.index()] {
                    Origin::New(k) => added[k as usize].source.clone(),
                    Origin::Old(old) if self.first_of(&s.folded) == Some(DocId(old)) => None,
                    Origin::Old(old) => source_of(DocId(old)),
                };
                if let Some(name) = named {
                    s.name = name;
                }
                s
            })
            .collect();
        f.rank_sources();
        f
    }

    /// The folded ids of the briefings kept, at their new positions (which
    /// keeps them sorted), with `added` (sorted) merged in.
    fn merge_ids(&self, f: &mut Fields, added: &[(String, DocId)], new_of_old: &[u32]) {
        let mut next = added.iter().peekable();
        for (i, d) in self.id_docs.iter().enumerate() {
            let doc = new_of_old[d.index()];
            if doc == GONE {
                continue;
            }
            let here = (self.ids.get(i), DocId(doc));
            while let Some((id, d)) = next.next_if(|(id, d)| (id.as_bytes(), *d) < here) {
                f.ids.push(id.as_bytes());
                f.id_docs.push(*d);
            }
            f.ids.push_from(&self.ids, i);
            f.id_docs.push(DocId(doc));
        }
        for (id, d) in next {
            f.ids.push(id.as_bytes());
            f.id_docs.push(*d);
        }
    }

    /// The first briefing of the source folded as `folded`.
    fn first_of(&self, folded: &str) -> Option<DocId> {
        let at = (self.sources)
            .binary_search_by(|s| s.folded.as_str().cmp(folded))
            .ok()?;
        self.sources[at].docs.first().copied()
    }
}
