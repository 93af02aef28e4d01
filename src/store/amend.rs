//! Amending a store that came from the catalog: some briefings gone, some
//! added, everything else moved to its new position without being decoded.
//! What a day's few new files cost is then proportional to them and to the
//! count of briefings in integers, not to every head in the archive.

use std::io;
use std::sync::Arc;
use std::time::Instant;

use super::briefings::{Amended, Briefings, Filed};
use super::cache::records;
use super::cache::wire::Writer;
use super::fields::{Fields, GONE, Origin};
use super::together::{newest_first, rule_hits, walk_positions};
use super::{
    DocId, DocSet, Entry, Indexed, Parts, Skipped, Store, TextIndex, Timings, Walked, doc_of,
};
use crate::load::TagRule;
use crate::model::{Briefing, Diagnostic, TagOrigin};

/// What changed since a store was made.
pub struct Amendment {
    /// Positions of the store before whose briefings are gone or replaced.
    pub gone: Vec<DocId>,
    /// Heads (no body text) of the briefings added; the tag rules are
    /// applied to the `fresh` ones.
    pub added: Vec<Entry>,
    /// Each file found, in the walk's order.
    pub walk: Vec<Walked>,
    pub searcher: tantivy::Searcher,
    pub rules: Vec<TagRule>,
    pub diagnostics: Vec<Diagnostic>,
    pub skipped: Vec<Skipped>,
    pub timings: Timings,
}

/// A store from the catalog, or its parts before they make one.
pub(super) struct Before<'a> {
    pub filed: &'a Filed,
    pub files: &'a [Indexed],
    pub fields: &'a Fields,
    pub lengths: &'a [u32],
}

impl Store {
    /// The store as `amendment` leaves it. Only a store that came from the
    /// catalog can be amended; one in memory is put together anew.
    pub fn amend(&self, amendment: Amendment) -> io::Result<Store> {
        let Briefings::Filed(filed) = &self.briefings else {
            return Err(io::Error::other("only a store from a catalog is amended"));
        };
        let before = Before {
            filed,
            files: &self.files,
            fields: &self.fields,
            lengths: self.text.lengths(),
        };
        amend(before, amendment)
    }

    /// Whether the store came from the catalog (see `amend`).
    pub fn is_filed(&self) -> bool {
        matches!(self.briefings, Briefings::Filed(_))
    }
}

pub(super) fn amend(before: Before, amendment: Amendment) -> io::Result<Store> {
    let started = Instant::now();
    let Amendment {
        gone,
        added,
        walk,
        searcher,
        rules,
        diagnostics,
        skipped,
        timings,
    } = amendment;
    let mut new_of_old = vec![0u32; before.files.len()];
    for d in &gone {
        *new_of_old
            .get_mut(d.index())
            .ok_or_else(|| io::Error::other("a briefing gone is not in the store"))? = GONE;
    }
    let mut added = added;
    added.sort_unstable_by(|a, b| {
        let (a, b) = (&a.briefing, &b.briefing);
        newest_first((a.date, &a.id), (b.date, &b.id))
    });
    let origins = merge(&before, &added, &mut new_of_old);
    let mut files = Vec::with_capacity(origins.len());
    let mut lengths = Vec::with_capacity(origins.len());
    for origin in &origins {
        let (file, length) = match *origin {
            Origin::Old(p) => (before.files[p as usize], before.lengths[p as usize]),
            Origin::New(k) => (added[k as usize].file, added[k as usize].length),
        };
        files.push(file);
        lengths.push(length);
    }
    let doc_of = doc_of(&files);
    let walk_order = walk_positions(&walk, &doc_of, files.len());
    let text = TextIndex::new(searcher, &doc_of, lengths)?;
    let fresh = |i: usize| matches!(origins[i], Origin::New(k) if added[k as usize].fresh);
    let mut among = DocSet::empty(origins.len());
    (0..origins.len())
        .filter(|&i| fresh(i))
        .for_each(|i| among.insert(DocId::from_index(i)));
    let hits = match among.count() {
        0 => Vec::new(),
        _ => rule_hits(&rules, &text, Some(&among), fresh),
    };
    let mut added: Vec<Briefing> = added
        .into_iter()
        .map(|e| {
            let mut b = e.briefing;
            if e.fresh {
                b.drop_rule_tags();
            }
            b
        })
        .collect();
    for (doc, tag) in hits {
        if let Origin::New(k) = origins[doc] {
            added[k as usize].add_tag(tag, TagOrigin::Rule);
        }
    }
    let fields = before
        .fields
        .amend(&origins, &new_of_old, &added, |old: DocId| {
            before.filed.decode(old.index(), before.fields).source
        });
    let filed = before
        .filed
        .amended(places(&before, &origins, &added, &gone)?);
    let parts = Parts {
        briefings: Briefings::Filed(filed),
        files,
        walk_order,
        text,
        fields,
        skipped,
    };
    Ok(Store::assemble(parts, diagnostics, timings, started))
}

/// The new order: the briefings kept, in their order, and those `added`
/// (sorted the same way) merged in; `new_of_old` learns each kept one's
/// new position.
fn merge(before: &Before, added: &[Entry], new_of_old: &mut [u32]) -> Vec<Origin> {
    let kept = new_of_old.iter().filter(|&&n| n != GONE).count();
    let mut origins = Vec::with_capacity(kept + added.len());
    let mut next = 0;
    let key = |k: usize| (added[k].briefing.date, added[k].briefing.id.as_str());
    for (old, new) in new_of_old.iter_mut().enumerate() {
        if *new == GONE {
            continue;
        }
        let here = (before.fields.dates[old], before.fields.id_of.str(old));
        while next < added.len() && newest_first(key(next), here).is_lt() {
            origins.push(Origin::New(next as u32));
            next += 1;
        }
        *new = origins.len() as u32;
        origins.push(Origin::Old(old as u32));
    }
    origins.extend((next..added.len()).map(|k| Origin::New(k as u32)));
    origins
}

/// Where each new position's head is: a record of the catalog, one added
/// before (kept), or one of `added`, written now.
fn places(
    before: &Before,
    origins: &[Origin],
    added: &[Briefing],
    gone: &[DocId],
) -> io::Result<Amended> {
    let base = before.filed.base() as u32;
    let mut records: Vec<Box<[u8]>> = Vec::new();
    let mut places = Vec::with_capacity(origins.len());
    for origin in origins {
        let place = match *origin {
            Origin::Old(p) => before.filed.place(p as usize),
            Origin::New(k) => {
                let mut record = Vec::new();
                let head = &added[k as usize];
                records::write_head(
                    &mut Writer::new(&mut record),
                    head,
                    records::Speakers::Named,
                )?;
                places.push(base + records.len() as u32);
                records.push(record.into_boxed_slice());
                continue;
            }
        };
        match place.checked_sub(base) {
            None => places.push(place),
            Some(k) => {
                places.push(base + records.len() as u32);
                records.push(before.filed.added()[k as usize].clone());
            }
        }
    }
    let mut gone_numbers = before.filed.gone().to_vec();
    for d in gone {
        if before.filed.place(d.index()) < base {
            gone_numbers.push(before.files[d.index()].number);
        }
    }
    Ok(Amended {
        places: places.into(),
        added: Arc::from(records),
        gone: Arc::from(gone_numbers),
    })
}
