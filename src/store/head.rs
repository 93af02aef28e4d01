//! The part of a briefing's head that no fast field holds, as tantivy's
//! stored field: JSON through serde, inside tantivy's checksummed store.
//! Read back only for the briefings shown.

use std::ffi::OsStr;
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::model::{Briefing, Diagnostic, Extra, Quote, Severity, Speaker, Tag, TagOrigin};
use crate::store::fields::speakers::is_named;

#[derive(Serialize, Deserialize)]
struct Head {
    title: String,
    url: Option<String>,
    summary: Option<String>,
    /// Each tag of the front matter.
    tags: Vec<String>,
    /// Who said each quote, when it names someone.
    quotes: Vec<Option<String>>,
    extra: Vec<(String, serde_json::Value)>,
    words: usize,
    problems: Vec<Problem>,
}

/// A diagnostic as stored.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Problem {
    /// The file's bytes, when not the briefing's own file.
    path: Option<Vec<u8>>,
    line: u32,
    col: u32,
    error: bool,
    message: String,
}

impl Problem {
    pub fn of(d: &Diagnostic, own: &Path) -> Problem {
        Problem {
            path: (d.path != own).then(|| d.path.as_os_str().as_bytes().to_vec()),
            line: d.line,
            col: d.col,
            error: d.severity == Severity::Error,
            message: d.message.clone(),
        }
    }

    pub fn diagnostic(&self, own: &Path) -> Diagnostic {
        let path = match &self.path {
            Some(bytes) => PathBuf::from(OsStr::from_bytes(bytes)),
            None => own.to_path_buf(),
        };
        let severity = if self.error {
            Severity::Error
        } else {
            Severity::Warning
        };
        Diagnostic::new(path, (self.line, self.col), severity, self.message.clone())
    }
}

/// What the fields hold of a head already.
pub struct Known<'a> {
    pub id: &'a str,
    pub path: &'a Path,
    pub date: Option<chrono::NaiveDate>,
    pub source: Option<&'a str>,
    pub priority: crate::model::Priority,
}

pub fn encode(b: &Briefing) -> Vec<u8> {
    let head = Head {
        title: b.title.clone(),
        url: b.url.clone(),
        summary: b.summary.clone(),
        tags: (b.tags.iter())
            .filter(|t| t.origin != TagOrigin::Rule)
            .map(|t| t.name.clone())
            .collect(),
        quotes: (b.quotes.iter())
            .map(|q| {
                let named = q.speaker.as_ref().filter(|s| is_named(s));
                named.map(|s| s.person().to_owned())
            })
            .collect(),
        extra: (b.extra.iter())
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect(),
        words: b.words,
        problems: (b.diagnostics.iter())
            .map(|d| Problem::of(d, &b.path))
            .collect(),
    };
    serde_json::to_vec(&head).expect("a head is plain data")
}

/// The head stored as `bytes`, with what the fields know of it. Its tags are
/// those of the front matter, its quotes stand-ins with their speakers.
pub fn decode(bytes: &[u8], known: Known) -> Option<Briefing> {
    let head: Head = serde_json::from_slice(bytes).ok()?;
    let quotes = (head.quotes.into_iter())
        .map(|person| Quote {
            paragraph: 0,
            span: 0..0,
            outer: 0..0,
            more: Vec::new(),
            attribution: None,
            speaker: person.map(Speaker::named),
        })
        .collect();
    Some(Briefing {
        id: known.id.to_owned(),
        path: known.path.to_path_buf(),
        date: known.date,
        title: head.title,
        source: known.source.map(str::to_owned),
        url: head.url,
        summary: head.summary,
        priority: known.priority,
        tags: (head.tags.into_iter())
            .map(|name| Tag {
                name,
                origin: TagOrigin::Curated,
            })
            .collect(),
        paragraphs: Default::default(),
        quotes,
        extra: (head.extra.into_iter())
            .map(|(key, value)| Extra { key, value })
            .collect(),
        words: head.words,
        diagnostics: (head.problems.iter())
            .map(|p| p.diagnostic(known.path))
            .collect(),
        cut: None,
    })
}
