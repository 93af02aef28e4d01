//! Made-up people, named in Latin or Cyrillic script and referred back to later.

use crate::doc::Doc;
use crate::names::{
    FOREIGN_FIRST, FOREIGN_SURNAME_ENDINGS, FOREIGN_SURNAMES, LATIN_SYLLABLES, UA_FIRST,
    UA_SURNAME_ENDINGS, UA_SURNAME_ROOTS, UA_SYLLABLES,
};
use crate::places::COUNTRIES;
use crate::roles::TITLES;
use crate::text::capitalise_at;

#[derive(Clone, Copy)]
enum Surname {
    Ukrainian { root: u8, ending: u8 },
    UkrainianCoined { syl: [u8; 3], len: u8, ending: u8 },
    Foreign(u8),
    ForeignCoined { syl: [u8; 3], len: u8, ending: u8 },
}

#[derive(Clone, Copy)]
pub struct Person {
    pub first: u8,
    pub ukrainian: bool,
    pub female: bool,
    surname: Surname,
    pub short: &'static str,
}

impl<'v> Doc<'v> {
    pub fn titled(&mut self, out: &mut String) {
        let (title, short) = *self.rng.zipf(TITLES);
        let who = self.new_person(short);
        if self.rng.chance(0.35) {
            let adj = if self.cast[who].ukrainian {
                "Ukrainian"
            } else {
                self.rng.pick(&COUNTRIES[1..]).1
            };
            out.push_str(adj);
            out.push(' ');
        }
        out.push_str(title);
        out.push(' ');
        self.name(who, false, out);
    }

    /// A recently mentioned person, if any.
    pub fn known(&mut self) -> Option<usize> {
        if self.cast.is_empty() {
            return None;
        }
        match self.last {
            Some(last) if self.rng.chance(0.6) => Some(last),
            _ => Some(self.rng.below(self.cast.len())),
        }
    }

    pub fn new_person(&mut self, short: &'static str) -> usize {
        let ukrainian = self.rng.chance(0.6);
        let person = if ukrainian {
            let first = self.rng.below(UA_FIRST.len());
            let surname = if self.rng.chance(0.8) {
                Surname::Ukrainian {
                    root: self.rng.skewed(UA_SURNAME_ROOTS.len()) as u8,
                    ending: self.rng.skewed(UA_SURNAME_ENDINGS.len()) as u8,
                }
            } else {
                let (syl, len) = self.syllables(UA_SYLLABLES.len(), 1, 2);
                Surname::UkrainianCoined {
                    syl,
                    len,
                    ending: self.rng.below(UA_SURNAME_ENDINGS.len()) as u8,
                }
            };
            Person {
                first: first as u8,
                ukrainian,
                female: UA_FIRST[first].2,
                surname,
                short,
            }
        } else {
            let first = self.rng.below(FOREIGN_FIRST.len());
            let surname = if self.rng.chance(0.85) {
                Surname::Foreign(self.rng.skewed(FOREIGN_SURNAMES.len()) as u8)
            } else {
                let (syl, len) = self.syllables(LATIN_SYLLABLES.len(), 1, 3);
                Surname::ForeignCoined {
                    syl,
                    len,
                    ending: self.rng.below(FOREIGN_SURNAME_ENDINGS.len()) as u8,
                }
            };
            Person {
                first: first as u8,
                ukrainian,
                female: FOREIGN_FIRST[first].1,
                surname,
                short,
            }
        };
        self.cast.push(person);
        self.last = Some(self.cast.len() - 1);
        self.cast.len() - 1
    }

    pub fn syllables(&mut self, pool: usize, min: usize, max: usize) -> ([u8; 3], u8) {
        let len = self.rng.range(min, max);
        let mut syl = [0u8; 3];
        for s in syl.iter_mut().take(len) {
            *s = self.rng.below(pool) as u8;
        }
        (syl, len as u8)
    }

    pub fn name(&self, who: usize, cyrillic: bool, out: &mut String) {
        let p = self.cast[who];
        if p.ukrainian {
            let (lat, cyr, _) = UA_FIRST[p.first as usize];
            out.push_str(if cyrillic { cyr } else { lat });
        } else {
            out.push_str(FOREIGN_FIRST[p.first as usize].0);
        }
        out.push(' ');
        self.surname(who, cyrillic, out);
    }

    pub fn surname(&self, who: usize, cyrillic: bool, out: &mut String) {
        let pick = |pair: (&'static str, &'static str)| if cyrillic { pair.1 } else { pair.0 };
        match self.cast[who].surname {
            Surname::Ukrainian { root, ending } => {
                out.push_str(pick(UA_SURNAME_ROOTS[root as usize]));
                out.push_str(pick(UA_SURNAME_ENDINGS[ending as usize]));
            }
            Surname::UkrainianCoined { syl, len, ending } => {
                let start = out.len();
                for &s in &syl[..len as usize] {
                    out.push_str(pick(UA_SYLLABLES[s as usize]));
                }
                out.push_str(pick(UA_SURNAME_ENDINGS[ending as usize]));
                capitalise_at(out, start);
            }
            Surname::Foreign(i) => out.push_str(FOREIGN_SURNAMES[i as usize]),
            Surname::ForeignCoined { syl, len, ending } => {
                let start = out.len();
                for &s in &syl[..len as usize] {
                    out.push_str(LATIN_SYLLABLES[s as usize]);
                }
                out.push_str(FOREIGN_SURNAME_ENDINGS[ending as usize]);
                capitalise_at(out, start);
            }
        }
    }

    /// A Ukrainian person already in the cast, or a new one.
    pub fn ukrainian_speaker(&mut self) -> usize {
        if let Some(last) = self.last.filter(|&i| self.cast[i].ukrainian) {
            return last;
        }
        if let Some(i) = self.cast.iter().position(|p| p.ukrainian) {
            return i;
        }
        loop {
            let who = self.new_person("the official");
            if self.cast[who].ukrainian {
                return who;
            }
            self.cast.pop();
        }
    }
}
