//! The words attribution turns on, folded: reporting verbs in their tenses,
//! the words that end a speaker's name, and what a pronoun may stand for.

/// Reporting verbs: each English one in its present, past and `-ing`
/// forms, and the Ukrainian and Russian past forms.
#[rustfmt::skip]
const VERBS: &[&str] = &[
    "say", "says", "said", "saying", "tell", "tells", "told", "telling",
    "add", "adds", "added", "adding", "noted", "noting",
    "stress", "stresses", "stressed", "stressing", "warn", "warns", "warned",
    "write", "writes", "wrote", "writing", "stated", "stating",
    "claimed", "claiming", "announce", "announces", "announced",
    "explain", "explains", "explained", "explaining", "insist", "insists", "insisted",
    "argue", "argues", "argued", "arguing", "replied", "commented", "concluded",
    "assert", "asserts", "asserted", "recalled", "recalling",
    "emphasize", "emphasizes", "emphasized", "emphasise", "emphasises", "emphasised",
    "declare", "declares", "declared", "underlined", "admit", "admits", "admitted",
    "confirm", "confirms", "confirmed", "remarked", "asked", "answered", "continued",
    "urge", "urges", "urged", "promised", "vowed", "predicted", "posted", "tweeted",
    "reads", "read", "reported", "quoted", "cited", "shouted",
    "заявив", "заявила", "заявили", "сказав", "сказала", "сказали", "написав", "написала",
    "наголосив", "наголосила", "підкреслив", "підкреслила", "зазначив", "зазначила",
    "повідомив", "повідомила", "додав", "додала",
    "заявил", "сказал", "написал", "подчеркнул", "подчеркнула", "отметил",
    "отметила", "добавил", "добавила", "сообщил", "сообщила",
];

pub fn is_verb(word: &str) -> bool {
    VERBS.contains(&word)
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
    "has", "have", "had", "was", "were", "is", "are", "also", "later", "then", "again",
    "further", "once", "earlier", "previously", "reportedly", "publicly", "repeatedly",
    "recently", "yesterday", "today", "separately", "simply", "only", "would", "will", "could",
    "did", "does", "not", "never", "being", "been",
    "bluntly", "flatly", "firmly", "quickly", "angrily", "privately", "openly", "tersely",
];

pub fn is_auxiliary(word: &str) -> bool {
    AUXILIARIES.contains(&word)
}

/// Words that end a speaker's name and start something else: context
/// (`in a statement`), time, a relative clause, a participle.
#[rustfmt::skip]
const STOPS: &[&str] = &[
    "in", "on", "at", "to", "during", "after", "before", "from", "with", "via", "while",
    "when", "as", "and", "but", "who", "whom", "whose", "which", "that", "where", "than",
    "late", "earlier", "later", "yesterday", "today", "tonight", "this", "last", "next",
    "published", "issued", "released", "posted", "shared", "signed", "sent", "seen",
    "quoted", "cited", "according", "because", "since", "until", "if", "although", "though",
    "briefed", "familiar", "involved", "close",
    "told", "said", "adding", "speaking", "referring", "citing", "noting", "saying", "asked",
    "reporters", "journalists", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "під", "на", "у", "в", "після", "який", "яка",
    "который", "которая", "во", "после",
];

pub fn is_stop(word: &str) -> bool {
    STOPS.contains(&word) || is_verb(word)
}

/// Words that open a clause which is not a subject: `When the council met
/// in March, …`, `In a statement, …`, `However, …`.
#[rustfmt::skip]
const LEADS: &[&str] = &[
    "when", "as", "after", "before", "while", "if", "although", "though", "because",
    "since", "in", "on", "at", "during", "speaking", "asked", "however", "meanwhile",
    "earlier", "later", "then", "but", "and", "yet", "still", "also", "moreover", "instead",
    "separately", "for", "from", "with", "by", "over", "last", "this", "that", "once",
    "who", "which", "whose", "where", "yesterday", "today", "according", "addressing",
    "writing", "responding", "commenting", "following", "under", "amid", "despite", "коли",
    "після", "під", "у", "в", "на", "однак", "проте", "когда", "после", "однако", "як", "как",
];

pub fn is_lead(word: &str) -> bool {
    LEADS.contains(&word)
}

/// Words that may open a speaker's name in lower case: determiners and
/// possessives (`the ministry`, `its chair`), pronouns, and name particles
/// (`van Aalst`).
#[rustfmt::skip]
const OPENERS: &[&str] = &[
    "the", "a", "an", "he", "she", "they", "we", "i", "it", "his", "her", "their", "its",
    "our", "one", "two", "three", "several", "some", "many", "officials", "another",
    "van", "von", "de", "der", "den", "du", "da", "di", "la", "le", "al", "el", "bin", "ibn",
    "він", "вона", "вони", "воно", "он", "она", "они",
];

pub fn is_opener(word: &str) -> bool {
    OPENERS.contains(&word)
}

pub fn is_determiner(word: &str) -> bool {
    matches!(
        word,
        "the" | "a" | "an" | "its" | "his" | "her" | "their" | "our"
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
    "ministry", "government", "kremlin", "council", "office", "agency", "service", "company",
    "army", "forces", "committee", "union", "alliance", "bank", "statement", "embassy",
    "parliament", "court", "police", "military", "command", "administration", "department",
    "cabinet", "commission", "organization", "organisation", "nato", "un", "eu",
    "release", "report", "group", "staff", "headquarters", "operator", "fund", "party",
    "delegation", "document", "communique", "decree", "spokesman's", "channel", "outlet",
    "міністерство", "уряд", "офіс", "служба", "рада", "штаб", "министерство", "правительство",
];

pub fn is_body(noun: &str) -> bool {
    BODIES.contains(&noun)
}

/// Nouns naming a person, with the pronoun each rules out.
#[rustfmt::skip]
const PEOPLE: &[&str] = &[
    "spokesperson", "minister", "president", "chair", "official", "diplomat", "envoy",
    "ambassador", "general", "commander", "head", "chief", "director", "secretary", "leader",
    "mayor", "governor", "premier", "senator", "deputy", "adviser", "advisor", "analyst",
    "expert", "source", "soldier", "resident", "witness", "negotiator", "officer",
    "representative", "member", "lawmaker", "journalist", "correspondent", "prosecutor",
    "judge", "lawyer", "economist", "researcher", "doctor", "commissioner", "chancellor",
    "mediator", "speaker", "aide", "colonel", "captain", "sergeant", "volunteer", "farmer",
    "officers", "pilot", "worker", "driver", "engineer", "teacher", "nurse", "sailor",
    "trader", "broker", "consultant", "manager", "owner", "mother", "father", "мер", "міністр", "президент", "речник", "речниця", "голова", "посол",
    "генерал", "командир", "министр", "президент", "глава", "представитель",
];

/// Whether `noun` may head a speaker's name: a person or a body, or
/// several people (`officials`, `residents`).
pub fn is_head(noun: &str) -> bool {
    is_people(noun) || is_body(noun) || is_person(noun, "")
}

/// A plural of a person noun: `officials`, `residents`.
pub fn is_people(noun: &str) -> bool {
    noun.strip_suffix('s')
        .is_some_and(|one| PEOPLE.contains(&one))
        || matches!(
            noun,
            "protesters" | "people" | "locals" | "villagers" | "medics" | "rescuers"
        )
}

/// Whether `noun` names a person whom `pronoun` may stand for.
pub fn is_person(noun: &str, pronoun: &str) -> bool {
    let man = matches!(
        noun,
        "spokesman" | "chairman" | "congressman" | "businessman"
    );
    let woman = matches!(
        noun,
        "spokeswoman" | "chairwoman" | "congresswoman" | "businesswoman"
    );
    let she = matches!(pronoun, "she" | "вона" | "она");
    (man && !she) || (woman && she) || PEOPLE.contains(&noun)
}
