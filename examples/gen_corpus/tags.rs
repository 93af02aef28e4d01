//! Curated tag names and the `tags.toml` written next to the corpus.

/// Curated tags: drawn from these ~40 names.
pub const TAG_NAMES: &[&str] = &[
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

pub const TAGS_TOML: &str = r#"# Tag rules for the generated benchmark corpus (examples/gen_corpus).
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
