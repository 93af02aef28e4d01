//! Little-endian fields for the cache file. Reading is bounds-checked and
//! returns `None` on anything malformed, so a damaged cache is just a miss.

use std::io::{self, Write};
use std::ops::Range;

pub struct Writer<W: Write> {
    out: W,
    pos: u64,
}

impl<W: Write> Writer<W> {
    pub fn new(out: W) -> Self {
        Writer { out, pos: 0 }
    }

    /// Bytes written so far.
    pub fn pos(&self) -> u64 {
        self.pos
    }

    pub fn into_inner(self) -> W {
        self.out
    }

    pub fn bytes(&mut self, b: &[u8]) -> io::Result<()> {
        self.pos += b.len() as u64;
        self.out.write_all(b)
    }

    pub fn u8(&mut self, n: u8) -> io::Result<()> {
        self.bytes(&[n])
    }

    pub fn u32(&mut self, n: u32) -> io::Result<()> {
        self.bytes(&n.to_le_bytes())
    }

    pub fn u64(&mut self, n: u64) -> io::Result<()> {
        self.bytes(&n.to_le_bytes())
    }

    pub fn i64(&mut self, n: i64) -> io::Result<()> {
        self.bytes(&n.to_le_bytes())
    }

    /// A length that must fit the format's 32 bits.
    pub fn len(&mut self, n: usize) -> io::Result<()> {
        let n = u32::try_from(n).map_err(|_| io::Error::other("too large for the cache"))?;
        self.u32(n)
    }

    /// Length-prefixed bytes.
    pub fn blob(&mut self, b: &[u8]) -> io::Result<()> {
        self.len(b.len())?;
        self.bytes(b)
    }

    pub fn opt_str(&mut self, s: Option<&str>) -> io::Result<()> {
        match s {
            Some(s) => {
                self.u8(1)?;
                self.blob(s.as_bytes())
            }
            None => self.u8(0),
        }
    }
}

pub struct Reader<'a> {
    buf: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    pub fn new(buf: &'a [u8], at: usize) -> Self {
        Reader { buf, at }
    }

    pub fn at(&self) -> usize {
        self.at
    }

    pub fn seek(&mut self, at: usize) -> Option<()> {
        (at <= self.buf.len()).then(|| self.at = at)
    }

    /// Skips `n` bytes and returns where they lie.
    pub fn skip(&mut self, n: usize) -> Option<Range<usize>> {
        let end = self.at.checked_add(n).filter(|&e| e <= self.buf.len())?;
        let range = self.at..end;
        self.at = end;
        Some(range)
    }

    pub fn bytes(&mut self, n: usize) -> Option<&'a [u8]> {
        let range = self.skip(n)?;
        Some(&self.buf[range])
    }

    fn array<const N: usize>(&mut self) -> Option<[u8; N]> {
        self.bytes(N)?.try_into().ok()
    }

    pub fn u8(&mut self) -> Option<u8> {
        Some(self.array::<1>()?[0])
    }

    pub fn u32(&mut self) -> Option<u32> {
        Some(u32::from_le_bytes(self.array()?))
    }

    pub fn u64(&mut self) -> Option<u64> {
        Some(u64::from_le_bytes(self.array()?))
    }

    pub fn i64(&mut self) -> Option<i64> {
        Some(i64::from_le_bytes(self.array()?))
    }

    /// A count of items that each take at least `min_size` bytes, so a
    /// damaged count cannot ask for a huge allocation.
    pub fn count(&mut self, min_size: usize) -> Option<usize> {
        let n = self.u32()? as usize;
        (n.saturating_mul(min_size.max(1)) <= self.buf.len() - self.at).then_some(n)
    }

    pub fn blob(&mut self) -> Option<&'a [u8]> {
        let n = self.u32()? as usize;
        self.bytes(n)
    }

    pub fn str(&mut self) -> Option<&'a str> {
        std::str::from_utf8(self.blob()?).ok()
    }

    pub fn string(&mut self) -> Option<String> {
        self.str().map(str::to_owned)
    }

    pub fn opt_string(&mut self) -> Option<Option<String>> {
        match self.u8()? {
            0 => Some(None),
            1 => Some(Some(self.string()?)),
            _ => None,
        }
    }
}

/// The `i`th little-endian `u32` of an array starting at `at`.
pub fn u32_at(buf: &[u8], at: usize, i: usize) -> Option<u32> {
    let start = at.checked_add(i.checked_mul(4)?)?;
    let b = buf.get(start..start.checked_add(4)?)?;
    Some(u32::from_le_bytes(b.try_into().ok()?))
}

/// The `i`th little-endian `u64` of an array starting at `at`.
pub fn u64_at(buf: &[u8], at: usize, i: usize) -> Option<u64> {
    let start = at.checked_add(i.checked_mul(8)?)?;
    let b = buf.get(start..start.checked_add(8)?)?;
    Some(u64::from_le_bytes(b.try_into().ok()?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_round_trip_and_short_input_is_none() {
        let mut w = Writer::new(Vec::new());
        w.u8(7).unwrap();
        w.u32(70_000).unwrap();
        w.i64(-5).unwrap();
        w.opt_str(Some("кит")).unwrap();
        w.opt_str(None).unwrap();
        let buf = w.into_inner();
        let mut r = Reader::new(&buf, 0);
        assert_eq!(r.u8(), Some(7));
        assert_eq!(r.u32(), Some(70_000));
        assert_eq!(r.u64(), Some(-5i64 as u64));
        assert_eq!(r.opt_string(), Some(Some("кит".to_string())));
        assert_eq!(r.opt_string(), Some(None));
        assert_eq!(r.u8(), None);
        assert_eq!(Reader::new(&buf[..3], 1).u32(), None);
        assert_eq!(u32_at(&buf, 1, 0), Some(70_000));
        assert_eq!(u32_at(&buf, buf.len() - 2, 0), None);
    }

    #[test]
    fn a_damaged_count_is_refused() {
        let buf = [0xff, 0xff, 0xff, 0x7f, 1, 2];
        assert_eq!(Reader::new(&buf, 0).count(1), None);
    }
}
