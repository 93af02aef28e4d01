//! Test inputs shared by the modules that show what the loader found.

use proptest::prelude::*;

/// A dated briefing of prose with quotes: some closed in their paragraph,
/// some left open and continued (or not) in the next, some in the title's
/// sentence.
pub fn prose_with_quotes() -> impl Strategy<Value = String> {
    let piece = prop::sample::select(vec![
        "gas",
        "flows.",
        "“Gas is late,”",
        "said Anna Ivanova.",
        "“Open",
        "“",
        "”",
        "\"We wait\"",
        "he said.",
        "\n\n",
        // The words the rules turn on: asides, relatives, times, owners,
        // tickers, names that end like participles, naming verbs.
        ",",
        "which",
        "when",
        "on March 3",
        "the Office's",
        "Vantor Co Plc <VNT.L>",
        "King Omar",
        "called",
        "central bank president",
        "a senior official",
    ]);
    prop::collection::vec(piece, 0..60).prop_map(|p| format!("date 2022-02-20 {}", p.join(" ")))
}

/// Each quote's speaker as shown (empty for none) in `text`, whose
/// paragraphs are split at blank lines.
pub fn speakers(text: &str) -> Vec<String> {
    let paragraphs: Vec<String> = text.split("\n\n").map(String::from).collect();
    let quotes = crate::load::quotes::find_all(&paragraphs);
    let shown = |q: &crate::model::Quote| {
        (q.speaker.as_ref()).map_or(String::new(), |s| s.shown().into_owned())
    };
    quotes.iter().map(shown).collect()
}
