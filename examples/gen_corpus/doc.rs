//! One briefing's generator state and the choices shared by its parts.

use crate::people::Person;
use crate::places::COUNTRIES;
use crate::rng::Rng;
use crate::template::Tpl;
use crate::vocab::{Noun, Topic, Vocab};

pub struct Doc<'v> {
    pub v: &'v Vocab,
    pub topic: &'v Topic,
    pub rng: Rng,
    pub day: i64,
    pub source: &'static str,
    pub cast: Vec<Person>,
    pub last: Option<usize>,
    pub curly_apostrophe: bool,
    pub recent_countries: [usize; 2],
    pub recent: [usize; 12],
    pub recent_at: usize,
}

impl<'v> Doc<'v> {
    pub fn new(
        v: &'v Vocab,
        topic: &'v Topic,
        rng: Rng,
        day: i64,
        source: &'static str,
        curly_apostrophe: bool,
    ) -> Doc<'v> {
        Doc {
            v,
            topic,
            rng,
            day,
            source,
            cast: Vec::with_capacity(8),
            last: None,
            curly_apostrophe,
            recent_countries: [usize::MAX; 2],
            recent: [0; 12],
            recent_at: 0,
        }
    }

    pub fn apostrophe(&mut self) -> &'static str {
        // Mostly consistent within a file, with the odd slip.
        if self.curly_apostrophe != self.rng.chance(0.08) {
            "’"
        } else {
            "'"
        }
    }

    pub fn noun(&mut self) -> &'v Noun {
        if self.rng.chance(0.55) {
            self.rng.zipf(&self.topic.nouns)
        } else {
            self.rng.zipf(&self.v.nouns)
        }
    }

    /// A country from `COUNTRIES[from..]`, not one of the last two named.
    pub fn country(&mut self, from: usize) -> usize {
        let mut c = from + self.rng.skewed(COUNTRIES.len() - from);
        while self.recent_countries.contains(&c) {
            c = from + self.rng.below(COUNTRIES.len() - from);
        }
        self.recent_countries = [c, self.recent_countries[0]];
        c
    }

    /// A template from `list`, avoiding the last few used in this file.
    pub fn fresh<'t>(&mut self, list: &'t [Tpl]) -> &'t Tpl {
        let mut tpl = self.rng.pick(list);
        for _ in 0..4 {
            let id = tpl.as_ptr() as usize;
            if !self.recent.contains(&id) {
                break;
            }
            tpl = self.rng.pick(list);
        }
        self.recent[self.recent_at % self.recent.len()] = tpl.as_ptr() as usize;
        self.recent_at += 1;
        tpl
    }
}
