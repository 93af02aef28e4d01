//! Type checks of TOML values, each mistake an error at the value:
//! "`{what}` must be {expected}, not {found}".

use std::fmt;
use std::ops::Range;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::Reporter;

/// A key as messages name it, in backticks.
#[derive(Clone, Copy)]
pub struct Quoted<'a>(pub &'a str);

impl fmt::Display for Quoted<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "`{}`", self.0)
    }
}

impl Reporter<'_> {
    /// An error at `value`: "{what} must be {expected}, not {found}".
    pub fn mismatch(&mut self, what: impl fmt::Display, value: &Spanned<DeValue>, expected: &str) {
        let found = value.get_ref().type_str();
        self.error(
            value.span(),
            format!("{what} must be {expected}, not {found}"),
        );
    }

    pub fn string<'v>(
        &mut self,
        what: impl fmt::Display,
        value: &'v Spanned<DeValue>,
    ) -> Option<&'v str> {
        match value.get_ref() {
            DeValue::String(s) => Some(s),
            _ => {
                self.mismatch(what, value, "a string");
                None
            }
        }
    }

    pub fn boolean(&mut self, what: impl fmt::Display, value: &Spanned<DeValue>) -> Option<bool> {
        match value.get_ref() {
            DeValue::Boolean(b) => Some(*b),
            _ => {
                self.mismatch(what, value, "true or false");
                None
            }
        }
    }

    /// A whole number within `range`; else an error saying it must be one.
    pub fn whole_number(
        &mut self,
        what: impl fmt::Display,
        value: &Spanned<DeValue>,
        range: std::ops::RangeInclusive<u64>,
    ) -> Option<u64> {
        let expected = format!("a whole number from {} to {}", range.start(), range.end());
        let DeValue::Integer(n) = value.get_ref() else {
            self.mismatch(what, value, &expected);
            return None;
        };
        match u64::from_str_radix(n.as_str(), n.radix()) {
            Ok(n) if range.contains(&n) => Some(n),
            _ => {
                self.error(
                    value.span(),
                    format!("{what} must be {expected}, not {}", n.as_str()),
                );
                None
            }
        }
    }

    /// The table `value` is; else an error saying it must be `expected`
    /// ("a table", "a table with `name`").
    pub fn table<'v>(
        &mut self,
        what: impl fmt::Display,
        value: &'v Spanned<DeValue>,
        expected: &str,
    ) -> Option<&'v DeTable<'v>> {
        match value.get_ref() {
            DeValue::Table(t) => Some(t),
            _ => {
                self.mismatch(what, value, expected);
                None
            }
        }
    }

    /// The strings of an array, each with its span, and with `lone` a single
    /// string as well; anything else is an error naming `what` (the whole) or
    /// `item` (one element), and is left out.
    pub fn strings<'v>(
        &mut self,
        what: impl fmt::Display,
        item: impl fmt::Display,
        value: &'v Spanned<DeValue>,
        lone: bool,
    ) -> Option<Vec<(&'v str, Range<usize>)>> {
        match value.get_ref() {
            DeValue::String(s) if lone => Some(vec![(s.as_ref(), value.span())]),
            DeValue::Array(items) => Some(
                items
                    .iter()
                    .filter_map(|v| Some((self.string(&item, v)?, v.span())))
                    .collect(),
            ),
            _ if lone => {
                self.mismatch(what, value, "a string or an array of strings");
                None
            }
            _ => {
                self.mismatch(what, value, "an array of strings");
                None
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::diagnose::LineIndex;
    use crate::model::Diagnostic;

    /// Runs `check` on the value of `v` in `text`; returns the messages with their positions.
    fn check(text: &str, check: impl FnOnce(&mut Reporter, &Spanned<DeValue>)) -> Vec<String> {
        let lines = LineIndex::new(text);
        let mut diags: Vec<Diagnostic> = Vec::new();
        let mut report = Reporter::new(Path::new("t.toml"), &lines, &mut diags);
        let table = report.parse(text, "").unwrap();
        let (_, value) = table.get_ref().iter().next().unwrap();
        check(&mut report, value);
        diags
            .iter()
            .map(|d| format!("{}:{}: {}", d.line, d.col, d.message))
            .collect()
    }

    #[test]
    fn a_wrong_type_names_what_was_expected_and_found() {
        let got = check("\nv = 3", |r, v| assert_eq!(r.string(Quoted("v"), v), None));
        assert_eq!(got, ["2:5: `v` must be a string, not integer"]);
        let got = check("v = 'x'", |r, v| {
            assert_eq!(r.boolean(Quoted("v"), v), None)
        });
        assert_eq!(got, ["1:5: `v` must be true or false, not string"]);
        let got = check("v = []", |r, v| {
            assert!(r.table("role `x`", v, "a table").is_none())
        });
        assert_eq!(got, ["1:5: role `x` must be a table, not array"]);
        let got = check("v = 9", |r, v| {
            assert_eq!(r.whole_number(Quoted("v"), v, 20..=500), None)
        });
        assert_eq!(
            got,
            ["1:5: `v` must be a whole number from 20 to 500, not 9"]
        );
        let got = check("v = 0x40", |r, v| {
            assert_eq!(r.whole_number(Quoted("v"), v, 20..=500), Some(64))
        });
        assert!(got.is_empty());
    }

    #[test]
    fn strings_keep_the_good_items_and_report_each_bad_one() {
        let got = check("v = ['a', 1, 'b', true]", |r, v| {
            let found = r.strings(Quoted("v"), "an item", v, false).unwrap();
            let texts: Vec<&str> = found.iter().map(|(s, _)| *s).collect();
            assert_eq!(texts, ["a", "b"]);
            assert_eq!(found[1].1, 13..16);
        });
        assert_eq!(
            got,
            [
                "1:11: an item must be a string, not integer",
                "1:19: an item must be a string, not boolean"
            ]
        );
        let got = check("v = 'a'", |r, v| {
            assert_eq!(r.strings(Quoted("v"), "x", v, true).unwrap().len(), 1);
            assert_eq!(r.strings(Quoted("v"), "x", v, false), None);
        });
        assert_eq!(got, ["1:5: `v` must be an array of strings, not string"]);
        let got = check("v = 2", |r, v| {
            assert_eq!(r.strings(Quoted("v"), "x", v, true), None)
        });
        assert_eq!(
            got,
            ["1:5: `v` must be a string or an array of strings, not integer"]
        );
    }

    #[test]
    fn after_a_syntax_error_only_warnings_are_kept() {
        let text = "a = 1\nb = \nc = 3";
        let lines = LineIndex::new(text);
        let mut diags = Vec::new();
        let mut report = Reporter::new(Path::new("t"), &lines, &mut diags);
        let table = report.parse_recoverable(text, "it is", 5);
        assert!(report.guessing());
        let (_, c) = table.get_ref().iter().next_back().unwrap();
        assert_eq!(report.string(Quoted("c"), c), None);
        report.warning(c.span(), "kept");
        let messages: Vec<&str> = diags.iter().map(|d| d.message.as_str()).collect();
        assert_eq!(messages.len(), 2, "{messages:?}");
        assert!(messages[0].starts_with("it is not valid TOML: "));
        assert_eq!(messages[1], "kept");
    }
}
