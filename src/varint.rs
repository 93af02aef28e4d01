//! LEB128 unsigned integers, for numbers that are mostly small: the gaps
//! between the seen file's hashes.

pub fn push_u64(out: &mut Vec<u8>, mut n: u64) {
    while n >= 0x80 {
        out.push((n as u8) | 0x80);
        n >>= 7;
    }
    out.push(n as u8);
}

/// Reads one number at `*at` and advances past it; `None` at the end or on
/// a malformed number.
pub fn read_u64(bytes: &[u8], at: &mut usize) -> Option<u64> {
    let mut n = 0u64;
    let mut shift = 0;
    loop {
        let b = *bytes.get(*at)?;
        *at += 1;
        let part = u64::from(b & 0x7f);
        if shift > 63 || (part << shift) >> shift != part {
            return None;
        }
        n |= part << shift;
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
        values.iter().for_each(|&v| push_u64(&mut buf, v.into()));
        let mut at = 0;
        let back: Vec<u64> = values
            .iter()
            .map(|_| read_u64(&buf, &mut at).unwrap())
            .collect();
        assert_eq!(back, values.map(u64::from));
        assert_eq!(at, buf.len());
        assert_eq!(read_u64(&buf, &mut at), None);
        assert_eq!(read_u64(&[0x80, 0x80], &mut 0), None);
    }

    #[test]
    fn round_trips_wide_numbers_and_refuses_overflow() {
        let values = [0, 1 << 47, (1 << 48) - 1, u64::MAX];
        let mut buf = Vec::new();
        values.iter().for_each(|&v| push_u64(&mut buf, v));
        let mut at = 0;
        for &v in &values {
            assert_eq!(read_u64(&buf, &mut at), Some(v));
        }
        assert_eq!(at, buf.len());
        let mut eleven = vec![0xff; 10];
        eleven.push(0x01);
        assert_eq!(read_u64(&eleven, &mut 0), None);
        assert_eq!(
            read_u64(
                &[0xff; 9].iter().copied().chain([0x02]).collect::<Vec<u8>>(),
                &mut 0
            ),
            None
        );
    }
}
