//! Deterministic corpus generator for search and load benchmarks.
//!
//! ```text
//! cargo run --release --example gen_corpus -- DIR --count 100000 [--seed 42]
//! ```
//!
//! Writes `count` briefings into `DIR/YYYY/MM/` plus a `DIR/tags.toml`. The same
//! seed and count always give byte-identical output: every file draws from its
//! own PRNG stream derived from (seed, index), and nothing depends on the clock,
//! hash-map order or threads. DIR must be absent or empty.
//!
//! About 70% of the files are plain briefings (` date YYYY-MM-DD ...`) and 30%
//! curated ones with TOML front matter. The prose comes from sentence templates
//! whose slots draw, with a Zipf-like skew, from word lists and combinatorial
//! forms, plus a long tail of made-up names (Latin and Cyrillic), places and unit
//! designations. Words planted for benchmarks:
//!
//! - `Zhytomyrska`: in exactly max(3, count / 5000) files (20 per 100,000);
//! - `ministry`: common, in most files;
//! - the phrase `gas transit`: in roughly 3-4% of the files.

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

const USAGE: &str = "usage: gen_corpus DIR [--count N] [--seed S]
  Writes N briefings (default 1000) under DIR/YYYY/MM/ plus DIR/tags.toml.
  DIR must be absent or empty. The same seed and count give identical output.";

// ---------------------------------------------------------------------------
// Random numbers: splitmix64, one independent stream per file.

const GOLDEN: u64 = 0x9E37_79B9_7F4A_7C15;

fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

struct Rng(u64);

impl Rng {
    fn stream(seed: u64, stream: u64, index: u64) -> Rng {
        let a = mix(seed ^ stream.wrapping_mul(GOLDEN));
        Rng(mix(a ^ mix(
            index.wrapping_add(stream) ^ 0xD1B5_4A32_D192_ED03
        )))
    }

    fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(GOLDEN);
        mix(self.0)
    }

    /// Uniform in `0..n` (n < 2^32).
    fn below(&mut self, n: usize) -> usize {
        (((self.next_u64() >> 32) * n as u64) >> 32) as usize
    }

    fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 * (1.0 / (1u64 << 53) as f64)
    }

    fn chance(&mut self, p: f64) -> bool {
        self.unit() < p
    }

    /// Uniform in `lo..=hi`.
    fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.below(hi - lo + 1)
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    /// Index in `0..n` with P(k) roughly proportional to 1/(k+8) (a
    /// Zipf-Mandelbrot shape): early list entries are common, late ones rare,
    /// and no single entry dominates.
    fn skewed(&mut self, n: usize) -> usize {
        const C: f64 = 8.0;
        let x = C * ((n as f64 + C) / C).powf(self.unit()) - C;
        (x as usize).min(n - 1)
    }

    fn zipf<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.skewed(items.len())]
    }

    fn zipf_str(&mut self, items: &[&'static str]) -> &'static str {
        items[self.skewed(items.len())]
    }

    fn pick_str(&mut self, items: &[&'static str]) -> &'static str {
        items[self.below(items.len())]
    }

    fn weighted(&mut self, weights: &[u32]) -> usize {
        let total: u32 = weights.iter().sum();
        let mut r = self.below(total as usize) as u32;
        for (i, &w) in weights.iter().enumerate() {
            if r < w {
                return i;
            }
            r -= w;
        }
        weights.len() - 1
    }
}

// ---------------------------------------------------------------------------
// Calendar arithmetic (days since 1970-01-01), proleptic Gregorian.

fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(m);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = (if mp < 10 { mp + 3 } else { mp - 9 }) as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

/// 0 = Monday. 1970-01-01 was a Thursday.
fn weekday(z: i64) -> usize {
    (z + 3).rem_euclid(7) as usize
}

const WEEKDAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

// ---------------------------------------------------------------------------
// Word lists. Lists are ordered roughly from common to rare: most slots pick
// with a Zipf-like skew.

/// Nouns; `one|many` where the plural is irregular or uncountable.
const NOUNS: &[&str] = &[
    "government",
    "official",
    "statement",
    "meeting",
    "decision",
    "agreement",
    "proposal",
    "delegation",
    "plan",
    "report",
    "minister",
    "region",
    "border",
    "package",
    "measure",
    "summit",
    "council",
    "security|security",
    "support|support",
    "situation",
    "process",
    "issue",
    "position",
    "request",
    "response",
    "deadline",
    "framework",
    "mechanism",
    "initiative",
    "commitment",
    "assessment",
    "review",
    "mission",
    "visit",
    "ambassador",
    "embassy|embassies",
    "committee",
    "resolution",
    "vote",
    "law",
    "bill",
    "decree",
    "budget",
    "strategy|strategies",
    "conference",
    "session",
    "partner",
    "ally|allies",
    "neighbour",
    "capital",
    "territory|territories",
    "district",
    "community|communities",
    "resident",
    "ministry|ministries",
    "civilian",
    "authority|authorities",
    "company|companies",
    "contract",
    "market",
    "price",
    "supply|supplies",
    "delivery|deliveries",
    "shipment",
    "route",
    "crossing",
    "checkpoint",
    "facility|facilities",
    "site",
    "network",
    "system",
    "infrastructure|infrastructure",
    "sector",
    "project",
    "programme",
    "fund",
    "loan",
    "grant",
    "investment",
    "reform",
    "audit",
    "inquiry|inquiries",
    "investigation",
    "court",
    "ruling",
    "hearing",
    "appeal",
    "document",
    "letter",
    "draft",
    "provision",
    "amendment",
    "timeline",
    "schedule",
    "estimate",
    "figure",
    "forecast",
    "data|data",
    "analysis|analyses",
    "analyst",
    "observer",
    "expert",
    "diplomat",
    "negotiator",
    "adviser",
    "journalist",
    "briefing",
    "interview",
    "announcement",
    "warning",
    "threat",
    "risk",
    "concern",
    "tension",
    "escalation",
    "crisis|crises",
    "conflict",
    "aggression|aggression",
    "occupation",
    "violation",
    "incident",
    "attack",
    "strike",
    "damage|damage",
    "loss|losses",
    "victim",
    "assistance|assistance",
    "funding|funding",
    "equipment|equipment",
    "shortage",
    "backlog",
    "queue",
    "restriction",
    "exemption",
    "procedure",
    "registry|registries",
    "permit",
    "licence",
    "standard",
    "requirement",
    "benchmark",
    "target",
    "quota",
    "tariff",
    "subsidy|subsidies",
    "compensation|compensation",
    "settlement",
    "dispute",
    "claim",
    "petition",
    "protest",
    "rally|rallies",
    "campaign",
    "coalition",
    "faction",
    "opposition|opposition",
    "majority|majorities",
    "mandate",
    "term",
    "quarter",
    "headquarters|headquarters",
    "bureau|bureaus",
    "agency|agencies",
    "inspectorate",
    "regulator",
    "watchdog",
    "tribunal",
    "panel",
    "task force",
    "working group",
    "hotline",
    "channel",
    "corridor",
    "zone",
    "perimeter",
    "outpost",
    "convoy",
    "depot",
    "warehouse",
    "terminal",
    "hub",
    "link",
    "window",
    "round",
    "phase",
    "stage",
    "tranche",
    "instalment",
    "deposit",
    "reserve",
    "stockpile",
    "inventory|inventories",
    "capacity|capacities",
    "throughput|throughput",
    "volume",
    "output",
    "shortfall",
    "surplus|surpluses",
    "outlook",
    "scenario",
    "contingency|contingencies",
    "safeguard",
    "loophole",
    "precedent",
    "memorandum|memoranda",
    "annex|annexes",
    "clause",
];

const ADJS: &[&str] = &[
    "new",
    "further",
    "additional",
    "significant",
    "major",
    "key",
    "urgent",
    "initial",
    "final",
    "formal",
    "official",
    "public",
    "recent",
    "previous",
    "possible",
    "serious",
    "full",
    "partial",
    "limited",
    "broad",
    "wider",
    "long-term",
    "short-term",
    "immediate",
    "clear",
    "direct",
    "joint",
    "separate",
    "temporary",
    "permanent",
    "regional",
    "national",
    "local",
    "international",
    "European",
    "Western",
    "military",
    "civilian",
    "political",
    "economic",
    "financial",
    "legal",
    "technical",
    "strategic",
    "critical",
    "difficult",
    "sensitive",
    "unexpected",
    "unprecedented",
    "controversial",
    "ambitious",
    "modest",
    "substantial",
    "considerable",
    "fragile",
    "tense",
    "stable",
    "volatile",
    "sharp",
    "gradual",
    "rapid",
    "slow",
    "growing",
    "rising",
    "falling",
    "ongoing",
    "planned",
    "proposed",
    "revised",
    "updated",
    "detailed",
    "confidential",
    "classified",
    "preliminary",
    "comprehensive",
    "symbolic",
    "practical",
    "operational",
    "logistical",
    "administrative",
    "procedural",
    "coordinated",
    "emergency",
    "routine",
    "annual",
    "monthly",
    "weekly",
    "overnight",
    "two-day",
    "three-year",
    "cross-border",
    "eastern",
    "southern",
    "northern",
    "western",
    "central",
    "coastal",
    "rural",
    "urban",
    "frontline",
    "occupied",
    "liberated",
    "damaged",
    "stranded",
    "delayed",
    "disputed",
    "contested",
    "binding",
    "non-binding",
    "voluntary",
    "mandatory",
    "transparent",
    "credible",
    "reliable",
    "independent",
    "verified",
    "unverified",
    "post-war",
    "pre-war",
    "counter-intelligence",
    "anti-drone",
    "multi-year",
    "inter-agency",
    "semi-official",
];

/// `base|past|gerund`; the past form doubles as the past participle.
const VERBS: &[&str] = &[
    "approve|approved|approving",
    "reject|rejected|rejecting",
    "announce|announced|announcing",
    "confirm|confirmed|confirming",
    "deny|denied|denying",
    "propose|proposed|proposing",
    "adopt|adopted|adopting",
    "sign|signed|signing",
    "suspend|suspended|suspending",
    "extend|extended|extending",
    "delay|delayed|delaying",
    "postpone|postponed|postponing",
    "review|reviewed|reviewing",
    "expand|expanded|expanding",
    "reduce|reduced|reducing",
    "restore|restored|restoring",
    "resume|resumed|resuming",
    "launch|launched|launching",
    "block|blocked|blocking",
    "ban|banned|banning",
    "lift|lifted|lifting",
    "impose|imposed|imposing",
    "condemn|condemned|condemning",
    "welcome|welcomed|welcoming",
    "criticise|criticised|criticising",
    "demand|demanded|demanding",
    "request|requested|requesting",
    "receive|received|receiving",
    "deliver|delivered|delivering",
    "secure|secured|securing",
    "finalise|finalised|finalising",
    "discuss|discussed|discussing",
    "consider|considered|considering",
    "examine|examined|examining",
    "investigate|investigated|investigating",
    "publish|published|publishing",
    "release|released|releasing",
    "cancel|cancelled|cancelling",
    "complete|completed|completing",
    "coordinate|coordinated|coordinating",
    "monitor|monitored|monitoring",
    "verify|verified|verifying",
    "support|supported|supporting",
    "oppose|opposed|opposing",
    "accept|accepted|accepting",
    "revise|revised|revising",
    "update|updated|updating",
    "target|targeted|targeting",
    "disrupt|disrupted|disrupting",
    "damage|damaged|damaging",
    "repair|repaired|repairing",
    "reinforce|reinforced|reinforcing",
    "withdraw|withdrew|withdrawing",
    "deploy|deployed|deploying",
    "evacuate|evacuated|evacuating",
    "register|registered|registering",
    "record|recorded|recording",
    "estimate|estimated|estimating",
    "allocate|allocated|allocating",
    "transfer|transferred|transferring",
    "hold|held|holding",
    "send|sent|sending",
    "set|set|setting",
    "cut|cut|cutting",
    "stop|stopped|stopping",
    "plan|planned|planning",
    "ship|shipped|shipping",
    "build|built|building",
    "spend|spent|spending",
    "freeze|froze|freezing",
    "tighten|tightened|tightening",
    "ease|eased|easing",
    "raise|raised|raising",
    "lower|lowered|lowering",
    "double|doubled|doubling",
    "halve|halved|halving",
    "prioritise|prioritised|prioritising",
    "audit|audited|auditing",
    "document|documented|documenting",
    "authorise|authorised|authorising",
    "ratify|ratified|ratifying",
    "renew|renewed|renewing",
    "reopen|reopened|reopening",
    "reroute|rerouted|rerouting",
    "redeploy|redeployed|redeploying",
    "overhaul|overhauled|overhauling",
    "streamline|streamlined|streamlining",
    "fast-track|fast-tracked|fast-tracking",
    "scale back|scaled back|scaling back",
    "phase out|phased out|phasing out",
];

/// Suffixes for combinatorial compound adjectives: `pipeline-related`.
const COMPOUND_SUFFIXES: &[&str] = &[
    "related",
    "led",
    "based",
    "backed",
    "linked",
    "funded",
    "owned",
    "level",
    "wide",
    "focused",
    "driven",
    "heavy",
    "free",
    "style",
    "sized",
    "dependent",
    "specific",
    "bound",
];

const INSTITUTIONS: &[&str] = &[
    "the government",
    "NATO",
    "the foreign ministry",
    "the presidential office",
    "parliament",
    "the European Commission",
    "the United Nations",
    "the defence ministry",
    "the Cabinet of Ministers",
    "the European Union",
    "the Ministry of Foreign Affairs",
    "the energy ministry",
    "the interior ministry",
    "the OSCE",
    "the Security Council",
    "the General Staff",
    "the regional military administration",
    "the finance ministry",
    "the State Emergency Service",
    "the Ministry of Economy",
    "the Council of the EU",
    "the European Parliament",
    "the health ministry",
    "the Ministry of Justice",
    "the security service",
    "the border guard service",
    "the agriculture ministry",
    "the prosecutor general’s office",
    "the Verkhovna Rada",
    "the National Bank",
    "the World Bank",
    "the UN refugee agency",
    "the Kremlin",
    "the State Department",
    "the Pentagon",
    "the Foreign Office",
    "the Bundestag",
    "the Council of Europe",
    "the Ministry of Infrastructure",
    "the Ministry of Social Policy",
    "the education ministry",
    "the environment ministry",
    "the culture ministry",
    "the veterans ministry",
    "the Ministry of Strategic Industries",
    "the national police",
    "the customs service",
    "the tax service",
    "the audit chamber",
    "the ombudsman’s office",
];

const COUNTRIES: &[(&str, &str)] = &[
    ("Ukraine", "Ukrainian"),
    ("Russia", "Russian"),
    ("Poland", "Polish"),
    ("Germany", "German"),
    ("the United States", "American"),
    ("France", "French"),
    ("Moldova", "Moldovan"),
    ("Romania", "Romanian"),
    ("the United Kingdom", "British"),
    ("Belarus", "Belarusian"),
    ("Turkey", "Turkish"),
    ("Hungary", "Hungarian"),
    ("Slovakia", "Slovak"),
    ("Lithuania", "Lithuanian"),
    ("Latvia", "Latvian"),
    ("Estonia", "Estonian"),
    ("Finland", "Finnish"),
    ("Sweden", "Swedish"),
    ("Italy", "Italian"),
    ("the Netherlands", "Dutch"),
    ("Czechia", "Czech"),
    ("Bulgaria", "Bulgarian"),
    ("Spain", "Spanish"),
    ("Georgia", "Georgian"),
    ("Norway", "Norwegian"),
    ("Denmark", "Danish"),
    ("Austria", "Austrian"),
    ("Canada", "Canadian"),
    ("Japan", "Japanese"),
    ("China", "Chinese"),
    ("Kazakhstan", "Kazakh"),
    ("Azerbaijan", "Azerbaijani"),
    ("Serbia", "Serbian"),
    ("Croatia", "Croatian"),
    ("Greece", "Greek"),
    ("Portugal", "Portuguese"),
    ("Ireland", "Irish"),
    ("Belgium", "Belgian"),
];

const UA_CITIES: &[&str] = &[
    "Kyiv",
    "Kharkiv",
    "Odesa",
    "Dnipro",
    "Lviv",
    "Zaporizhzhia",
    "Mykolaiv",
    "Kherson",
    "Sumy",
    "Chernihiv",
    "Poltava",
    "Kryvyi Rih",
    "Kramatorsk",
    "Izmail",
    "Vinnytsia",
    "Cherkasy",
    "Chernivtsi",
    "Uzhhorod",
    "Ternopil",
    "Rivne",
    "Lutsk",
    "Zhytomyr",
    "Kropyvnytskyi",
    "Sloviansk",
    "Pokrovsk",
    "Kupiansk",
    "Nikopol",
    "Reni",
    "Bila Tserkva",
    "Irpin",
    "Kremenchuk",
    "Khmelnytskyi",
    "Ivano-Frankivsk",
    "Kamianske",
    "Pavlohrad",
    "Berdychiv",
];

const FOREIGN_CITIES: &[&str] = &[
    "Brussels",
    "Warsaw",
    "Washington",
    "Berlin",
    "Paris",
    "London",
    "Geneva",
    "Vienna",
    "Ankara",
    "Istanbul",
    "Bucharest",
    "Chisinau",
    "Vilnius",
    "Riga",
    "Tallinn",
    "Helsinki",
    "Prague",
    "Bratislava",
    "Budapest",
    "Rome",
    "Madrid",
    "The Hague",
    "Oslo",
    "Stockholm",
    "Copenhagen",
    "Minsk",
    "Moscow",
    "Rzeszow",
    "Gdansk",
    "Constanta",
    "Galati",
    "Krakow",
    "Munich",
    "Strasbourg",
    "Luxembourg",
    "New York",
    "Tokyo",
    "Ottawa",
    "Sofia",
    "Tbilisi",
    "Baku",
    "Astana",
];

/// Small towns near the front, in English and Ukrainian spelling.
const UA_TOWNS: &[(&str, &str)] = &[
    ("Vuhledar", "Вугледар"),
    ("Avdiivka", "Авдіївка"),
    ("Huliaipole", "Гуляйполе"),
    ("Orikhiv", "Оріхів"),
    ("Siversk", "Сіверськ"),
    ("Lyman", "Лиман"),
    ("Svatove", "Сватове"),
    ("Toretsk", "Торецьк"),
    ("Chasiv Yar", "Часів Яр"),
    ("Vovchansk", "Вовчанськ"),
    ("Kurakhove", "Курахове"),
    ("Tokmak", "Токмак"),
    ("Enerhodar", "Енергодар"),
    ("Nova Kakhovka", "Нова Каховка"),
    ("Beryslav", "Берислав"),
    ("Ochakiv", "Очаків"),
    ("Kostiantynivka", "Костянтинівка"),
    ("Bilohorivka", "Білогорівка"),
];

const PORTS: &[&str] = &[
    "Odesa",
    "Chornomorsk",
    "Pivdennyi",
    "Izmail",
    "Reni",
    "Mykolaiv",
    "Ust-Dunaisk",
    "Kherson",
    "Kilia",
    "Berdiansk",
];

const CYR_CITIES: &[&str] = &[
    "Київ",
    "Харків",
    "Одеса",
    "Дніпро",
    "Миколаїв",
    "Запоріжжя",
    "Херсон",
    "Львів",
    "Суми",
    "Чернігів",
    "Полтава",
    "Кривий Ріг",
    "Краматорськ",
    "Ізмаїл",
    "Вінниця",
    "Черкаси",
];

/// Syllables for made-up Ukrainian names: (Latin transliteration, Cyrillic).
const UA_SYLLABLES: &[(&str, &str)] = &[
    ("bo", "бо"),
    ("ro", "ро"),
    ("dy", "ди"),
    ("va", "ва"),
    ("le", "ле"),
    ("ny", "ни"),
    ("ko", "ко"),
    ("sha", "ша"),
    ("pry", "при"),
    ("zo", "зо"),
    ("bi", "бі"),
    ("lo", "ло"),
    ("tse", "це"),
    ("mi", "мі"),
    ("stra", "стра"),
    ("ku", "ку"),
    ("ly", "ли"),
    ("cher", "чер"),
    ("hlu", "глу"),
    ("vol", "вол"),
    ("zhu", "жу"),
    ("pas", "пас"),
    ("tym", "тим"),
    ("hor", "гор"),
    ("dub", "дуб"),
    ("lyp", "лип"),
    ("ber", "бер"),
    ("kam", "кам"),
    ("sos", "сос"),
    ("ver", "вер"),
    ("kho", "хо"),
    ("ste", "сте"),
    ("pol", "пол"),
    ("mar", "мар"),
    ("tar", "тар"),
    ("sel", "сел"),
    ("nov", "нов"),
    ("kra", "кра"),
    ("hra", "гра"),
    ("chu", "чу"),
    ("shcho", "що"),
    ("zel", "зел"),
    ("ho", "го"),
    ("dov", "дов"),
];

const UA_PLACE_ENDINGS: &[(&str, &str)] = &[
    ("ivka", "івка"),
    ("ivske", "івське"),
    ("ove", "ове"),
    ("ynka", "инка"),
    ("horod", "город"),
    ("pil", "піль"),
    ("ychi", "ичі"),
    ("any", "ани"),
    ("ivtsi", "івці"),
    ("yne", "ине"),
    ("ets", "ець"),
    ("sk", "ськ"),
];

const UA_PLACE_PREFIXES: &[(&str, &str)] = &[
    ("Novo", "Ново"),
    ("Staro", "Старо"),
    ("Velyka ", "Велика "),
    ("Mala ", "Мала "),
];

const UA_SURNAME_ROOTS: &[(&str, &str)] = &[
    ("Kravch", "Кравч"),
    ("Shevch", "Шевч"),
    ("Koval", "Ковал"),
    ("Tkach", "Ткач"),
    ("Lys", "Лис"),
    ("Bond", "Бонд"),
    ("Moroz", "Мороз"),
    ("Savch", "Савч"),
    ("Rudn", "Рудн"),
    ("Petr", "Петр"),
    ("Hryts", "Гриц"),
    ("Marty", "Марти"),
    ("Ostap", "Остап"),
    ("Tymosh", "Тимош"),
    ("Kuz", "Куз"),
    ("Sydor", "Сидор"),
    ("Levch", "Левч"),
    ("Pavl", "Павл"),
    ("Dem", "Дем"),
    ("Fed", "Фед"),
    ("Hrab", "Граб"),
    ("Kost", "Кост"),
    ("Slob", "Слоб"),
    ("Kharch", "Харч"),
    ("Zhuk", "Жук"),
    ("Mykh", "Мих"),
    ("Bil", "Біл"),
    ("Chorn", "Чорн"),
    ("Holub", "Голуб"),
    ("Polishch", "Поліщ"),
    ("Mel", "Мел"),
    ("Sav", "Сав"),
    ("Horb", "Горб"),
    ("Dovh", "Довг"),
    ("Yarosh", "Ярош"),
    ("Kyryl", "Кирил"),
];

const UA_SURNAME_ENDINGS: &[(&str, &str)] = &[
    ("enko", "енко"),
    ("uk", "ук"),
    ("chuk", "чук"),
    ("iak", "як"),
    ("ko", "ко"),
    ("ets", "ець"),
    ("ovych", "ович"),
    ("yshyn", "ишин"),
    ("iuk", "юк"),
];

/// (Latin, Cyrillic, female)
const UA_FIRST: &[(&str, &str, bool)] = &[
    ("Olena", "Олена", true),
    ("Iryna", "Ірина", true),
    ("Oksana", "Оксана", true),
    ("Nataliia", "Наталія", true),
    ("Tetiana", "Тетяна", true),
    ("Yuliia", "Юлія", true),
    ("Halyna", "Галина", true),
    ("Mariia", "Марія", true),
    ("Svitlana", "Світлана", true),
    ("Kateryna", "Катерина", true),
    ("Liudmyla", "Людмила", true),
    ("Viktoriia", "Вікторія", true),
    ("Serhii", "Сергій", false),
    ("Oleksandr", "Олександр", false),
    ("Andrii", "Андрій", false),
    ("Dmytro", "Дмитро", false),
    ("Taras", "Тарас", false),
    ("Bohdan", "Богдан", false),
    ("Yurii", "Юрій", false),
    ("Vasyl", "Василь", false),
    ("Mykola", "Микола", false),
    ("Oleh", "Олег", false),
    ("Ihor", "Ігор", false),
    ("Volodymyr", "Володимир", false),
    ("Petro", "Петро", false),
    ("Roman", "Роман", false),
    ("Maksym", "Максим", false),
    ("Vitalii", "Віталій", false),
];

const FOREIGN_FIRST: &[(&str, bool)] = &[
    ("Anna", true),
    ("Thomas", false),
    ("Marta", true),
    ("Jonas", false),
    ("Claire", true),
    ("Piotr", false),
    ("Elena", true),
    ("Martin", false),
    ("Sofia", true),
    ("Lukas", false),
    ("Ines", true),
    ("Daniel", false),
    ("Katarzyna", true),
    ("Henrik", false),
    ("Laura", true),
    ("Mihai", false),
    ("Agnieszka", true),
    ("Pierre", false),
    ("Julia", true),
    ("Tomasz", false),
    ("Emma", true),
    ("Andrei", false),
    ("Sara", true),
    ("Karl", false),
    ("Ruth", true),
    ("Peter", false),
    ("Ayşe", true),
    ("Mehmet", false),
    ("Helen", true),
    ("James", false),
    ("Ingrid", true),
    ("Marek", false),
    ("Ioana", true),
    ("Giorgi", false),
    ("Nino", true),
    ("Rasmus", false),
    ("Eva", true),
    ("Jan", false),
    ("Maria", true),
    ("Stefan", false),
];

const FOREIGN_SURNAMES: &[&str] = &[
    "Hartmann",
    "Novak",
    "Kowalczyk",
    "Dumitrescu",
    "Varga",
    "Jansen",
    "Moreau",
    "Castellano",
    "Brennan",
    "Sørensen",
    "Aydemir",
    "Petrescu",
    "Zielinski",
    "Halvorsen",
    "Lambert",
    "Fischer",
    "Kaminski",
    "Ferreira",
    "Costa",
    "Rossi",
    "Whitfield",
    "Nakamura",
    "Dubois",
    "Keller",
    "Strand",
    "Wojcik",
    "Horvat",
    "Nieminen",
    "Öztürk",
    "Marsh",
    "Berger",
    "Lindgren",
    "Popescu",
    "Kovacs",
    "Szabo",
    "Bianchi",
    "Schmidt",
    "Maes",
    "De Vries",
    "Tamm",
    "Ozols",
    "Kazlauskas",
    "Beridze",
    "Ionescu",
    "Walsh",
    "O'Connell",
    "Vidal",
    "Moretti",
    "Eriksen",
    "Hoffmann",
];

const LATIN_SYLLABLES: &[&str] = &[
    "ma", "ren", "tol", "vi", "sar", "ka", "lin", "dor", "be", "ta", "mon", "ri", "gal", "vel",
    "no", "sta", "fer", "lu", "cas", "de", "mar", "ol", "en", "tri", "qua", "bro", "zen", "ler",
    "po", "dan",
];
const FOREIGN_SURNAME_ENDINGS: &[&str] = &[
    "escu", "son", "er", "ski", "elli", "ides", "ert", "ani", "ova", "en", "aas", "ic",
];
const COINED_ENDINGS: &[&str] = &["a", "o", "is", "ex", "ia", "on", "ar", "um", "ent", "ix"];

const UNIT_KINDS: &[&str] = &[
    "Separate Mechanised Brigade",
    "Mountain Assault Brigade",
    "Territorial Defence Brigade",
    "Marine Brigade",
    "Air Assault Brigade",
    "Artillery Brigade",
    "Tank Brigade",
    "Motorised Infantry Battalion",
    "Rifle Battalion",
    "Operational Brigade",
    "Coastal Defence Brigade",
    "Anti-Aircraft Missile Regiment",
    "Jaeger Brigade",
    "Border Guard Detachment",
    "Engineering Regiment",
];

const ORDINAL_WORDS: &[&str] = &[
    "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
];
const NUMBER_WORDS: &[&str] = &[
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
];

const SOURCES: &[&str] = &[
    "Dnipro Evening Post",
    "Eastern Europe Desk",
    "Carpathian Observer",
    "Black Sea Bulletin",
    "Vistula Review",
    "Northern Dispatch",
    "Steppe Report",
    "Continental Briefing",
    "Harbour Gazette",
    "Frontier Newsline",
    "Novyny.Info",
    "Capital Hill Monitor",
    "Energy Flow Weekly",
    "Grain Route Tracker",
    "Union Affairs Daily",
    "Policy Compass",
    "Morning Signal",
    "Lviv Chronicle",
    "Delta Post",
    "Meridian News",
    "Atlas Wire",
    "Twin Rivers Herald",
    "Podillia Today",
    "Sloboda Review",
    "Tavria Monitor",
    "Polissia Post",
    "The Analyst Brief",
    "Field Notes Eastern Europe",
    "Crossroads Weekly",
    "Danube Log",
    "Pannonia Courier",
    "Baltic Current",
    "Bosphorus Line",
    "Market Pulse Kyiv",
    "Signal & Noise",
    "Open Channel",
    "Compass Point Ukraine",
    "Harvest Wire",
    "Grid Watch",
    "Pipeline Journal",
    "Border Crossing Daily",
    "Chisinau Courier",
    "Warsaw Evening Desk",
    "Brussels Corridor",
    "Geneva Notes",
    "Hromada.Media",
];

/// Curated tags: drawn from these ~40 names.
const TAG_NAMES: &[&str] = &[
    "ukraine",
    "russia",
    "eu",
    "us",
    "nato",
    "diplomacy",
    "energy",
    "military",
    "sanctions",
    "humanitarian",
    "economy",
    "grain",
    "justice",
    "cyber",
    "nuclear",
    "railways",
    "gas",
    "electricity",
    "oil",
    "infrastructure",
    "air-defence",
    "navy",
    "ceasefire",
    "finance",
    "banking",
    "trade",
    "disinformation",
    "agriculture",
    "shipping",
    "black-sea",
    "ports",
    "refugees",
    "reconstruction",
    "elections",
    "poland",
    "moldova",
    "romania",
    "belarus",
    "turkey",
    "border",
    "osce",
    "un",
    "uk",
];

const TAGS_TOML: &str = r#"# Tag rules for the generated benchmark corpus (examples/gen_corpus.rs).
# A briefing whose title or body contains one of the phrases
# (case-insensitive, on word boundaries) gets the tag.

[tags."energy"]
match = ["gas transit", "pipeline", "gas storage", "power grid"]

[tags."sanctions"]
match = ["sanctions package", "export controls", "price cap", "asset freezes"]

[tags."military"]
match = ["air defence", "front line", "artillery"]

[tags."cyber"]
match = ["cyberattack", "malware", "denial-of-service"]

[tags."grain"]
match = ["grain exports", "grain corridor", "wheat"]

[tags."black-sea"]
match = ["Black Sea", "Danube"]

[tags."diplomacy"]
match = ["peace talks", "security guarantees", "joint statement"]

[tags."nato"]
match = ["NATO", "the Alliance"]

[tags."humanitarian"]
match = ["humanitarian aid", "evacuation", "displaced people"]

[tags."finance"]
match = ["budget support", "IMF", "macro-financial assistance"]

[tags."justice"]
match = ["war crimes", "anti-corruption", "constitutional court"]

[tags."nuclear"]
match = ["nuclear power plant", "IAEA", "nuclear safety"]

[tags."eu"]
match = ["candidate status", "accession talks", "European Commission"]

[tags."transport"]
match = ["railway", "airspace", "freight trains"]
"#;

// ---------------------------------------------------------------------------
// Sentence templates. Slots:
//   {N} noun   {Ns} plural   {A} adjective   {X} compound adjective
//   {V} past/participle   {B} base verb   {S} third person   {G} gerund
//   {I} institution   {C} country   {Cx} foreign partner   {CA} adjective
//   {city} any city   {ucity} Ukrainian city   {port}   {place}   {unit}
//   {num} small number   {big} large number   {amt} money   {pct} percentage
//   {mcm} gas volume   {wd} weekday   {date}   {month}   {year}   {nth}
//   {src} the file's source   {rare} made-up proper noun
//   {P} new person with role and trailing comma   {Pe} same, no comma
//   {PT} titled new person   {R} known person's surname   {RR} their role
//   {he} their pronoun   {a} a/an   {cplace} Cyrillic place
// A trailing ' makes a slot possessive: {C'} -> Ukraine’s.

const GENERAL_SENTENCES: &[&str] = &[
    "{I} {V} the {N} on {wd}, saying {Ns} in {city} would be {V} by the end of {month}.",
    "Officials in {city} said the {A} {N} had been {V} after {num} days of {Ns}.",
    "The {N} follows {a} {A} {N} announced by {I} earlier in the week.",
    "{R} said the {Ns} were {A} and that {I} would review them before {date}.",
    "According to {I}, at least {big} {Ns} have been {V} since the start of the year.",
    "{C'} {N} remains {A}, diplomats said, although the {Ns} agreed in {city} have not been {V}.",
    "The {A} {N} was discussed at a closed session of {I}, two people familiar with the matter said.",
    "{PT} is expected to {B} the {N} with {CA} counterparts at a meeting in {city} next week.",
    "In a statement, {I} said it had {V} the {X} {N} and called for {A} {Ns}.",
    "Analysts noted that the {N} comes at a time when {Ns} across the region are under pressure.",
    "The figures could not be independently verified.",
    "{I} declined to comment on the {Ns}, citing the ongoing {N}.",
    "Local authorities in {place} reported that the {N} had disrupted {Ns} for several hours.",
    "The {N} is worth {amt}, according to documents seen by {src}.",
    "{R} added that {Ns} from {C} and {C} were expected to arrive in {city} within {num} days.",
    "Since {month}, {I} has {V} more than {big} {Ns}, a rise of {pct} on the previous year.",
    "It was not immediately clear whether the {N} would affect {Ns} already under way.",
    "{P} said the {N} showed that {Ns} were {G} faster than expected.",
    "Critics argue that the {N} does little to address the {A} {Ns} facing {city}.",
    "A senior official, speaking on condition of anonymity, said {I} had {V} the {N} in principle.",
    "The next round of {Ns} is scheduled for {date} in {city}.",
    "Both sides {V} the {X} {N}, but they did not set a date for {Ns}.",
    "Residents of {place} told {src} that {Ns} had been {G} for days without any warning.",
    "The decision was welcomed by {I}, which described it as {a} {A} {N}.",
    "Earlier on {wd}, {I} {V} {a} {A} {N} covering {Ns} and {Ns}.",
    "There was no immediate reaction from {I}.",
    "{RR} said the {N} would be {V} in stages, starting with {Ns} in {city}.",
    "The move is part of {a} {X} {N} that {I} first outlined in {month} {year}.",
    "Officials said {Ns} worth {amt} had already been {V}.",
    "The {N} in {city} has become a test of {C'} ability to {B} its {Ns}.",
    "Observers in {city} said the {N} was {A}, with {Ns} {G} on both sides.",
    "{C} and {C} have {V} a separate {N} on {Ns}, due to take effect in {month}.",
    "That would leave {Ns} in {place} and {place} without {Ns} for most of the winter.",
    "{R} did not say how many {Ns} were involved.",
    "The {N} has been {V} {num} times since {year}, most recently in {month}.",
    "Data published by {I} on {wd} showed {Ns} at {pct} of last year's level.",
    "Several {Ns} were reported near {place}, the regional administration said.",
    "Diplomats in {city} described the mood as {A} but cautious.",
    "{I} has repeatedly {V} such {Ns}, describing them as {A}.",
    "The {A} {Ns} come ahead of a meeting of {I} in {city} on {date}.",
    "A draft seen by {src} calls for {A} {Ns} and a review of the {N} by {month}.",
    "More than {big} people have signed a petition calling for the {N} to be {V}.",
    "Speaking in {city}, {PT} said {Ns} would remain {A} for as long as necessary.",
    "{C'} {Ns} have fallen by {pct} since {month}, according to {I}.",
    "The {N}, which {I} {V} in {year}, expires at the end of {month}.",
    "It is the {nth} such {N} this year.",
    "Officials from {I} and {I} met in {city} to {B} the {X} {Ns}.",
    "Questions about the {N} dominated a press conference in {city} on {wd}.",
    "{R} later told journalists that no {A} {N} had been taken yet.",
    "The {rare} consortium, which operates {Ns} in {C}, said it had {V} its {N}.",
    "Lawmakers are expected to {B} the {N} at a plenary session on {date}.",
    "The {N} sets out {num} {Ns}, including {a} {A} {N} and new rules for {Ns}.",
    "The {A} {N} drew criticism from {I}, which said it ignored {Ns} in {place}.",
    "In {city}, people queued for hours outside {A} {Ns}, witnesses said.",
    "The {X} {Ns} have become a recurring theme in talks between {C} and {C}.",
    "According to {src}, the {N} was {V} shortly after midnight.",
    "{I} said it would publish {A} {Ns} every {wd} until the end of {month}.",
    "{R} said {I} had asked {I} to {B} the {Ns} as a matter of urgency.",
    "That is roughly {pct} more than the {N} agreed in {year}.",
    "None of the {Ns} listed in the {N} has been {V} so far, {src} found.",
    "The {A} {N} comes after weeks of {X} {Ns} in {city} and {city}.",
    "Independent monitors said they had been unable to {B} the {Ns} near {place}.",
    "Asked whether the {N} could be {V}, {R} said it was too early to say.",
    "Both {Ns} were {V} within {num} hours, {I} said.",
    "{C'} ambassador to {C} was summoned over the {N}, {I} said.",
    "Officials expect {Ns} to rise again in {month}, when the {A} {N} ends.",
    "{I'} {N} on the {Ns} is due by {date}, and officials say it is unlikely to be {V}.",
    "The {unit} was {G} in the area at the time, {I} said.",
    "Opposition lawmakers said the {N} had been {V} without any {A} {N}.",
    "Under the {A} {N}, {Ns} would be {V} every {num} months.",
    "{he} said {I} was {G} the {Ns} and would report back by {date}.",
    "A spokesperson for {I} said the {N} was {G} as planned.",
    "Some {Ns} were {V} on {wd}, while others are expected to follow after {date}.",
    "The talks in {city} were the {nth} in {num} weeks.",
    "The {N} and the {N} were both {V} on {wd}, and officials said more {Ns} would follow.",
    "Talks on {Ns} and {Ns} continued late into the night, and no {N} was announced.",
    "Prices for {Ns} and {Ns} rose again in {month}, and traders expect further increases.",
    "Residents and volunteers in {place} cleared debris and {V} {Ns} throughout the day.",
    "{C} and {C} have both {V} the {N}, and their officials met in {city} on {wd}.",
    "The {N} was {A} and {A}, and it left {Ns} in {city} with little room to manoeuvre.",
    "Between {month} and {date}, {I} and its partners {V} {big} {Ns} and {num} {Ns}.",
    "The {N} was drawn up with help from {I} and {C'} {Ns}.",
];

const GENERAL_LEADS: &[&str] = &[
    "{I} {V} {a} {A} {N} on {wd}, the first step in {a} {X} {N} that officials in {city} say could take months.",
    "{C} and {C} {V} {a} {N} on {Ns} in {city} on {wd}, after {num} rounds of talks that had stalled over {Ns}.",
    "Officials in {city} {V} the {N} on {wd} after {Ns} from {C} reported {A} {Ns} across the region.",
    "{PT} {V} the {A} {N} during a visit to {city} on {wd}, saying {Ns} would follow within weeks.",
    "{a} {A} {N} near {place} on {wd} forced {I} to {B} {Ns} in the surrounding districts.",
    "{I} said on {wd} it would {B} the {N} agreed with {C} in {month}, citing {A} {Ns}.",
    "Talks in {city} on the {X} {N} ended on {wd} without agreement, with {C} and {C} still divided over {Ns}.",
    "{C'} {N} came under renewed scrutiny on {wd} after {src} reported that {Ns} worth {amt} had gone unaccounted for.",
    "The {A} {N} announced by {I} on {wd} will cover {Ns} in {num} regions, officials said.",
];

const GENERAL_HEADLINES: &[&str] = &[
    "{I} {S} {A} {N}",
    "{C} and {C} {B} {N} on {Ns}",
    "{X} {Ns} in {place} prompt {A} {N}",
    "{C'} {N} faces {A} {Ns}",
    "Officials in {city} {B} {Ns} after {N}",
    "{PT} {S} {Ns} in {city}",
    "{A} {N} in {city}: what {I} {V} and what comes next",
];

const SPEECH: &[&str] = &[
    "We will not {B} the {N} under pressure from anyone.",
    "This is {a} {A} {N}, and we expect {Ns} to follow.",
    "Our {Ns} are ready, but we need {A} {Ns} from our partners.",
    "Nobody in {city} believes the {N} will hold for long.",
    "There is no decision yet, and I won't speculate about the timing.",
    "We've seen this before, and it didn't end well for anyone.",
    "The {N} is {A}, but it's not enough.",
    "Every day of delay costs us {Ns} we cannot replace.",
    "We are talking about {big} people who need {Ns} right now.",
    "What happened near {place} is the direct result of {Ns} that nobody enforced.",
    "I can confirm that the {N} was {V} on {wd}.",
    "{C'} position has not changed and it will not change.",
    "Our door remains open, but talks cannot continue while {Ns} are under fire.",
    "We have done everything the {N} requires of us.",
    "Nobody should be surprised by the {N}; the warnings were there for months.",
    "The {Ns} we received this week will make a real difference in {city}.",
    "It’s a question of weeks, not months.",
    "We don’t comment on {Ns}, but I can say the work continues.",
    "If the {N} isn’t {V} by {month}, we will have to {B} our {Ns}.",
    "We expect our partners to keep their word on the {N}.",
    "People in {place} have been without {Ns} for {num} days.",
    "The figures speak for themselves.",
    "Our teams are working around the clock to {B} the {Ns}.",
    "This {N} was {A} from the start, and everyone at the table knew it.",
    "Nobody is talking about {a} {A} {N} any more.",
];

const ATTRIBUTIONS: &[&str] = &[
    "said {PT}.",
    "said {Pe}.",
    "{R} said.",
    "{R} told reporters in {city}.",
    "{R} told {src}.",
    "the spokesperson told reporters.",
    "{RR} said at a briefing on {wd}.",
    "reads the statement published on the website of {I}.",
    "reads the press release published on {wd} by {I}.",
    "reads a joint statement issued after the meeting in {city}.",
    "{R} wrote on social media.",
    "{P} said in a video address.",
    "{P} told {src}.",
];

const SPEAKER_INTROS: &[&str] = &[
    "{R} said: ",
    "{PT} said on {wd}: ",
    "In a statement, {I} said: ",
    "{P} wrote: ",
    "Asked about the {N}, {R} replied: ",
];

const QUOTE_FOLLOWUPS: &[&str] = &[
    "{he} added that the {N} would be {V} by {month}.",
    "{R} did not give further details.",
    "{he} declined to say when the {Ns} would resume.",
    "{R} said {Ns} in {city} were {A}.",
    "{he} said {I} had been informed.",
];

const ROLES: &[(&str, &str)] = &[
    ("a spokesperson for {I}", "the spokesperson"),
    ("a senior official at {I}", "the official"),
    ("the deputy head of {I}", "the deputy head"),
    ("an adviser to the prime minister", "the adviser"),
    (
        "the head of the {ucity} regional administration",
        "the governor",
    ),
    ("a senior analyst at the {rare} Institute", "the analyst"),
    (
        "a researcher at the {city} Centre for Security Studies",
        "the researcher",
    ),
    ("the chief executive of {rare} Group", "the chief executive"),
    (
        "a member of parliament from the {A} faction",
        "the lawmaker",
    ),
    ("a diplomat based in {city}", "the diplomat"),
    ("a volunteer coordinator in {place}", "the coordinator"),
    ("the mayor of {ucity}", "the mayor"),
    ("a commander in the {unit}", "the commander"),
    ("a lawyer representing {Ns}", "the lawyer"),
    ("a trader at {rare} Energy", "the trader"),
    ("an economist at {rare} Capital", "the economist"),
    ("a former deputy minister", "the former minister"),
];

const TITLES: &[(&str, &str)] = &[
    ("Foreign Minister", "the minister"),
    ("Deputy Foreign Minister", "the deputy minister"),
    ("Energy Minister", "the minister"),
    ("Defence Minister", "the minister"),
    ("Finance Minister", "the minister"),
    ("Ambassador", "the ambassador"),
    ("Commissioner", "the commissioner"),
    ("Colonel", "the colonel"),
    ("Major General", "the general"),
    ("Deputy Prime Minister", "the deputy prime minister"),
    ("Prosecutor General", "the prosecutor general"),
    ("Mayor", "the mayor"),
    ("Senator", "the senator"),
    ("Governor", "the governor"),
    ("Rear Admiral", "the admiral"),
];

/// Ukrainian-language quotes, without final punctuation.
const UA_SPEECH: &[&str] = &[
    "Ситуація залишається складною, але контрольованою",
    "Ми очікуємо від партнерів рішучих дій, а не лише заяв",
    "Усі служби працюють у посиленому режимі",
    "Ворог знову атакував околиці міста {cplace}",
    "Енергетики вже відновили живлення для більшості споживачів",
    "Переговори тривали кілька годин, але домовленостей поки немає",
    "Гуманітарний коридор з громади {cplace} працюватиме до вечора",
    "Ми не погодимося на жодні поступки за рахунок нашої території",
    "Рішення буде ухвалене найближчим часом",
    "Кожен день затримки коштує нам людських життів",
    "Експорт зерна через наші порти триває попри загрози",
    "Санкції мають бути посилені вже зараз",
    "Ремонтні бригади працюють у місті {cplace} цілодобово",
    "Евакуація з громади {cplace} триває, автобуси відправляються щогодини",
];

/// (male, female)
const UA_ROLES: &[(&str, &str)] = &[
    (
        "речник міністерства закордонних справ",
        "речниця міністерства закордонних справ",
    ),
    (
        "голова обласної військової адміністрації",
        "голова обласної військової адміністрації",
    ),
    (
        "представник Міністерства енергетики",
        "представниця Міністерства енергетики",
    ),
    ("заступник міністра оборони", "заступниця міністра оборони"),
    ("міський голова", "міська голова"),
    ("речник Генерального штабу", "речниця Генерального штабу"),
    ("командир батальйону", "командирка батальйону"),
    ("волонтер", "волонтерка"),
];
const UA_VERBS: &[(&str, &str)] = &[
    ("заявив", "заявила"),
    ("повідомив", "повідомила"),
    ("наголосив", "наголосила"),
    ("сказав", "сказала"),
    ("зазначив", "зазначила"),
];

/// Every file with the `gas transit` flag uses these; no other template
/// contains the phrase.
const GAS_SENTENCES: &[&str] = &[
    "Gas transit through Ukraine fell to {mcm} a day on {wd}, according to nominations published by {I}.",
    "The contract governing gas transit runs until the end of 2024, and no talks on an extension have been scheduled.",
    "Officials in {city} said revenue from gas transit had dropped by {pct} compared with the same period last year.",
    "{R} said the operator was ready to keep gas transit going under any {A} {N} that European buyers could accept.",
    "Without gas transit through Ukraine, {C} would have to rely on {A} {Ns} for most of its winter supply.",
    "Questions about gas transit dominated the meeting of energy ministers in {city}.",
];
const GAS_LEADS: &[&str] = &[
    "Gas transit through Ukraine dropped sharply on {wd} after nominations at the {ucity} entry point fell to {mcm} a day, {I} said.",
    "Ukraine and {Cx} opened talks in {city} on {wd} on the future of gas transit once the current contract expires.",
];

/// The rare benchmark word: only these templates contain it.
const RARE_WORD_SENTENCES: &[&str] = &[
    "Officials of the Zhytomyrska oblast administration said {Ns} from the region had been sent to {city}.",
    "A convoy organised by the Zhytomyrska regional council reached {place} on {wd}.",
    "The Zhytomyrska territorial community near {place} reported {A} {Ns} overnight.",
];

struct TopicSrc {
    name: &'static str,
    weight: u32,
    nouns: &'static [&'static str],
    adjs: &'static [&'static str],
    insts: &'static [&'static str],
    sentences: &'static [&'static str],
    leads: &'static [&'static str],
    headlines: &'static [&'static str],
    tags: &'static [&'static str],
}

const TOPICS: &[TopicSrc] = &[
    TopicSrc {
        name: "military",
        weight: 16,
        nouns: &[
            "brigade",
            "battalion",
            "artillery|artillery",
            "drone",
            "missile",
            "air defence|air defences",
            "shelling|shelling",
            "frontline position",
            "offensive",
            "counteroffensive",
            "trench|trenches",
            "minefield",
            "demining team",
            "reconnaissance unit",
            "ammunition|ammunition",
            "shell",
            "howitzer",
            "armoured vehicle",
            "tank",
            "helicopter",
            "airfield",
            "ammunition depot",
            "supply line",
            "rotation",
            "reservist",
            "mobilisation|mobilisation",
            "training exercise",
            "deployment",
            "reinforcement",
            "command post",
            "radar",
            "launcher",
            "interceptor",
            "warship",
            "patrol boat",
            "landing ship",
            "air raid alert",
            "assault",
            "salient",
            "bridgehead",
            "casualty|casualties",
            "prisoner of war|prisoners of war",
            "sniper",
            "air base",
            "glide bomb",
            "electronic warfare system",
        ],
        adjs: &[
            "armoured",
            "airborne",
            "ballistic",
            "tactical",
            "heavy",
            "mobile",
            "forward",
            "defensive",
            "offensive",
            "anti-aircraft",
            "long-range",
            "unmanned",
        ],
        insts: &[
            "the General Staff",
            "the defence ministry",
            "the Ministry of Defence",
            "the air force",
            "the navy",
            "the border guard service",
            "the Joint Forces command",
            "the national guard",
        ],
        sentences: &[
            "The {unit} reported repelling {num} assaults near {place} over the past day.",
            "{I} said {num} of the drones launched overnight had been shot down by air defence units around {city}.",
            "Artillery fire was reported along the front line east of {place}, where the {unit} holds positions.",
            "Air raid alerts lasted more than {num} hours in {ucity}, the regional administration said.",
            "Satellite images reviewed by {src} show {Ns} being moved closer to {place}.",
            "Commanders say shortages of {Ns} have forced units to ration artillery shells.",
            "The {A} {N} near {place} could not be independently confirmed.",
            "{PT} said the {unit} had been rotated out of the area after {num} weeks.",
            "Drone attacks on {ucity} damaged {Ns} and injured {num} people, emergency services said.",
            "Military analysts at the {rare} Institute said the {N} around {place} was likely to continue into {month}.",
            "The {A} {Ns} pledged by {C} are expected to reach the front line before {month}.",
        ],
        leads: &[
            "Russian forces launched {num} drones and several missiles at targets across Ukraine overnight into {wd}, {I} said, with air defence units reporting most of them shot down.",
            "Fighting intensified near {place} on {wd} as the {unit} reported repeated assaults on its positions along the front line.",
            "{Cx} announced a new package of {Ns} for Ukraine on {wd}, including {Ns} and spare parts for artillery systems.",
            "Air raid alerts sounded across {ucity} for several hours on {wd} after {I} warned of ballistic missiles launched from the north.",
        ],
        headlines: &[
            "Air defence units down {num} drones over {ucity}",
            "Fighting near {place} as the {unit} holds positions",
            "{Cx} pledges {Ns} and artillery shells",
            "{I} reports {A} {Ns} along the front line",
        ],
        tags: &[
            "military",
            "air-defence",
            "navy",
            "ceasefire",
            "ukraine",
            "russia",
        ],
    },
    TopicSrc {
        name: "diplomacy",
        weight: 14,
        nouns: &[
            "negotiation",
            "envoy",
            "communique",
            "mediator",
            "consultation",
            "round of talks|rounds of talks",
            "roadmap",
            "platform",
            "dialogue",
            "counterpart",
            "accord",
            "protocol",
            "invitation",
            "agenda|agendas",
            "concession",
            "demand",
            "ultimatum",
            "de-escalation|de-escalation",
            "guarantee",
            "confidence-building measure",
            "ceasefire",
            "prisoner exchange",
            "peace formula|peace formulas",
            "format",
            "ministerial meeting",
            "declaration",
            "note verbale|notes verbales",
            "sherpa",
            "backchannel",
            "shuttle diplomacy|shuttle diplomacy",
        ],
        adjs: &[
            "bilateral",
            "trilateral",
            "multilateral",
            "diplomatic",
            "constructive",
            "frank",
            "informal",
            "high-level",
            "joint",
            "substantive",
            "closed-door",
        ],
        insts: &[
            "the foreign ministry",
            "the OSCE",
            "the UN Secretary-General’s office",
            "the Ministry of Foreign Affairs",
            "the presidential office",
            "the State Department",
            "the Foreign Office",
            "the Turkish foreign ministry",
            "the Polish foreign ministry",
        ],
        sentences: &[
            "The foreign ministers of {C} and {C} spoke by phone on {wd} and agreed to meet in {city} before the end of {month}.",
            "The draft of a joint statement circulated among delegations late on {wd}, but several {Ns} remained in square brackets.",
            "{R} said security guarantees would have to be legally binding to mean anything.",
            "The envoy shuttled between {city} and {city} for {num} days without announcing any {N}.",
            "Diplomats said NATO members were divided over the wording of the {A} {N}.",
            "The Alliance has stepped up {Ns} on its eastern flank since {month}, according to {I}.",
            "Peace talks in {city} broke off after {num} hours, with both delegations blaming each other for the {N}.",
            "{C'} ambassador was handed {a} {N} protesting against the {X} {Ns}.",
            "{a} {A} {N} between the two foreign ministers is planned on the sidelines of the summit in {city}.",
            "NATO's {A} {N} will be on the agenda when defence ministers meet in {city} on {date}.",
        ],
        leads: &[
            "Foreign ministers from {C}, {C} and {C} met in {city} on {wd} to discuss security guarantees, but ended the session without {a} {A} {N}.",
            "{PT} arrived in {city} on {wd} for talks on {Ns}, the first such visit since {month}.",
            "NATO allies agreed on {wd} to {B} {Ns} on the eastern flank, {I} said after a meeting in {city}.",
            "Peace talks between the delegations resumed in {city} on {wd} after a pause of {num} weeks.",
        ],
        headlines: &[
            "Foreign ministers meet in {city} as {Ns} stall",
            "{C} and {C} sign {N} on security guarantees",
            "Envoy returns from {city} without {N}",
            "NATO allies {B} {A} {Ns}",
        ],
        tags: &["diplomacy", "nato", "eu", "us", "uk", "osce", "un"],
    },
    TopicSrc {
        name: "energy",
        weight: 10,
        nouns: &[
            "pipeline",
            "gas flow",
            "pipeline operator",
            "compressor station",
            "metering point",
            "storage site",
            "interconnector",
            "auction",
            "nomination",
            "booking",
            "power grid",
            "substation",
            "transformer",
            "power plant",
            "thermal plant",
            "outage",
            "blackout",
            "generation unit",
            "electricity import",
            "LNG cargo|LNG cargoes",
            "tanker",
            "refinery|refineries",
            "fuel|fuel",
            "diesel|diesel",
            "coal|coal",
            "heating season",
            "transmission line",
            "utility|utilities",
            "consumer",
            "grid operator",
            "supply contract",
            "hub price",
            "injection",
            "boiler house",
            "repair crew",
            "emergency shutdown",
            "wind farm",
            "solar park",
            "fuel oil|fuel oil",
        ],
        adjs: &[
            "seasonal",
            "interruptible",
            "firm",
            "peak",
            "baseload",
            "thermal",
            "renewable",
            "underground",
            "upstream",
            "downstream",
            "commercial",
        ],
        insts: &[
            "the gas transmission operator",
            "the energy ministry",
            "the grid operator",
            "the Ministry of Energy",
            "the national energy regulator",
            "the state gas company",
        ],
        sentences: &[
            "Flows through the {ucity} metering point averaged {mcm} a day over the past week, {I} said.",
            "The pipeline has been running well below its design capacity since {month}.",
            "Engineers restored power to {big} households in {place} overnight, but {Ns} remain offline in several districts.",
            "Traders said the {A} {N} would push hub prices higher if cold weather arrives before {date}.",
            "{I} said gas storage sites were {pct} full, compared with {pct} a year earlier.",
            "Repairs at the {rare} substation are expected to take at least {num} weeks.",
            "The {N} was booked on an interruptible basis, leaving room for sudden cuts, analysts said.",
            "Hourly schedules published by {I} pointed to {A} {Ns} during the evening peak.",
            "{Cx} offered to supply emergency electricity through the interconnector if the power grid around {ucity} was damaged again.",
            "Rolling blackouts of up to {num} hours were announced for {ucity} and surrounding districts.",
        ],
        leads: &[
            "{I} said on {wd} that flows through the {ucity} metering point had fallen to {mcm} a day, the lowest level since {month}.",
            "Engineers worked through the night to restore the power grid around {ucity} after {a} {A} {N} cut electricity to {big} homes.",
            "{C} and {C} agreed on {wd} to expand capacity at the interconnector before the heating season, officials in {city} said.",
            "Storage operators in {Cx} have started drawing on gas storage earlier than planned, according to data published by {I} on {wd}.",
        ],
        headlines: &[
            "{I} {S} {A} {N} as flows fall",
            "Pipeline flows to {Cx} drop to {mcm} a day",
            "Power restored in {ucity} after {N} at {rare} substation",
            "{C} and {C} {B} deal on the interconnector",
        ],
        tags: &["energy", "gas", "electricity", "oil", "infrastructure"],
    },
    TopicSrc {
        name: "sanctions",
        weight: 9,
        nouns: &[
            "sanctions package",
            "export control",
            "asset freeze",
            "listing",
            "designation",
            "oligarch",
            "shell company|shell companies",
            "circumvention",
            "dual-use good|dual-use goods",
            "price cap",
            "embargo|embargoes",
            "enforcement|enforcement",
            "compliance officer",
            "waiver",
            "blacklist",
            "correspondent account",
            "bank",
            "insurer",
            "shadow fleet",
            "re-export",
            "trading house",
            "intermediary|intermediaries",
            "supplier",
            "customs declaration",
            "component",
            "microchip",
            "penalty|penalties",
            "travel ban",
            "yacht",
            "holding company|holding companies",
            "beneficial owner",
        ],
        adjs: &[
            "restrictive",
            "sectoral",
            "secondary",
            "targeted",
            "punitive",
            "extraterritorial",
            "dual-use",
            "opaque",
        ],
        insts: &[
            "the European Commission",
            "the Council of the EU",
            "the US Treasury",
            "the national security council",
            "the finance ministry",
            "the customs service",
        ],
        sentences: &[
            "The new sanctions package lists {num} individuals and {num} companies, including {a} {A} {N} registered in {city}.",
            "Customs data reviewed by {src} suggest that {Ns} continued to reach Russia through {C} and {C}.",
            "Export controls on {Ns} were tightened after investigators found Western components in drones recovered near {place}.",
            "The price cap is enforced through insurers and shipping services, most of them based in {C}.",
            "Asset freezes under the {N} cover holdings worth an estimated {amt}.",
            "{R} said the {rare} trading house had been used to disguise the origin of {Ns}.",
            "Diplomats said {C} had delayed agreement on the sanctions package over an exemption for {Ns}.",
            "Banks in {city} have closed {big} accounts linked to listed entities since {month}, {I} said.",
        ],
        leads: &[
            "{I} adopted a new sanctions package on {wd} targeting {Ns}, banks and {num} shipping companies accused of helping Moscow evade export controls.",
            "Investigators in {city} said on {wd} they had uncovered a network of shell companies used to route {Ns} to Russia despite the sanctions.",
            "{C} froze assets worth {amt} belonging to {num} listed individuals, {I} said on {wd}.",
        ],
        headlines: &[
            "{I} adopts sanctions package targeting {Ns}",
            "{C} tightens export controls on {Ns}",
            "Shell companies in {city} used to dodge sanctions, investigators say",
        ],
        tags: &[
            "sanctions",
            "finance",
            "banking",
            "trade",
            "russia",
            "eu",
            "us",
        ],
    },
    TopicSrc {
        name: "humanitarian",
        weight: 9,
        nouns: &[
            "evacuation",
            "shelter",
            "refugee",
            "displaced person|displaced people",
            "aid convoy",
            "food kit",
            "hygiene kit",
            "generator",
            "water supply|water supplies",
            "heating point",
            "hospital",
            "medical team",
            "volunteer",
            "donation",
            "winterisation|winterisation",
            "cash assistance|cash assistance",
            "reception centre",
            "evacuation bus|evacuation buses",
            "evacuation train",
            "field kitchen",
            "blanket",
            "medicine|medicines",
            "care home",
            "social worker",
            "collection point",
            "mobile clinic",
        ],
        adjs: &[
            "humanitarian",
            "vulnerable",
            "elderly",
            "displaced",
            "unaccompanied",
            "makeshift",
        ],
        insts: &[
            "the Red Cross",
            "the UN refugee agency",
            "the State Emergency Service",
            "the Ministry of Social Policy",
            "the World Food Programme",
            "the regional military administration",
        ],
        sentences: &[
            "More than {big} people have left {place} since the evacuation was announced, {I} said.",
            "Humanitarian aid reached {ucity} on {wd} after a convoy of {num} trucks crossed from {Cx}.",
            "Reception centres in {ucity} registered {big} displaced people in the past week alone.",
            "The Red Cross said access to {place} remained limited because of shelling.",
            "Volunteers in {ucity} distributed {Ns} and {Ns} to families who had returned to damaged homes.",
            "Refugees interviewed in {city} said they planned to stay in {Cx} at least until the spring.",
            "{I} appealed for {amt} to fund {Ns} and heating over the winter.",
        ],
        leads: &[
            "Authorities ordered the evacuation of {num} villages near {place} on {wd}, citing intensified shelling and damage to {Ns}.",
            "Humanitarian aid convoys reached {ucity} for the first time in {num} weeks on {wd}, {I} said.",
            "The number of refugees arriving in {Cx} rose again on {wd}, with border guards registering {big} crossings in a single day.",
        ],
        headlines: &[
            "Evacuation ordered for villages near {place}",
            "Aid convoy reaches {ucity} after {num} weeks",
            "{Cx} registers {big} refugees in a day",
        ],
        tags: &["humanitarian", "refugees", "un", "ukraine"],
    },
    TopicSrc {
        name: "economy",
        weight: 8,
        nouns: &[
            "budget|budgets",
            "deficit",
            "inflation|inflation",
            "hryvnia",
            "exchange rate",
            "bond",
            "eurobond",
            "debt|debts",
            "restructuring",
            "creditor",
            "disbursement",
            "revenue",
            "tax|taxes",
            "customs revenue",
            "growth forecast",
            "recession",
            "reconstruction|reconstruction",
            "donor",
            "loan guarantee",
            "credit line",
            "key rate",
            "interest rate",
            "bank deposit",
            "wage",
            "pension",
            "investor",
            "privatisation",
            "spending plan",
        ],
        adjs: &[
            "fiscal",
            "monetary",
            "external",
            "concessional",
            "macro-financial",
            "quarterly",
            "inflationary",
            "sovereign",
        ],
        insts: &[
            "the National Bank",
            "the IMF",
            "the World Bank",
            "the finance ministry",
            "the Ministry of Finance",
            "the European Investment Bank",
            "the EBRD",
            "the statistics service",
        ],
        sentences: &[
            "The IMF mission concluded its review in {city} on {wd}, clearing the way for a tranche of {amt}.",
            "Budget support from donors covered roughly {pct} of spending in {month}, {I} said.",
            "The National Bank kept its key rate at {pct}, citing {A} {Ns}.",
            "Inflation slowed to {pct} in {month}, the lowest reading since {year}.",
            "Macro-financial assistance from the EU is tied to {num} reform benchmarks, including changes to {Ns}.",
            "Economists at {rare} Capital cut their growth forecast to {pct}.",
            "The reconstruction fund has so far approved {num} projects worth {amt}.",
        ],
        leads: &[
            "{I} approved a disbursement of {amt} on {wd}, part of a programme meant to keep budget support flowing through the end of {year}.",
            "The National Bank held its key rate at {pct} on {wd}, saying {Ns} still posed risks to prices.",
            "Donors meeting in {city} on {wd} pledged {amt} for reconstruction, with the largest share going to {Ns}.",
        ],
        headlines: &[
            "{I} clears {amt} tranche",
            "National Bank holds key rate at {pct}",
            "Donors pledge {amt} for reconstruction at {city} meeting",
        ],
        tags: &["economy", "finance", "reconstruction", "banking", "trade"],
    },
    TopicSrc {
        name: "grain",
        weight: 8,
        nouns: &[
            "grain|grain",
            "wheat|wheat",
            "corn|corn",
            "barley|barley",
            "sunflower oil|sunflower oil",
            "harvest",
            "export volume",
            "grain terminal",
            "port",
            "berth",
            "vessel",
            "bulk carrier",
            "freight rate",
            "insurance premium",
            "inspection",
            "tugboat",
            "sea mine",
            "shipowner",
            "charterer",
            "elevator",
            "silo",
            "railcar",
            "barge",
            "cargo|cargoes",
            "draft restriction",
            "harbour pilot",
            "crew",
            "shipping lane",
        ],
        adjs: &[
            "agricultural",
            "maritime",
            "seaborne",
            "bulk",
            "war-risk",
            "inland",
        ],
        insts: &[
            "the agriculture ministry",
            "the port authority",
            "the Ministry of Infrastructure",
            "the sea ports authority",
            "the Joint Coordination Centre",
        ],
        sentences: &[
            "Grain exports through the ports of {port} reached {big} tonnes last week, {I} said.",
            "Shipowners said war-risk insurance for voyages into the Black Sea now costs up to {pct} of a vessel's value.",
            "Barges carrying wheat and corn queued for {num} days at the mouth of the Danube.",
            "The bulk carrier {rare} left {port} on {wd} with {big} tonnes of grain bound for {C}.",
            "Farmers in {place} said storage was running out ahead of the harvest, with silos still full from last year.",
            "Inspections of vessels using the grain corridor were delayed by {num} hours on average, {I} said.",
            "Freight rates on routes from the Black Sea rose by {pct} after the {N} near {port}.",
        ],
        leads: &[
            "Grain exports through the Black Sea ports of {port} and {port} resumed on {wd} after a pause of {num} days, {I} said.",
            "The bulk carrier {rare} became the first vessel in {num} weeks to leave {port} with wheat on {wd}, using the grain corridor along the coast.",
            "Barge traffic on the Danube reached a record on {wd} as traders diverted {Ns} away from the Black Sea.",
        ],
        headlines: &[
            "Grain exports via {port} rebound to {big} tonnes",
            "War-risk insurance costs rise for Black Sea voyages",
            "First vessel in weeks leaves {port} with wheat",
        ],
        tags: &[
            "grain",
            "agriculture",
            "shipping",
            "black-sea",
            "ports",
            "trade",
        ],
    },
    TopicSrc {
        name: "justice",
        weight: 7,
        nouns: &[
            "election",
            "candidate",
            "lawmaker",
            "prosecutor",
            "indictment",
            "war crimes investigation",
            "evidence|evidence",
            "testimony|testimonies",
            "detention",
            "verdict",
            "sentence",
            "anti-corruption bureau",
            "asset declaration",
            "judge",
            "court hearing",
            "plea deal",
            "bail|bail",
            "search|searches",
            "suspect",
            "procurement scheme",
            "bribe",
            "embezzlement|embezzlement",
            "whistleblower",
        ],
        adjs: &[
            "judicial",
            "parliamentary",
            "criminal",
            "constitutional",
            "electoral",
            "anti-corruption",
        ],
        insts: &[
            "the prosecutor general’s office",
            "the anti-corruption bureau",
            "the constitutional court",
            "the high anti-corruption court",
            "parliament",
            "the central election commission",
            "the Ministry of Justice",
            "the International Criminal Court",
        ],
        sentences: &[
            "Prosecutors have opened more than {big} war crimes cases related to events in {place}, {I} said.",
            "The anti-corruption bureau searched {num} addresses in {ucity} as part of an investigation into {Ns}.",
            "Lawmakers approved the bill in a first reading, with {num} members of the {A} faction voting against.",
            "The constitutional court is due to rule on the {N} before {date}.",
            "{R} was detained in {city} on suspicion of embezzling {amt} intended for {Ns}.",
            "Investigators said the {N} had been used to inflate prices for {Ns} bought by {I}.",
        ],
        leads: &[
            "The anti-corruption bureau charged {num} officials on {wd} over {a} {N} involving {Ns} worth {amt}.",
            "Prosecutors in {ucity} said on {wd} they had identified {num} suspects in a war crimes case concerning {place}.",
            "Lawmakers in Kyiv voted on {wd} to {B} {a} {N} on {Ns}, a step demanded by the European Commission.",
        ],
        headlines: &[
            "Anti-corruption bureau charges {num} officials",
            "Prosecutors name suspects in {place} war crimes case",
            "Parliament backs {N} in first reading",
        ],
        tags: &["justice", "elections", "eu", "ukraine"],
    },
    TopicSrc {
        name: "eu",
        weight: 6,
        nouns: &[
            "accession",
            "candidate status|candidate status",
            "screening",
            "negotiating chapter",
            "enlargement|enlargement",
            "veto|vetoes",
            "unanimity|unanimity",
            "commissioner",
            "opinion",
            "conditionality|conditionality",
            "rule of law|rule of law",
            "minority rights|minority rights",
            "trade preference",
            "import quota",
            "farmer",
            "trucker",
            "blockade",
            "border crossing",
            "solidarity lane",
            "customs post",
            "transit permit",
        ],
        adjs: &["accession", "regulatory", "institutional", "enlargement"],
        insts: &[
            "the European Commission",
            "the European Parliament",
            "the European Council",
            "the Council of the EU",
            "the Polish government",
            "the Romanian government",
            "the Moldovan government",
            "the Hungarian government",
            "the Slovak government",
        ],
        sentences: &[
            "The European Commission is expected to present its assessment of the {num} benchmarks in {month}.",
            "Accession talks cannot begin until all member states agree, and {C} has signalled it may block them.",
            "Truckers blocking the border crossings near {city} said they would stay until permits for foreign carriers were restricted.",
            "Queues at the border crossings into {Cx} stretched for {num} kilometres on {wd}.",
            "Candidate status was granted in 2022, but {Ns} on minority rights remain unresolved.",
            "Farmers in {Cx} want the import quota for {Ns} extended to cover the next harvest.",
        ],
        leads: &[
            "The European Commission recommended on {wd} opening accession talks, while saying {Ns} on the rule of law must be completed first.",
            "Protesting truckers blocked {num} border crossings between {Cx} and Ukraine on {wd}, leaving hundreds of lorries stranded near {city}.",
        ],
        headlines: &[
            "Commission recommends accession talks",
            "Truckers block border crossings near {city}",
            "{C} threatens veto over {Ns}",
        ],
        tags: &["eu", "poland", "moldova", "romania", "border", "trade"],
    },
    TopicSrc {
        name: "cyber",
        weight: 5,
        nouns: &[
            "cyberattack",
            "malware|malware",
            "phishing campaign",
            "ransomware|ransomware",
            "botnet",
            "vulnerability|vulnerabilities",
            "patch|patches",
            "server",
            "breach|breaches",
            "data leak",
            "hacker group",
            "intrusion",
            "wiper",
            "domain",
            "certificate",
            "firewall",
            "backup",
            "incident response team",
            "disinformation campaign",
            "bot network",
            "deepfake",
            "fake account",
            "website",
            "payment system",
            "telecom operator",
        ],
        adjs: &[
            "malicious",
            "state-backed",
            "automated",
            "fraudulent",
            "encrypted",
            "compromised",
        ],
        insts: &[
            "the cyber police",
            "the national cybersecurity centre",
            "the CERT team",
            "the security service",
            "the Ministry of Digital Transformation",
        ],
        sentences: &[
            "The cyberattack disrupted {Ns} at {num} government websites for several hours, {I} said.",
            "Investigators found malware that had been planted on {Ns} weeks before the incident.",
            "Denial-of-service attacks on {Ns} in {ucity} peaked at {big} requests per second.",
            "{I} attributed the intrusion to {a} {A} hacker group known as {rare}.",
            "Researchers said the disinformation campaign relied on {big} fake accounts and cloned news websites.",
            "Banks said customer data had not been compromised, although {Ns} were unavailable until {wd} evening.",
            "The wiper erased data on {Ns} belonging to {a} {N} in {city}, investigators said.",
        ],
        leads: &[
            "A cyberattack knocked out {Ns} at several ministries on {wd}, {I} said, blaming {a} {A} group that has targeted Ukrainian institutions before.",
            "Hackers defaced {num} government websites overnight and posted threatening messages, {I} said on {wd}.",
            "{I} warned on {wd} of {a} {A} disinformation campaign targeting {Ns} in {ucity}.",
        ],
        headlines: &[
            "Cyberattack hits {Ns} in {ucity}",
            "{I} links malware to {rare} hacker group",
            "Disinformation campaign targets {Ns}, officials warn",
        ],
        tags: &["cyber", "disinformation", "infrastructure"],
    },
    TopicSrc {
        name: "transport",
        weight: 5,
        nouns: &[
            "railway",
            "rail gauge",
            "locomotive",
            "bridge",
            "highway",
            "airport",
            "airspace",
            "flight",
            "airline",
            "timetable",
            "carriage",
            "freight train",
            "logistics hub",
            "contractor",
            "tender",
            "ferry|ferries",
            "rail link",
            "passenger service",
            "track",
            "station",
            "overpass",
        ],
        adjs: &["European-gauge", "high-speed", "intercity", "suburban"],
        insts: &[
            "the state railway company",
            "the Ministry of Infrastructure",
            "the roads agency",
            "the civil aviation authority",
            "the restoration agency",
        ],
        sentences: &[
            "The state railway company added {num} overnight trains between {ucity} and {ucity} for the holidays.",
            "Freight trains carrying {Ns} were delayed by up to {num} hours after {a} {N} near {place}.",
            "The airspace over {C} remains closed to civilian flights, the civil aviation authority said.",
            "Repairs to the bridge at {place} are expected to cost {amt} and last until {month}.",
            "A European-gauge railway line to {ucity} is due to open in 2025, {I} said.",
        ],
        leads: &[
            "The state railway company restored services between {ucity} and {ucity} on {wd} after repair crews fixed {a} {A} section of track near {place}.",
            "Authorities reopened the bridge at {place} to traffic on {wd}, {num} months after it was hit, {I} said.",
        ],
        headlines: &[
            "Rail link to {ucity} restored after repairs",
            "Bridge at {place} reopens to traffic",
        ],
        tags: &["railways", "infrastructure", "reconstruction", "border"],
    },
    TopicSrc {
        name: "nuclear",
        weight: 3,
        nouns: &[
            "reactor",
            "power unit",
            "cooling pond",
            "diesel generator",
            "backup power line",
            "inspector",
            "radiation level",
            "monitoring station",
            "fuel assembly|fuel assemblies",
            "spent fuel|spent fuel",
            "shutdown",
            "exclusion zone",
            "safety system",
            "control room",
            "staff rotation",
        ],
        adjs: &["nuclear", "radiological", "external"],
        insts: &[
            "the IAEA",
            "the nuclear regulator",
            "the state nuclear operator",
            "the plant management",
        ],
        sentences: &[
            "The IAEA said its experts at the site had heard {num} explosions near the nuclear power plant on {wd}.",
            "All six reactors remain in cold shutdown, the operator said.",
            "The plant lost its last backup power line for {num} hours and relied on diesel generators.",
            "Radiation levels around {place} remained within normal limits, {I} said.",
            "Nuclear safety experts warned that the {A} {N} left no margin for error.",
        ],
        leads: &[
            "The IAEA reported new shelling near the nuclear power plant on {wd}, saying the strikes damaged {a} {N} and {Ns} on site.",
            "The nuclear power plant was disconnected from the grid for {num} hours on {wd}, {I} said, forcing staff to switch to diesel generators.",
        ],
        headlines: &[
            "IAEA reports shelling near nuclear power plant",
            "Nuclear plant loses backup power line again",
        ],
        tags: &["nuclear", "energy", "un"],
    },
];

// ---------------------------------------------------------------------------
// Compiled vocabulary.

#[derive(Clone, Copy, Debug)]
enum Slot {
    Noun,
    Nouns,
    Adj,
    Compound,
    Past,
    Base,
    Third,
    Gerund,
    Inst,
    Country,
    OtherCountry,
    CountryAdj,
    City,
    UaCity,
    Port,
    Place,
    Unit,
    Num,
    Big,
    Amount,
    Percent,
    Mcm,
    Weekday,
    Date,
    Month,
    Year,
    Nth,
    Source,
    Coined,
    PersonIntro,
    PersonIntroEnd,
    PersonTitled,
    PersonRef,
    PersonRole,
    Pronoun,
    Article,
    CyrPlace,
}

fn slot_named(name: &str, template: &str) -> Slot {
    match name {
        "N" => Slot::Noun,
        "Ns" => Slot::Nouns,
        "A" => Slot::Adj,
        "X" => Slot::Compound,
        "V" => Slot::Past,
        "B" => Slot::Base,
        "S" => Slot::Third,
        "G" => Slot::Gerund,
        "I" => Slot::Inst,
        "C" => Slot::Country,
        "Cx" => Slot::OtherCountry,
        "CA" => Slot::CountryAdj,
        "city" => Slot::City,
        "ucity" => Slot::UaCity,
        "port" => Slot::Port,
        "place" => Slot::Place,
        "unit" => Slot::Unit,
        "num" => Slot::Num,
        "big" => Slot::Big,
        "amt" => Slot::Amount,
        "pct" => Slot::Percent,
        "mcm" => Slot::Mcm,
        "wd" => Slot::Weekday,
        "date" => Slot::Date,
        "month" => Slot::Month,
        "year" => Slot::Year,
        "nth" => Slot::Nth,
        "src" => Slot::Source,
        "rare" => Slot::Coined,
        "P" => Slot::PersonIntro,
        "Pe" => Slot::PersonIntroEnd,
        "PT" => Slot::PersonTitled,
        "R" => Slot::PersonRef,
        "RR" => Slot::PersonRole,
        "he" => Slot::Pronoun,
        "a" => Slot::Article,
        "cplace" => Slot::CyrPlace,
        _ => panic!("unknown slot {{{name}}} in template {template:?}"),
    }
}

#[derive(Clone, Copy)]
enum Piece {
    Lit(&'static str),
    Slot(Slot, bool),
}

type Tpl = Vec<Piece>;

fn compile(src: &'static str) -> Tpl {
    let mut pieces = Vec::new();
    let mut rest = src;
    while let Some(open) = rest.find('{') {
        if open > 0 {
            pieces.push(Piece::Lit(&rest[..open]));
        }
        let close = open + rest[open..].find('}').expect("unclosed slot in template");
        let name = &rest[open + 1..close];
        let (name, possessive) = match name.strip_suffix('\'') {
            Some(n) => (n, true),
            None => (name, false),
        };
        pieces.push(Piece::Slot(slot_named(name, src), possessive));
        rest = &rest[close + 1..];
    }
    if !rest.is_empty() {
        pieces.push(Piece::Lit(rest));
    }
    pieces
}

fn compile_all(list: &'static [&'static str]) -> Vec<Tpl> {
    list.iter().map(|s| compile(s)).collect()
}

struct Noun {
    one: &'static str,
    many: String,
}

fn plural(word: &str) -> String {
    let vowel_y = ["ay", "ey", "oy", "uy"].iter().any(|e| word.ends_with(e));
    if ["s", "sh", "ch", "x", "z"]
        .iter()
        .any(|e| word.ends_with(e))
    {
        format!("{word}es")
    } else if word.ends_with('y') && !vowel_y {
        format!("{}ies", &word[..word.len() - 1])
    } else {
        format!("{word}s")
    }
}

fn nouns(list: &'static [&'static str]) -> Vec<Noun> {
    list.iter()
        .map(|entry| match entry.split_once('|') {
            Some((one, many)) => Noun {
                one,
                many: many.to_string(),
            },
            None => Noun {
                one: entry,
                many: plural(entry),
            },
        })
        .collect()
}

struct Verb {
    base: &'static str,
    past: &'static str,
    gerund: &'static str,
    third: String,
}

fn third_person(base: &str) -> String {
    // Phrasal verbs inflect their first word: "scale back" -> "scales back".
    let (head, tail) = base.split_once(' ').unwrap_or((base, ""));
    let head = if head.ends_with('y') && !head.ends_with("ay") && !head.ends_with("oy") {
        format!("{}ies", &head[..head.len() - 1])
    } else if ["s", "sh", "ch", "x", "z"]
        .iter()
        .any(|e| head.ends_with(e))
    {
        format!("{head}es")
    } else {
        format!("{head}s")
    };
    if tail.is_empty() {
        head
    } else {
        format!("{head} {tail}")
    }
}

struct Topic {
    name: &'static str,
    nouns: Vec<Noun>,
    adjs: &'static [&'static str],
    insts: &'static [&'static str],
    sentences: Vec<Tpl>,
    leads: Vec<Tpl>,
    headlines: Vec<Tpl>,
    tags: &'static [&'static str],
}

struct Vocab {
    nouns: Vec<Noun>,
    verbs: Vec<Verb>,
    topics: Vec<Topic>,
    topic_weights: Vec<u32>,
    sentences: Vec<Tpl>,
    leads: Vec<Tpl>,
    headlines: Vec<Tpl>,
    speech: Vec<Tpl>,
    attributions: Vec<Tpl>,
    speaker_intros: Vec<Tpl>,
    followups: Vec<Tpl>,
    roles: Vec<(Tpl, &'static str)>,
    ua_speech: Vec<Tpl>,
    gas_sentences: Vec<Tpl>,
    gas_leads: Vec<Tpl>,
    rare_word: Vec<Tpl>,
}

impl Vocab {
    fn new() -> Vocab {
        let verbs = VERBS
            .iter()
            .map(|entry| {
                let mut parts = entry.split('|');
                let base = parts.next().unwrap();
                let past = parts.next().expect("verb without past form");
                let gerund = parts.next().expect("verb without gerund");
                Verb {
                    base,
                    past,
                    gerund,
                    third: third_person(base),
                }
            })
            .collect();
        let topics = TOPICS
            .iter()
            .map(|t| Topic {
                name: t.name,
                nouns: nouns(t.nouns),
                adjs: t.adjs,
                insts: t.insts,
                sentences: compile_all(t.sentences),
                leads: compile_all(t.leads),
                headlines: compile_all(t.headlines),
                tags: t.tags,
            })
            .collect();
        Vocab {
            nouns: nouns(NOUNS),
            verbs,
            topics,
            topic_weights: TOPICS.iter().map(|t| t.weight).collect(),
            sentences: compile_all(GENERAL_SENTENCES),
            leads: compile_all(GENERAL_LEADS),
            headlines: compile_all(GENERAL_HEADLINES),
            speech: compile_all(SPEECH),
            attributions: compile_all(ATTRIBUTIONS),
            speaker_intros: compile_all(SPEAKER_INTROS),
            followups: compile_all(QUOTE_FOLLOWUPS),
            roles: ROLES
                .iter()
                .map(|(t, short)| (compile(t), *short))
                .collect(),
            ua_speech: compile_all(UA_SPEECH),
            gas_sentences: compile_all(GAS_SENTENCES),
            gas_leads: compile_all(GAS_LEADS),
            rare_word: compile_all(RARE_WORD_SENTENCES),
        }
    }
}

// ---------------------------------------------------------------------------
// People.

#[derive(Clone, Copy)]
enum Surname {
    Ukrainian { root: u8, ending: u8 },
    UkrainianCoined { syl: [u8; 3], len: u8, ending: u8 },
    Foreign(u8),
    ForeignCoined { syl: [u8; 3], len: u8, ending: u8 },
}

#[derive(Clone, Copy)]
struct Person {
    first: u8,
    ukrainian: bool,
    female: bool,
    surname: Surname,
    short: &'static str,
}

fn push_grouped(out: &mut String, n: u64) {
    if n >= 1000 {
        push_grouped(out, n / 1000);
        let _ = write!(out, ",{:03}", n % 1000);
    } else {
        let _ = write!(out, "{n}");
    }
}

fn ordinal_suffix(n: usize) -> &'static str {
    match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    }
}

// ---------------------------------------------------------------------------
// One briefing.

struct Doc<'v> {
    v: &'v Vocab,
    topic: &'v Topic,
    rng: Rng,
    day: i64,
    source: &'static str,
    cast: Vec<Person>,
    last: Option<usize>,
    curly_apostrophe: bool,
    recent_countries: [usize; 2],
    recent: [usize; 12],
    recent_at: usize,
}

impl<'v> Doc<'v> {
    fn apostrophe(&mut self) -> &'static str {
        // Mostly consistent within a file, with the odd slip.
        if self.curly_apostrophe != self.rng.chance(0.08) {
            "’"
        } else {
            "'"
        }
    }

    fn render(&mut self, tpl: &[Piece], out: &mut String) {
        let mut article: Option<usize> = None;
        for piece in tpl {
            match *piece {
                Piece::Lit(s) => out.push_str(s),
                Piece::Slot(Slot::Article, _) => {
                    article = Some(out.len());
                    out.push('a');
                    continue;
                }
                Piece::Slot(slot, possessive) => {
                    self.slot(slot, out);
                    if possessive {
                        let apos = self.apostrophe();
                        out.push_str(apos);
                        if !out[..out.len() - apos.len()].ends_with('s') {
                            out.push('s');
                        }
                    }
                }
            }
            if let Some(at) = article {
                let next = out[at + 1..].trim_start();
                if !next.is_empty() {
                    let vowel =
                        next.starts_with(['a', 'e', 'i', 'o', 'u', 'A', 'E', 'I', 'O', 'U']);
                    let exception = ["Eu", "eu", "uni", "Uni", "one", "once"]
                        .iter()
                        .any(|p| next.starts_with(p));
                    if vowel && !exception {
                        out.insert(at + 1, 'n');
                    }
                    article = None;
                }
            }
        }
    }

    /// A sentence: rendered, with its first letter upper-cased.
    fn sentence(&mut self, tpl: &[Piece], out: &mut String) {
        let start = out.len();
        self.render(tpl, out);
        if let Some(first) = out.get_mut(start..start + 1) {
            first.make_ascii_uppercase();
        }
    }

    fn noun(&mut self) -> &'v Noun {
        if self.rng.chance(0.55) {
            self.rng.zipf(&self.topic.nouns)
        } else {
            self.rng.zipf(&self.v.nouns)
        }
    }

    fn slot(&mut self, slot: Slot, out: &mut String) {
        let v = self.v;
        match slot {
            Slot::Noun => {
                let n = self.noun();
                out.push_str(n.one);
            }
            Slot::Nouns => {
                let n = self.noun();
                out.push_str(&n.many);
            }
            Slot::Adj => {
                let a = if self.rng.chance(0.3) {
                    self.rng.pick(self.topic.adjs)
                } else {
                    self.rng.zipf(ADJS)
                };
                out.push_str(a);
            }
            Slot::Compound => {
                let n = self.noun().one;
                for c in n.chars() {
                    out.push(if c == ' ' { '-' } else { c });
                }
                out.push('-');
                out.push_str(self.rng.zipf_str(COMPOUND_SUFFIXES));
            }
            Slot::Past => out.push_str(self.rng.zipf(&v.verbs).past),
            Slot::Base => out.push_str(self.rng.zipf(&v.verbs).base),
            Slot::Third => out.push_str(&self.rng.zipf(&v.verbs).third),
            Slot::Gerund => out.push_str(self.rng.zipf(&v.verbs).gerund),
            Slot::Inst => {
                let i = if self.rng.chance(0.4) {
                    self.rng.pick(self.topic.insts)
                } else {
                    self.rng.zipf(INSTITUTIONS)
                };
                out.push_str(i);
            }
            Slot::Country => {
                let c = self.country(0);
                out.push_str(COUNTRIES[c].0);
            }
            Slot::OtherCountry => {
                let c = self.country(2);
                out.push_str(COUNTRIES[c].0);
            }
            Slot::CountryAdj => {
                let c = self.country(0);
                out.push_str(COUNTRIES[c].1);
            }
            Slot::City => {
                if self.rng.chance(0.55) {
                    out.push_str(self.rng.zipf_str(UA_CITIES));
                } else {
                    out.push_str(self.rng.zipf_str(FOREIGN_CITIES));
                }
            }
            Slot::UaCity => out.push_str(self.rng.zipf_str(UA_CITIES)),
            Slot::Port => out.push_str(self.rng.zipf_str(PORTS)),
            Slot::Place => self.place(out),
            Slot::Unit => {
                let n = if self.rng.chance(0.5) {
                    self.rng.range(1, 160)
                } else {
                    self.rng.skewed(160) + 1
                };
                let kind = self.rng.zipf(UNIT_KINDS);
                let _ = write!(out, "{n}{} {kind}", ordinal_suffix(n));
            }
            Slot::Num => {
                if self.rng.chance(0.5) {
                    out.push_str(self.rng.pick_str(NUMBER_WORDS));
                } else {
                    let n = self.rng.range(13, 40);
                    let _ = write!(out, "{n}");
                }
            }
            Slot::Big => {
                let n = 150 + self.rng.skewed(95_000) as u64;
                push_grouped(out, n);
            }
            Slot::Amount => {
                let r = self.rng.unit();
                if r < 0.4 {
                    let (a, b) = (self.rng.range(1, 9), self.rng.range(1, 9));
                    let _ = write!(out, "€{a}.{b} billion");
                } else if r < 0.7 {
                    let n = self.rng.range(5, 950);
                    let _ = write!(out, "${n} million");
                } else if r < 0.85 {
                    let n = self.rng.range(20, 900);
                    let _ = write!(out, "{n} million hryvnias");
                } else {
                    let n = self.rng.range(5, 500);
                    let _ = write!(out, "€{n} million");
                }
            }
            Slot::Percent => {
                let n = self.rng.range(2, 85);
                let r = self.rng.unit();
                if r < 0.6 {
                    let _ = write!(out, "{n} percent");
                } else if r < 0.85 {
                    let d = self.rng.range(1, 9);
                    let _ = write!(out, "{n}.{d} percent");
                } else {
                    let _ = write!(out, "{n}%");
                }
            }
            Slot::Mcm => {
                let n = self.rng.range(8, 120);
                let _ = write!(out, "{n} million cubic metres");
            }
            Slot::Weekday => {
                let back = if self.rng.chance(0.7) { 0 } else { 1 };
                out.push_str(WEEKDAYS[weekday(self.day - back)]);
            }
            Slot::Date => {
                let offset = self.rng.range(0, 50) as i64 - 15;
                let (_, m, d) = civil_from_days(self.day + offset);
                let month = MONTHS[m as usize - 1];
                if self.rng.chance(0.7) {
                    let _ = write!(out, "{d} {month}");
                } else {
                    let _ = write!(out, "{month} {d}");
                }
            }
            Slot::Month => {
                let back = self.rng.range(0, 5) as i64 * 30;
                let (_, m, _) = civil_from_days(self.day - back);
                out.push_str(MONTHS[m as usize - 1]);
            }
            Slot::Year => {
                let (y, _, _) = civil_from_days(self.day);
                let _ = write!(out, "{}", y - self.rng.range(1, 6) as i64);
            }
            Slot::Nth => out.push_str(self.rng.zipf_str(ORDINAL_WORDS)),
            Slot::Source => out.push_str(self.source),
            Slot::Coined => self.coined(out),
            Slot::PersonIntro | Slot::PersonIntroEnd => {
                let role = self.rng.zipf(&v.roles);
                let who = self.new_person(role.1);
                self.name(who, false, out);
                out.push_str(", ");
                self.render(&role.0, out);
                if matches!(slot, Slot::PersonIntro) {
                    out.push(',');
                }
            }
            Slot::PersonTitled => self.titled(out),
            Slot::PersonRef => match self.known() {
                Some(who) => {
                    self.last = Some(who);
                    self.surname(who, false, out);
                }
                None => self.titled(out),
            },
            Slot::PersonRole => match self.known() {
                Some(who) => {
                    self.last = Some(who);
                    out.push_str(self.cast[who].short);
                }
                None => out.push_str("the spokesperson"),
            },
            Slot::Pronoun => match self.last.map(|i| self.cast[i].female) {
                Some(true) => out.push_str("she"),
                Some(false) => out.push_str("he"),
                None => out.push_str("the official"),
            },
            Slot::Article => out.push('a'),
            Slot::CyrPlace => {
                if self.rng.chance(0.55) {
                    out.push_str(self.rng.zipf_str(CYR_CITIES));
                } else if self.rng.chance(0.3) {
                    out.push_str(self.rng.pick(UA_TOWNS).1);
                } else {
                    let (syl, len, end, prefix) = self.place_parts();
                    self.push_place(syl, len, end, prefix, true, out);
                }
            }
        }
    }

    /// A country from `COUNTRIES[from..]`, not one of the last two named.
    fn country(&mut self, from: usize) -> usize {
        let mut c = from + self.rng.skewed(COUNTRIES.len() - from);
        while self.recent_countries.contains(&c) {
            c = from + self.rng.below(COUNTRIES.len() - from);
        }
        self.recent_countries = [c, self.recent_countries[0]];
        c
    }

    /// A template from `list`, avoiding the last few used in this file.
    fn fresh<'t>(&mut self, list: &'t [Tpl]) -> &'t Tpl {
        let mut tpl = self.rng.pick(list);
        for _ in 0..4 {
            let id = tpl.as_ptr() as usize;
            if !self.recent.contains(&id) {
                break;
            }
            tpl = self.rng.pick(list);
        }
        self.recent[self.recent_at % self.recent.len()] = tpl.as_ptr() as usize;
        self.recent_at += 1;
        tpl
    }

    fn titled(&mut self, out: &mut String) {
        let (title, short) = *self.rng.zipf(TITLES);
        let who = self.new_person(short);
        if self.rng.chance(0.35) {
            let adj = if self.cast[who].ukrainian {
                "Ukrainian"
            } else {
                self.rng.pick(&COUNTRIES[1..]).1
            };
            out.push_str(adj);
            out.push(' ');
        }
        out.push_str(title);
        out.push(' ');
        self.name(who, false, out);
    }

    /// A recently mentioned person, if any.
    fn known(&mut self) -> Option<usize> {
        if self.cast.is_empty() {
            return None;
        }
        match self.last {
            Some(last) if self.rng.chance(0.6) => Some(last),
            _ => Some(self.rng.below(self.cast.len())),
        }
    }

    fn new_person(&mut self, short: &'static str) -> usize {
        let ukrainian = self.rng.chance(0.6);
        let person = if ukrainian {
            let first = self.rng.below(UA_FIRST.len());
            let surname = if self.rng.chance(0.8) {
                Surname::Ukrainian {
                    root: self.rng.skewed(UA_SURNAME_ROOTS.len()) as u8,
                    ending: self.rng.skewed(UA_SURNAME_ENDINGS.len()) as u8,
                }
            } else {
                let (syl, len) = self.syllables(UA_SYLLABLES.len(), 1, 2);
                Surname::UkrainianCoined {
                    syl,
                    len,
                    ending: self.rng.below(UA_SURNAME_ENDINGS.len()) as u8,
                }
            };
            Person {
                first: first as u8,
                ukrainian,
                female: UA_FIRST[first].2,
                surname,
                short,
            }
        } else {
            let first = self.rng.below(FOREIGN_FIRST.len());
            let surname = if self.rng.chance(0.85) {
                Surname::Foreign(self.rng.skewed(FOREIGN_SURNAMES.len()) as u8)
            } else {
                let (syl, len) = self.syllables(LATIN_SYLLABLES.len(), 1, 3);
                Surname::ForeignCoined {
                    syl,
                    len,
                    ending: self.rng.below(FOREIGN_SURNAME_ENDINGS.len()) as u8,
                }
            };
            Person {
                first: first as u8,
                ukrainian,
                female: FOREIGN_FIRST[first].1,
                surname,
                short,
            }
        };
        self.cast.push(person);
        self.last = Some(self.cast.len() - 1);
        self.cast.len() - 1
    }

    fn syllables(&mut self, pool: usize, min: usize, max: usize) -> ([u8; 3], u8) {
        let len = self.rng.range(min, max);
        let mut syl = [0u8; 3];
        for s in syl.iter_mut().take(len) {
            *s = self.rng.below(pool) as u8;
        }
        (syl, len as u8)
    }

    fn name(&self, who: usize, cyrillic: bool, out: &mut String) {
        let p = self.cast[who];
        if p.ukrainian {
            let (lat, cyr, _) = UA_FIRST[p.first as usize];
            out.push_str(if cyrillic { cyr } else { lat });
        } else {
            out.push_str(FOREIGN_FIRST[p.first as usize].0);
        }
        out.push(' ');
        self.surname(who, cyrillic, out);
    }

    fn surname(&self, who: usize, cyrillic: bool, out: &mut String) {
        let pick = |pair: (&'static str, &'static str)| if cyrillic { pair.1 } else { pair.0 };
        match self.cast[who].surname {
            Surname::Ukrainian { root, ending } => {
                out.push_str(pick(UA_SURNAME_ROOTS[root as usize]));
                out.push_str(pick(UA_SURNAME_ENDINGS[ending as usize]));
            }
            Surname::UkrainianCoined { syl, len, ending } => {
                let start = out.len();
                for &s in &syl[..len as usize] {
                    out.push_str(pick(UA_SYLLABLES[s as usize]));
                }
                out.push_str(pick(UA_SURNAME_ENDINGS[ending as usize]));
                capitalise_at(out, start);
            }
            Surname::Foreign(i) => out.push_str(FOREIGN_SURNAMES[i as usize]),
            Surname::ForeignCoined { syl, len, ending } => {
                let start = out.len();
                for &s in &syl[..len as usize] {
                    out.push_str(LATIN_SYLLABLES[s as usize]);
                }
                out.push_str(FOREIGN_SURNAME_ENDINGS[ending as usize]);
                capitalise_at(out, start);
            }
        }
    }

    /// A Ukrainian person already in the cast, or a new one.
    fn ukrainian_speaker(&mut self) -> usize {
        if let Some(last) = self.last.filter(|&i| self.cast[i].ukrainian) {
            return last;
        }
        if let Some(i) = self.cast.iter().position(|p| p.ukrainian) {
            return i;
        }
        loop {
            let who = self.new_person("the official");
            if self.cast[who].ukrainian {
                return who;
            }
            self.cast.pop();
        }
    }

    fn place_parts(&mut self) -> ([u8; 3], u8, u8, Option<u8>) {
        let (syl, len) = self.syllables(UA_SYLLABLES.len(), 1, 2);
        let end = self.rng.below(UA_PLACE_ENDINGS.len()) as u8;
        let prefix = if self.rng.chance(0.25) {
            Some(self.rng.below(UA_PLACE_PREFIXES.len()) as u8)
        } else {
            None
        };
        (syl, len, end, prefix)
    }

    fn push_place(
        &self,
        syl: [u8; 3],
        len: u8,
        end: u8,
        prefix: Option<u8>,
        cyrillic: bool,
        out: &mut String,
    ) {
        let pick = |pair: (&'static str, &'static str)| if cyrillic { pair.1 } else { pair.0 };
        let start = out.len();
        let mut word_start = start;
        if let Some(p) = prefix {
            let p = pick(UA_PLACE_PREFIXES[p as usize]);
            out.push_str(p);
            if p.ends_with(' ') {
                word_start = out.len();
            }
        }
        for &s in &syl[..len as usize] {
            out.push_str(pick(UA_SYLLABLES[s as usize]));
        }
        out.push_str(pick(UA_PLACE_ENDINGS[end as usize]));
        capitalise_at(out, word_start);
    }

    fn place(&mut self, out: &mut String) {
        if self.rng.chance(0.35) {
            out.push_str(self.rng.zipf(UA_TOWNS).0);
            return;
        }
        let (syl, len, end, prefix) = self.place_parts();
        self.push_place(syl, len, end, prefix, false, out);
        if self.rng.chance(0.2) {
            out.push_str(" (");
            self.push_place(syl, len, end, prefix, true, out);
            out.push(')');
        }
    }

    /// A made-up proper noun: vessels, firms, groups.
    fn coined(&mut self, out: &mut String) {
        let start = out.len();
        let (syl, len) = self.syllables(LATIN_SYLLABLES.len(), 2, 3);
        for &s in &syl[..len as usize] {
            out.push_str(LATIN_SYLLABLES[s as usize]);
        }
        out.push_str(self.rng.pick_str(COINED_ENDINGS));
        capitalise_at(out, start);
    }

    // --- paragraphs -------------------------------------------------------

    fn body_sentence(&mut self, gas: bool, out: &mut String) {
        let v = self.v;
        let r = self.rng.unit();
        let tpl = if gas && r < 0.08 {
            self.fresh(&v.gas_sentences)
        } else if r < 0.40 {
            self.fresh(&self.topic.sentences)
        } else {
            self.fresh(&v.sentences)
        };
        self.sentence(tpl, out);
    }

    fn lead(&mut self, gas: bool, planted: bool, out: &mut String) {
        let v = self.v;
        let gas_lead = gas && self.rng.chance(0.4);
        let tpl = if gas_lead {
            self.rng.pick(&v.gas_leads)
        } else if self.rng.chance(0.75) {
            self.rng.pick(&self.topic.leads)
        } else {
            self.rng.pick(&v.leads)
        };
        self.sentence(tpl, out);
        let extra = self.rng.range(1, 2);
        for k in 0..extra {
            out.push(' ');
            if k == 0 && planted {
                let tpl = self.rng.pick(&v.rare_word);
                self.sentence(tpl, out);
            } else if k == 0 && gas && !gas_lead {
                let tpl = self.fresh(&v.gas_sentences);
                self.sentence(tpl, out);
            } else {
                self.body_sentence(gas, out);
            }
        }
    }

    fn paragraph(&mut self, gas: bool, out: &mut String) {
        let n = [2, 2, 3, 3, 3, 4, 4, 5][self.rng.below(8)];
        for k in 0..n {
            if k > 0 {
                out.push(' ');
            }
            self.body_sentence(gas, out);
        }
    }

    /// English speech of one or two sentences, ending in `.`.
    fn speech(&mut self, out: &mut String) {
        let v = self.v;
        let n = if self.rng.chance(0.35) { 2 } else { 1 };
        for k in 0..n {
            if k > 0 {
                out.push(' ');
            }
            let tpl = self.fresh(&v.speech);
            self.sentence(tpl, out);
        }
    }

    fn quote_paragraph(&mut self, gas: bool, out: &mut String) {
        let v = self.v;
        let style = self.rng.weighted(&[45, 35, 20]);
        if style == 2 && self.rng.chance(0.5) {
            self.ukrainian_quote(out);
            if self.rng.chance(0.5) {
                out.push(' ');
                let tpl = self.rng.pick(&v.followups);
                self.sentence(tpl, out);
            }
            return;
        }
        let (open, close) = [("“", "”"), ("\"", "\""), ("«", "»")][style];
        let form = self.rng.weighted(&[55, 20, 25]);
        if form == 1 {
            // Speaker first: X said: “...”
            let tpl = self.rng.pick(&v.speaker_intros);
            self.sentence(tpl, out);
            out.push_str(open);
            self.speech(out);
            if style == 2 {
                out.pop();
                out.push_str(close);
                out.push('.');
            } else {
                out.push_str(close);
            }
        } else {
            if form == 2 {
                self.body_sentence(gas, out);
                out.push(' ');
            }
            out.push_str(open);
            self.speech(out);
            let ends_question = out.ends_with('?');
            if !ends_question {
                out.pop();
                if style != 2 {
                    out.push(',');
                }
            }
            out.push_str(close);
            if style == 2 && !ends_question {
                out.push(',');
            }
            out.push(' ');
            let tpl = self.rng.pick(&v.attributions);
            self.render(tpl, out);
        }
        if self.rng.chance(0.45) {
            out.push(' ');
            let tpl = self.rng.pick(&v.followups);
            self.sentence(tpl, out);
        }
    }

    fn ukrainian_quote(&mut self, out: &mut String) {
        let v = self.v;
        let who = self.ukrainian_speaker();
        self.last = Some(who);
        let female = self.cast[who].female;
        out.push('«');
        let n = if self.rng.chance(0.3) { 2 } else { 1 };
        for k in 0..n {
            if k > 0 {
                out.push_str(". ");
            }
            let tpl = self.rng.pick(&v.ua_speech);
            self.render(tpl, out);
        }
        out.push_str("», — ");
        let verb = self.rng.pick(UA_VERBS);
        let role = self.rng.pick(UA_ROLES);
        out.push_str(if female { verb.1 } else { verb.0 });
        out.push(' ');
        out.push_str(if female { role.1 } else { role.0 });
        out.push(' ');
        self.name(who, true, out);
        out.push('.');
    }
}

fn capitalise_at(out: &mut String, at: usize) {
    let Some(c) = out[at..].chars().next() else {
        return;
    };
    if c.is_lowercase() {
        let upper: String = c.to_uppercase().collect();
        out.replace_range(at..at + c.len_utf8(), &upper);
    }
}

/// Re-wrap the paragraph starting at `from` with hard line breaks near `width`.
fn hard_wrap(out: &mut String, from: usize, width: usize, scratch: &mut String) {
    scratch.clear();
    let mut column = 0;
    if out[from..].starts_with(' ') {
        // Keep the optional space before a `date` header.
        scratch.push(' ');
        column = 1;
    }
    for word in out[from..].split(' ').filter(|w| !w.is_empty()) {
        let len = word.chars().count();
        if column > 0 && column + 1 + len > width {
            scratch.push('\n');
            column = 0;
        } else if column > 0 {
            scratch.push(' ');
            column += 1;
        }
        scratch.push_str(word);
        column += len;
    }
    out.truncate(from);
    out.push_str(scratch);
}

fn push_toml_string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c => out.push(c),
        }
    }
    out.push('"');
}

fn push_slug(out: &mut String, s: &str, max: usize) {
    let start = out.len();
    let mut dash = false;
    for c in s.chars() {
        if c.is_ascii_alphanumeric() {
            if dash && out.len() > start {
                out.push('-');
            }
            dash = false;
            out.push(c.to_ascii_lowercase());
            if out.len() - start >= max {
                break;
            }
        } else {
            dash = true;
        }
    }
}

struct Written {
    year: i64,
    month: u32,
    hex: u64,
    curated: bool,
}

const FIRST_DAY: (i64, u32, u32) = (2019, 1, 1);
const LAST_DAY: (i64, u32, u32) = (2024, 12, 31);

fn briefing(
    v: &Vocab,
    seed: u64,
    index: usize,
    planted: bool,
    out: &mut String,
    scratch: &mut String,
) -> Written {
    let mut rng = Rng::stream(seed, 1, index as u64);
    let hex = rng.next_u64();
    let first = days_from_civil(FIRST_DAY.0, FIRST_DAY.1, FIRST_DAY.2);
    let last = days_from_civil(LAST_DAY.0, LAST_DAY.1, LAST_DAY.2);
    let day = if rng.chance(0.3) {
        // The news spike of 2022.
        let from = days_from_civil(2022, 2, 1);
        from + rng.below((days_from_civil(2022, 12, 31) - from + 1) as usize) as i64
    } else {
        first + rng.below((last - first + 1) as usize) as i64
    };
    let (year, month, dom) = civil_from_days(day);
    let topic = &v.topics[rng.weighted(&v.topic_weights)];
    let curated = rng.chance(0.30);
    let source = *rng.zipf(SOURCES);
    let curly_apostrophe = rng.chance(0.7);
    let mut doc = Doc {
        v,
        topic,
        rng,
        day,
        source,
        cast: Vec::with_capacity(8),
        last: None,
        curly_apostrophe,
        recent_countries: [usize::MAX; 2],
        recent: [0; 12],
        recent_at: 0,
    };
    let gas = (topic.name == "energy" && doc.rng.chance(0.35)) || doc.rng.chance(0.004);
    let shape = doc.rng.unit();
    let paragraphs = if shape < 0.08 {
        doc.rng.range(2, 3)
    } else if shape < 0.975 {
        doc.rng.range(3, 11)
    } else {
        doc.rng.range(16, 36)
    };
    let quotes = doc.rng.weighted(&[15, 30, 30, 15, 10]);
    let wrap = doc.rng.chance(0.08).then(|| doc.rng.range(66, 80));

    out.clear();
    if curated {
        // Render title and summary first: they need escaping.
        scratch.clear();
        let tpl = if doc.rng.chance(0.65) {
            doc.rng.pick(&topic.headlines)
        } else {
            doc.rng.pick(&v.headlines)
        };
        doc.sentence(tpl, scratch);
        out.push_str("+++\ntitle = ");
        push_toml_string(out, scratch);
        let _ = write!(out, "\ndate = {year:04}-{month:02}-{dom:02}\nsource = ");
        push_toml_string(out, source);
        if doc.rng.chance(0.9) {
            out.push_str("\nurl = \"https://example.org/");
            push_slug(out, source, 40);
            out.push('/');
            push_slug(out, scratch, 60);
            out.push('"');
        }
        out.push_str("\ntags = [");
        let n_topic = doc.rng.range(1, 3.min(topic.tags.len()));
        let mut chosen: [&str; 6] = [""; 6];
        let mut count = 0;
        for k in 0..n_topic + doc.rng.range(0, 2) {
            let tag = if k < n_topic {
                *doc.rng.pick(topic.tags)
            } else {
                *doc.rng.zipf(TAG_NAMES)
            };
            if !chosen[..count].contains(&tag) {
                chosen[count] = tag;
                count += 1;
            }
        }
        for (k, tag) in chosen[..count].iter().enumerate() {
            if k > 0 {
                out.push_str(", ");
            }
            push_toml_string(out, tag);
        }
        out.push(']');
        let priority = doc.rng.weighted(&[10, 80, 10]);
        if priority != 1 || doc.rng.chance(0.5) {
            out.push_str("\npriority = ");
            push_toml_string(out, ["low", "normal", "high"][priority]);
        }
        if doc.rng.chance(0.85) {
            scratch.clear();
            let n = if doc.rng.chance(0.3) { 2 } else { 1 };
            for k in 0..n {
                if k > 0 {
                    scratch.push(' ');
                }
                let tpl = if doc.rng.chance(0.6) {
                    doc.rng.pick(&topic.sentences)
                } else {
                    doc.rng.pick(&v.sentences)
                };
                doc.sentence(tpl, scratch);
            }
            out.push_str("\nsummary = ");
            push_toml_string(out, scratch);
        }
        out.push_str("\n+++\n");
    }

    let body_start = out.len();
    if !curated {
        if doc.rng.chance(0.01) {
            out.push('\u{FEFF}');
        }
        if doc.rng.chance(0.85) {
            out.push(' ');
        }
        let _ = write!(out, "date {year:04}-{month:02}-{dom:02} ");
    }
    doc.lead(gas, planted, out);
    if let Some(width) = wrap {
        hard_wrap(out, body_start, width, scratch);
    }

    let reported = !curated && doc.rng.chance(0.85);
    let reported_last = doc.rng.chance(0.2);
    if reported && !reported_last {
        let _ = write!(out, "\n\nAs reported by {source}.");
    }
    let mut quotes_left = quotes;
    for p in 0..paragraphs {
        out.push_str("\n\n");
        let start = out.len();
        if quotes_left > 0 && doc.rng.below(paragraphs - p) < quotes_left {
            quotes_left -= 1;
            doc.quote_paragraph(gas, out);
        } else {
            doc.paragraph(gas, out);
        }
        if let Some(width) = wrap {
            hard_wrap(out, start, width, scratch);
        }
    }
    if reported && reported_last {
        let _ = write!(out, "\n\nAs reported by {source}.");
    }
    if doc.rng.chance(0.95) {
        out.push('\n');
    }
    if doc.rng.chance(0.02) {
        let crlf = out.replace('\n', "\r\n");
        *out = crlf;
    }
    Written {
        year,
        month,
        hex,
        curated,
    }
}

// ---------------------------------------------------------------------------
// Driver.

struct Args {
    dir: PathBuf,
    count: usize,
    seed: u64,
}

fn parse_args() -> Result<Option<Args>, String> {
    let mut dir = None;
    let mut count = 1000usize;
    let mut seed = 42u64;
    let mut args = std::env::args_os().skip(1);
    while let Some(arg) = args.next() {
        let Some(text) = arg.to_str() else {
            if dir.is_some() {
                return Err("more than one DIR given".into());
            }
            dir = Some(PathBuf::from(arg));
            continue;
        };
        let (flag, inline) = match text.split_once('=') {
            Some((f, value)) if f.starts_with("--") => (f, Some(value.to_string())),
            _ => (text, None),
        };
        match flag {
            "-h" | "--help" => return Ok(None),
            "--count" | "--seed" => {
                let value = match inline {
                    Some(value) => value,
                    None => args
                        .next()
                        .and_then(|v| v.into_string().ok())
                        .ok_or_else(|| format!("{flag} needs a number"))?,
                };
                let parsed: u64 = value
                    .trim()
                    .parse()
                    .map_err(|_| format!("{flag}: not a number: {value:?}"))?;
                if flag == "--count" {
                    count = usize::try_from(parsed).map_err(|_| "--count is too large")?;
                } else {
                    seed = parsed;
                }
            }
            f if f.starts_with('-') && f.len() > 1 => return Err(format!("unknown option {f}")),
            _ => {
                if dir.is_some() {
                    return Err("more than one DIR given".into());
                }
                dir = Some(PathBuf::from(text));
            }
        }
    }
    let dir = dir.ok_or("missing DIR")?;
    Ok(Some(Args { dir, count, seed }))
}

/// `max(3, count / 5000)` distinct file indices that get the rare word.
fn planted_indices(seed: u64, count: usize) -> Vec<usize> {
    let k = (count / 5000).max(3).min(count);
    let mut rng = Rng::stream(seed, 2, 0);
    let mut chosen = Vec::with_capacity(k);
    while chosen.len() < k {
        let i = rng.below(count);
        if !chosen.contains(&i) {
            chosen.push(i);
        }
    }
    chosen.sort_unstable();
    chosen
}

fn ensure_empty(dir: &Path) -> Result<(), String> {
    match fs::read_dir(dir) {
        Ok(mut entries) => {
            if entries.next().is_some() {
                return Err(format!(
                    "{} is not empty; remove it or choose another folder",
                    dir.display()
                ));
            }
            Ok(())
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))
        }
        Err(e) => Err(format!("cannot use {}: {e}", dir.display())),
    }
}

fn run(args: &Args) -> Result<(), String> {
    let started = Instant::now();
    ensure_empty(&args.dir)?;
    let vocab = Vocab::new();
    let planted = planted_indices(args.seed, args.count);
    let first_year = FIRST_DAY.0;
    let years = (LAST_DAY.0 - first_year + 1) as usize;
    let mut made = vec![false; years * 12];
    let mut out = String::with_capacity(64 * 1024);
    let mut scratch = String::with_capacity(16 * 1024);
    let (mut total, mut curated) = (0u64, 0usize);
    let width = args.count.saturating_sub(1).to_string().len().max(6);
    for index in 0..args.count {
        let is_planted = planted.binary_search(&index).is_ok();
        let w = briefing(&vocab, args.seed, index, is_planted, &mut out, &mut scratch);
        let mut path = args.dir.join(format!("{:04}/{:02}", w.year, w.month));
        let slot = (w.year - first_year) as usize * 12 + w.month as usize - 1;
        if !made[slot] {
            fs::create_dir_all(&path)
                .map_err(|e| format!("cannot create {}: {e}", path.display()))?;
            made[slot] = true;
        }
        let ext = if w.curated == (w.hex % 100 < 88) {
            "md"
        } else {
            "txt"
        };
        path.push(format!("{index:0width$}_{:016x}.{ext}", w.hex));
        fs::write(&path, out.as_bytes())
            .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
        total += out.len() as u64;
        curated += usize::from(w.curated);
    }
    let tags = args.dir.join("tags.toml");
    fs::write(&tags, TAGS_TOML).map_err(|e| format!("cannot write {}: {e}", tags.display()))?;
    let average = total.checked_div(args.count as u64).unwrap_or(0);
    println!(
        "gen_corpus: {} briefings ({} plain, {curated} curated) + tags.toml in {}: {total} bytes, {average} bytes per file on average, {:.1} s",
        args.count,
        args.count - curated,
        args.dir.display(),
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

fn main() -> ExitCode {
    match parse_args() {
        Ok(Some(args)) => match run(&args) {
            Ok(()) => ExitCode::SUCCESS,
            Err(msg) => {
                eprintln!("gen_corpus: {msg}");
                ExitCode::FAILURE
            }
        },
        Ok(None) => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        Err(msg) => {
            eprintln!("gen_corpus: {msg}\n{USAGE}");
            ExitCode::from(2)
        }
    }
}
