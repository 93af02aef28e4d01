//! A speaker given as a pronoun (`he`, `she`, `they`, `it`) stands for the
//! nearest speaker or sentence subject named before it in the same
//! briefing that fits: a person for `he` and `she`, a body for `it`, a body
//! or several people for `they`. When nothing fits it stays the pronoun.

use super::candidates::{Subject, subjects};
use std::cell::OnceCell;

use super::described::Titles;
use super::names;
use super::nouns;
use super::speaker::starts_upper;
use super::speech::{self, Stands};
use super::surnames::Surnames;
use crate::model::Quote;
use crate::text::words;

/// How many names back a pronoun looks for one that fits, and over how
/// many quotes: the nearest is meant, and a hostile briefing of many
/// quotes stays linear.
const LOOK_BACK: usize = 32;
const QUOTES_BACK: usize = 64;

pub fn resolve(paragraphs: &[String], quotes: &mut [Quote]) {
    let pronoun = |q: &Quote| q.speaker.as_ref().and_then(|s| speech::pronoun(&s.name));
    if !quotes.iter().any(|q| pronoun(q).is_some()) {
        return;
    }
    let surnames = Surnames::new(paragraphs, quotes);
    // Read only when a description is found for a pronoun.
    let titles = OnceCell::new();
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
                    speaks_of,
                    ..Subject::new(name, true)
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
                    .filter(|r| !r.quoted && !opens_with_one(&r.name))
                    .any(|r| !same_person(&r.name, &candidate.name));
                if candidate.said || !rival {
                    // `central bank president` and, before it, `central
                    // bank president carlos julio emanuel`: the whole name.
                    let titled = (candidate.name.rsplit(' ').next())
                        .is_some_and(|w| nouns::is_person(&words::fold(w), ""));
                    let whole = (candidates[c + 1..].iter())
                        .find(|r| titled && opens_with(&r.name, &candidate.name));
                    // `the minister` after `Finance Minister Ada Roe`.
                    let described = || {
                        (titles.get_or_init(|| Titles::new(paragraphs)))
                            .full_name(quotes[k].paragraph, &candidate.name)
                    };
                    found = match whole {
                        Some(whole) => Some(whole.name.clone()),
                        None => described().or_else(|| Some(candidate.name.clone())),
                    };
                }
                break 'back;
            }
        }
        if let Some(s) = quotes[k].speaker.as_mut() {
            s.refers_to = found;
        }
    }
}

/// Whether two names are one person's: the same last word of the name,
/// or one word that opens the other (`Ammar` and `Ammar Sato`).
fn same_person(a: &str, b: &str) -> bool {
    let last = |n: &str| head(n).map(|w| words::fold(w).into_owned());
    let first_of = |one: &str, full: &str| {
        let one = without_role(one);
        !one.contains(' ')
            && without_role(full)
                .split_whitespace()
                .next()
                .is_some_and(|w| words::fold(w) == words::fold(one))
    };
    last(a) == last(b)
        || opens_with(a, b)
        || opens_with(b, a)
        || first_of(a, b)
        || first_of(b, a)
        || initials_of(a, b)
        || initials_of(b, a)
}

/// Whether the name `long` opens with all the words of `short` and goes on:
/// `central bank president carlos julio emanuel` and `central bank
/// president`.
fn opens_with(long: &str, short: &str) -> bool {
    let rest = long.strip_prefix(short).unwrap_or("");
    rest.starts_with(' ') && !rest.contains([',', '(']) && !rest.split(' ').any(|w| w == "and")
}

/// Whether `short` is the initials of `full`, in a bracket after it or
/// spelt by its capitalised words: `the DOT` and `The Department of
/// Transportation (DOT)`.
fn initials_of(short: &str, full: &str) -> bool {
    let Some(letters) = head(short).filter(|h| speech::is_initials(h)) else {
        return false;
    };
    let spelt: String = (without_role(full).split_whitespace())
        .filter(|w| *w != "The")
        .filter_map(|w| w.chars().next().filter(|c| c.is_uppercase()))
        .collect();
    full.contains(&format!("({letters})")) || spelt == letters
}

/// The word a speaker's name turns on: the last before their role
/// (`minister` in `the minister of energy`), as written.
fn head(name: &str) -> Option<&str> {
    // `Adelaide Steamship Co Ltd <ADSA.S>`: a ticker is no part of it.
    let head = (without_role(name).split_whitespace()).rfind(|w| !speech::is_ticker(w))?;
    Some(head.trim_end_matches(|c: char| !c.is_alphanumeric()))
}

/// Who a speaker is without their role after a comma, an `of` or an `at`,
/// or the body before a possessive: `the minister` in `the minister of
/// energy`, `an official` in `an official at the Hesse LZB`, `Rudolph
/// Penner` in `the Budget Office's Rudolph Penner`.
fn without_role(name: &str) -> &str {
    let name = name.split(", ").next().unwrap_or(name);
    let name = name.split(" of ").next().unwrap_or(name);
    let name = name.split(" for ").next().unwrap_or(name);
    let name = name.split(" at ").next().unwrap_or(name);
    let name = name.split(" with ").next().unwrap_or(name);
    let owned = name.rsplit_once("'s ").or_else(|| name.rsplit_once("’s "));
    owned.map_or(name, |(_, rest)| rest)
}

/// Whether a speaker is a body or a document rather than people: `the
/// ministry`, `NATO`, `the report`.
pub fn is_body(name: &str) -> bool {
    head(name).is_some_and(|h| nouns::is_body(&words::fold(h)))
}

/// `one competitor`, `another`: someone never named, no rival to a
/// subject named nearer.
fn opens_with_one(name: &str) -> bool {
    (name.split_whitespace().next()).is_some_and(|w| speech::is_one(&words::fold(w)))
}

/// `one processor`, `Another arbitrageur`: one of some kind, a person;
/// not `One of` the words that open a sentence.
fn one_of_a_kind(name: &str) -> bool {
    // `one poll`, `one estimate` are no one: a person's noun, or one that
    // names a doer (`processor`, `rescheduler`).
    let words: Vec<_> = name.split_whitespace().map(words::fold).collect();
    let doer = |w: &str| {
        nouns::is_person(w, "") || ((w.ends_with("er") || w.ends_with("or")) && w.len() > 5)
    };
    words.len() > 1 && speech::is_one(&words[0]) && words.last().is_some_and(|w| doer(w))
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
    // `The EIU` is a body's initials, not a person's.
    let initials = speech::is_initials(head)
        && (without_role(name).split_whitespace().next())
            .is_some_and(|w| w.eq_ignore_ascii_case("the"));
    let body = nouns::is_body(&folded) || nouns::is_firm(&folded) || initials;
    let several = nouns::is_people(&folded) || nouns::is_bodies(&folded);
    let named = names::is_name_word(head) && !body && !several;
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
            // `Senior EC`: initials are no part of a person's name.
            let initials = words.iter().any(|w| speech::is_initials(w));
            let full = words.len() > 1
                && opens
                && !country
                && !initials
                && words
                    .iter()
                    .all(|w| names::is_name_word(w) || names::is_particle(w));
            let surname = words.len() == 1 && surnames.has(&folded);
            if full && surnames.opens_firm(&words) {
                Fit::No
            } else if full || surname {
                Fit::Yes
            } else if words.len() == 1 && surnames.written_lower(&folded) {
                Fit::No
            } else {
                Fit::Unsure
            }
        }
        // `“…,” one said`: one of a group, likely meant and never named;
        // `one of the diplomats` is who is meant.
        Stands::Person if speech::is_one(&folded) => {
            let group = (name.split_whitespace()).any(|w| nouns::is_people(&words::fold(w)));
            if group { Fit::Yes } else { Fit::Unsure }
        }
        // `health minister jorge brancho`, as a wire in lower case gives it.
        // `one manufacturer said`: one of some kind, a person speaking.
        Stands::Person => {
            let one = one_of_a_kind(without_role(name));
            let person = (without_role(name).split_whitespace())
                .any(|w| nouns::is_person(&words::fold(w), pronoun));
            yes(!body && !several && (person || one))
        }
        Stands::Body => yes(body),
        // `The DIW and Ifo`: two named are several.
        Stands::Either => {
            let joined = without_role(name).contains(" and ") && starts_upper(head);
            yes((body && !nouns::is_writing(&folded)) || several || joined)
        }
    }
}
