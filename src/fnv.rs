//! FNV-1a: a hash that is the same in every build and on every machine, for
//! what outlives a version of brief (file names, hashes kept in files).

pub struct Fnv(pub u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Fnv {
    pub fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3);
        }
    }

    pub fn of(bytes: &[u8]) -> u64 {
        let mut hash = Fnv::default();
        hash.write(bytes);
        hash.0
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn known_values() {
        assert_eq!(super::Fnv::of(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(super::Fnv::of(b"a"), 0xaf63_dc4c_8601_ec8c);
    }
}
