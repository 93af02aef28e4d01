//! Made-up place names and proper nouns.

use crate::doc::Doc;
use crate::names::{COINED_ENDINGS, LATIN_SYLLABLES, UA_SYLLABLES};
use crate::places::{UA_PLACE_ENDINGS, UA_PLACE_PREFIXES, UA_TOWNS};
use crate::text::capitalise_at;

impl<'v> Doc<'v> {
    pub fn place_parts(&mut self) -> ([u8; 3], u8, u8, Option<u8>) {
        let (syl, len) = self.syllables(UA_SYLLABLES.len(), 1, 2);
        let end = self.rng.below(UA_PLACE_ENDINGS.len()) as u8;
        let prefix = if self.rng.chance(0.25) {
            Some(self.rng.below(UA_PLACE_PREFIXES.len()) as u8)
        } else {
            None
        };
        (syl, len, end, prefix)
    }

    pub fn push_place(
        &self,
        syl: [u8; 3],
        len: u8,
        end: u8,
        prefix: Option<u8>,
        cyrillic: bool,
        out: &mut String,
    ) {
        let pick = |pair: (&'static str, &'static str)| if cyrillic { pair.1 } else { pair.0 };
        let start = out.len();
        let mut word_start = start;
        if let Some(p) = prefix {
            let p = pick(UA_PLACE_PREFIXES[p as usize]);
            out.push_str(p);
            if p.ends_with(' ') {
                word_start = out.len();
            }
        }
        for &s in &syl[..len as usize] {
            out.push_str(pick(UA_SYLLABLES[s as usize]));
        }
        out.push_str(pick(UA_PLACE_ENDINGS[end as usize]));
        capitalise_at(out, word_start);
    }

    pub fn place(&mut self, out: &mut String) {
        if self.rng.chance(0.35) {
            out.push_str(self.rng.zipf(UA_TOWNS).0);
            return;
        }
        let (syl, len, end, prefix) = self.place_parts();
        self.push_place(syl, len, end, prefix, false, out);
        if self.rng.chance(0.2) {
            out.push_str(" (");
            self.push_place(syl, len, end, prefix, true, out);
            out.push(')');
        }
    }

    /// A made-up proper noun: vessels, firms, groups.
    pub fn coined(&mut self, out: &mut String) {
        let start = out.len();
        let (syl, len) = self.syllables(LATIN_SYLLABLES.len(), 2, 3);
        for &s in &syl[..len as usize] {
            out.push_str(LATIN_SYLLABLES[s as usize]);
        }
        out.push_str(self.rng.pick_str(COINED_ENDINGS));
        capitalise_at(out, start);
    }
}
