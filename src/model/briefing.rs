//! A briefing as loaded: its fields, tags with their origin, priority and unknown front-matter keys.

use std::fmt;
use std::path::PathBuf;
use std::str::FromStr;

use chrono::NaiveDate;
use serde::Serialize;

use super::{Body, Diagnostic, Quote};

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Priority {
    Low,
    #[default]
    Normal,
    High,
}

impl Priority {
    pub const ALL: [Priority; 3] = [Priority::Low, Priority::Normal, Priority::High];

    pub fn as_str(self) -> &'static str {
        match self {
            Priority::Low => "low",
            Priority::Normal => "normal",
            Priority::High => "high",
        }
    }
}

impl fmt::Display for Priority {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Priority {
    type Err = ();

    fn from_str(s: &str) -> Result<Self, ()> {
        Priority::ALL
            .into_iter()
            .find(|p| p.as_str().eq_ignore_ascii_case(s))
            .ok_or(())
    }
}

/// Where a tag came from: the briefing's own front matter, a `tags.toml` rule, or both.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum TagOrigin {
    Curated,
    Rule,
    Both,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tag {
    /// Lower-cased and trimmed.
    pub name: String,
    pub origin: TagOrigin,
}

/// A front-matter key the reader does not know; kept and shown, never dropped.
#[derive(Debug, Clone, PartialEq)]
pub struct Extra {
    pub key: String,
    pub value: serde_json::Value,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Briefing {
    pub id: String,
    pub path: PathBuf,
    pub date: Option<NaiveDate>,
    pub title: String,
    pub source: Option<String>,
    pub url: Option<String>,
    pub summary: Option<String>,
    pub priority: Priority,
    /// Sorted by name, no duplicates.
    pub tags: Vec<Tag>,
    /// Paragraphs with soft line breaks joined by single spaces.
    pub paragraphs: Body,
    pub quotes: Vec<Quote>,
    pub extra: Vec<Extra>,
    /// Words in the body; counted when the store indexes the briefing.
    pub words: usize,
    /// Problems found in this file, in file order.
    pub diagnostics: Vec<Diagnostic>,
    /// Set when this is the start of the text only (`Briefing::cut`).
    pub cut: Option<super::Cut>,
}

impl Briefing {
    pub fn tag_names(&self) -> impl Iterator<Item = &str> {
        self.tags.iter().map(|t| t.name.as_str())
    }

    /// Where a text of this briefing comes from, the parts that are known:
    /// who said it, the source, the date (`YYYY-MM-DD`), then the id in
    /// brackets: `Kuleba, Kyiv Wire, 2022-01-10 (kw-17)`.
    pub fn provenance(&self, speaker: Option<&str>) -> String {
        let date = self.date.map(|d| d.format("%Y-%m-%d").to_string());
        let known: Vec<String> = [speaker, self.source.as_deref()]
            .into_iter()
            .flatten()
            .map(str::to_owned)
            .chain(date)
            .collect();
        match known.is_empty() {
            true => format!("({})", self.id),
            false => format!("{} ({})", known.join(", "), self.id),
        }
    }

    pub fn quote_text(&self, quote: &Quote) -> std::borrow::Cow<'_, str> {
        quote.text(&self.paragraphs)
    }

    /// Adds a tag, merging origins when the briefing already has it.
    /// Takes away the tags rules gave, keeping those of the file itself.
    pub fn drop_rule_tags(&mut self) {
        self.tags.retain_mut(|t| match t.origin {
            TagOrigin::Rule => false,
            TagOrigin::Both => {
                t.origin = TagOrigin::Curated;
                true
            }
            TagOrigin::Curated => true,
        });
    }

    pub fn add_tag(&mut self, name: &str, origin: TagOrigin) {
        match self.tags.binary_search_by(|t| t.name.as_str().cmp(name)) {
            Ok(i) => {
                if self.tags[i].origin != origin {
                    self.tags[i].origin = TagOrigin::Both;
                }
            }
            Err(i) => self.tags.insert(
                i,
                Tag {
                    name: name.to_owned(),
                    origin,
                },
            ),
        }
    }
}
