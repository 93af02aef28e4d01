//! A briefing over the show limit in a store from the index cache, which
//! keeps heads only: shown from the start of its file, cut after a whole
//! word, with the warning first; the others are shown whole.

use std::fs;
use std::time::{Duration, SystemTime};

use super::*;
use crate::library::{Library, MIN_FILES, Options};
use crate::model::Cut;
use crate::progress::Progress;

#[test]
fn from_the_cache_only_the_start_of_a_file_over_the_limit_is_read() {
    let dir = tempfile::tempdir().unwrap();
    for i in 0..MIN_FILES {
        let text = format!("date 2022-01-01 Note {i}.");
        fs::write(dir.path().join(format!("n{i:03}.txt")), text).unwrap();
    }
    let paragraphs: Vec<String> = (0..40)
        .map(|i| format!("Section {i} says \"gas flows stayed low\" all week."))
        .collect();
    let long = format!("date 2022-02-01 Long.\n\n{}", paragraphs.join("\n\n"));
    fs::write(dir.path().join("long.txt"), &long).unwrap();
    let cache = tempfile::tempdir().unwrap();
    let options = || Options {
        cache: Some(cache.path()),
        // Later than the files' times, which are then trusted and kept.
        now: SystemTime::now() + Duration::from_secs(10),
        links: Default::default(),
    };
    let paths = [dir.path().to_path_buf()];
    Library::open(&paths, options(), &Progress::new());
    let (_, store) = Library::open_indexed(&paths, options()).unwrap();
    let store = store.with_show_limit(Some(1_000));
    let doc = store.exact_id("long").unwrap();
    assert!(store.whole(doc).is_none(), "heads only");

    let cut = shown(&store, doc);
    let size = long.len() as u64;
    assert_eq!(
        cut.cut,
        Some(Cut {
            file: size,
            limit: 1_000
        })
    );
    assert_eq!(
        cut.diagnostics[0],
        oversized_warning(&cut.path, size, 1_000)
    );
    assert!(cut.paragraphs.text_len() < 1_000);
    let full = whole(&store, doc).into_owned();
    let last = cut.paragraphs.len() - 1;
    assert!(last > 10, "{:?}", cut.paragraphs);
    for (i, text) in cut.paragraphs.iter().enumerate() {
        let whole = &full.paragraphs[i];
        match i == last {
            false => assert_eq!(text, whole),
            true => assert!(
                whole.starts_with(text) && whole[text.len()..].starts_with(' '),
                "{text:?} is not whole words of {whole:?}"
            ),
        }
    }
    assert!(!cut.quotes.is_empty());
    assert!(cut.quotes.iter().all(|q| q.end().0 <= last));
    assert!(store.diagnostics().any(|d| *d == cut.diagnostics[0]));

    let note = store.exact_id("n000").unwrap();
    let note_shown = shown(&store, note);
    assert_eq!(note_shown.cut, None);
    assert_eq!(*note_shown, *whole(&store, note));
}
