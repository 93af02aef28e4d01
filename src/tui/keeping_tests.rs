//! Tests of keeping the marks: changes that cannot be written wait and are
//! written later, and what the end cannot write goes to a rescue copy.

use std::fs;

use super::*;
use crate::marks::log::{self, Entry};
use crate::marks::shelf_dir;
use crate::store::DocId;

struct Fixture {
    _dir: tempfile::TempDir,
    state: PathBuf,
    shelf: PathBuf,
    keeper: Shared,
    key: String,
}

/// A reader's keeper on an archive of one briefing, with a file where the
/// archive's log folder should be: every write fails until it is removed.
fn blocked() -> Fixture {
    let dir = tempfile::tempdir().unwrap();
    let (archive, state) = (dir.path().join("archive"), dir.path().join("state"));
    fs::create_dir_all(&archive).unwrap();
    fs::write(archive.join("a.txt"), "date 2022-01-01 One.").unwrap();
    let paths = [archive];
    let store = Arc::new(crate::library::open_in_memory(&paths));
    let opened = Book::open(Some(state.clone()), &paths, &store);
    let id = opened.marks.archives.places()[0].id.clone();
    let key = opened.marks.key(&store, DocId::from_index(0));
    let keeper = Shared::new(opened.book, store, opened.seen);
    let shelf = shelf_dir(&state, &id);
    fs::create_dir_all(&shelf).unwrap();
    fs::write(shelf.join(log::LOG_DIR), "in the way").unwrap();
    keeper.lock().rescue_in(dir.path());
    Fixture {
        _dir: dir,
        state,
        shelf,
        keeper,
        key,
    }
}

fn logged(shelf: &Path) -> Vec<Entry> {
    let mut found = log::Found::default();
    for (_, path) in log::list(&shelf.join(log::LOG_DIR)).unwrap() {
        log::read_whole(&path, &mut found).unwrap();
    }
    found.entries
}

#[test]
fn changes_a_write_could_not_take_wait_and_are_written_on_the_next_poll() {
    let f = blocked();
    let change = Change::read(f.key.clone(), true);
    assert!(f.keeper.lock().record(vec![change]).is_err());
    assert!(f.keeper.lock().poll().0.is_none(), "still blocked");
    fs::remove_file(f.shelf.join(log::LOG_DIR)).unwrap();
    let (_, said) = f.keeper.lock().poll();
    assert_eq!(said, ["the marks not saved before are saved now"]);
    let entries = logged(&f.shelf);
    assert_eq!(entries.len(), 1, "{entries:?}");
    assert_eq!(entries[0].path, "a.txt");
    f.keeper.lock().finish();
    assert_eq!(f.keeper.lock().report(), None);
    assert!(f.shelf.join(crate::marks::SEEN_FILE).exists());
}

#[test]
fn what_the_end_cannot_write_goes_to_a_rescue_copy_that_says_how_to_bring_it_back() {
    let f = blocked();
    let changes = vec![
        Change::read(f.key.clone(), true),
        Change::bookmark(f.key.clone(), true),
    ];
    assert!(f.keeper.lock().record(changes).is_err());
    f.keeper.lock().finish();
    let keeper = f.keeper.lock();
    let report = keeper.report().expect("a report");
    assert!(report.contains("2 changes of the marks"), "{report}");
    assert!(report.contains("brief marks import"), "{report}");
    let rescue = fs::read_dir(f.state.parent().unwrap())
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.to_string_lossy().contains("brief-marks-rescue-"))
        .expect("a rescue file");
    assert!(report.contains(&rescue.display().to_string()), "{report}");
    let mut found = log::Found::default();
    assert!(log::read_whole(&rescue, &mut found).unwrap());
    assert_eq!(found.entries.len(), 2);
    assert!(found.warnings.is_empty());
}

#[test]
fn with_no_place_for_a_rescue_copy_the_changes_are_said_in_full() {
    let f = blocked();
    f.keeper.lock().rescue_in(&f.state.join("no such folder"));
    assert!(
        f.keeper
            .lock()
            .record(vec![Change::read(f.key.clone(), true)])
            .is_err()
    );
    f.keeper.lock().finish();
    let keeper = f.keeper.lock();
    let report = keeper.report().unwrap();
    let line = report.lines().last().unwrap();
    let entry = Entry::parse(line).expect("the change itself, as a log line");
    assert_eq!(entry.path, "a.txt");
}
