//! The index files whose checksums were found right, and as what file: a
//! segment file never changes once written, so one that is still the same
//! file (its length, inode, and change and modify times) need not be read
//! whole again. At a million briefings that check reads 1 GB, some 300 ms
//! of every start and of the reader's first screen.
//!
//! Any write to a file changes its change time, which no program can set
//! back, so a file damaged after it was checked is checked again. A file
//! changed less than `SETTLE` before it was checked is not entered: its
//! change time could stay the same through a write that followed at once.
//! The ledger is sealed (`sealed`); one that does not read back is taken
//! for empty, and so costs only a full check.

use std::collections::BTreeMap;
use std::fs::{self, Metadata};
use std::os::unix::fs::MetadataExt;
use std::path::Path;
use std::time::{Duration, SystemTime};

use serde::{Deserialize, Serialize};

use crate::atomic::AtomicFile;
use crate::sealed;

/// Its name in the archive's folder, beside the index.
pub const LEDGER: &str = "checked";

const SETTLE: Duration = Duration::from_secs(2);

/// What a file was when its checksum was found right.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stamp {
    len: u64,
    ino: u64,
    ctime: (i64, i64),
    mtime: (i64, i64),
}

impl Stamp {
    pub fn of(meta: &Metadata) -> Stamp {
        Stamp {
            len: meta.len(),
            ino: meta.ino(),
            ctime: (meta.ctime(), meta.ctime_nsec()),
            mtime: (meta.mtime(), meta.mtime_nsec()),
        }
    }

    /// Whether the file was last changed at least `SETTLE` before `now`.
    fn settled(&self, now: SystemTime) -> bool {
        let since = now
            .duration_since(SystemTime::UNIX_EPOCH)
            .unwrap_or_default();
        let changed = Duration::new(
            self.ctime.0.max(0) as u64,
            self.ctime.1.clamp(0, 999_999_999) as u32,
        );
        changed + SETTLE <= since
    }
}

#[derive(Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Ledger {
    files: BTreeMap<String, Stamp>,
}

impl Ledger {
    /// The ledger in the archive folder `dir`; empty if there is none or it
    /// does not read back.
    pub fn read(dir: &Path) -> Ledger {
        let Ok(file) = crate::regular::open_regular(&dir.join(LEDGER)) else {
            return Ledger::default();
        };
        let text = std::io::read_to_string(file).unwrap_or_default();
        sealed::unseal(&text).unwrap_or_default()
    }

    /// Whether `name` is the file it was when its checksum was found right.
    pub fn vouches(&self, name: &str, now: &Stamp) -> bool {
        self.files.get(name) == Some(now)
    }

    /// Enters `name`, whose checksum was just found right, as `stamp`
    /// says, if it has settled by `now`.
    pub fn enter(&mut self, name: &str, stamp: Stamp, now: SystemTime) {
        if stamp.settled(now) {
            self.files.insert(name.to_string(), stamp);
        }
    }

    /// Writes the ledger atomically in `dir`; what cannot be written costs
    /// the next start a full check, nothing else.
    pub fn write(&self, dir: &Path) {
        let text = sealed::seal(self);
        if AtomicFile::write(&dir.join(LEDGER), text.as_bytes()).is_err() {
            let _ = fs::remove_file(dir.join(LEDGER));
        }
    }
}

#[cfg(test)]
#[path = "ledger_tests.rs"]
mod tests;
