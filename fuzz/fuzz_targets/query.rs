//! Any text as a query: it parses or fails with an error pointing inside the
//! text, and evaluating a parsed query never panics.
#![no_main]

use std::path::Path;
use std::sync::OnceLock;

use brief::load::{Loaded, parse_text};
use brief::store::Store;
use libfuzzer_sys::fuzz_target;

fn store() -> &'static Store {
    static STORE: OnceLock<Store> = OnceLock::new();
    STORE.get_or_init(|| {
        let briefings = vec![
            parse_text(Path::new("a"), "a", "date 2022-01-10 Gas transit talks “we will talk again”, he said.\n\nAs reported by Kyiv Wire."),
            parse_text(Path::new("b"), "b", "+++\ntitle = \"T\"\ndate = 2021-05-01\ntags = [\"nato\"]\npriority = \"high\"\n+++\nКиїв."),
        ];
        brief::library::build(Loaded { briefings, rules: Vec::new(), diagnostics: Vec::new(), skipped: Vec::new(), timings: Default::default() })
    })
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    match brief::query::parse(text) {
        Ok(query) => {
            brief::query::evaluate(store(), &query, chrono::NaiveDate::from_ymd_opt(2022, 2, 25).unwrap());
            let _ = query.highlights();
        }
        Err(e) => {
            assert!(e.span.start <= e.span.end && e.span.end <= text.len());
            let _ = e.pointed(text);
        }
    }
});
