//! A set of briefings as a bitset over store positions; iteration yields them
//! in store order (newest first).

use super::DocId;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocSet {
    bits: Vec<u64>,
    len: usize,
}

impl DocSet {
    pub fn empty(len: usize) -> Self {
        DocSet {
            bits: vec![0; len.div_ceil(64)],
            len,
        }
    }

    pub fn full(len: usize) -> Self {
        let mut set = DocSet {
            bits: vec![u64::MAX; len.div_ceil(64)],
            len,
        };
        set.clear_tail();
        set
    }

    pub fn from_ids(len: usize, ids: impl IntoIterator<Item = DocId>) -> Self {
        let mut set = Self::empty(len);
        for id in ids {
            set.insert(id);
        }
        set
    }

    pub fn from_range(len: usize, range: std::ops::Range<usize>) -> Self {
        Self::from_ids(len, range.map(DocId::from_index))
    }

    /// Adds `id`; one beyond the set's length (from a damaged cache) is ignored.
    pub fn insert(&mut self, id: DocId) {
        let i = id.index();
        if i < self.len {
            self.bits[i / 64] |= 1 << (i % 64);
        }
    }

    pub fn remove(&mut self, id: DocId) {
        let i = id.index();
        if i < self.len {
            self.bits[i / 64] &= !(1 << (i % 64));
        }
    }

    pub fn contains(&self, id: DocId) -> bool {
        let i = id.index();
        i < self.len && self.bits[i / 64] & (1 << (i % 64)) != 0
    }

    pub fn intersect(&mut self, other: &DocSet) {
        self.bits
            .iter_mut()
            .zip(&other.bits)
            .for_each(|(a, b)| *a &= b);
    }

    pub fn union(&mut self, other: &DocSet) {
        self.bits
            .iter_mut()
            .zip(&other.bits)
            .for_each(|(a, b)| *a |= b);
    }

    pub fn negate(&mut self) {
        self.bits.iter_mut().for_each(|w| *w = !*w);
        self.clear_tail();
    }

    pub fn count(&self) -> usize {
        self.bits.iter().map(|w| w.count_ones() as usize).sum()
    }

    /// Members also in `other`, without building the intersection.
    pub fn count_common(&self, other: &DocSet) -> usize {
        self.bits
            .iter()
            .zip(&other.bits)
            .map(|(a, b)| (a & b).count_ones() as usize)
            .sum()
    }

    pub fn is_empty(&self) -> bool {
        self.bits.iter().all(|&w| w == 0)
    }

    pub fn iter(&self) -> impl Iterator<Item = DocId> + '_ {
        self.bits.iter().enumerate().flat_map(|(wi, &word)| {
            let mut w = word;
            std::iter::from_fn(move || {
                (w != 0).then(|| {
                    let bit = w.trailing_zeros() as usize;
                    w &= w - 1;
                    DocId::from_index(wi * 64 + bit)
                })
            })
        })
    }

    fn clear_tail(&mut self) {
        let extra = self.bits.len() * 64 - self.len;
        if extra > 0
            && let Some(last) = self.bits.last_mut()
        {
            *last &= u64::MAX >> extra;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(set: &DocSet) -> Vec<usize> {
        set.iter().map(DocId::index).collect()
    }

    #[test]
    fn set_algebra() {
        let mut a = DocSet::from_range(130, 0..70);
        let b = DocSet::from_ids(130, [3, 69, 100].map(DocId::from_index));
        a.intersect(&b);
        assert_eq!(ids(&a), [3, 69]);
        a.negate();
        assert_eq!(a.count(), 128);
        assert!(!a.contains(DocId::from_index(3)));
        assert!(!a.contains(DocId::from_index(130)));
        let mut full = DocSet::full(130);
        full.union(&b);
        assert_eq!(full.count(), 130);
        assert!(DocSet::empty(5).is_empty());
    }
}
