//! The briefings seen when sessions ended, for `is:new`: 48-bit hashes of
//! their ids, sorted, stored as base64 of the varint gaps between them, so
//! 100,000 ids take about 700 kB and load in milliseconds.

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use serde::{Deserialize, Serialize};

use crate::varint;

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

    /// Of `ids`, each with what it stands for, those not seen: hashed and
    /// sorted, then walked beside the seen hashes, which at 100,000 is
    /// several times faster than searching for each in turn.
    pub fn unseen<T>(&self, ids: impl Iterator<Item = (T, u64)>) -> Vec<T> {
        let mut ids: Vec<(u64, T)> = ids.map(|(t, h)| (h, t)).collect();
        ids.sort_unstable_by_key(|&(h, _)| h);
        let mut seen = self.hashes.iter().peekable();
        let mut unseen = Vec::new();
        for (h, t) in ids {
            while seen.next_if(|&&s| s < h).is_some() {}
            if seen.peek() != Some(&&h) {
                unseen.push(t);
            }
        }
        unseen
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
            varint::push_u64(&mut bytes, h - last);
            last = h;
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
        let stored: Stored = super::file::parse_toml(text)?;
        if stored.version != VERSION {
            return Err(format!("unknown version {}", stored.version));
        }
        let bytes = STANDARD
            .decode(stored.hashes.trim())
            .map_err(|e| format!("hashes: {e}"))?;
        let mut hashes = Vec::with_capacity(stored.count.min(bytes.len()));
        let (mut at, mut last) = (0, 0u64);
        let miscounted =
            |found: usize| format!("hashes: {found} found, count says {}", stored.count);
        while at < bytes.len() {
            let gap = match varint::read_u64(&bytes, &mut at) {
                Some(gap) if gap < 1 << BITS => gap,
                None if at == bytes.len() => return Err(miscounted(hashes.len())),
                _ => return Err("hashes: a value is too long".into()),
            };
            last = last
                .checked_add(gap)
                .filter(|&h| h < 1 << BITS && (gap > 0 || hashes.is_empty()))
                .ok_or("hashes: out of order")?;
            hashes.push(last);
        }
        if hashes.len() != stored.count {
            return Err(miscounted(hashes.len()));
        }
        Ok(Seen { hashes })
    }
}

/// FNV-1a, folded to 48 bits: fixed for good, as the file outlives versions.
/// The hash an id is kept as.
pub fn hash(id: &str) -> u64 {
    let h = crate::fnv::Fnv::of(id.as_bytes());
    (h ^ (h >> BITS)) & ((1 << BITS) - 1)
}
