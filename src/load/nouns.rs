//! Nouns that tell what a speaker is, folded: a body, a firm, an office, a
//! person or several.

use super::speech::has;

/// Nouns naming a body rather than a person.
#[rustfmt::skip]
const BODIES: &[&str] = &[
    "administration", "agency", "airline", "alliance", "army", "bank", "brokerage", "cabinet",
    "channel", "command", "commission", "committee", "communique", "company", "council",
    "court", "daily", "decree", "delegation", "department", "document", "embassy", "eu",
    "exchange", "firm", "forces", "fund", "government", "group", "headquarters", "institute",
    "journal",
    "kremlin", "letter", "magazine", "memo", "military", "ministry", "nato", "newspaper",
    "office", "operator", "organisation", "organization", "outlet", "paper", "parliament",
    "party", "police", "radio", "release", "report", "service", "spokesman's", "staff", "statement",
    "study", "survey", "television",
    "un", "union", "министерство", "міністерство", "офіс", "правительство", "рада", "служба",
    "уряд", "штаб",
];

pub fn is_body(noun: &str) -> bool {
    has(BODIES, noun)
}

/// Bodies that are writings: `it` may stand for them, `they` not.
pub fn is_writing(noun: &str) -> bool {
    matches!(
        noun,
        "communique"
            | "decree"
            | "document"
            | "letter"
            | "memo"
            | "release"
            | "report"
            | "statement"
            | "study"
            | "survey"
    )
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
    "education", "employment", "energy", "environment", "exchequer", "exports", "finance",
    "fisheries", "forestry", "health", "housing", "imports", "industry", "information", "interior",
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

/// Nouns naming a person, with the pronoun each rules out.
#[rustfmt::skip]
const PEOPLE: &[&str] = &[
    "accountant", "activist", "administrator", "adviser", "advisor", "agent", "aide", "ambassador",
    "analyst", "arbitrageur", "attache", "attorney", "auditor", "banker", "broker", "campaigner",
    "captain", "chair", "chancellor", "chartist", "chief", "colonel", "columnist", "commander",
    "commissioner", "comptroller", "confidant", "consultant", "controller", "coordinator",
    "correspondent", "counsel", "dealer", "delegate", "deputy", "diplomat", "director", "doctor",
    "driver", "economist", "editor", "employee", "engineer", "envoy", "executive", "expert",
    "farmer", "father", "founder", "general", "governor", "head", "insider", "inspector",
    "investor", "journalist", "judge", "lawmaker", "lawyer", "leader", "legislator", "manager",
    "mayor", "mediator", "member", "minister", "mother", "negotiator", "nurse", "observer",
    "officer", "officers", "official", "owner", "partner", "physician", "pilot",
    "planner", "politician", "premier", "president", "professor", "prosecutor", "regulator",
    "representative", "researcher", "resident", "sailor", "scientist", "secretary", "senator",
    "sergeant", "soldier", "source", "speaker", "specialist", "spokesperson", "staffer",
    "strategist", "superintendent", "supervisor", "surgeon", "teacher", "trader", "treasurer",
    "trustee", "under-secretary", "undersecretary", "vice-president", "volunteer", "witness",
    "worker", "генерал", "глава", "голова", "командир", "мер", "министр", "міністр", "посол",
    "представитель", "президент", "речник", "речниця",
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
        for list in [super::BODIES, super::FIRMS, super::PEOPLE, super::OFFICES] {
            assert!(list.windows(2).all(|w| w[0] < w[1]), "{list:?}");
        }
    }
}
