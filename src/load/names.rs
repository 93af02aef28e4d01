//! One name per person within a briefing: a later short form of a name
//! (the surname, the first words, a title and name) given as a speaker is
//! the full name introduced before it, in the text or as an earlier
//! quote's speaker (`Sheikh Ali` after `Sheikh Ali al-Khalifa al-Sabah`).
//! Where two full names fit, the short form stays as it is.

use super::nouns;
use super::speaker::starts_upper;
use super::speech;
use crate::model::Quote;
use crate::text::words;

/// Name particles that may stand in lower case inside a full name.
pub(super) fn is_particle(word: &str) -> bool {
    matches!(
        word,
        "al" | "bin" | "ibn" | "van" | "von" | "de" | "da" | "der" | "la" | "le"
    )
}

/// A name word: capitalised, or prefixed in lower case (`al-Sabah`).
pub(super) fn is_name_word(word: &str) -> bool {
    let rest = word
        .strip_prefix("al-")
        .or_else(|| word.strip_prefix("el-"));
    starts_upper(rest.unwrap_or(word))
}

/// Two to four name words: `Azusa Hayashi`, `Sheikh Ali al-Sabah`.
pub(super) fn is_full_name(text: &str) -> bool {
    let count = text.split_whitespace().count();
    (2..=4).contains(&count) && text.split_whitespace().all(is_name_word)
}

/// Whether a speaker's person, before any role after a comma or an `of`,
/// is a full name: `Ann Roe, of Roe and Co`.
pub(super) fn person_is_full(speaker: &str) -> bool {
    let person = speaker.split(", ").next().unwrap_or_default();
    is_full_name(person.split(" of ").next().unwrap_or_default())
}

/// Runs of two or more capitalised words in `text` (particles allowed
/// inside), each a name that may be a person's.
pub(super) fn full_names(text: &str, out: &mut Vec<String>) {
    let mut run: Vec<&str> = Vec::new();
    let close = |run: &mut Vec<&str>, out: &mut Vec<String>| {
        while run.last().is_some_and(|w| is_particle(w)) {
            run.pop();
        }
        if run.len() < 2 {
            run.clear();
            return;
        }
        // A title, its office or a sentence's first word is not the name:
        // `Economist Ana Ruiz`, `But Richard Roe`, `Farm Minister Odile
        // Baptiste`, `Foreign Markets Lena Park`.
        let folded: Vec<_> = run.iter().map(|w| words::fold(w)).collect();
        let leads = (folded.iter())
            .take_while(|w| speech::is_lead(w) || speech::is_determiner(w))
            .count();
        let title = |w: &str| nouns::is_head(w) || nouns::is_office(w);
        let titles = (folded.iter().rposition(|w| title(w))).map_or(leads, |t| leads.max(t + 1));
        if run.len() >= titles + 2 {
            out.push(run[titles..].join(" "));
        }
        run.clear();
    };
    for token in text.split_whitespace() {
        // `Texaco Canada Inc <TXC>`: a ticker ends the name.
        if speech::is_ticker(token) {
            close(&mut run, out);
            continue;
        }
        let word = token.trim_matches(|c: char| !c.is_alphanumeric());
        // `Rha Woong-Bae's`: a possessive ends the name, without its `'s`.
        let owner = speech::owner(word);
        let word = owner.unwrap_or(word);
        let named = is_name_word(word) || (!run.is_empty() && is_particle(word));
        // `Lloyd Bentsen (D-Tex)`: a bracket opens another name.
        if token.starts_with('(') {
            close(&mut run, out);
        }
        if !named {
            close(&mut run, out);
            continue;
        }
        // `Jack A. Robinson`: a middle initial's dot ends no name.
        let initial = !run.is_empty()
            && word.len() == 1
            && word.starts_with(|c: char| c.is_ascii_uppercase())
            && token.ends_with('.');
        if initial {
            run.push(token.trim_start_matches(|c: char| !c.is_alphanumeric()));
            continue;
        }
        run.push(word);
        if owner.is_some()
            || token.ends_with([',', '.', ';', ':', ')', '”', '"', '»'])
            || word.len() < token.trim_start_matches(['“', '"', '«', '(']).len()
        {
            close(&mut run, out);
        }
    }
    close(&mut run, out);
}

fn folded_words(name: &str) -> Vec<String> {
    name.split_whitespace()
        .map(|w| words::fold(w).into_owned())
        .collect()
}

/// The full names met so far, each with its words folded. A briefing
/// names a few dozen at most, so a lookup goes through them all: a map by
/// each short form cost more to fill than the lookups it saved.
#[derive(Default)]
struct Known {
    names: Vec<(String, Vec<String>)>,
}

impl Known {
    fn add(&mut self, full: String) {
        if self.names.iter().any(|(known, _)| *known == full) {
            return;
        }
        let words = folded_words(&full);
        if words.len() > 1 {
            self.names.push((full, words));
        }
    }

    /// The one full name `short` (one or two words) is a form of, if only
    /// one: its first or last words, and not the whole of it.
    fn full(&self, short: &[String]) -> Option<&String> {
        let n = short.len();
        let mut found: Option<&String> = None;
        let fits = |words: &[String]| {
            n < words.len() && (words[..n] == *short || words[words.len() - n..] == *short)
        };
        for (full, _) in self.names.iter().filter(|(_, words)| fits(words)) {
            if found.is_some_and(|f| f != full) {
                return None;
            }
            found = Some(full);
        }
        found
    }
}

/// Reads the text of `paragraphs` from `from` up to `to` (paragraph,
/// offset) for full names.
fn meet(paragraphs: &[String], from: (usize, usize), to: (usize, usize), known: &mut Known) {
    let mut names = Vec::new();
    let stretch = paragraphs
        .iter()
        .enumerate()
        .skip(from.0)
        .take(to.0 + 1 - from.0);
    for (p, text) in stretch {
        let start = if p == from.0 { from.1 } else { 0 };
        let end = if p == to.0 { to.1 } else { text.len() };
        full_names(text.get(start..end).unwrap_or(""), &mut names);
    }
    names.into_iter().for_each(|n| known.add(n));
}

/// Each speaker given by a short form of one full name met before it is
/// given that name, keeping its role, and so is the one a pronoun stands
/// for; in one pass over the briefing.
pub fn unify(paragraphs: &[String], quotes: &mut [Quote]) {
    let mut known = Known::default();
    let mut read_to = (0, 0);
    for quote in quotes.iter_mut() {
        let Some(speaker) = quote.speaker.as_mut() else {
            continue;
        };
        let person = speaker.person();
        let short = folded_words(person);
        let is_name = (1..=2).contains(&short.len())
            && person.split_whitespace().all(is_name_word)
            && speech::pronoun(&short[0]).is_none()
            && !(short.iter()).any(|w| nouns::is_head(w) || speech::is_determiner(w));
        // The text before a quote is read for names only when a short form
        // is to be looked up.
        let at = (quote.paragraph, quote.outer.start);
        if is_name && at > read_to {
            meet(paragraphs, read_to, at, &mut known);
            read_to = at;
        }
        if let Some(full) = known.full(&short).filter(|_| is_name) {
            let said = speaker.refers_to.as_mut().unwrap_or(&mut speaker.name);
            *said = match said.split_once(", ") {
                Some((_, role)) => format!("{full}, {role}"),
                None => full.clone(),
            };
        }
        let person = speaker.person();
        if person.split_whitespace().count() > 1 && person.split_whitespace().all(is_name_word) {
            known.add(person.to_string());
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::load::testing::speakers;

    #[test]
    fn a_later_short_form_is_the_full_name_introduced_before() {
        let text = "Sheikh Omar al-Rashid al-Tamimi arrived late. “We are watching the market,” Sheikh Omar said.\n\n“There is no rush to decide,” said al-Tamimi.";
        assert_eq!(speakers(text), ["Sheikh Omar al-Rashid al-Tamimi"; 2]);
        let text = "“The breach came through a contractor,” said Andrii Kostiuk, deputy head of the centre.\n\n“We are still checking the servers,” Kostiuk said.";
        assert_eq!(speakers(text)[1], "Andrii Kostiuk");
        let text = "Lena Ostrova of Baltic Ledger and Marta Ostrova met. “Nothing is settled yet,” Ostrova said.";
        assert_eq!(
            speakers(text),
            ["Ostrova"],
            "two full names fit: left as it is"
        );
    }

    #[test]
    fn a_pronoun_standing_for_a_short_form_is_given_the_full_name() {
        let text = "Sheikh Omar al-Rashid al-Fahad spoke on Monday. “The quota system works for everyone,” Sheikh Omar said.\n\nReferring to the currency, he said: “We will defend the band.”";
        assert_eq!(
            speakers(text),
            [
                "Sheikh Omar al-Rashid al-Fahad",
                "he (Sheikh Omar al-Rashid al-Fahad)"
            ]
        );
    }

    #[test]
    fn where_a_speaker_is_from_is_a_role_after_the_name() {
        let text = "“Prices will stay firm,” said Lars Eckmann of Baltic Commodities Ltd.\n\n“We have seen this before,” Eckmann added.\n\n“Rates will stay,” said the Governor of the Central Bank.";
        assert_eq!(
            speakers(text),
            [
                "Lars Eckmann, of Baltic Commodities Ltd",
                "Lars Eckmann",
                "the Governor of the Central Bank"
            ]
        );
    }
}
