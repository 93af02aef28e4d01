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
fn has(list: &[&str], word: &str) -> bool {
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
    "according", "addressing", "after", "also", "although", "amid", "and", "as", "asked", "at",
    "because", "before", "but", "by", "commenting", "despite", "during", "earlier", "following",
    "for", "from", "however", "if", "in", "instead", "last", "later", "meanwhile", "moreover",
    "on", "once", "over", "rather", "responding", "separately", "since", "speaking", "still", "that",
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

/// Nouns naming a body rather than a person.
#[rustfmt::skip]
const BODIES: &[&str] = &[
    "administration", "agency", "airline", "alliance", "army", "bank", "brokerage", "cabinet",
    "channel", "command", "commission", "committee", "communique", "company", "council",
    "court", "daily", "decree", "delegation", "department", "document", "embassy", "eu",
    "exchange", "firm", "forces", "fund", "government", "group", "headquarters", "journal",
    "kremlin", "letter", "magazine", "memo", "military", "ministry", "nato", "newspaper",
    "office", "operator", "organisation", "organization", "outlet", "paper", "parliament",
    "party", "police", "release", "report", "service", "spokesman's", "staff", "statement",
    "study", "survey",
    "un", "union", "министерство", "міністерство", "офіс", "правительство", "рада", "служба",
    "уряд", "штаб",
];

pub fn is_body(noun: &str) -> bool {
    has(BODIES, noun)
}

/// Several bodies: `companies`, `banks`.
pub fn is_bodies(noun: &str) -> bool {
    // Looked up without building the singular: this runs for every word of
    // every capitalised run in a briefing.
    let one = |stem: &str, end: &str| {
        let joined = || stem.bytes().chain(end.bytes());
        BODIES.binary_search_by(|b| b.bytes().cmp(joined())).is_ok()
    };
    (noun.strip_suffix("ies")).is_some_and(|stem| one(stem, "y"))
        || (noun.strip_suffix('s')).is_some_and(|stem| one(stem, ""))
}

/// Words that end a firm's name: `Quebecor Inc`, `Brightwater Motors`.
#[rustfmt::skip]
const FIRMS: &[&str] = &[
    "ag", "airlines", "co", "corp", "holdings", "inc", "industries", "ltd", "motors", "nv",
    "plc", "sa", "securities",
];

pub fn is_firm(word: &str) -> bool {
    has(FIRMS, word)
}

/// Words an office's name ends with, after a title: `Undersecretary of
/// State for Economic Affairs`, `Minister of Petroleum`.
#[rustfmt::skip]
const OFFICES: &[&str] = &[
    "affairs", "agriculture", "aviation", "banking", "budget", "commerce", "communications",
    "cooperation", "culture", "customs", "defence", "defense", "development", "economy",
    "education", "employment", "energy", "environment", "exports", "finance", "fisheries",
    "forestry", "health", "housing", "imports", "industry", "information", "interior",
    "investment", "justice", "labor", "labour", "livestock", "marketing", "markets", "mines",
    "mining", "oil", "operations", "petroleum", "planning", "policy", "relations", "research",
    "resources", "revenue", "sales", "science", "security", "services", "shipping", "state",
    "supply", "technology", "telecommunications", "tourism", "trade", "transport",
    "transportation", "treasury", "welfare", "works",
];

pub fn is_office(word: &str) -> bool {
    has(OFFICES, word)
}

/// A title written short, before its dot: `Sen`, `Gov`, `Capt`.
pub fn is_short_title(word: &str) -> bool {
    matches!(
        word,
        "Sen" | "Rep" | "Gov" | "Gen" | "Col" | "Lt" | "Sgt" | "Capt" | "Maj" | "Adm" | "Amb"
    )
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

/// Nouns naming a person, with the pronoun each rules out.
#[rustfmt::skip]
const PEOPLE: &[&str] = &[
    "accountant", "activist", "administrator", "adviser", "advisor", "agent", "aide", "ambassador",
    "analyst", "attache", "attorney", "auditor", "banker", "broker", "campaigner", "captain",
    "chair", "chancellor", "chartist", "chief", "colonel", "columnist", "commander",
    "commissioner", "comptroller", "confidant", "consultant", "controller", "coordinator",
    "correspondent", "counsel", "dealer", "delegate", "deputy", "diplomat", "director", "doctor",
    "driver", "economist", "editor", "engineer", "envoy", "executive", "expert", "farmer",
    "father", "founder", "general", "governor", "head", "inspector", "investor", "journalist",
    "judge", "lawmaker", "lawyer", "leader", "legislator", "manager", "mayor", "mediator",
    "member", "minister", "mother", "negotiator", "nurse", "officer", "officers", "official",
    "owner", "partner", "physician", "pilot", "planner", "politician", "premier", "president",
    "professor", "prosecutor", "regulator", "representative", "researcher", "resident", "sailor",
    "scientist", "secretary", "senator", "sergeant", "soldier", "source", "speaker", "specialist",
    "spokesperson", "strategist", "superintendent", "supervisor", "surgeon", "teacher", "trader",
    "treasurer", "trustee", "under-secretary", "undersecretary", "vice-president", "volunteer",
    "witness", "worker", "генерал", "глава", "голова", "командир", "мер", "министр", "міністр",
    "посол", "представитель", "президент", "речник", "речниця",
];

/// Whether `noun` may head a speaker's name: a person or a body, or
/// several people (`officials`, `residents`).
pub fn is_head(noun: &str) -> bool {
    is_people(noun) || is_body(noun) || is_bodies(noun) || is_person(noun, "")
}

/// A plural of a person noun: `officials`, `residents`.
pub fn is_people(noun: &str) -> bool {
    noun.strip_suffix('s').is_some_and(|one| has(PEOPLE, one))
        || matches!(
            noun,
            "protesters" | "people" | "locals" | "villagers" | "medics" | "rescuers"
        )
}

/// Whether `noun` names a person whom `pronoun` may stand for.
pub fn is_person(noun: &str, pronoun: &str) -> bool {
    let man = matches!(
        noun,
        "spokesman"
            | "chairman"
            | "congressman"
            | "businessman"
            | "seaman"
            | "salesman"
            | "policeman"
            | "fisherman"
            | "statesman"
            | "foreman"
            | "councilman"
            | "assemblyman"
    );
    let woman = matches!(
        noun,
        "spokeswoman"
            | "chairwoman"
            | "congresswoman"
            | "businesswoman"
            | "saleswoman"
            | "policewoman"
            | "councilwoman"
            | "assemblywoman"
    );
    // No pronoun to fit (`""`): a spokeswoman is a person as a spokesman is.
    let she = matches!(pronoun, "she" | "вона" | "она");
    (man && !she) || (woman && (she || pronoun.is_empty())) || has(PEOPLE, noun)
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
            super::BODIES,
            super::FIRMS,
            super::PEOPLE,
            super::OFFICES,
        ] {
            assert!(list.windows(2).all(|w| w[0] < w[1]), "{list:?}");
        }
    }
}
