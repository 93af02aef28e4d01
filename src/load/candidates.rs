//! The subjects of a briefing's sentences, the names a pronoun after them
//! may stand for: the name a sentence opens with (`Anna Ivanova met…`) and
//! who closes it by saying it (`…, Funaro said.`).

use super::closing::{closing_speaker, inverted_speaker, relative_speaker};
use super::nouns;
use super::role::role_after_name;
use super::speaker::{Clause, MAX_WORDS};
use super::{names, speech};
use crate::text::sentence::first_sentence_end;

/// Bytes into a sentence its subject is looked for.
const SUBJECT_REACH: usize = 240;

/// Words a leading phrase set off by a comma may have (`Stressing there
/// was no binding time schedule for the debt to be settled, Funaro…`).
const LEAD_WORDS: usize = 30;

/// A sentence's subject, whether a reporting verb follows it (`Anna
/// Ivanova said that…`), whether they are a quote's speaker who speaks
/// of the pronoun being resolved, and whether a body quoted them (`The
/// daily quoted one official as saying`), which makes them no rival to a
/// nearer subject.
#[derive(Clone)]
pub(super) struct Subject {
    pub name: String,
    pub said: bool,
    pub speaks_of: bool,
    pub quoted: bool,
}

impl Subject {
    /// A subject of the text, neither a quote's speaker nor one quoted.
    pub(super) fn new(name: String, said: bool) -> Subject {
        Subject {
            name,
            said,
            speaks_of: false,
            quoted: false,
        }
    }
}

/// The subjects of the sentences from `from` to `to` (paragraph, offset).
pub(super) fn subjects(
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
            let sentence = &rest[..cut];
            // The words a subject is looked for in, read once per sentence.
            let opening = sentence.trim_start_matches(|c: char| !c.is_alphanumeric());
            let c = Clause::new(head(opening));
            out.extend(subordinate_subject(&c));
            out.extend(leading_subject(&c));
            out.extend(included_subject(&c));
            out.extend(quoted_speaker(&c));
            joined_speakers(sentence, out);
            match closing_speaker(sentence) {
                Some(closing) => out.push(Subject::new(closing, true)),
                None => {
                    // `…, said J.P. Morgan and Co Inc chairman Lewis
                    // Preston.` closing a long sentence: read where it is.
                    // A name running to the head's cut may be cut short.
                    let cut = opening.len() > SUBJECT_REACH;
                    let mut inverted =
                        inverted_speaker(&c).filter(|s| !cut || !c.text.ends_with(s.as_str()));
                    if inverted.is_none() && cut {
                        inverted = inverted_speaker(&Clause::new(tail(opening)));
                    }
                    let said = inverted.or_else(|| relative_speaker(&c));
                    out.extend(said.map(|name| Subject::new(name, true)));
                }
            }
            rest = &rest[cut..];
        }
    }
}

/// A sentence's first `SUBJECT_REACH` bytes, cut where a word ends: a cut
/// word is no word of the sentence (`J.P. Morg`).
fn head(sentence: &str) -> &str {
    if sentence.len() <= SUBJECT_REACH {
        return sentence;
    }
    let reach = sentence.floor_char_boundary(SUBJECT_REACH + 1);
    sentence[..reach]
        .rsplit_once(char::is_whitespace)
        .map_or("", |(head, _)| head)
}

/// A sentence's last `SUBJECT_REACH` bytes, from where a word starts.
fn tail(sentence: &str) -> &str {
    let from = sentence.ceil_char_boundary(sentence.len().saturating_sub(SUBJECT_REACH + 1));
    sentence[from..]
        .split_once(char::is_whitespace)
        .map_or("", |(_, tail)| tail)
}

/// The one a body quotes (`The daily quoted one official as saying
/// that…`), whom a pronoun after it may stand for rather than the body;
/// not the one a person quotes, where both would fit.
fn quoted_speaker(c: &Clause) -> Option<Subject> {
    let verb = (1..c.len()).find(|&i| c.is(i, &["quoted", "cited"]))?;
    if !c.body_quotes(verb) {
        return None;
    }
    let name = c.quoted_as(verb)?;
    Some(Subject {
        quoted: true,
        ..Subject::new(role_after_name(&name), true)
    })
}

/// The name a sentence opens with (`Anna Ivanova met…`, `On Monday, the
/// ministry said…`), past a leading phrase set off by a comma.
fn leading_subject(c: &Clause) -> Option<Subject> {
    let mut i = 0;
    // `Referring to the talks, he said`: a participle leads like `After`;
    // `But Richard Roe, who…`: a conjunction only joins.
    if c.folded(0).is_some_and(speech::is_conjunction) {
        i = 1;
    } else if c.folded(0).is_some_and(speech::is_lead) || participle(c) {
        i = (0..c.len().min(LEAD_WORDS)).find(|&k| c.gap(k).contains(','))? + 1;
    }
    if c.folded(i).and_then(speech::pronoun).is_some() {
        return None;
    }
    if let Some(name) = (i == 0).then(|| c.lower_case_subject()).flatten() {
        return Some(Subject::new(name, true));
    }
    let (last, mut verb) = c.opening(i)?;
    // `Plessey Co Plc <PLY.L>`: a ticker is no part of the name.
    let cited = |to: usize| {
        (span(c, c.text, i, to).split(' '))
            .filter(|w| !speech::is_ticker(w))
            .collect::<Vec<_>>()
            .join(" ")
    };
    let mut name = cited(last);
    // `Iran's revolutionary leader, Ayatollah Ruhollah Khomeini, warned`,
    // `The chairman of the Kuwait Chamber, Ali Saqr, said`: the name set
    // off after a role, with where the person works.
    let person = |k: usize| c.folded(k).is_some_and(|w| nouns::is_person(w, ""));
    let mut role = last;
    if person(last) && c.folded(last + 1).is_some_and(speech::is_preposition) {
        let piece = (last + 1..c.len().min(last + 1 + MAX_WORDS))
            .find(|&k| c.breaks_after(k, &[',', '.', ';', ':']));
        role = piece.filter(|&k| c.breaks_after(k, &[','])).unwrap_or(last);
    }
    if (i..=last).any(person) && c.breaks_after(role, &[',']) {
        let end = (role + 1..c.len().min(role + 6)).find(|&k| c.breaks_after(k, &[',']));
        let named = end.map(|end| (end, span(c, c.text, role + 1, end)));
        // `But the analyst, Crandall, said`: a surname alone too.
        let name_alone = |n: &str| !n.contains(' ') && names::is_name_word(n);
        if let Some((end, named)) = named.filter(|(_, n)| names::is_full_name(n) || name_alone(n)) {
            name = format!("{named}, {}", cited(role));
            if role > last {
                verb = end + 1;
                while c.auxiliary_at(verb) {
                    verb += 1;
                }
            }
        }
    }
    Some(Subject::new(role_after_name(&name), c.verb_at(verb)))
}

/// `Other analysts, including Mira Stone of Hale Co, back the stock`: the
/// one named among the subject, a candidate nearer than any before.
fn included_subject(c: &Clause) -> Option<Subject> {
    let at = (1..c.len().min(MAX_WORDS)).find(|&k| c.is(k, &["including"]))?;
    if !c.gap(at - 1).contains(',') || !c.upper(at + 1) {
        return None;
    }
    let name = span(c, c.text, at + 1, c.through_name(at + 1));
    names::is_full_name(name).then(|| Subject::new(name.to_string(), false))
}

/// `Although Lawson denounced the plan, he added …`: the subject of a
/// clause of its own the sentence opens with, a name nearer to a pronoun
/// after it than any before the sentence.
fn subordinate_subject(c: &Clause) -> Option<Subject> {
    if !c.folded(0).is_some_and(speech::is_subordinator) || !c.upper(1) {
        return None;
    }
    let (last, verb) = c.opening(1)?;
    Some(Subject::new(
        role_after_name(span(c, c.text, 1, last)),
        c.verb_at(verb),
    ))
}

/// Whether a sentence opens with a participle (`Citing the filing,`), not
/// a name that ends like one (`King Fahd`, `Beijing said`, `Manning, the
/// director,`).
fn participle(c: &Clause) -> bool {
    let finite = [
        "has", "had", "have", "is", "was", "were", "will", "would", "could", "did",
    ];
    // `Echoing Gaviria's words`: a possessive is the participle's object.
    let owner = c.raw(1).and_then(speech::owner).is_some();
    c.folded(0).is_some_and(|w| w.ends_with("ing"))
        && (!c.upper(1) || owner)
        && !c.breaks_after(0, &[','])
        && !c.verb_at(1)
        && !c.is(1, &finite)
}

/// `…, but Barrow said they would stay.`: the subject of a clause joined
/// to the sentence's first, when a reporting verb follows it.
fn joined_speakers(sentence: &str, out: &mut Vec<Subject>) {
    for (at, _) in sentence
        .match_indices(", but ")
        .chain(sentence.match_indices(", and "))
    {
        let c = Clause::new(&sentence[at + 6..]);
        if c.folded(0).and_then(speech::pronoun).is_some() {
            continue;
        }
        if let Some((last, verb)) = c.opening(0)
            && c.verb_at(verb)
        {
            out.push(Subject::new(
                role_after_name(span(&c, c.text, 0, last)),
                true,
            ));
        }
    }
}

fn span<'a>(c: &Clause, text: &'a str, first: usize, last: usize) -> &'a str {
    let start = c.end_of(first) - c.raw(first).map_or(0, str::len);
    &text[start..c.end_of(last)]
}

#[cfg(test)]
#[path = "candidates_tests.rs"]
mod tests;
