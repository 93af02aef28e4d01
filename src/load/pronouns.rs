//! A speaker given as a pronoun (`he`, `she`, `they`, `it`) stands for the
//! nearest speaker or sentence subject named before it in the same
//! briefing that fits: a person for `he` and `she`, a body for `it`, a body
//! or several people for `they`. When nothing fits it stays the pronoun.

use std::cell::OnceCell;

use super::names;
use super::role::role_after_name;
use super::speaker::{Clause, starts_upper};
use super::speech::{self, Stands};
use crate::model::Quote;
use crate::text::sentence::first_sentence_end;
use crate::text::words;

/// How many names back a pronoun looks for one that fits, and over how
/// many quotes: the nearest is meant, and a hostile briefing of many
/// quotes stays linear.
const LOOK_BACK: usize = 32;
const QUOTES_BACK: usize = 64;

/// Bytes into a sentence its subject is looked for.
const SUBJECT_REACH: usize = 240;

/// Words a sentence's closing `, Funaro said` may have.
const CLOSING_WORDS: usize = 8;

/// Words a leading phrase set off by a comma may have (`Stressing there
/// was no binding time schedule for the debt to be settled, Funaro…`).
const LEAD_WORDS: usize = 30;

pub fn resolve(paragraphs: &[String], quotes: &mut [Quote]) {
    let pronoun = |q: &Quote| q.speaker.as_ref().and_then(|s| speech::pronoun(&s.name));
    if !quotes.iter().any(|q| pronoun(q).is_some()) {
        return;
    }
    let speakers = quotes.iter().filter_map(|q| q.speaker.as_ref());
    let surnames = Surnames {
        paragraphs,
        speakers: (speakers.map(|s| words::fold(s.person()).into_owned()))
            .filter(|p| !p.contains(' ') && speech::pronoun(p).is_none())
            .collect(),
        in_full: OnceCell::new(),
    };
    // The subjects of the text before each quote (after the one before),
    // read only when a pronoun after it looks back that far.
    let mut before: Vec<Option<Vec<Subject>>> = vec![None; quotes.len()];
    for k in 0..quotes.len() {
        let Some(stands) = pronoun(&quotes[k]) else {
            continue;
        };
        let said_as = quotes[k]
            .speaker
            .as_ref()
            .map(|s| s.name.clone())
            .unwrap_or_default();
        let mut looked = 0;
        let mut found = None;
        'back: for j in (k.saturating_sub(QUOTES_BACK)..=k).rev() {
            let from = j.checked_sub(1).map_or((0, 0), |p| quotes[p].end());
            let to = (quotes[j].paragraph, quotes[j].outer.start);
            let stretch = before[j].get_or_insert_with(|| {
                let mut found = Vec::new();
                subjects(paragraphs, from, to, &mut found);
                found
            });
            // The speaker of the quote before, or, right before this one,
            // whom its same pronoun was found to stand for (`it said “…”
            // … “…,” it said`).
            let earlier = j.checked_sub(1).and_then(|p| {
                let s = quotes[p].speaker.as_ref()?;
                let same = j == k && words::fold(&s.name) == words::fold(&said_as);
                let name = match speech::pronoun(&s.name) {
                    None => s.person().to_string(),
                    Some(_) if same => s.refers_to.clone()?,
                    Some(_) => return None,
                };
                // `The spokesman said “He is still interested.” … he said`:
                // who speaks of `he` is likely not the `he` after.
                let text = paragraphs
                    .get(quotes[p].paragraph)
                    .and_then(|t| t.get(quotes[p].span.clone()));
                let speaks_of = text.is_some_and(|t| {
                    t.split(|c: char| !c.is_alphanumeric())
                        .any(|w| words::fold(w) == words::fold(&said_as))
                });
                Some(Subject {
                    name,
                    said: true,
                    speaks_of,
                })
            });
            let candidates: Vec<Subject> = stretch.iter().rev().cloned().chain(earlier).collect();
            for (c, candidate) in candidates.iter().enumerate() {
                if looked == LOOK_BACK {
                    break 'back;
                }
                looked += 1;
                match fits(&candidate.name, stands, &said_as, &surnames) {
                    Fit::No => continue,
                    // The nearest may be what is meant: better none.
                    Fit::Unsure => break 'back,
                    Fit::Yes if candidate.speaks_of && stands == Stands::Person => break 'back,
                    Fit::Yes => {}
                }
                // One who said something is meant over one who did not;
                // two who fit alike leave the pronoun as it is.
                let rival = (candidates[c + 1..].iter())
                    .filter(|r| fits(&r.name, stands, &said_as, &surnames) != Fit::No)
                    .any(|r| !same_person(&r.name, &candidate.name));
                if candidate.said || !rival {
                    found = Some(candidate.name.clone());
                }
                break 'back;
            }
        }
        if let Some(s) = quotes[k].speaker.as_mut() {
            s.refers_to = found;
        }
    }
}

/// A sentence's subject, whether a reporting verb follows it (`Anna
/// Ivanova said that…`), and whether they are a quote's speaker who speaks
/// of the pronoun being resolved.
#[derive(Clone)]
struct Subject {
    name: String,
    said: bool,
    speaks_of: bool,
}

/// The words a capitalised word alone must be to count as a person: the
/// one-word names the briefing gives as quotes' speakers, and the surnames
/// of the full names in its text, read only when first asked for.
struct Surnames<'a> {
    paragraphs: &'a [String],
    speakers: Vec<String>,
    in_full: OnceCell<Vec<String>>,
}

impl Surnames<'_> {
    fn has(&self, folded: &str) -> bool {
        let in_full = self.in_full.get_or_init(|| {
            let mut names = Vec::new();
            (self.paragraphs.iter()).for_each(|p| names::full_names(p, &mut names));
            (names.iter())
                .filter_map(|n| n.rsplit(' ').next())
                .map(|w| words::fold(w).into_owned())
                .collect()
        });
        self.speakers.iter().chain(in_full).any(|s| s == folded)
    }
}

/// Whether two names are one person's: the same last word of the name.
fn same_person(a: &str, b: &str) -> bool {
    let last = |n: &str| head(n).map(|w| words::fold(w).into_owned());
    last(a) == last(b)
}

/// The subjects of the sentences from `from` to `to` (paragraph, offset).
fn subjects(
    paragraphs: &[String],
    from: (usize, usize),
    to: (usize, usize),
    out: &mut Vec<Subject>,
) {
    for p in from.0..=to.0 {
        let Some(text) = paragraphs.get(p) else {
            break;
        };
        let start = if p == from.0 { from.1 } else { 0 };
        let end = if p == to.0 { to.1 } else { text.len() };
        let mut rest = text.get(start..end).unwrap_or("").trim_end();
        loop {
            rest = rest.trim_start();
            if rest.is_empty() {
                break;
            }
            let cut = first_sentence_end(rest).max(1);
            let cut = rest.ceil_char_boundary(cut);
            out.extend(leading_subject(&rest[..cut]));
            out.extend(closing_speaker(&rest[..cut]));
            rest = &rest[cut..];
        }
    }
}

/// The name a sentence opens with (`Anna Ivanova met…`, `On Monday, the
/// ministry said…`), past a leading phrase set off by a comma.
fn leading_subject(sentence: &str) -> Option<Subject> {
    let sentence = sentence.trim_start_matches(|c: char| !c.is_alphanumeric());
    let sentence = &sentence[..sentence.floor_char_boundary(SUBJECT_REACH)];
    let c = Clause::new(sentence);
    let mut i = 0;
    // `Referring to the talks, he said`: a participle leads like `After`;
    // `But Richard Roe, who…`: a conjunction only joins.
    if c.folded(0).is_some_and(speech::is_conjunction) {
        i = 1;
    } else if c
        .folded(0)
        .is_some_and(|w| speech::is_lead(w) || w.ends_with("ing"))
    {
        i = (0..c.len().min(LEAD_WORDS)).find(|&k| c.gap(k).contains(','))? + 1;
    }
    if c.folded(i).and_then(speech::pronoun).is_some() {
        return None;
    }
    let last = c.leading_name(i)?;
    let last = c.workplace(i, last).unwrap_or(last);
    let mut verb = last + 1;
    // Past a relative clause or a role: `Richard Roe, who follows the
    // firm, said`, `Richard Roe, head of planning, said`.
    if (c.folded(verb) == Some("who") || c.gap(last).contains(','))
        && let Some(k) = (verb..c.len().min(verb + 12)).find(|&k| c.gap(k).contains(','))
    {
        verb = k + 1;
    }
    while c.folded(verb).is_some_and(speech::is_auxiliary) {
        verb += 1;
    }
    Some(Subject {
        name: role_after_name(span(&c, sentence, i, last)),
        said: c.verb_at(verb),
        speaks_of: false,
    })
}

/// Who a sentence closes by saying said it, without quote marks: `Funaro`
/// in `Lawson would state his position, Funaro said.`, `James Fry, the
/// unit's head` in `…, James Fry, the unit's head said.`; not `said
/// management wants` after an appositive.
fn closing_speaker(sentence: &str) -> Option<Subject> {
    let sentence = sentence.trim_end_matches(|c: char| !c.is_alphanumeric());
    let mut pieces = sentence.rsplit(", ");
    let last = pieces.next().filter(|_| sentence.contains(", "))?;
    if last.contains(['"', '“', '”', '«', '»']) || last.split_whitespace().count() > CLOSING_WORDS
    {
        return None;
    }
    let c = Clause::new(last);
    let found = c.speaker_after_quote()?;
    let ends = (found.speaker.split_whitespace().next_back()).is_some_and(|w| last.ends_with(w));
    if speech::pronoun(&found.speaker).is_some() || (c.verb_at(0) && !ends) {
        return None;
    }
    let before = pieces.next().unwrap_or("");
    let named = (2..=4).contains(&before.split_whitespace().count())
        && before.split_whitespace().all(names::is_name_word);
    let name = if named && !starts_upper(&found.speaker) {
        format!("{before}, {}", found.speaker)
    } else {
        found.speaker
    };
    Some(Subject {
        name,
        said: true,
        speaks_of: false,
    })
}

fn span<'a>(c: &Clause, text: &'a str, first: usize, last: usize) -> &'a str {
    let start = c.end_of(first) - c.raw(first).map_or(0, str::len);
    &text[start..c.end_of(last)]
}

/// The word a speaker's name turns on: the last before their role
/// (`minister` in `the minister of energy`), as written.
fn head(name: &str) -> Option<&str> {
    let head = without_role(name).split_whitespace().next_back()?;
    Some(head.trim_end_matches(|c: char| !c.is_alphanumeric()))
}

/// Who a speaker is without their role after a comma, an `of` or an `at`:
/// `the minister` in `the minister of energy`, `an official` in `an
/// official at the Hesse LZB`.
fn without_role(name: &str) -> &str {
    let name = name.split(", ").next().unwrap_or(name);
    let name = name.split(" of ").next().unwrap_or(name);
    let name = name.split(" for ").next().unwrap_or(name);
    name.split(" at ").next().unwrap_or(name)
}

/// Whether a speaker is a body or a document rather than people: `the
/// ministry`, `NATO`, `the report`.
pub fn is_body(name: &str) -> bool {
    head(name).is_some_and(|h| speech::is_body(&words::fold(h)))
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Fit {
    Yes,
    No,
    /// A capitalised word that may be a person or a place or firm
    /// (`Venezuela`, `Wertheim`, `The Kenyan`).
    Unsure,
}

/// Whether a name may be what `pronoun`, standing for `stands`, means. A
/// person's name is two name words or more (`Tony O'Reilly`), or a surname
/// the briefing gives with a full name elsewhere (`surnames`).
fn fits(name: &str, stands: Stands, pronoun: &str, surnames: &Surnames) -> Fit {
    let Some(head) = head(name) else {
        return Fit::No;
    };
    let folded = words::fold(head);
    let body = speech::is_body(&folded) || speech::is_firm(&folded);
    let several = speech::is_people(&folded) || speech::is_bodies(&folded);
    let named = starts_upper(head) && !body && !several;
    let yes = |fits: bool| if fits { Fit::Yes } else { Fit::No };
    match stands {
        Stands::Person if named => {
            let words: Vec<&str> = without_role(name).split_whitespace().collect();
            let opens = words.first().is_some_and(|w| {
                let w = words::fold(w);
                !speech::is_determiner(&w) && !speech::is_lead(&w)
            });
            // `U.S. Oil production had dropped`: a country's initials open
            // no person's name.
            let country = words
                .first()
                .is_some_and(|w| matches!(w.trim_end_matches('.'), "U.S" | "U.K" | "U.N" | "E.C"));
            let full = words.len() > 1
                && opens
                && !country
                && words
                    .iter()
                    .all(|w| names::is_name_word(w) || names::is_particle(w));
            let surname = words.len() == 1 && surnames.has(&folded);
            if full || surname {
                Fit::Yes
            } else {
                Fit::Unsure
            }
        }
        Stands::Person => yes(!body && !several && speech::is_person(&folded, pronoun)),
        Stands::Body => yes(body),
        Stands::Either => yes(body || several),
    }
}
