//! The precision of speakers on a labelled corpus (`tests/data/speakers.txt`):
//! every quote's speaker, as shown, against the one labelled by hand.

use crate::load::quotes::find_all;

const CORPUS: &str = include_str!("../../tests/data/speakers.txt");
/// Written after the rules and never used to change them: reported, not
/// gated on, as the estimate for text the rules were not written against.
const HELD_OUT: &str = include_str!("../../tests/data/speakers-heldout.txt");
/// The share of speakers given that must be right.
const PRECISION: f64 = 0.95;
/// The share of labelled speakers that must be found, so that giving no
/// speaker at all cannot pass.
const RECALL: f64 = 0.85;

struct Case {
    label: String,
    paragraphs: Vec<String>,
    expected: Vec<Option<String>>,
}

fn cases(corpus: &str) -> Vec<Case> {
    let mut cases = Vec::new();
    for block in corpus.split("\n=== ").skip(1) {
        let (label, rest) = block.split_once('\n').unwrap_or((block, ""));
        let mut body = Vec::new();
        let mut expected = Vec::new();
        for line in rest.lines() {
            match line.strip_prefix("-> ") {
                Some("none") => expected.push(None),
                Some(who) => expected.push(Some(who.to_string())),
                None => body.push(line),
            }
        }
        let paragraphs = body
            .join("\n")
            .split("\n\n")
            .map(|p| p.trim().replace('\n', " "))
            .filter(|p| !p.is_empty())
            .collect();
        cases.push(Case {
            label: label.to_string(),
            paragraphs,
            expected,
        });
    }
    cases
}

/// Quotes, speakers given, speakers right, speakers labelled, and what
/// differed.
struct Score {
    quotes: usize,
    given: usize,
    right: usize,
    named: usize,
    misses: Vec<String>,
}

impl Score {
    fn precision(&self) -> f64 {
        self.right as f64 / self.given.max(1) as f64
    }

    fn recall(&self) -> f64 {
        self.right as f64 / self.named.max(1) as f64
    }

    fn report(&self, name: &str) -> String {
        format!(
            "{name}: {} quotes, {} speakers given, {} right: precision {:.1}%, recall {:.1}%\n{}",
            self.quotes,
            self.given,
            self.right,
            self.precision() * 100.0,
            self.recall() * 100.0,
            self.misses.join("\n")
        )
    }
}

fn score(cases: &[Case]) -> Score {
    let mut s = Score {
        quotes: 0,
        given: 0,
        right: 0,
        named: 0,
        misses: Vec::new(),
    };
    for case in cases {
        let quotes = find_all(&case.paragraphs);
        let found: Vec<Option<String>> = quotes
            .iter()
            .map(|q| q.speaker.as_ref().map(|s| s.shown().into_owned()))
            .collect();
        assert_eq!(
            found.len(),
            case.expected.len(),
            "{}: {} quotes found, {} labelled: {found:?}",
            case.label,
            found.len(),
            case.expected.len()
        );
        for (got, want) in found.iter().zip(&case.expected) {
            s.quotes += 1;
            s.named += usize::from(want.is_some());
            if got.is_some() {
                s.given += 1;
                s.right += usize::from(got == want);
            }
            if got != want {
                s.misses
                    .push(format!("{}: got {got:?}, want {want:?}", case.label));
            }
        }
    }
    s
}

#[test]
fn speakers_are_right_on_the_labelled_corpus() {
    let labelled = score(&cases(CORPUS));
    let held_out = score(&cases(HELD_OUT));
    eprintln!(
        "{}\n{}",
        labelled.report("speakers"),
        held_out.report("held out")
    );
    assert!(
        labelled.quotes >= 150,
        "{} quotes, fewer than 150",
        labelled.quotes
    );
    let (precision, recall) = (labelled.precision(), labelled.recall());
    assert!(
        precision >= PRECISION,
        "precision {precision:.3} below {PRECISION}"
    );
    assert!(recall >= RECALL, "recall {recall:.3} below {RECALL}");
}
