//! Who is quoted where: each named speaker (by `Speaker::person`, folded)
//! with the briefings quoting them and how many times in each. A pronoun
//! that stands for nobody is not a named speaker and is left out.

use std::collections::BTreeMap;

use rustc_hash::FxHashMap;

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
    /// A surname alone joined to the one full name in the archive ending in
    /// it (its place among the entries), which took its briefings.
    pub joins: Option<u32>,
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
    /// People, or else a body or a document (`the ministry`, `the report`),
    /// speakers of their own kind listed after people.
    pub person: bool,
    pub quotes: u32,
    pub briefings: u32,
    pub first: Option<NaiveDate>,
    pub last: Option<NaiveDate>,
}

/// The speakers `keep` keeps, quoted in the briefings `among`: people,
/// then bodies and documents, each most quoted first, then by name. Each
/// entry's quotes are counted from its own briefings, or from `counted`,
/// by entry, when given.
pub fn tally<'a>(
    entries: &'a [SpeakerEntry],
    counted: Option<&[Vec<(DocId, u32)>]>,
    among: &DocSet,
    dates: &[Option<NaiveDate>],
    keep: impl Fn(&SpeakerEntry) -> bool,
) -> Vec<Tally<'a>> {
    let mut rows: Vec<Tally> = Vec::new();
    for (i, s) in entries.iter().enumerate().filter(|(_, s)| keep(s)) {
        let docs = counted.map_or(&s.docs[..], |c| &c[i][..]);
        let mut row = Tally {
            name: &s.name,
            folded: &s.folded,
            person: !crate::load::is_body_speaker(&s.name),
            quotes: 0,
            briefings: 0,
            first: None,
            last: None,
        };
        for &(d, n) in docs.iter().filter(|(d, _)| among.contains(*d)) {
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
    rows.sort_by(|a, b| {
        (b.person.cmp(&a.person))
            .then_with(|| b.quotes.cmp(&a.quotes))
            .then_with(|| a.folded.cmp(b.folded))
    });
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
            joins: None,
        });
    if name < entry.name.as_str() {
        entry.name = name.to_string();
    }
    entry
}

/// The entries in folded order, each one's briefings in position order.
pub fn finish(entries: BTreeMap<String, SpeakerEntry>) -> Vec<SpeakerEntry> {
    let entries = entries
        .into_values()
        .filter(|s| !s.docs.is_empty())
        .map(|mut s| {
            s.docs.sort();
            s
        })
        .collect();
    grouped(entries)
}

/// `entries` (in folded order) with each surname alone (`Eckenfelder`)
/// joined to the one full name ending in it (`Larry Eckenfelder`), if only
/// one does: that entry takes its briefings. Where several do, or a name of
/// one word is not a surname (`NATO`), it stays apart.
pub fn grouped(mut entries: Vec<SpeakerEntry>) -> Vec<SpeakerEntry> {
    let mut by_last: FxHashMap<&str, Vec<u32>> = FxHashMap::default();
    for (i, e) in entries.iter().enumerate() {
        let mut words = e.folded.split(' ');
        let first = words.next().unwrap_or("");
        if let Some(last) = words.next_back().filter(|_| is_name(&e.name, first)) {
            by_last.entry(last).or_default().push(i as u32);
        }
    }
    let joins: Vec<(usize, u32)> = (entries.iter().enumerate())
        .filter(|(_, e)| !e.folded.contains(' ') && is_name(&e.name, &e.folded))
        .filter_map(|(i, e)| match by_last.get(e.folded.as_str())?.as_slice() {
            [full] => Some((i, *full)),
            _ => None,
        })
        .collect();
    for (short, full) in joins {
        let docs = std::mem::take(&mut entries[short].docs);
        entries[short].joins = Some(full);
        let into = &mut entries[full as usize].docs;
        into.extend(docs);
        into.sort_unstable();
        let mut merged: Vec<(DocId, u32)> = Vec::with_capacity(into.len());
        for &(doc, n) in into.iter() {
            match merged.last_mut() {
                Some((last, count)) if *last == doc => *count += n,
                _ => merged.push((doc, n)),
            }
        }
        *into = merged;
    }
    entries
}

/// Whether a speaker's name is a person's or body's own name rather than
/// a description: capitalised, not opening with an article, not a pronoun.
fn is_name(name: &str, first_folded: &str) -> bool {
    name.chars().next().is_some_and(char::is_uppercase)
        && !matches!(first_folded, "the" | "a" | "an")
        && !crate::load::is_pronoun(name)
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use crate::load::{self, Loaded};
    use crate::query::parse;
    use crate::store::{DocId, Store};

    fn store(texts: &[&str]) -> Store {
        let briefings = (texts.iter().enumerate())
            .map(|(i, t)| {
                let id = format!("b{i}");
                load::parse_text(Path::new(&format!("{id}.txt")), &id, t)
            })
            .collect();
        crate::library::build(Loaded::of(briefings, Vec::new()))
    }

    fn listed(s: &Store) -> Vec<(String, u32)> {
        let rows = s.speakers(&s.all(), |_| true);
        rows.iter()
            .map(|t| (t.name.to_string(), t.quotes))
            .collect()
    }

    #[test]
    fn a_surname_alone_joins_the_one_full_name_ending_in_it() {
        let s = store(&[
            "date 1987-03-01 “Refiners will cut runs soon,” said Larry Eckenfelder, an analyst.",
            "date 1987-03-02 “Stocks are high everywhere now,” Eckenfelder said.",
            "date 1987-03-03 “Prices have found a floor,” said Nora Lindqvist.",
            "date 1987-03-04 “The floor will not hold,” said Per Lindqvist.",
            "date 1987-03-05 “Demand is weak this spring,” Lindqvist said.",
        ]);
        assert_eq!(
            listed(&s),
            [
                ("Larry Eckenfelder".to_string(), 2),
                ("Lindqvist".into(), 1),
                ("Nora Lindqvist".into(), 1),
                ("Per Lindqvist".into(), 1),
            ],
            "two full names end in Lindqvist: it stays apart"
        );
        let query = parse("speaker:\"larry eckenfelder\"").unwrap();
        let said_by = |doc: usize| {
            let b = s.whole(DocId::from_index(doc)).unwrap();
            query.keeps_quote(b, &b.quotes[0], &s)
        };
        let doc_of = |i: u32| {
            (0..s.len()).find(|&d| s.whole(DocId::from_index(d)).unwrap().id == format!("b{i}"))
        };
        assert!(
            said_by(doc_of(0).unwrap()) && said_by(doc_of(1).unwrap()),
            "the quote of the surname alone too"
        );
        assert!(!said_by(doc_of(4).unwrap()));
    }
}
