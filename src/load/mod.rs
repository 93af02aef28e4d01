//! Files to briefings: walk the folders, read and parse in parallel, collect
//! every problem as a diagnostic. Nothing here prints.

mod attribution;
mod decode;
mod front_matter;
mod ids;
mod parse;
mod position;
pub mod quotes;
mod read;
pub mod tag_rules;
mod toml_json;
mod walk;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

pub use parse::{paragraphs, shorten};
pub use read::workers;
pub use tag_rules::TagRule;
pub use walk::is_briefing_name;

use crate::model::{Briefing, Diagnostic};

#[derive(Debug, Default, Clone, Copy)]
pub struct LoadTimings {
    pub walk: Duration,
    /// Wall time of the workers, which read and parse files side by side.
    pub read_parse: Duration,
    /// Time spent reading and parsing, added up over the workers.
    pub read: Duration,
    pub parse: Duration,
    pub workers: usize,
}

pub struct Loaded {
    pub briefings: Vec<Briefing>,
    pub rules: Vec<TagRule>,
    /// Problems that belong to no loaded briefing: skipped files, folders, tags.toml.
    pub diagnostics: Vec<Diagnostic>,
    pub timings: LoadTimings,
}

pub fn load(paths: &[PathBuf]) -> Loaded {
    let started = Instant::now();
    let walk = walk::walk(paths);
    let walked = Instant::now();
    let mut diagnostics = walk.diagnostics;
    let mut rules = Vec::new();
    for tags in &walk.tag_files {
        match std::fs::read_to_string(tags) {
            Ok(text) => rules.extend(tag_rules::parse(tags, &text, &mut diagnostics)),
            Err(err) => diagnostics.push(Diagnostic::error(
                tags,
                (1, 1),
                format!("cannot read: {err}"),
            )),
        }
    }
    let ids = ids::assign(&walk.files);
    let jobs: Vec<(&Path, String)> = walk
        .files
        .iter()
        .zip(ids)
        .map(|(f, id)| (f.path.as_path(), id))
        .collect();
    let mut briefings = Vec::with_capacity(jobs.len());
    let (outcomes, work) = read::read_all(jobs);
    for outcome in outcomes {
        match outcome {
            Ok(b) => briefings.push(b),
            Err(d) => diagnostics.push(d),
        }
    }
    Loaded {
        briefings,
        rules,
        diagnostics,
        timings: LoadTimings {
            walk: walked - started,
            read_parse: walked.elapsed(),
            read: work.read,
            parse: work.parse,
            workers: read::workers(),
        },
    }
}

/// Parses text that did not come from a file (tests, benchmarks, fuzzing).
pub fn parse_text(path: &Path, id: &str, text: &str) -> Briefing {
    parse::parse(path, id.to_string(), text)
}

/// Decodes and parses raw bytes as if read from `path`; `None` for binary input.
pub fn parse_bytes(path: &Path, id: &str, bytes: Vec<u8>) -> Option<Briefing> {
    read::from_bytes(path, id.to_string(), bytes).ok()
}
