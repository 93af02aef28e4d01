//! The words attribution turns on, folded: reporting verbs in their tenses,
//! the words that end a speaker's name, and what a pronoun may stand for.

/// Reporting verbs: each English one in its present, past and `-ing`
/// forms, and the Ukrainian and Russian past forms.
#[rustfmt::skip]
const VERBS: &[&str] = &[
    "acknowledged", "add", "added", "adding", "adds", "admit", "admits", "admitted", "agreed", "alleged", "announce",
    "announced", "announces", "answered", "argue", "argued", "argues", "arguing", "asked",
    "assert", "asserted", "asserts", "called", "cautioned", "cited", "claimed", "claiming", "commented", "conceded",
    "concluded", "confirm", "confirmed", "confirms", "continued", "countered", "declare", "declared", "declares", "described", "emphasise",
    "emphasised", "emphasises", "emphasize", "emphasized", "emphasizes", "explain", "explained",
    "explaining", "explains", "hailed", "insist", "insisted", "insists", "noted", "notes", "noting", "posted",
    "predicted", "promised", "quoted", "read", "reads", "recalled", "recalling", "remarked",
    "replied", "reported", "responded", "retorted", "ruled", "said", "say", "saying", "says", "shouted", "stated", "states", "stating",
    "stress", "stressed", "stresses", "stressing", "tell", "telling", "tells", "told",
    "tweeted", "underlined", "urge", "urged", "urges", "vowed", "warn", "warned", "warns",
    "write", "writes", "writing", "wrote", "добавил", "добавила", "додав", "додала", "зазначив",
    "зазначила", "заявив", "заявил", "заявила", "заявили", "наголосив", "наголосила", "написав",
    "написал", "написала", "отметил", "отметила", "повідомив", "повідомила", "подчеркнул",
    "подчеркнула", "підкреслив", "підкреслила", "сказав", "сказал", "сказала", "сказали",
    "сообщил", "сообщила",
];

/// Whether a sorted list holds `word`.
pub(super) fn has(list: &[&str], word: &str) -> bool {
    list.binary_search(&word).is_ok()
}

pub fn is_verb(word: &str) -> bool {
    has(VERBS, word)
}

/// `according to X`, `за словами X`, `по словам X`: the speaker follows.
pub fn according(words: &[&str]) -> bool {
    matches!(
        words,
        ["according", "to", ..] | ["за", "словами", ..] | ["по", "словам", ..]
    )
}

/// Words between a subject and its verb that are not the subject: `the
/// minister has also said`, `Ivanova was later quoted`.
#[rustfmt::skip]
const AUXILIARIES: &[&str] = &[
    "again", "already", "also", "always", "angrily", "are", "been", "being", "bluntly", "could",
    "did", "does", "earlier", "firmly", "flatly", "further", "had", "has", "have", "here",
    "however", "is", "later", "merely", "never", "nevertheless", "nonetheless", "not", "often",
    "once", "only", "openly", "previously", "privately", "publicly", "quickly", "recently",
    "repeatedly", "reportedly", "separately", "simply", "still", "tersely", "then", "there",
    "today", "too", "was", "were", "will", "would", "yesterday",
];

/// The owner in a possessive, without its `'s`: `Roe` of `Roe's`.
pub fn owner(word: &str) -> Option<&str> {
    word.strip_suffix("'s").or_else(|| word.strip_suffix("’s"))
}

/// A participle of a question put to someone: `Asked if …`, `pressed
/// for details`.
pub fn is_asked(word: &str) -> bool {
    matches!(word, "asked" | "questioned" | "pressed")
}

pub fn is_auxiliary(word: &str) -> bool {
    has(AUXILIARIES, word)
}

/// Words that end a speaker's name and start something else: context
/// (`in a statement`), time, a relative clause, a participle.
#[rustfmt::skip]
const STOPS: &[&str] = &[
    "according", "adding", "after", "although", "and", "as", "asked", "at", "because", "before",
    "briefed", "but", "cited", "citing", "close", "during", "earlier", "familiar", "friday",
    "from", "if", "in", "involved", "issued", "journalists", "last", "late", "later", "monday",
    "next", "noting", "on", "posted", "published", "quoted", "referring", "released",
    "reporters", "said", "saturday", "saying", "seen", "sent", "shared", "signed", "since",
    "speaking", "sunday", "than", "that", "this", "though", "thursday", "to", "today", "told",
    "tonight", "tuesday", "until", "via", "wednesday", "when", "where", "which", "while", "who",
    "whom", "whose", "with", "yesterday", "в", "во", "которая", "который", "на", "после", "під",
    "після", "у", "яка", "який",
];

pub fn is_stop(word: &str) -> bool {
    has(STOPS, word) || is_verb(word)
}

/// Words that open a clause which is not a subject: `When the council met
/// in March, …`, `In a statement, …`, `However, …`.
#[rustfmt::skip]
const LEADS: &[&str] = &[
    "according", "additionally", "addressing", "after", "also", "although", "amid", "and", "as",
    "asked", "at",
    "because", "before", "but", "by", "commenting", "concerning", "despite", "during", "earlier",
    "following",
    "for", "from", "however", "if", "in", "instead", "last", "later", "meanwhile", "moreover",
    "on", "once", "over", "rather", "responding", "separately", "similarly", "since", "speaking",
    "still", "that",
    "then", "this", "though", "thus", "today", "under", "when", "where", "which", "while", "who",
    "whose", "with", "without", "writing", "yesterday", "yet", "в", "как", "когда", "коли", "на", "однак",
    "однако", "после", "проте", "під", "після", "у", "як",
];

pub fn is_lead(word: &str) -> bool {
    has(LEADS, word)
}

/// Words that may open a speaker's name in lower case: determiners and
/// possessives (`the ministry`, `its chair`), pronouns, and name particles
/// (`van Aalst`).
#[rustfmt::skip]
const OPENERS: &[&str] = &[
    "a", "al", "an", "another", "bin", "da", "de", "den", "der", "di", "du", "el", "he", "her",
    "his", "i", "ibn", "it", "its", "la", "le", "many", "officials", "one", "our", "several",
    "she", "some", "the", "their", "they", "three", "two", "van", "von", "we", "вона", "вони",
    "воно", "він", "он", "она", "они",
];

pub fn is_opener(word: &str) -> bool {
    has(OPENERS, word)
}

/// `one` or `another`: someone of a group, never named.
pub fn is_one(word: &str) -> bool {
    matches!(word, "one" | "another")
}

/// Verbs that name a thing by the words after them: `a fare called “…”`,
/// `the bonds, dubbed “…”`.
pub fn is_naming(word: &str) -> bool {
    matches!(
        word,
        "called" | "named" | "dubbed" | "entitled" | "titled" | "nicknamed" | "termed"
    )
}

/// A past participle that may describe a noun after it: `issued`, `led`,
/// `broadcast`.
pub fn is_past_participle(word: &str) -> bool {
    (word.len() > 4 && word.ends_with("ed"))
        || matches!(
            word,
            "led" | "broadcast" | "made" | "written" | "given" | "sent"
        )
}

pub fn is_determiner(word: &str) -> bool {
    matches!(
        word,
        "the" | "a" | "an" | "its" | "his" | "her" | "their" | "our"
    )
}

/// A body's initials, written in capitals: `EIU`, `DOT`, `OPEC`.
pub fn is_initials(word: &str) -> bool {
    word.len() > 1 && word.bytes().all(|b| b.is_ascii_uppercase())
}

/// Words that count or pick out what follows: `Such bids`, `Many banks`,
/// `One Japanese trader`.
pub fn is_quantifier(word: &str) -> bool {
    matches!(
        word,
        "such"
            | "one"
            | "another"
            | "these"
            | "those"
            | "many"
            | "most"
            | "both"
            | "each"
            | "every"
            | "other"
            | "several"
            | "few"
            | "all"
            | "some"
            | "any"
    )
}

/// What a pronoun may stand for: a person, a body, or either.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stands {
    Person,
    Body,
    Either,
}

pub fn pronoun(word: &str) -> Option<Stands> {
    Some(match word {
        "he" | "she" | "він" | "вона" | "он" | "она" => Stands::Person,
        "it" | "воно" | "оно" => Stands::Body,
        "they" | "вони" | "они" => Stands::Either,
        _ => return None,
    })
}

/// Words for a time that may lead a clause: `Last month`, `On Monday`.
pub fn is_time(word: &str) -> bool {
    matches!(
        word,
        "week"
            | "month"
            | "year"
            | "night"
            | "morning"
            | "evening"
            | "afternoon"
            | "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
    )
}

/// Words that open a clause of its own inside a sentence: `…, where Silas
/// said`.
pub fn is_subordinator(word: &str) -> bool {
    matches!(
        word,
        "where"
            | "whereas"
            | "when"
            | "while"
            | "because"
            | "although"
            | "though"
            | "unless"
            | "if"
    )
}

/// Prepositions, which open no name: `of U.S. technology`.
pub fn is_preposition(word: &str) -> bool {
    matches!(
        word,
        "of" | "to"
            | "for"
            | "with"
            | "at"
            | "by"
            | "from"
            | "in"
            | "on"
            | "about"
            | "into"
            | "over"
    )
}

/// Months, in a time before a verb (`Lawson on March 3 said`); not words
/// that lead a clause, as some are first names too (`April Glaspie`).
pub fn is_month(word: &str) -> bool {
    matches!(
        word,
        "january"
            | "february"
            | "march"
            | "april"
            | "may"
            | "june"
            | "july"
            | "august"
            | "september"
            | "october"
            | "november"
            | "december"
    )
}

/// The forms of `be`, which make a reporting verb passive: `was quoted`.
pub const BE: &[&str] = &["be", "been", "being", "is", "are", "was", "were"];

/// A wire's ticker after a firm's name, no part of the name: `<PLY.L>`.
pub fn is_ticker(word: &str) -> bool {
    word.starts_with('<')
}

/// Words that join two clauses, after which a new subject may open.
pub fn is_conjunction(word: &str) -> bool {
    matches!(word, "and" | "but" | "yet" | "і" | "та" | "и")
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_list_is_sorted_for_binary_search() {
        for list in [
            super::VERBS,
            super::AUXILIARIES,
            super::STOPS,
            super::LEADS,
            super::OPENERS,
        ] {
            assert!(list.windows(2).all(|w| w[0] < w[1]), "{list:?}");
        }
    }
}
