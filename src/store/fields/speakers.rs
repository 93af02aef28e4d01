//! Who is quoted where: each named speaker (by `Speaker::person`, folded)
//! with the briefings quoting them and how many times in each. A pronoun
//! that stands for nobody is not a named speaker and is left out.

use std::collections::BTreeMap;
use std::io::{self, Write};

use chrono::NaiveDate;

use super::super::cache::wire::{Reader, Writer};
use super::super::{DocId, DocSet};
use super::{GONE, doc};
use crate::model::{Briefing, Speaker};
use crate::text::words;

pub struct SpeakerEntry {
    pub folded: String,
    /// As the first briefing quoting them names them.
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
            named
                .entry(words::fold(person).into_owned())
                .or_insert((person, 0))
                .1 += 1;
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
        into.entry(folded.clone())
            .or_insert_with(|| SpeakerEntry {
                folded,
                name: name.to_string(),
                docs: Vec::new(),
            })
            .docs
            .push((id, n));
    }
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

pub fn write<W: Write>(w: &mut Writer<W>, entries: &[SpeakerEntry]) -> io::Result<()> {
    w.len(entries.len())?;
    for s in entries {
        w.blob(s.folded.as_bytes())?;
        w.blob(s.name.as_bytes())?;
        w.len(s.docs.len())?;
        for &(d, n) in &s.docs {
            w.u32(d.0)?;
            w.u32(n)?;
        }
    }
    Ok(())
}

pub fn read(r: &mut Reader, docs: usize) -> Option<Vec<SpeakerEntry>> {
    (0..r.count(12)?)
        .map(|_| {
            let folded = r.string()?;
            let name = r.string()?;
            let list = (0..r.count(8)?)
                .map(|_| Some((doc(r.u32()?, docs)?, r.u32()?)))
                .collect::<Option<Vec<_>>>()?;
            Some(SpeakerEntry {
                folded,
                name,
                docs: list,
            })
        })
        .collect()
}
