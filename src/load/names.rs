//! One name per person within a briefing: a later short form of a name
//! (the surname, the first words, a title and name) given as a speaker is
//! the full name introduced before it, in the text or as an earlier
//! quote's speaker (`Sheikh Ali` after `Sheikh Ali al-Khalifa al-Sabah`).
//! Where two full names fit, the short form stays as it is.

use super::speaker::starts_upper;
use super::speech;
use crate::model::Quote;
use crate::text::words;

/// Name particles that may stand in lower case inside a full name.
fn is_particle(word: &str) -> bool {
    matches!(
        word,
        "al" | "bin" | "ibn" | "van" | "von" | "de" | "da" | "der" | "la" | "le"
    )
}

/// A name word: capitalised, or prefixed in lower case (`al-Sabah`).
fn is_name_word(word: &str) -> bool {
    let rest = word
        .strip_prefix("al-")
        .or_else(|| word.strip_prefix("el-"));
    starts_upper(rest.unwrap_or(word))
}

/// Runs of two or more capitalised words in `text` (particles allowed
/// inside), each a name that may be a person's.
fn full_names(text: &str, out: &mut Vec<String>) {
    let mut run: Vec<&str> = Vec::new();
    let close = |run: &mut Vec<&str>, out: &mut Vec<String>| {
        while run.last().is_some_and(|w| is_particle(w)) {
            run.pop();
        }
        if run.len() >= 2 {
            out.push(run.join(" "));
        }
        run.clear();
    };
    for token in text.split_whitespace() {
        let word = token.trim_matches(|c: char| !c.is_alphanumeric());
        let named = is_name_word(word) || (!run.is_empty() && is_particle(word));
        if !named || word.is_empty() {
            close(&mut run, out);
            continue;
        }
        run.push(word);
        if token.ends_with([',', '.', ';', ':', ')', '”', '"', '»'])
            || word.len() < token.trim_start_matches(['“', '"', '«', '(']).len()
        {
            close(&mut run, out);
        }
    }
    close(&mut run, out);
}

/// Whether `short` is a short form of `full`: its last words, or its first.
fn shortens(short: &[String], full: &[String]) -> bool {
    short.len() < full.len() && (full.ends_with(short) || full.starts_with(short))
}

fn folded_words(name: &str) -> Vec<String> {
    name.split_whitespace()
        .map(|w| words::fold(w).into_owned())
        .collect()
}

pub fn unify(paragraphs: &[String], quotes: &mut [Quote]) {
    for k in 0..quotes.len() {
        let Some(speaker) = &quotes[k].speaker else {
            continue;
        };
        let person = speaker.person().to_string();
        let short = folded_words(&person);
        let is_name = (1..=2).contains(&short.len())
            && person.split_whitespace().all(is_name_word)
            && !short
                .iter()
                .any(|w| speech::is_head(w) || speech::is_determiner(w));
        if !is_name || speech::pronoun(&short[0]).is_some() {
            continue;
        }
        let mut names = Vec::new();
        let (p, at) = (quotes[k].paragraph, quotes[k].outer.start);
        for (i, text) in paragraphs.iter().enumerate().take(p + 1) {
            let end = if i == p {
                at.min(text.len())
            } else {
                text.len()
            };
            full_names(text.get(..end).unwrap_or(""), &mut names);
        }
        names.extend(
            quotes[..k]
                .iter()
                .filter_map(|q| Some(q.speaker.as_ref()?.person().to_string())),
        );
        let mut fits: Vec<String> = names
            .into_iter()
            .filter(|n| shortens(&short, &folded_words(n)))
            .collect();
        fits.sort();
        fits.dedup();
        if let [full] = fits.as_slice()
            && let Some(s) = quotes[k].speaker.as_mut()
        {
            s.name = match s.name.split_once(", ") {
                Some((_, role)) => format!("{full}, {role}"),
                None => full.clone(),
            };
        }
    }
}

#[cfg(test)]
mod tests {
    fn speakers(text: &str) -> Vec<String> {
        let paragraphs: Vec<String> = text.split("\n\n").map(String::from).collect();
        let quotes = crate::load::quotes::find_all(&paragraphs);
        quotes
            .iter()
            .map(|q| {
                q.speaker
                    .as_ref()
                    .map_or(String::new(), |s| s.shown().into_owned())
            })
            .collect()
    }

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
}
