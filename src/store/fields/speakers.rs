//! Who is quoted where: each named speaker (by `Speaker::person`, folded)
//! with the briefings quoting them and how many times in each. A pronoun
//! that stands for nobody is not a named speaker and is left out.

use std::collections::BTreeMap;

use chrono::NaiveDate;

use super::super::{DocId, DocSet};
use crate::model::{Briefing, Speaker};
use crate::text::words;

pub struct SpeakerEntry {
    pub folded: String,
    /// The first, in code point order, of the ways the briefings write the
    /// name (`The ministry` before `the ministry`): the same whatever order
    /// the briefings came in.
    pub name: String,
    /// Briefings in position order, with the quotes of this speaker in each.
    pub docs: Vec<(DocId, u32)>,
}

impl SpeakerEntry {
    /// Whether a folded prefix starts a word of the name (`ivanova`, `anna
    /// iv`), the way `Speaker::matches` tells for one quote.
    pub fn matches(&self, prefix: &str) -> bool {
        words::starts_a_word(&self.folded, prefix)
    }
}

/// A speaker over some briefings: their quotes, the briefings quoting
/// them, and the first and last of those briefings' dates.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tally<'a> {
    pub name: &'a str,
    pub folded: &'a str,
    pub quotes: u32,
    pub briefings: u32,
    pub first: Option<NaiveDate>,
    pub last: Option<NaiveDate>,
}

/// The speakers `keep` keeps, quoted in the briefings `among`, most quoted
/// first, then by name.
pub fn tally<'a>(
    entries: &'a [SpeakerEntry],
    among: &DocSet,
    dates: &[Option<NaiveDate>],
    keep: impl Fn(&SpeakerEntry) -> bool,
) -> Vec<Tally<'a>> {
    let mut rows: Vec<Tally> = Vec::new();
    for s in entries.iter().filter(|s| keep(s)) {
        let mut row = Tally {
            name: &s.name,
            folded: &s.folded,
            quotes: 0,
            briefings: 0,
            first: None,
            last: None,
        };
        for &(d, n) in s.docs.iter().filter(|(d, _)| among.contains(*d)) {
            row.quotes += n;
            row.briefings += 1;
            if let Some(date) = dates.get(d.index()).copied().flatten() {
                row.first = Some(row.first.map_or(date, |f| f.min(date)));
                row.last = Some(row.last.map_or(date, |l| l.max(date)));
            }
        }
        if row.quotes > 0 {
            rows.push(row);
        }
    }
    rows.sort_by(|a, b| b.quotes.cmp(&a.quotes).then_with(|| a.folded.cmp(b.folded)));
    rows
}

/// The named speakers of a briefing, folded, with their names and counts.
fn of(b: &Briefing) -> BTreeMap<String, (&str, u32)> {
    let mut named: BTreeMap<String, (&str, u32)> = BTreeMap::new();
    for s in b.quotes.iter().filter_map(|q| q.speaker.as_ref()) {
        if is_named(s) {
            let person = s.person();
            let said = (named.entry(words::fold(person).into_owned())).or_insert((person, 0));
            said.0 = said.0.min(person);
            said.1 += 1;
        }
    }
    named
}

pub fn is_named(s: &Speaker) -> bool {
    s.refers_to.is_some() || !crate::load::is_pronoun(&s.name)
}

/// Adds briefing `id`'s speakers to `into`, keyed by folded name.
pub fn add(into: &mut BTreeMap<String, SpeakerEntry>, id: DocId, b: &Briefing) {
    for (folded, (name, n)) in of(b) {
        entry(into, folded, name).docs.push((id, n));
    }
}

/// The entry of the speaker folded as `folded`, made if there is none,
/// its name the first in code point order of those seen (see `name`).
pub fn entry<'m>(
    into: &'m mut BTreeMap<String, SpeakerEntry>,
    folded: String,
    name: &str,
) -> &'m mut SpeakerEntry {
    let entry = into
        .entry(folded)
        .or_insert_with_key(|folded| SpeakerEntry {
            folded: folded.clone(),
            name: name.to_string(),
            docs: Vec::new(),
        });
    if name < entry.name.as_str() {
        entry.name = name.to_string();
    }
    entry
}

/// The entries in folded order, each one's briefings in position order.
pub fn finish(entries: BTreeMap<String, SpeakerEntry>) -> Vec<SpeakerEntry> {
    entries
        .into_values()
        .filter(|s| !s.docs.is_empty())
        .map(|mut s| {
            s.docs.sort();
            s
        })
        .collect()
}
