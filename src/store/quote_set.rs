//! A set of quotes: each a briefing's position and the quote's place among
//! its quotes, sorted, without repeats.

use super::{DocId, DocSet};

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct QuoteSet {
    quotes: Vec<(DocId, u32)>,
}

impl QuoteSet {
    pub fn new(mut quotes: Vec<(DocId, u32)>) -> Self {
        quotes.sort_unstable();
        quotes.dedup();
        QuoteSet { quotes }
    }

    pub fn is_empty(&self) -> bool {
        self.quotes.is_empty()
    }

    pub fn len(&self) -> usize {
        self.quotes.len()
    }

    pub fn contains(&self, doc: DocId, quote: u32) -> bool {
        self.quotes.binary_search(&(doc, quote)).is_ok()
    }

    /// The quotes in both.
    pub fn intersect(&self, other: &QuoteSet) -> QuoteSet {
        let (mut a, mut b) = (
            self.quotes.iter().peekable(),
            other.quotes.iter().peekable(),
        );
        let mut both = Vec::new();
        while let (Some(x), Some(y)) = (a.peek(), b.peek()) {
            match x.cmp(y) {
                std::cmp::Ordering::Less => _ = a.next(),
                std::cmp::Ordering::Greater => _ = b.next(),
                std::cmp::Ordering::Equal => {
                    both.push(**x);
                    a.next();
                    b.next();
                }
            }
        }
        QuoteSet { quotes: both }
    }

    /// The quotes of this set not in `other`.
    pub fn without(&self, other: &QuoteSet) -> QuoteSet {
        let quotes = self.quotes.iter().filter(|&&(d, q)| !other.contains(d, q));
        QuoteSet {
            quotes: quotes.copied().collect(),
        }
    }

    /// The quotes in any of `sets`.
    pub fn union(sets: impl IntoIterator<Item = QuoteSet>) -> QuoteSet {
        QuoteSet::new(sets.into_iter().flat_map(|s| s.quotes).collect())
    }

    /// The briefings of a store of `len` with a quote in the set.
    pub fn docs(&self, len: usize) -> DocSet {
        DocSet::from_ids(len, self.quotes.iter().map(|&(d, _)| d))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set(pairs: &[(u32, u32)]) -> QuoteSet {
        QuoteSet::new(pairs.iter().map(|&(d, q)| (DocId(d), q)).collect())
    }

    #[test]
    fn intersect_and_union_keep_pairs_whole() {
        let a = set(&[(0, 1), (2, 0), (2, 3), (0, 1)]);
        let b = set(&[(2, 3), (0, 2), (2, 0)]);
        assert_eq!(a.len(), 3, "repeats are dropped");
        assert_eq!(a.intersect(&b), set(&[(2, 0), (2, 3)]));
        assert_eq!(
            QuoteSet::union([a.clone(), b.clone()]),
            set(&[(0, 1), (0, 2), (2, 0), (2, 3)])
        );
        assert!(a.contains(DocId(0), 1) && !a.contains(DocId(0), 2));
        assert_eq!(a.without(&b), set(&[(0, 1)]));
        let docs = a.docs(4);
        assert_eq!(docs.iter().collect::<Vec<_>>(), [DocId(0), DocId(2)]);
        assert!(set(&[]).intersect(&a).is_empty());
    }
}
