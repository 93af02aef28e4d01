//! Who is quoted where: each named speaker (by `Speaker::person`, folded)
//! with the briefings quoting them and how many times in each. A pronoun
//! that stands for nobody is not a named speaker and is left out.

use std::collections::BTreeMap;

use chrono::NaiveDate;

use super::super::{DocId, DocSet};
use super::GONE;
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

/// The entries of the store before, each briefing moved to its new place.
pub fn remapped(old: &[SpeakerEntry], new_of_old: &[u32]) -> BTreeMap<String, SpeakerEntry> {
    old.iter()
        .map(|s| {
            let docs = (s.docs.iter())
                .filter(|(d, _)| new_of_old[d.index()] != GONE)
                .map(|&(d, n)| (DocId(new_of_old[d.index()]), n))
                .collect();
            let entry = SpeakerEntry {
                folded: s.folded.clone(),
                name: s.name.clone(),
                docs,
            };
            (s.folded.clone(), entry)
        })
        .collect()
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

/// The speakers of each briefing, as places in the entries with their
/// quote counts, in briefing order.
pub struct ByDoc {
    starts: Vec<u32>,
    said: Vec<(u32, u32)>,
}

impl ByDoc {
    pub fn new(entries: &[SpeakerEntry], docs: usize) -> ByDoc {
        let mut counts = vec![0u32; docs + 1];
        for s in entries {
            for &(d, _) in &s.docs {
                counts[d.index() + 1] += 1;
            }
        }
        for i in 1..counts.len() {
            counts[i] += counts[i - 1];
        }
        let mut next = counts.clone();
        let mut said = vec![(0, 0); counts[docs] as usize];
        for (e, s) in entries.iter().enumerate() {
            for &(d, n) in &s.docs {
                let at = &mut next[d.index()];
                said[*at as usize] = (e as u32, n);
                *at += 1;
            }
        }
        ByDoc {
            starts: counts,
            said,
        }
    }

    /// Names the speakers of briefing `i` on its quotes, as many quotes
    /// each as it has; which quote is whose is not kept.
    pub fn name(&self, i: usize, entries: &[SpeakerEntry], quotes: &mut [crate::model::Quote]) {
        let (Some(&start), Some(&end)) = (self.starts.get(i), self.starts.get(i + 1)) else {
            return;
        };
        let mut quotes = quotes.iter_mut();
        for &(e, n) in &self.said[start as usize..end as usize] {
            let name = &entries[e as usize].name;
            for q in quotes.by_ref().take(n as usize) {
                q.speaker = Some(Speaker::named(name.clone()));
            }
        }
    }
}
