//! What the property tests that check the index against a scan share: a
//! store of made-up briefings and the ids a query finds in it.

use std::collections::BTreeSet;
use std::path::Path;

use brief::load::{Loaded, parse_text};
use brief::query::Query;
use brief::store::Store;
use chrono::NaiveDate;
use proptest::test_runner::TestCaseError;

/// A store, in memory, of briefings `doc00`, `doc01`, … with these texts.
pub fn store_of(texts: impl IntoIterator<Item = String>) -> Store {
    let briefings = (texts.into_iter().enumerate())
        .map(|(i, text)| {
            let id = format!("doc{i:02}");
            parse_text(Path::new(&format!("{id}.txt")), &id, &text)
        })
        .collect();
    brief::library::build(Loaded::of(briefings, Vec::new()))
}

/// `text` parsed, and the ids of the briefings it finds in `store` on
/// 25 February 2022; a query that does not parse fails the case.
pub fn found(store: &Store, text: &str) -> Result<(Query, BTreeSet<String>), TestCaseError> {
    let query = brief::query::parse(text)
        .map_err(|e| TestCaseError::fail(format!("{text}: {}", e.pointed(text))))?;
    let today = NaiveDate::from_ymd_opt(2022, 2, 25).unwrap();
    let ids = brief::query::evaluate(store, &query, today)
        .iter()
        .map(|d| store.id(d).to_string())
        .collect();
    Ok((query, ids))
}

/// A term of a made-up query, maybe negated.
#[derive(Debug, Clone)]
pub struct Clause<T> {
    pub negated: bool,
    pub term: T,
}
