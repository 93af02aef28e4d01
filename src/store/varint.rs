//! LEB128 unsigned integers: postings are mostly small deltas, so this keeps
//! the index a fraction of the text it covers.

pub fn push(out: &mut Vec<u8>, mut n: u32) {
    while n >= 0x80 {
        out.push((n as u8) | 0x80);
        n >>= 7;
    }
    out.push(n as u8);
}

/// Reads one number at `*at` and advances past it; `None` at the end or on
/// a malformed number.
pub fn read(bytes: &[u8], at: &mut usize) -> Option<u32> {
    let mut n = 0u32;
    let mut shift = 0;
    loop {
        let b = *bytes.get(*at)?;
        *at += 1;
        if shift > 28 {
            return None;
        }
        n |= u32::from(b & 0x7f).checked_shl(shift)?;
        if b < 0x80 {
            return Some(n);
        }
        shift += 7;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips() {
        let values = [0, 1, 127, 128, 300, 16_383, 16_384, u32::MAX];
        let mut buf = Vec::new();
        values.iter().for_each(|&v| push(&mut buf, v));
        let mut at = 0;
        let back: Vec<u32> = values
            .iter()
            .map(|_| read(&buf, &mut at).unwrap())
            .collect();
        assert_eq!(back, values);
        assert_eq!(at, buf.len());
        assert_eq!(read(&buf, &mut at), None);
        assert_eq!(read(&[0x80, 0x80], &mut 0), None);
    }
}
