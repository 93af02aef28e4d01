//! Strings by position (ids, folded ids, paths), read in place from the
//! catalog's bytes rather than copied out one allocation each: at 100,000
//! briefings the three tables were 300,000 allocations at every start, and
//! as many again each time a store was amended.

use std::ffi::OsStr;
use std::os::unix::ffi::OsStrExt;
use std::path::Path;
use std::sync::Arc;

use crate::model::SharedBytes;

/// A span packs where a name starts and how long it is, and whether it is
/// in `own` rather than the base bytes.
const LEN_BITS: u32 = 20;
const LEN_MASK: u64 = (1 << LEN_BITS) - 1;
const OWN: u64 = 1 << 63;

#[derive(Clone, Default)]
pub struct Names {
    /// The catalog the names were read from, if any.
    base: Option<SharedBytes>,
    /// Names not in the catalog, end to end.
    own: Vec<u8>,
    spans: Vec<u64>,
}

impl Names {
    /// Names that may lie in `base`.
    pub fn over(base: &SharedBytes) -> Names {
        Names {
            base: Some(base.clone()),
            ..Names::default()
        }
    }

    /// Names over the same bytes as `other`.
    pub fn beside(other: &Names) -> Names {
        Names {
            base: other.base.clone(),
            ..Names::default()
        }
    }

    pub fn len(&self) -> usize {
        self.spans.len()
    }

    /// Adds a name, copied. Names are file names and paths, far shorter
    /// than a span can say; a longer one is cut.
    pub fn push(&mut self, name: &[u8]) {
        let name = &name[..name.len().min(LEN_MASK as usize)];
        let at = self.own.len() as u64;
        self.own.extend_from_slice(name);
        self.spans.push(OWN | at << LEN_BITS | name.len() as u64);
    }

    /// Adds a name that is a slice of the base bytes, without a copy;
    /// `None` if it is not one.
    pub fn push_in_base(&mut self, name: &[u8]) -> Option<()> {
        let base = (**self.base.as_ref()?).as_ref();
        let at = (name.as_ptr() as usize).checked_sub(base.as_ptr() as usize)?;
        let fits = at + name.len() <= base.len() && (name.len() as u64) <= LEN_MASK;
        fits.then(|| self.spans.push((at as u64) << LEN_BITS | name.len() as u64))
    }

    /// Adds name `i` of `other`: without a copy when both share the bytes.
    pub fn push_from(&mut self, other: &Names, i: usize) {
        let span = other.spans[i];
        let shared = match (&self.base, &other.base) {
            (Some(a), Some(b)) => Arc::ptr_eq(a, b),
            _ => false,
        };
        match span & OWN == 0 && shared {
            true => self.spans.push(span),
            false => self.push(other.get(i)),
        }
    }

    pub fn get(&self, i: usize) -> &[u8] {
        let span = self.spans[i];
        let len = (span & LEN_MASK) as usize;
        let at = ((span & !OWN) >> LEN_BITS) as usize;
        let bytes = match span & OWN {
            0 => self.base.as_ref().map_or(&[][..], |b| (**b).as_ref()),
            _ => &self.own,
        };
        bytes.get(at..at + len).unwrap_or_default()
    }

    /// Name `i` as text; empty if a damaged catalog made it invalid.
    pub fn str(&self, i: usize) -> &str {
        std::str::from_utf8(self.get(i)).unwrap_or_default()
    }

    pub fn path(&self, i: usize) -> &Path {
        Path::new(OsStr::from_bytes(self.get(i)))
    }

    /// The first place whose name is not below `key`, the names being sorted.
    pub fn first_at_least(&self, key: &[u8]) -> usize {
        let (mut low, mut high) = (0, self.len());
        while low < high {
            let mid = low + (high - low) / 2;
            match self.get(mid) < key {
                true => low = mid + 1,
                false => high = mid,
            }
        }
        low
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_in_the_base_and_their_own_read_back_and_carry_over() {
        let base: SharedBytes = Arc::new(b"xxalphabeta".to_vec());
        let bytes = (*base).as_ref();
        let mut names = Names::over(&base);
        names.push_in_base(&bytes[2..7]).unwrap();
        names.push(b"gamma");
        names.push_in_base(&bytes[7..11]).unwrap();
        assert_eq!(names.get(0), b"alpha");
        assert_eq!(names.str(1), "gamma");
        assert_eq!(names.path(2), Path::new("beta"));
        assert!(names.push_in_base(b"elsewhere").is_none());
        let mut next = Names::beside(&names);
        for i in [2, 1, 0] {
            next.push_from(&names, i);
        }
        assert_eq!(next.own, b"gamma", "only the own name is copied");
        assert_eq!(
            [next.str(0), next.str(1), next.str(2)],
            ["beta", "gamma", "alpha"]
        );
        let mut sorted = Names::default();
        ["a", "b", "bc", "d"]
            .iter()
            .for_each(|n| sorted.push(n.as_bytes()));
        assert_eq!(sorted.first_at_least(b"b"), 1);
        assert_eq!(sorted.first_at_least(b"bb"), 2);
        assert_eq!(sorted.first_at_least(b"z"), 4);
    }
}
