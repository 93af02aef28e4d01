//! Two stores' briefings in one order: those of a store before a commit
//! that the commit kept, and those it added, each already in the store's
//! order (newest first, then by id), merged without sorting again. What was
//! by position in either is carried to the new positions through `Merge`.

use std::cmp::Ordering;

use chrono::NaiveDate;

use super::DocId;

/// No position: a briefing the commit took away.
pub const GONE: u32 = u32::MAX;

/// The order of a store: dated briefings newest first, then the rest, each
/// by id (ids are unique, so the order is total).
pub fn newest_first(a: (Option<NaiveDate>, &str), b: (Option<NaiveDate>, &str)) -> Ordering {
    match (a.0, b.0) {
        (Some(x), Some(y)) => y.cmp(&x).then_with(|| a.1.cmp(b.1)),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => a.1.cmp(b.1),
    }
}

/// Where a briefing of the merged store comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// Its position in the store before.
    Before(u32),
    /// Its place among the briefings added.
    Added(u32),
}

pub struct Merge {
    /// Each new position's briefing.
    pub order: Vec<Origin>,
    /// Each position before, its new one or `GONE`.
    pub of_before: Vec<u32>,
    /// Each briefing added, its position.
    pub of_added: Vec<u32>,
}

impl Merge {
    /// The order of the briefings `kept` of those before (their keys by
    /// position, in order) and of those `added` (keys in order); on a tie,
    /// which only ids that are not unique can make, the one before first.
    pub fn new<'a>(
        before: impl Fn(usize) -> (Option<NaiveDate>, &'a str),
        kept: &[bool],
        added: &[(Option<NaiveDate>, &'a str)],
    ) -> Merge {
        let count = kept.iter().filter(|&&k| k).count() + added.len();
        let mut order = Vec::with_capacity(count);
        let mut of_before = vec![GONE; kept.len()];
        let mut of_added = vec![GONE; added.len()];
        let mut next_added = added.iter().enumerate().peekable();
        for p in (0..kept.len()).filter(|&p| kept[p]) {
            let key = before(p);
            while let Some((k, _)) = next_added.next_if(|(_, a)| newest_first(**a, key).is_lt()) {
                of_added[k] = order.len() as u32;
                order.push(Origin::Added(k as u32));
            }
            of_before[p] = order.len() as u32;
            order.push(Origin::Before(p as u32));
        }
        for (k, _) in next_added {
            of_added[k] = order.len() as u32;
            order.push(Origin::Added(k as u32));
        }
        Merge {
            order,
            of_before,
            of_added,
        }
    }

    pub fn len(&self) -> usize {
        self.order.len()
    }

    /// A sorted list of positions before and one of places added, as one
    /// sorted list of new positions: positions keep their order both ways.
    pub fn list(&self, before: &[DocId], added: &[DocId]) -> Vec<DocId> {
        let mut merged = Vec::with_capacity(before.len() + added.len());
        let mut added = added.iter().map(|d| self.of_added[d.index()]).peekable();
        let kept = before.iter().map(|d| self.of_before[d.index()]);
        for at in kept.filter(|&at| at != GONE) {
            while let Some(a) = added.next_if(|&a| a < at) {
                merged.push(DocId(a));
            }
            merged.push(DocId(at));
        }
        merged.extend(added.map(DocId));
        merged
    }

    /// The new position of one before, if kept.
    pub fn before(&self, d: DocId) -> Option<DocId> {
        let at = self.of_before[d.index()];
        (at != GONE).then_some(DocId(at))
    }
}

/// The sorted `docs` added to the sorted `list`, once each.
pub fn union(list: &mut Vec<DocId>, docs: &[DocId]) {
    if docs.is_empty() {
        return;
    }
    let mut merged = Vec::with_capacity(list.len() + docs.len());
    let mut docs = docs.iter().copied().peekable();
    for &d in list.iter() {
        while let Some(a) = docs.next_if(|&a| a <= d) {
            if a < d {
                merged.push(a);
            }
        }
        merged.push(d);
    }
    merged.extend(docs);
    merged.dedup();
    *list = merged;
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(d: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(2024, 1, d)
    }

    #[test]
    fn kept_and_added_briefings_merge_in_the_store_order() {
        let before = [(day(9), "a"), (day(5), "b"), (day(5), "d"), (None, "e")];
        let kept = [true, false, true, true];
        let added = [(day(7), "x"), (day(5), "c"), (None, "a")];
        let merge = Merge::new(|p| before[p], &kept, &added);
        use Origin::*;
        let wanted = [
            Before(0),
            Added(0),
            Added(1),
            Before(2),
            Added(2),
            Before(3),
        ];
        assert_eq!(merge.order, wanted);
        assert_eq!(merge.of_before, [0, GONE, 3, 5]);
        assert_eq!(merge.of_added, [1, 2, 4]);
        let ids = |v: &[u32]| v.iter().map(|&d| DocId(d)).collect::<Vec<_>>();
        assert_eq!(
            merge.list(&ids(&[0, 1, 3]), &ids(&[0, 2])),
            ids(&[0, 1, 4, 5])
        );
        assert_eq!(merge.list(&ids(&[1]), &ids(&[1])), ids(&[2]));
        assert_eq!(merge.before(DocId(1)), None);
        let mut list = ids(&[1, 4, 6]);
        union(&mut list, &ids(&[0, 4, 5, 9, 9]));
        assert_eq!(list, ids(&[0, 1, 4, 5, 6, 9]));
    }
}
