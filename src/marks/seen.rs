//! The briefings seen when sessions ended, for `is:new`: 48-bit hashes of
//! their ids, sorted, stored as base64 of the varint gaps between them, so
//! 100,000 ids take about 700 kB and load in milliseconds.

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use serde::{Deserialize, Serialize};

pub const SEEN_FILE: &str = "seen.toml";
const VERSION: u32 = 1;
const BITS: u32 = 48;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Seen {
    hashes: Vec<u64>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Stored {
    version: u32,
    count: usize,
    hashes: String,
}

impl Seen {
    pub fn contains(&self, id: &str) -> bool {
        self.hashes.binary_search(&hash(id)).is_ok()
    }

    pub fn len(&self) -> usize {
        self.hashes.len()
    }

    pub fn is_empty(&self) -> bool {
        self.hashes.is_empty()
    }

    /// These and `ids` together: what has been seen once this session ends.
    pub fn with<'a>(&self, ids: impl Iterator<Item = &'a str>) -> Seen {
        let mut hashes = self.hashes.clone();
        hashes.extend(ids.map(hash));
        hashes.sort_unstable();
        hashes.dedup();
        Seen { hashes }
    }

    pub fn to_toml(&self) -> String {
        let mut bytes = Vec::with_capacity(self.hashes.len() * 6);
        let mut last = 0;
        for &h in &self.hashes {
            let mut gap = h - last;
            last = h;
            loop {
                let low = (gap & 0x7f) as u8;
                gap >>= 7;
                if gap == 0 {
                    bytes.push(low);
                    break;
                }
                bytes.push(low | 0x80);
            }
        }
        let stored = Stored {
            version: VERSION,
            count: self.hashes.len(),
            hashes: STANDARD.encode(bytes),
        };
        let body = toml::to_string(&stored).expect("plain fields serialize");
        format!(
            "# The briefings brief has seen, as hashes of their ids: is:new is the rest.\n{body}"
        )
    }

    pub fn parse(text: &str) -> Result<Seen, String> {
        let stored: Stored = toml::from_str(text).map_err(|e| e.message().to_string())?;
        if stored.version != VERSION {
            return Err(format!("unknown version {}", stored.version));
        }
        let bytes = STANDARD
            .decode(stored.hashes.trim())
            .map_err(|e| format!("hashes: {e}"))?;
        let mut hashes = Vec::with_capacity(stored.count.min(bytes.len()));
        let (mut value, mut shift, mut last) = (0u64, 0u32, 0u64);
        for b in bytes {
            if shift > BITS {
                return Err("hashes: a value is too long".into());
            }
            value |= u64::from(b & 0x7f) << shift;
            shift += 7;
            if b & 0x80 == 0 {
                last = last
                    .checked_add(value)
                    .filter(|&h| h < 1 << BITS && (value > 0 || hashes.is_empty()))
                    .ok_or("hashes: out of order")?;
                hashes.push(last);
                (value, shift) = (0, 0);
            }
        }
        if shift != 0 || hashes.len() != stored.count {
            return Err(format!(
                "hashes: {} found, count says {}",
                hashes.len(),
                stored.count
            ));
        }
        Ok(Seen { hashes })
    }
}

/// FNV-1a, folded to 48 bits: fixed for good, as the file outlives versions.
fn hash(id: &str) -> u64 {
    let h = crate::fnv::Fnv::of(id.as_bytes());
    (h ^ (h >> BITS)) & ((1 << BITS) - 1)
}
