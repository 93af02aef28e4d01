//! `tags.toml`: keyword rules that tag briefings whose text contains a phrase.

use std::path::Path;

use toml::de::DeValue;

use crate::diagnose::{LineIndex, Quoted, Reporter};
use crate::model::Diagnostic;
use crate::text::words;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TagRule {
    pub tag: String,
    /// Each phrase as folded words; matched on word boundaries.
    pub phrases: Vec<Vec<String>>,
}

pub fn parse(path: &Path, text: &str, diags: &mut Vec<Diagnostic>) -> Vec<TagRule> {
    let lines = LineIndex::new(text);
    let mut report = Reporter::new(path, &lines, diags);
    let Some(table) = report.parse(text, "tag rules are") else {
        return Vec::new();
    };
    let mut rules = Vec::new();
    for (key, value) in table.get_ref().iter() {
        let DeValue::Table(tags) = value.get_ref() else {
            report.error(
                key.span(),
                format!(
                    "unexpected key `{}`; rules go under [tags.\"name\"]",
                    key.get_ref()
                ),
            );
            continue;
        };
        if key.get_ref() != "tags" {
            report.error(
                key.span(),
                format!(
                    "unexpected table `{}`; rules go under [tags.\"name\"]",
                    key.get_ref()
                ),
            );
            continue;
        }
        for (tag, rule) in tags.iter() {
            let name = tag.get_ref().trim().to_lowercase();
            let matches = match rule.get_ref() {
                DeValue::Table(t) => t
                    .iter()
                    .find(|(k, _)| k.get_ref() == "match")
                    .map(|(_, v)| v),
                _ => None,
            };
            let Some(matches) = matches.filter(|m| m.get_ref().is_array()) else {
                report.error(
                    tag.span(),
                    format!("tag `{name}` needs `match = [\"phrase\", ...]`"),
                );
                continue;
            };
            let mut rule = TagRule {
                tag: name.clone(),
                phrases: Vec::new(),
            };
            let phrases = report.strings(
                Quoted("match"),
                format_args!("phrase for tag `{name}`"),
                matches,
                false,
            );
            for (phrase, span) in phrases.unwrap_or_default() {
                if words::count(phrase) > 0 {
                    rule.phrases.push(words::folded(phrase));
                } else {
                    report.warning(
                        span,
                        format!("phrase for tag `{name}` has no words; ignored"),
                    );
                }
            }
            if !name.is_empty() && !rule.phrases.is_empty() {
                rules.push(rule);
            }
        }
    }
    rules
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str) -> (Vec<TagRule>, Vec<Diagnostic>) {
        let mut diags = Vec::new();
        (parse(Path::new("tags.toml"), text, &mut diags), diags)
    }

    #[test]
    fn reads_rules_as_folded_phrases() {
        let (rules, diags) =
            run("[tags.\"Energy\"]\nmatch = [\"Nord Stream 2 pipeline\", \"gas transit\"]\n");
        assert!(diags.is_empty());
        assert_eq!(rules[0].tag, "energy");
        assert_eq!(
            rules[0].phrases,
            [
                vec!["nord", "stream", "2", "pipeline"],
                vec!["gas", "transit"]
            ]
        );
    }

    #[test]
    fn bad_rules_are_errors_with_positions() {
        let (rules, diags) =
            run("[tags.cyber]\nmatch = \"not an array\"\n[tags.ok]\nmatch = [\"x y\", 3]\n");
        assert_eq!(rules.len(), 1);
        assert_eq!(rules[0].phrases.len(), 1);
        assert_eq!(diags.len(), 2);
        assert_eq!((diags[0].line, diags[0].col), (1, 7));
        assert_eq!((diags[1].line, diags[1].col), (4, 17));
    }

    #[test]
    fn invalid_toml_is_one_error() {
        let (rules, diags) = run("[tags.x\nmatch = [");
        assert!(rules.is_empty());
        assert_eq!(diags[0].severity, crate::model::Severity::Error);
    }
}
