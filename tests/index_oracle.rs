//! The index checked against the obvious answer: for random small corpora and
//! random queries (words, prefixes, fuzzy words, phrases, negation, tags,
//! sources, dates),
//! what the store answers equals a plain scan over the briefings' words.
//!
//! The corpus is made of a small vocabulary, so that words, prefixes and
//! phrases hit often, in both formats, with mixed case and Cyrillic. The
//! oracle splits text on anything that is not a letter or digit, which is
//! what brief's tokenizer does for this vocabulary (no apostrophes, dots or
//! commas inside words), and never looks at the index.

use std::collections::BTreeSet;

use brief::model::Briefing;
use chrono::NaiveDate;
use proptest::prelude::*;

mod common;

use common::oracle;

const WORDS: &[&str] = &[
    "gas",
    "gasoline",
    "Gas",
    "transit",
    "talks",
    "port",
    "porter",
    "Odesa",
    "київ",
    "Київ",
    "київський",
    "sanctions",
    "grain",
    "de",
    "escalation",
    "a",
    "ab",
    "abc",
];
const TAGS: &[&str] = &["energy", "nato", "eu", "grain"];
const SOURCES: &[&str] = &["Kyiv Wire", "Kyiv Post", "Baltic Ledger", "Pontic Monitor"];

#[derive(Debug, Clone)]
struct Doc {
    /// Day of January 2022, or undated.
    day: Option<u32>,
    /// Front matter with these tags, else a plain briefing.
    curated: Option<Vec<usize>>,
    source: Option<usize>,
    paragraphs: Vec<Vec<usize>>,
}

fn doc() -> impl Strategy<Value = Doc> {
    let paragraph = prop::collection::vec(0..WORDS.len(), 1..8);
    (
        prop::option::weighted(0.85, 1u32..=31),
        prop::option::of(prop::collection::vec(0..TAGS.len(), 0..3)),
        prop::option::of(0..SOURCES.len()),
        prop::collection::vec(paragraph, 1..4),
    )
        .prop_map(|(day, curated, source, paragraphs)| Doc {
            day,
            curated,
            source,
            paragraphs,
        })
}

fn sentence(words: &[usize]) -> String {
    let text: Vec<&str> = words.iter().map(|&w| WORDS[w]).collect();
    format!("{}.", text.join(" "))
}

fn render(doc: &Doc) -> String {
    let body: Vec<String> = doc.paragraphs.iter().map(|p| sentence(p)).collect();
    let source = doc
        .source
        .map(|s| format!("\n\nAs reported by {}.", SOURCES[s]))
        .unwrap_or_default();
    match &doc.curated {
        Some(tags) => {
            let tags: Vec<String> = tags.iter().map(|&t| format!("\"{}\"", TAGS[t])).collect();
            let date = doc
                .day
                .map(|d| format!("date = 2022-01-{d:02}\n"))
                .unwrap_or_default();
            format!(
                "+++\ntitle = \"Title {}\"\n{date}tags = [{}]\n+++\n{}{source}",
                WORDS[doc.paragraphs[0][0]],
                tags.join(", "),
                body.join("\n\n"),
            )
        }
        None => {
            let date = doc
                .day
                .map(|d| format!("date 2022-01-{d:02} "))
                .unwrap_or_default();
            format!("{date}{}{source}", body.join("\n\n"))
        }
    }
}

#[derive(Debug, Clone)]
enum Term {
    Prefix(usize),
    /// A word with a typo (see `typo`), within distance 1 or 2.
    Fuzzy(usize, usize, u8),
    Phrase(Vec<usize>),
    Tag(usize),
    Source(usize, usize),
    Since(u32),
    Until(u32),
    On(u32),
}

type Clause = oracle::Clause<Term>;

fn clause() -> impl Strategy<Value = Clause> {
    let term = prop_oneof![
        4 => (0..WORDS.len()).prop_map(Term::Prefix),
        2 => (0..WORDS.len(), 0usize..4, 1u8..=2).prop_map(|(w, t, d)| Term::Fuzzy(w, t, d)),
        3 => prop::collection::vec(0..WORDS.len(), 2..4).prop_map(Term::Phrase),
        1 => (0..TAGS.len()).prop_map(Term::Tag),
        1 => (0..SOURCES.len(), 1usize..8).prop_map(|(s, n)| Term::Source(s, n)),
        1 => (1u32..=31).prop_map(Term::Since),
        1 => (1u32..=31).prop_map(Term::Until),
        1 => (1u32..=31).prop_map(Term::On),
    ];
    (prop::bool::weighted(0.25), term).prop_map(|(negated, term)| Clause { negated, term })
}

/// A term, or brackets around alternatives joined by `OR`, each a
/// conjunction (written with spaces or `AND`).
#[derive(Debug, Clone)]
enum Expr {
    Leaf(Clause),
    Group {
        negated: bool,
        alternatives: Vec<Vec<Expr>>,
    },
}

fn alternatives(inner: impl Strategy<Value = Expr>) -> impl Strategy<Value = Vec<Vec<Expr>>> {
    prop::collection::vec(prop::collection::vec(inner, 1..3), 1..3)
}

fn expr() -> impl Strategy<Value = Expr> {
    clause()
        .prop_map(Expr::Leaf)
        .prop_recursive(2, 12, 3, |inner| {
            (prop::bool::weighted(0.3), alternatives(inner)).prop_map(|(negated, alternatives)| {
                Expr::Group {
                    negated,
                    alternatives,
                }
            })
        })
}

/// The query's text: alternatives joined by ` OR `, a conjunction's parts
/// by a space or, every other time, ` AND `.
fn any_text(alternatives: &[Vec<Expr>]) -> String {
    let conjunction = |exprs: &Vec<Expr>| -> String {
        let parts: Vec<String> = exprs.iter().map(expr_text).collect();
        parts.join(if parts.len().is_multiple_of(2) {
            " AND "
        } else {
            " "
        })
    };
    let parts: Vec<String> = alternatives.iter().map(conjunction).collect();
    parts.join(" OR ")
}

fn expr_text(expr: &Expr) -> String {
    match expr {
        Expr::Leaf(c) => query_text(std::slice::from_ref(c)),
        Expr::Group {
            negated,
            alternatives,
        } => format!(
            "{}({})",
            if *negated { "-" } else { "" },
            any_text(alternatives)
        ),
    }
}

fn expr_holds(b: &Briefing, expr: &Expr) -> bool {
    match expr {
        Expr::Leaf(c) => holds(b, &c.term) != c.negated,
        Expr::Group {
            negated,
            alternatives,
        } => any_holds(b, alternatives) != *negated,
    }
}

fn any_holds(b: &Briefing, alternatives: &[Vec<Expr>]) -> bool {
    alternatives
        .iter()
        .any(|all| all.iter().all(|e| expr_holds(b, e)))
}

fn query_text(clauses: &[Clause]) -> String {
    let parts: Vec<String> = clauses
        .iter()
        .map(|c| {
            let text = match &c.term {
                Term::Prefix(w) => WORDS[*w].to_string(),
                Term::Fuzzy(w, t, d) => format!("{}~{d}", typo(WORDS[*w], *t)),
                Term::Phrase(ws) => {
                    let words: Vec<&str> = ws.iter().map(|&w| WORDS[w]).collect();
                    format!("\"{}\"", words.join(" "))
                }
                Term::Tag(t) => format!("tag:{}", TAGS[*t]),
                Term::Source(s, n) => {
                    let cut: String = SOURCES[*s].chars().take(*n).collect();
                    format!("source:\"{cut}\"")
                }
                Term::Since(d) => format!("since:2022-01-{d:02}"),
                Term::Until(d) => format!("until:2022-01-{d:02}"),
                Term::On(d) => format!("date:2022-01-{d:02}"),
            };
            if c.negated { format!("-{text}") } else { text }
        })
        .collect();
    parts.join(" ")
}

/// The folded words of each field a search looks in: title, summary, paragraphs.
fn fields(b: &Briefing) -> Vec<Vec<String>> {
    let split = |text: &str| -> Vec<String> {
        text.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    };
    std::iter::once(b.title.as_str())
        .chain(b.summary.as_deref())
        .chain(b.paragraphs.iter())
        .map(split)
        .collect()
}

/// `word` as typed with a slip: as it is, its first letter dropped, its
/// first two letters swapped, or its last letter changed to `o`.
fn typo(word: &str, kind: usize) -> String {
    let mut chars: Vec<char> = word.chars().collect();
    match kind {
        1 if chars.len() > 1 => {
            chars.remove(0);
        }
        2 if chars.len() > 1 => chars.swap(0, 1),
        3 => *chars.last_mut().unwrap() = 'o',
        _ => {}
    }
    chars.into_iter().collect()
}

fn holds(b: &Briefing, term: &Term) -> bool {
    let day = |d: u32| NaiveDate::from_ymd_opt(2022, 1, d).unwrap();
    match term {
        Term::Prefix(w) => {
            let prefix = WORDS[*w].to_lowercase();
            fields(b)
                .iter()
                .flatten()
                .any(|word| word.starts_with(&prefix))
        }
        Term::Fuzzy(w, t, d) => {
            let typed = typo(WORDS[*w], *t).to_lowercase();
            fields(b)
                .iter()
                .flatten()
                .any(|word| strsim::osa_distance(word, &typed) <= usize::from(*d))
        }
        Term::Phrase(ws) => {
            let phrase: Vec<String> = ws.iter().map(|&w| WORDS[w].to_lowercase()).collect();
            fields(b)
                .iter()
                .any(|f| f.windows(phrase.len()).any(|win| win == phrase.as_slice()))
        }
        Term::Tag(t) => b.tag_names().any(|tag| tag == TAGS[*t]),
        Term::Source(s, n) => {
            let cut: String = SOURCES[*s]
                .chars()
                .take(*n)
                .collect::<String>()
                .to_lowercase();
            b.source
                .as_deref()
                .is_some_and(|src| src.to_lowercase().starts_with(&cut))
        }
        Term::Since(d) => b.date.is_some_and(|date| date >= day(*d)),
        Term::Until(d) => b.date.is_some_and(|date| date <= day(*d)),
        Term::On(d) => b.date == Some(day(*d)),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn store_answers_as_a_scan_would(
        docs in prop::collection::vec(doc(), 0..14),
        clauses in prop::collection::vec(clause(), 1..4),
    ) {
        let store = oracle::store_of(docs.iter().map(render));
        let text = query_text(&clauses);
        let (_, got) = oracle::found(&store, &text)?;
        let want: BTreeSet<String> = brief::library::wholes(&store)
            .filter(|b| clauses.iter().all(|c| holds(b, &c.term) != c.negated))
            .map(|b| b.id.clone())
            .collect();
        prop_assert_eq!(got, want, "query {}", text);
    }

    /// The same with `OR`, `AND` and brackets, negated or not, nested.
    #[test]
    fn store_answers_or_and_brackets_as_a_scan_would(
        docs in prop::collection::vec(doc(), 0..14),
        query in alternatives(expr()),
    ) {
        let store = oracle::store_of(docs.iter().map(render));
        let text = any_text(&query);
        let (_, got) = oracle::found(&store, &text)?;
        let want: BTreeSet<String> = brief::library::wholes(&store)
            .filter(|b| any_holds(b, &query))
            .map(|b| b.id.clone())
            .collect();
        prop_assert_eq!(got, want, "query {}", text);
    }
}
