//! Rendering templates: filling each slot with a drawn word, name or number.

use std::fmt::Write as _;

use crate::calendar::{MONTHS, WEEKDAYS, civil_from_days, weekday};
use crate::doc::Doc;
use crate::organisations::{INSTITUTIONS, UNIT_KINDS};
use crate::places::{COUNTRIES, CYR_CITIES, FOREIGN_CITIES, PORTS, UA_CITIES, UA_TOWNS};
use crate::template::{Piece, Slot};
use crate::text::{ordinal_suffix, push_grouped};
use crate::words::{ADJS, COMPOUND_SUFFIXES, NUMBER_WORDS, ORDINAL_WORDS};

impl<'v> Doc<'v> {
    pub fn render(&mut self, tpl: &[Piece], out: &mut String) {
        let mut article: Option<usize> = None;
        for piece in tpl {
            match *piece {
                Piece::Lit(s) => out.push_str(s),
                Piece::Slot(Slot::Article, _) => {
                    article = Some(out.len());
                    out.push('a');
                    continue;
                }
                Piece::Slot(slot, possessive) => {
                    self.slot(slot, out);
                    if possessive {
                        let apos = self.apostrophe();
                        out.push_str(apos);
                        if !out[..out.len() - apos.len()].ends_with('s') {
                            out.push('s');
                        }
                    }
                }
            }
            if let Some(at) = article {
                let next = out[at + 1..].trim_start();
                if !next.is_empty() {
                    let vowel =
                        next.starts_with(['a', 'e', 'i', 'o', 'u', 'A', 'E', 'I', 'O', 'U']);
                    let exception = ["Eu", "eu", "uni", "Uni", "one", "once"]
                        .iter()
                        .any(|p| next.starts_with(p));
                    if vowel && !exception {
                        out.insert(at + 1, 'n');
                    }
                    article = None;
                }
            }
        }
    }

    /// A sentence: rendered, with its first letter upper-cased.
    pub fn sentence(&mut self, tpl: &[Piece], out: &mut String) {
        let start = out.len();
        self.render(tpl, out);
        if let Some(first) = out.get_mut(start..start + 1) {
            first.make_ascii_uppercase();
        }
    }

    fn slot(&mut self, slot: Slot, out: &mut String) {
        let v = self.v;
        match slot {
            Slot::Noun => {
                let n = self.noun();
                out.push_str(n.one);
            }
            Slot::Nouns => {
                let n = self.noun();
                out.push_str(&n.many);
            }
            Slot::Adj => {
                let a = if self.rng.chance(0.3) {
                    self.rng.pick(self.topic.adjs)
                } else {
                    self.rng.zipf(ADJS)
                };
                out.push_str(a);
            }
            Slot::Compound => {
                let n = self.noun().one;
                for c in n.chars() {
                    out.push(if c == ' ' { '-' } else { c });
                }
                out.push('-');
                out.push_str(self.rng.zipf_str(COMPOUND_SUFFIXES));
            }
            Slot::Past => out.push_str(self.rng.zipf(&v.verbs).past),
            Slot::Base => out.push_str(self.rng.zipf(&v.verbs).base),
            Slot::Third => out.push_str(&self.rng.zipf(&v.verbs).third),
            Slot::Gerund => out.push_str(self.rng.zipf(&v.verbs).gerund),
            Slot::Inst => {
                let i = if self.rng.chance(0.4) {
                    self.rng.pick(self.topic.insts)
                } else {
                    self.rng.zipf(INSTITUTIONS)
                };
                out.push_str(i);
            }
            Slot::Country => {
                let c = self.country(0);
                out.push_str(COUNTRIES[c].0);
            }
            Slot::OtherCountry => {
                let c = self.country(2);
                out.push_str(COUNTRIES[c].0);
            }
            Slot::CountryAdj => {
                let c = self.country(0);
                out.push_str(COUNTRIES[c].1);
            }
            Slot::City => {
                if self.rng.chance(0.55) {
                    out.push_str(self.rng.zipf_str(UA_CITIES));
                } else {
                    out.push_str(self.rng.zipf_str(FOREIGN_CITIES));
                }
            }
            Slot::UaCity => out.push_str(self.rng.zipf_str(UA_CITIES)),
            Slot::Port => out.push_str(self.rng.zipf_str(PORTS)),
            Slot::Place => self.place(out),
            Slot::Unit => {
                let n = if self.rng.chance(0.5) {
                    self.rng.range(1, 160)
                } else {
                    self.rng.skewed(160) + 1
                };
                let kind = self.rng.zipf(UNIT_KINDS);
                let _ = write!(out, "{n}{} {kind}", ordinal_suffix(n));
            }
            Slot::Num => {
                if self.rng.chance(0.5) {
                    out.push_str(self.rng.pick_str(NUMBER_WORDS));
                } else {
                    let n = self.rng.range(13, 40);
                    let _ = write!(out, "{n}");
                }
            }
            Slot::Big => {
                let n = 150 + self.rng.skewed(95_000) as u64;
                push_grouped(out, n);
            }
            Slot::Amount => {
                let r = self.rng.unit();
                if r < 0.4 {
                    let (a, b) = (self.rng.range(1, 9), self.rng.range(1, 9));
                    let _ = write!(out, "€{a}.{b} billion");
                } else if r < 0.7 {
                    let n = self.rng.range(5, 950);
                    let _ = write!(out, "${n} million");
                } else if r < 0.85 {
                    let n = self.rng.range(20, 900);
                    let _ = write!(out, "{n} million hryvnias");
                } else {
                    let n = self.rng.range(5, 500);
                    let _ = write!(out, "€{n} million");
                }
            }
            Slot::Percent => {
                let n = self.rng.range(2, 85);
                let r = self.rng.unit();
                if r < 0.6 {
                    let _ = write!(out, "{n} percent");
                } else if r < 0.85 {
                    let d = self.rng.range(1, 9);
                    let _ = write!(out, "{n}.{d} percent");
                } else {
                    let _ = write!(out, "{n}%");
                }
            }
            Slot::Mcm => {
                let n = self.rng.range(8, 120);
                let _ = write!(out, "{n} million cubic metres");
            }
            Slot::Weekday => {
                let back = if self.rng.chance(0.7) { 0 } else { 1 };
                out.push_str(WEEKDAYS[weekday(self.day - back)]);
            }
            Slot::Date => {
                let offset = self.rng.range(0, 50) as i64 - 15;
                let (_, m, d) = civil_from_days(self.day + offset);
                let month = MONTHS[m as usize - 1];
                if self.rng.chance(0.7) {
                    let _ = write!(out, "{d} {month}");
                } else {
                    let _ = write!(out, "{month} {d}");
                }
            }
            Slot::Month => {
                let back = self.rng.range(0, 5) as i64 * 30;
                let (_, m, _) = civil_from_days(self.day - back);
                out.push_str(MONTHS[m as usize - 1]);
            }
            Slot::Year => {
                let (y, _, _) = civil_from_days(self.day);
                let _ = write!(out, "{}", y - self.rng.range(1, 6) as i64);
            }
            Slot::Nth => out.push_str(self.rng.zipf_str(ORDINAL_WORDS)),
            Slot::Source => out.push_str(self.source),
            Slot::Coined => self.coined(out),
            Slot::PersonIntro | Slot::PersonIntroEnd => {
                let role = self.rng.zipf(&v.roles);
                let who = self.new_person(role.1);
                self.name(who, false, out);
                out.push_str(", ");
                self.render(&role.0, out);
                if matches!(slot, Slot::PersonIntro) {
                    out.push(',');
                }
            }
            Slot::PersonTitled => self.titled(out),
            Slot::PersonRef => match self.known() {
                Some(who) => {
                    self.last = Some(who);
                    self.surname(who, false, out);
                }
                None => self.titled(out),
            },
            Slot::PersonRole => match self.known() {
                Some(who) => {
                    self.last = Some(who);
                    out.push_str(self.cast[who].short);
                }
                None => out.push_str("the spokesperson"),
            },
            Slot::Pronoun => match self.last.map(|i| self.cast[i].female) {
                Some(true) => out.push_str("she"),
                Some(false) => out.push_str("he"),
                None => out.push_str("the official"),
            },
            Slot::Article => out.push('a'),
            Slot::CyrPlace => {
                if self.rng.chance(0.55) {
                    out.push_str(self.rng.zipf_str(CYR_CITIES));
                } else if self.rng.chance(0.3) {
                    out.push_str(self.rng.pick(UA_TOWNS).1);
                } else {
                    let (syl, len, end, prefix) = self.place_parts();
                    self.push_place(syl, len, end, prefix, true, out);
                }
            }
        }
    }
}
