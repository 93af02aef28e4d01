//! brief's own small files that must not be trusted unchecked (the index's
//! commit payload, the ledger of checked index files): serde JSON after the
//! CRC-32 of that JSON, in eight hex digits.

use serde::Serialize;
use serde::de::DeserializeOwned;

pub fn seal<T: Serialize>(value: &T) -> String {
    let json = serde_json::to_string(value).expect("what brief seals is plain data");
    format!("{:08x}{json}", crc32fast::hash(json.as_bytes()))
}

/// Why sealed text does not read back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Broken {
    Short,
    NoChecksum,
    Checksum,
    Json,
}

/// What `seal` sealed.
pub fn unseal<T: DeserializeOwned>(text: &str) -> Result<T, Broken> {
    let (sum, json) = text.split_at_checked(8).ok_or(Broken::Short)?;
    let sum = u32::from_str_radix(sum, 16).map_err(|_| Broken::NoChecksum)?;
    if crc32fast::hash(json.as_bytes()) != sum {
        return Err(Broken::Checksum);
    }
    serde_json::from_str(json).map_err(|_| Broken::Json)
}
