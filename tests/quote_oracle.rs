//! `quote:` and `speaker:` checked against the obvious answer: for random
//! small corpora of quotes and random conjunctions of quote, speaker and
//! word terms, negated or not, the briefings the index finds and the
//! quotes kept are those a plain scan of every quote finds. With `quote:`
//! in the query, a briefing is found for a quote that holds all of the
//! query's quote and speaker terms at once (when one is not negated).

use std::collections::BTreeSet;

use brief::model::{Briefing, Quote};
use proptest::prelude::*;

mod common;

use common::oracle;

const WORDS: &[&str] = &[
    "oil", "prices", "price", "gas", "Gas", "transit", "quota", "ціни",
];
const SPEAKERS: &[&str] = &["Anna Ivanova", "Ivan Petrov", "Per Lind"];
/// Prefixes a `speaker:` term is written with.
const NAMES: &[&str] = &["ivan", "anna", "lind", "petrov", "per"];

#[derive(Debug, Clone)]
enum Part {
    Plain(Vec<usize>),
    Quote(Vec<usize>, usize),
}

fn part() -> impl Strategy<Value = Part> {
    let words = || prop::collection::vec(0..WORDS.len(), 1..6);
    prop_oneof![
        1 => words().prop_map(Part::Plain),
        2 => (words(), 0..SPEAKERS.len()).prop_map(|(w, s)| Part::Quote(w, s)),
    ]
}

fn text(words: &[usize]) -> String {
    let words: Vec<&str> = words.iter().map(|&w| WORDS[w]).collect();
    words.join(" ")
}

fn render(parts: &[Part]) -> String {
    let paragraphs: Vec<String> = (parts.iter())
        .map(|p| match p {
            Part::Plain(w) => format!("Reports on {}.", text(w)),
            Part::Quote(w, s) => format!("\"We see {},\" {} said.", text(w), SPEAKERS[*s]),
        })
        .collect();
    format!("date 2022-01-05 Daily notes\n\n{}", paragraphs.join("\n\n"))
}

#[derive(Debug, Clone)]
enum Term {
    Word(usize),
    InQuote(usize),
    Phrase(usize, usize),
    Speaker(usize),
}

type Clause = oracle::Clause<Term>;

fn clause() -> impl Strategy<Value = Clause> {
    let term = prop_oneof![
        1 => (0..WORDS.len()).prop_map(Term::Word),
        3 => (0..WORDS.len()).prop_map(Term::InQuote),
        2 => (0..WORDS.len(), 0..WORDS.len()).prop_map(|(a, b)| Term::Phrase(a, b)),
        2 => (0..NAMES.len()).prop_map(Term::Speaker),
    ];
    (prop::bool::weighted(0.25), term).prop_map(|(negated, term)| Clause { negated, term })
}

fn query_text(clauses: &[Clause]) -> String {
    let parts: Vec<String> = (clauses.iter())
        .map(|c| {
            let t = match c.term {
                Term::Word(w) => WORDS[w].to_string(),
                Term::InQuote(w) => format!("quote:{}", WORDS[w]),
                Term::Phrase(a, b) => format!("quote:\"{} {}\"", WORDS[a], WORDS[b]),
                Term::Speaker(s) => format!("speaker:{}", NAMES[s]),
            };
            if c.negated { format!("-{t}") } else { t }
        })
        .collect();
    parts.join(" ")
}

fn split(text: &str) -> Vec<String> {
    (text.split(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Whether a quote-level term holds for quote `q` of `b`; `None` for a
/// term about the whole briefing.
fn holds_for(b: &Briefing, q: &Quote, term: &Term) -> Option<bool> {
    let words = split(&b.quote_text(q));
    match *term {
        Term::Word(_) => None,
        Term::InQuote(w) => {
            let prefix = WORDS[w].to_lowercase();
            Some(words.iter().any(|x| x.starts_with(&prefix)))
        }
        Term::Phrase(a, c) => {
            let phrase = [WORDS[a].to_lowercase(), WORDS[c].to_lowercase()];
            Some(words.windows(2).any(|w| w == phrase))
        }
        Term::Speaker(s) => Some(
            q.speaker
                .as_ref()
                .is_some_and(|sp| split(sp.person()).iter().any(|x| x.starts_with(NAMES[s]))),
        ),
    }
}

fn briefing_holds(b: &Briefing, c: &Clause) -> bool {
    let found = match c.term {
        Term::Word(w) => {
            let prefix = WORDS[w].to_lowercase();
            let all = std::iter::once(b.title.as_str()).chain(b.paragraphs.iter());
            all.flat_map(split).any(|x| x.starts_with(&prefix))
        }
        _ => b
            .quotes
            .iter()
            .any(|q| holds_for(b, q, &c.term) == Some(true)),
    };
    found != c.negated
}

/// The quotes of `b` every quote-level clause holds for (or, negated, not).
fn kept<'a>(b: &'a Briefing, clauses: &[Clause]) -> Vec<&'a Quote> {
    (b.quotes.iter())
        .filter(|q| {
            (clauses.iter()).all(|c| holds_for(b, q, &c.term).is_none_or(|h| h != c.negated))
        })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn quotes_found_as_a_scan_would(
        docs in prop::collection::vec(prop::collection::vec(part(), 1..5), 0..10),
        clauses in prop::collection::vec(clause(), 1..4),
    ) {
        let store = oracle::store_of(docs.iter().map(|d| render(d)));
        let text = query_text(&clauses);
        let (query, got) = oracle::found(&store, &text)?;
        // With `quote:` in it, the terms about quotes are asked of each
        // quote together, when one of them is not negated.
        let about_quotes = |c: &Clause| !matches!(c.term, Term::Word(_));
        let picks = clauses.iter().any(|c| matches!(c.term, Term::InQuote(_) | Term::Phrase(..)))
            && clauses.iter().any(|c| about_quotes(c) && !c.negated);
        let want: BTreeSet<String> = brief::library::wholes(&store)
            .filter(|b| match picks {
                true => {
                    let words = clauses.iter().filter(|c| !about_quotes(c));
                    words.into_iter().all(|c| briefing_holds(b, c)) && !kept(b, &clauses).is_empty()
                }
                false => clauses.iter().all(|c| briefing_holds(b, c)),
            })
            .map(|b| b.id.clone())
            .collect();
        prop_assert_eq!(&got, &want, "query {}", text);
        for b in brief::library::wholes(&store) {
            let shown: Vec<&Quote> = b.quotes.iter().filter(|q| query.keeps_quote(&b, q, &store)).collect();
            prop_assert_eq!(shown, kept(&b, &clauses), "quotes of {} for {}", b.id, text);
        }
    }
}

/// The corpus is meant to be quotes with speakers: a check that the loader
/// sees them so, so that the property above tests what it says.
#[test]
fn the_corpus_has_quotes_with_speakers() {
    let parts = vec![
        Part::Quote(vec![0, 1], 0),
        Part::Plain(vec![2]),
        Part::Quote(vec![3], 2),
    ];
    let store = oracle::store_of([render(&parts)]);
    let b = brief::library::wholes(&store).next().unwrap();
    let said: Vec<(String, Option<String>)> = (b.quotes.iter())
        .map(|q| {
            (
                b.quote_text(q).into_owned(),
                q.speaker.as_ref().map(|s| s.person().to_string()),
            )
        })
        .collect();
    assert_eq!(
        said,
        [
            (
                "We see oil prices".to_string(),
                Some("Anna Ivanova".to_string())
            ),
            ("We see gas".to_string(), Some("Per Lind".to_string())),
        ]
    );
}
