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
    ]);
    prop::collection::vec(piece, 0..60).prop_map(|p| format!("date 2022-02-20 {}", p.join(" ")))
}
