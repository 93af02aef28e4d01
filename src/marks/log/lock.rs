//! The lock that lets compaction replace log files while nobody reads
//! them: readers hold it shared while they read the whole log, compaction
//! holds it alone. A reader waits for it at most `PATIENCE`, then reads
//! anyway: the next poll sees the compacted base as a new file and reads
//! it whole, so nothing is lost, only seen a second later.

use std::fs::{File, OpenOptions};
use std::path::Path;
use std::time::{Duration, Instant};

const LOCK: &str = "lock";
const PATIENCE: Duration = Duration::from_secs(2);

/// The lock file, made when `create` (by compaction: readers find none
/// while no compaction ever ran, and then need none).
fn open(dir: &Path, create: bool) -> Option<File> {
    let mut options = OpenOptions::new();
    options
        .create(create)
        .truncate(false)
        .read(true)
        .write(create);
    crate::regular::open(&mut options, &dir.join(LOCK)).ok()
}

/// The lock shared, held until dropped; `None` when the folder has none
/// or it was not had in time.
pub fn shared(dir: &Path) -> Option<File> {
    let file = open(dir, false)?;
    let deadline = Instant::now() + PATIENCE;
    loop {
        match file.try_lock_shared() {
            Ok(()) => return Some(file),
            Err(std::fs::TryLockError::WouldBlock) if Instant::now() < deadline => {
                std::thread::sleep(Duration::from_millis(5));
            }
            Err(_) => return None,
        }
    }
}

/// The lock alone, if nobody holds it now.
pub fn alone(dir: &Path) -> Option<File> {
    let file = open(dir, true)?;
    file.try_lock().ok().map(|()| file)
}
