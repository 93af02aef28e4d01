//! Who said a quote: the clause right after it (`…,” Kuleba said.`), or failing
//! that the clause that introduces it (`Kuleba said: “…”`).

use std::ops::Range;

use crate::text::sentence::first_sentence_end;
use crate::text::words;

const SPEECH: &[&str] = &[
    "said",
    "says",
    "say",
    "told",
    "tells",
    "stated",
    "states",
    "reads",
    "read",
    "wrote",
    "writes",
    "added",
    "adds",
    "noted",
    "notes",
    "explained",
    "explains",
    "stressed",
    "stresses",
    "emphasized",
    "emphasised",
    "emphasizes",
    "emphasises",
    "declared",
    "declares",
    "announced",
    "announces",
    "claimed",
    "claims",
    "according",
    "warned",
    "warns",
    "insisted",
    "insists",
    "argued",
    "argues",
    "replied",
    "replies",
    "commented",
    "comments",
    "concluded",
    "asserted",
    "recalled",
    "recalls",
    "reported",
    "reports",
    "posted",
    "tweeted",
    "quoted",
    "underlined",
    "underlines",
    "admitted",
    "admits",
    "confirmed",
    "confirms",
    "remarked",
    "asked",
    "asks",
    "answered",
    "answers",
    "continued",
    "urged",
    "urges",
    "promised",
    "заявив",
    "заявила",
    "сказав",
    "сказала",
    "заявил",
    "сказал",
    "написав",
    "наголосив",
    "наголосила",
    "підкреслив",
    "зазначив",
    "зазначила",
    "повідомив",
];
const WINDOW: usize = 8;
const MAX_CHARS: usize = 160;
/// How far from the quote an attribution is looked for, in bytes.
const REACH: usize = 600;

pub fn attribution(paragraph: &str, quote: Range<usize>) -> Option<String> {
    let reach_end = paragraph.floor_char_boundary(quote.end + REACH);
    let reach_start = paragraph.ceil_char_boundary(quote.start.saturating_sub(REACH));
    after(&paragraph[quote.end..reach_end]).or_else(|| before(&paragraph[reach_start..quote.start]))
}

fn after(rest: &str) -> Option<String> {
    let rest = rest.trim_start_matches(|c: char| c.is_whitespace() || ",;:—–-".contains(c));
    let mut clause = &rest[..first_sentence_end(rest)];
    if let Some(next_quote) = clause.find(['“', '«', '"']) {
        clause = &clause[..next_quote];
    }
    let clause = trim_clause(clause);
    let folded = words::folded(clause);
    let opens_with_speaker = clause.chars().next().is_some_and(char::is_uppercase)
        || folded
            .first()
            .is_some_and(|w| SPEECH.contains(&w.as_str()) || OPENERS.contains(&w.as_str()));
    (opens_with_speaker && names_speaker(folded.iter().take(WINDOW))).then(|| cap(clause))
}

/// Lower-case words that may start a clause naming a speaker: `the ministry
/// said`, `he told`, `a diplomat added`. Any other lower-case start (`text
/// and then something said…`) is the sentence going on, not an attribution.
#[rustfmt::skip]
const OPENERS: &[&str] = &[
    "the", "a", "an", "he", "she", "they", "we", "i", "it", "his", "her", "their", "its", "our",
    "one", "officials", "according", "said", "who", "which", "as",
    // Name particles: `van Aalst told reporters`.
    "van", "von", "de", "der", "den", "du", "da", "di", "la", "le", "al", "el", "bin", "ibn",
];

fn before(lead: &str) -> Option<String> {
    let lead = lead.trim_end();
    if !lead.ends_with([':', ',']) {
        return None;
    }
    let mut start = 0;
    while start < lead.len() {
        let end = start + first_sentence_end(&lead[start..]);
        if end >= lead.len() {
            break;
        }
        start = end;
    }
    let clause = trim_clause(&lead[start..]);
    let folded = words::folded(clause);
    let skip = folded.len().saturating_sub(WINDOW);
    names_speaker(folded.iter().skip(skip)).then(|| cap(clause))
}

fn names_speaker<'a>(mut words: impl Iterator<Item = &'a String>) -> bool {
    words.any(|w| SPEECH.contains(&w.as_str()))
}

fn trim_clause(clause: &str) -> &str {
    clause.trim_matches(|c: char| c.is_whitespace() || ",.;:—–!?".contains(c))
}

fn cap(clause: &str) -> String {
    if clause.chars().count() <= MAX_CHARS {
        return clause.to_string();
    }
    let cut: String = clause.chars().take(MAX_CHARS).collect();
    let at_word = cut.rfind(' ').unwrap_or(cut.len());
    format!("{}…", cut[..at_word].trim_end())
}

#[cfg(test)]
mod tests {
    fn of(p: &str) -> Option<String> {
        let q = crate::load::quotes::find_quotes(0, p);
        q[0].attribution.clone()
    }

    #[test]
    fn clause_after_the_quote() {
        assert_eq!(
            of(r#""They underlined the cost of it," reads the press release published on the website of the EEAS on January 8."#).as_deref(),
            Some("reads the press release published on the website of the EEAS on January 8")
        );
        assert_eq!(
            of("“We are ready to talk,” Kuleba told reporters in Brussels. Next.").as_deref(),
            Some("Kuleba told reporters in Brussels")
        );
        assert_eq!(
            of("«Ми готові до розмови», заявив Дмитро Кулеба.").as_deref(),
            Some("заявив Дмитро Кулеба")
        );
    }

    #[test]
    fn clause_before_the_quote() {
        assert_eq!(
            of("Earlier. The minister said: “talks must go on”").as_deref(),
            Some("The minister said")
        );
        assert_eq!(
            of("According to the ministry, “the border is calm now.”").as_deref(),
            Some("According to the ministry")
        );
    }

    #[test]
    fn a_sentence_that_goes_on_is_not_an_attribution() {
        assert_eq!(
            of("A long “one two three” text and then something said by nobody in particular."),
            None
        );
        assert_eq!(
            of("“We will not go back,” the spokesperson told reporters.").as_deref(),
            Some("the spokesperson told reporters")
        );
    }

    #[test]
    fn no_speaker_no_attribution() {
        assert_eq!(
            of("The word “three whole words” appears in the text."),
            None
        );
        assert_eq!(of("“A B C” and then nothing"), None);
    }
}
