//! Strings by position (ids, folded ids, paths), end to end in one buffer
//! rather than one allocation each: at 100,000 briefings the three tables
//! were 300,000 allocations at every start.

use std::ffi::OsStr;
use std::os::unix::ffi::OsStrExt;
use std::path::Path;

#[derive(Clone, Default)]
pub struct Names {
    bytes: Vec<u8>,
    /// Where each name ends in `bytes`.
    ends: Vec<usize>,
}

impl Names {
    pub fn with_capacity(names: usize, bytes: usize) -> Names {
        Names {
            bytes: Vec::with_capacity(bytes),
            ends: Vec::with_capacity(names),
        }
    }

    pub fn len(&self) -> usize {
        self.ends.len()
    }

    /// The bytes of all names.
    pub fn byte_len(&self) -> usize {
        self.bytes.len()
    }

    pub fn push(&mut self, name: &[u8]) {
        self.bytes.extend_from_slice(name);
        self.ends.push(self.bytes.len());
    }

    pub fn get(&self, i: usize) -> &[u8] {
        let start = i.checked_sub(1).map_or(0, |j| self.ends[j]);
        &self.bytes[start..self.ends[i]]
    }

    /// Name `i` as text; empty if it is not UTF-8.
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
    fn names_read_back_and_sorted_ones_are_searched() {
        let mut names = Names::default();
        ["a", "", "bc", "d"]
            .iter()
            .for_each(|n| names.push(n.as_bytes()));
        assert_eq!([names.str(0), names.str(1), names.str(2)], ["a", "", "bc"]);
        assert_eq!(names.path(3), Path::new("d"));
        assert_eq!(names.first_at_least(b"b"), 2);
        assert_eq!(names.first_at_least(b"bd"), 3);
        assert_eq!(names.first_at_least(b"z"), 4);
    }
}
