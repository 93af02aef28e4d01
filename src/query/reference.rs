//! The query language's reference, in one place: the reader's help, `brief
//! --help` and `brief man` all show this table, and a test holds the README's
//! table to it.

/// One kind of term: how it is written, what it matches, and examples.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TermRef {
    pub syntax: &'static str,
    pub meaning: &'static str,
    pub examples: &'static [&'static str],
}

const fn term(
    syntax: &'static str,
    meaning: &'static str,
    examples: &'static [&'static str],
) -> TermRef {
    TermRef {
        syntax,
        meaning,
        examples,
    }
}

/// What every query has in common, said before the terms.
pub const INTRO: &str = "Terms are separated by spaces and must all match; matching ignores case. OR joins alternatives, and brackets group.";

pub const TERMS: &[TermRef] = &[
    term(
        "WORD",
        "a word starting with WORD (typing narrows as you go)",
        &["gas"],
    ),
    term(
        "WORD~, WORD~2",
        "the whole word give or take a typo (~2: two); a swap is one",
        &["zelenksy~", "zelenksy~2"],
    ),
    term(
        "\"WORDS\"",
        "the exact words, next to each other, in order",
        &["\"gas transit\""],
    ),
    term(
        "A-B, A.B",
        "a hyphenated or dotted term is a phrase",
        &["de-escalation"],
    ),
    term(
        "tag:TAG, #TAG",
        "tagged TAG; tag:A,B for either",
        &["tag:nato", "#nato", "tag:nato,eu"],
    ),
    term(
        "source:NAME",
        "source starting with NAME; quote a name with spaces",
        &["source:reuters", "source:\"kyiv wire\""],
    ),
    term(
        "speaker:NAME",
        "quotes someone whose name has a word starting with NAME",
        &["speaker:kuleba", "speaker:\"anna iv\"", "speaker:кулеба"],
    ),
    term(
        "quote:WORDS",
        "inside one quote (by the speaker: asked for): a word starting with WORDS, or \"WORDS\" in a row",
        &[
            "quote:price",
            "quote:\"oil prices\"",
            "speaker:nazer quote:price",
        ],
    ),
    term(
        "priority:LEVEL",
        "priority low, normal or high; commas for either",
        &["priority:high", "priority:high,normal"],
    ),
    term(
        "has:FEATURE",
        "with a quote, url, summary, or a note of yours",
        &["has:quote", "has:url", "has:summary", "has:note"],
    ),
    term(
        "is:MARK",
        "unread, read, bookmarked, or new since the last session",
        &["is:unread", "is:read", "is:bookmarked", "is:new"],
    ),
    term(
        "id:PREFIX",
        "id, or its part after a /, starting with PREFIX",
        &["id:000_6eaf", "id:2022-01"],
    ),
    term(
        "since:DATE",
        "dated on or after DATE (a day, month or year)",
        &["since:2022-01-01", "since:2022-01"],
    ),
    term(
        "until:DATE",
        "dated on or before DATE (a month or year to its end)",
        &["until:2022-02-01"],
    ),
    term(
        "date:DATE",
        "within that day, month or year",
        &["date:2022-01", "date:2022-01-10", "date:2022"],
    ),
    term(
        "DATE, relative",
        "back from today: days, weeks, months, years",
        &[
            "since:7d",
            "since:2w",
            "since:3m",
            "since:1y",
            "date:today",
            "date:yesterday",
        ],
    ),
    term(
        "-TERM",
        "negates any term",
        &["-tag:sport", "-\"press release\""],
    ),
    term(
        "A OR B",
        "either; terms side by side (or A AND B) bind tighter, as in notmuch",
        &[
            "oil OR gas",
            "tag:nato kuleba OR borrell",
            "is:bookmarked OR has:note",
        ],
    ),
    term(
        "(TERMS)",
        "a group, to join or negate as one term",
        &["(oil OR gas) tag:energy", "-(tag:sport OR tag:weather)"],
    ),
];

impl TermRef {
    /// The examples as one line: `tag:nato, #nato`.
    pub fn example_line(&self) -> String {
        self.examples.join(", ")
    }
}

/// The reference as plain text for `--help`: a heading, the intro, and one
/// line a term with its meaning and examples, columns aligned.
pub fn text() -> String {
    let column = TERMS.iter().map(|t| t.syntax.len()).max().unwrap_or(0) + 2;
    let mut out = format!("Query language (-q, and the reader's / and :):\n  {INTRO}\n\n");
    for t in TERMS {
        out.push_str(&format!(
            "  {:<column$}{}\n  {:<column$}  e.g. {}\n",
            t.syntax,
            t.meaning,
            "",
            t.example_line()
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::query::{FIELDS, parse};

    #[test]
    fn every_example_parses_and_every_field_is_described() {
        for t in TERMS {
            for example in t.examples {
                assert!(parse(example).is_ok(), "`{example}` does not parse");
            }
        }
        for field in FIELDS {
            let prefix = format!("{field}:");
            assert!(
                TERMS.iter().any(|t| t.syntax.contains(&prefix)),
                "`{prefix}` has no line in the reference"
            );
        }
    }

    #[test]
    fn the_readme_table_shows_every_example() {
        let readme = include_str!("../../README.md");
        let section = readme
            .split("## Query language")
            .nth(1)
            .and_then(|s| s.split("\n## ").next())
            .expect("a Query language section");
        for t in TERMS {
            for example in t.examples {
                assert!(
                    section.contains(&format!("`{example}`")),
                    "the README's query table lacks `{example}`"
                );
            }
        }
    }

    #[test]
    fn the_text_has_a_line_per_term() {
        let text = text();
        for t in TERMS {
            assert!(text.contains(t.syntax) && text.contains(t.meaning));
        }
    }
}
