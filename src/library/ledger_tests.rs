use std::fs;
use std::time::{Duration, SystemTime};

use super::{LEDGER, Ledger, Stamp};

fn stamp(path: &std::path::Path) -> Stamp {
    Stamp::of(&fs::metadata(path).unwrap())
}

#[test]
fn a_ledger_reads_back_and_a_damaged_one_is_empty() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("a.store");
    fs::write(&file, b"segment").unwrap();
    let later = SystemTime::now() + Duration::from_secs(60);
    let mut ledger = Ledger::default();
    ledger.enter("a.store", stamp(&file), later);
    ledger.write(dir.path());
    let read = Ledger::read(dir.path());
    assert_eq!(read, ledger);
    assert!(read.vouches("a.store", &stamp(&file)));
    assert!(!read.vouches("b.store", &stamp(&file)));
    let mut text = fs::read(dir.path().join(LEDGER)).unwrap();
    let last = text.len() - 3;
    text[last] ^= 1;
    fs::write(dir.path().join(LEDGER), text).unwrap();
    assert_eq!(Ledger::read(dir.path()), Ledger::default());
}

#[test]
fn a_file_changed_a_moment_ago_is_not_entered_and_one_written_since_is_not_vouched_for() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("a.store");
    fs::write(&file, b"segment").unwrap();
    let mut ledger = Ledger::default();
    ledger.enter("a.store", stamp(&file), SystemTime::now());
    assert_eq!(ledger, Ledger::default(), "not settled");
    ledger.enter(
        "a.store",
        stamp(&file),
        SystemTime::now() + Duration::from_secs(3),
    );
    std::thread::sleep(Duration::from_millis(30));
    fs::write(&file, b"segmenT").unwrap();
    assert!(!ledger.vouches("a.store", &stamp(&file)));
}
