//! A store of an index's newest briefings is the start of its whole store.

use std::fs;
use std::path::PathBuf;
use std::time::{Duration, SystemTime};

use super::{read, read_newest};
use crate::library::{Library, MIN_FILES, Options};
use crate::progress::Progress;
use crate::store::DocId;

#[test]
fn the_newest_briefings_of_an_index_are_the_first_rows_of_the_whole_store() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("tags.toml"),
        "[tags.\"energy\"]\nmatch = [\"gas\"]\n",
    )
    .unwrap();
    // Twenty dates for many more briefings: the newest end within a date.
    for i in 0..MIN_FILES + 50 {
        let about = if i % 3 == 0 { "gas transit" } else { "grain" };
        let text = format!("date 2022-01-{:02} Note {i} on {about}.", 1 + i % 20);
        fs::write(dir.path().join(format!("n{i:03}.txt")), text).unwrap();
    }
    fs::write(dir.path().join("undated.txt"), "No date, no place.").unwrap();
    let cache = tempfile::tempdir().unwrap();
    let now = SystemTime::now() + Duration::from_secs(10);
    let options = Options {
        cache: Some(cache.path()),
        now,
        links: Default::default(),
    };
    Library::open(&[dir.path().to_path_buf()], options, &Progress::new());
    let archive: PathBuf = fs::read_dir(cache.path())
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    let whole = read(&archive).unwrap().store;
    assert_eq!(whole.preview_of(), None);
    for newest in [1, 12, 13, 37, 200] {
        let preview = read_newest(&archive, Some(newest)).unwrap().store;
        assert_eq!(preview.len(), newest);
        assert_eq!(preview.preview_of(), Some(whole.len()));
        assert_eq!(preview.file_count(), whole.file_count());
        for doc in (0..newest).map(DocId::from_index) {
            let (a, b) = (preview.head(doc), whole.head(doc));
            assert_eq!(
                (&a.id, &a.path, a.date),
                (&b.id, &b.path, b.date),
                "{newest}"
            );
            assert_eq!((&a.title, &a.tags), (&b.title, &b.tags), "{newest}");
        }
    }
    let all = read_newest(&archive, Some(whole.len())).unwrap().store;
    assert_eq!((all.len(), all.preview_of()), (whole.len(), None));
}
