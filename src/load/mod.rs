//! Files to briefings: walk the folders, read and parse in parallel, collect
//! every problem as a diagnostic. Nothing here prints.

mod appositives;
mod asides;
mod attribution;
mod candidates;
mod closing;
mod decode;
mod described;
mod front_matter;
mod groups;
mod ids;
mod links;
mod names;
mod nouns;
mod opening;
mod parse;
mod phrase;
mod pronouns;
pub mod quotes;
mod read;
mod relative;
mod role;
mod speaker;
mod speech;
mod subject;
mod surnames;
pub mod tag_rules;
#[cfg(test)]
pub(crate) mod testing;
mod toml_json;
mod verbs;
mod walk;

pub use pronouns::is_body as is_body_speaker;

/// Whether a speaker is a pronoun (`he`, `вона`), folded.
pub fn is_pronoun(name: &str) -> bool {
    speech::pronoun(name).is_some()
}

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

pub use ids::{below as id_below, same_stem_in};
pub use links::{Links, reached_directly};
pub use parse::{is_cut_title, paragraphs, shorten};
pub use read::workers;
pub use tag_rules::TagRule;
pub use walk::{FileEntry, FileStat, is_briefing_name};

use crate::model::{Briefing, Diagnostic};
use crate::progress::{Phase, Progress};

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

#[derive(Default)]
pub struct Loaded {
    pub briefings: Vec<Briefing>,
    pub rules: Vec<TagRule>,
    /// Problems that belong to no loaded briefing: folders, special files, tags.toml.
    pub diagnostics: Vec<Diagnostic>,
    /// Files that were found but could not be read, or were binary.
    pub skipped: Vec<Diagnostic>,
    pub timings: LoadTimings,
}

impl Loaded {
    /// Briefings parsed elsewhere (tests, benchmarks), with tag rules and no problems.
    pub fn of(briefings: Vec<Briefing>, rules: Vec<TagRule>) -> Loaded {
        Loaded {
            briefings,
            rules,
            diagnostics: Vec::new(),
            skipped: Vec::new(),
            timings: LoadTimings::default(),
        }
    }
}

/// The briefing files below the paths given, and what else was read to find them.
pub struct Found {
    pub files: Vec<FileEntry>,
    pub rules: Vec<TagRule>,
    /// Each `tags.toml` path and its bytes: they decide the tags rules add.
    pub rule_files: Vec<(PathBuf, Vec<u8>)>,
    pub diagnostics: Vec<Diagnostic>,
    pub walk_time: Duration,
    /// Whether one path was walked: then the files are in path order.
    pub one_root: bool,
    /// The symbolic links the walk followed to a folder or a briefing file.
    pub linked: Vec<PathBuf>,
}

impl Found {
    /// All but the files: what a reload that looks at a few paths again,
    /// without a walk, takes from the last walk.
    pub fn listing(&self) -> Found {
        Found {
            files: Vec::new(),
            rules: self.rules.clone(),
            rule_files: self.rule_files.clone(),
            diagnostics: self.diagnostics.clone(),
            walk_time: Duration::ZERO,
            one_root: self.one_root,
            linked: self.linked.clone(),
        }
    }
}

/// Walks the folders, following the symbolic links `links` allows, and
/// reads their `tags.toml`; with `stat`, also records each file's size,
/// times and inode.
pub fn find(paths: &[PathBuf], stat: bool, links: Links) -> Found {
    let started = Instant::now();
    let mut walk = walk::walk(paths, links);
    if stat {
        walk::stat_all(&mut walk.files);
    }
    let walk_time = started.elapsed();
    let mut diagnostics = walk.diagnostics;
    let mut rules = Vec::new();
    let mut rule_files = Vec::new();
    for tags in walk.tag_files {
        match std::fs::read(&tags) {
            Ok(bytes) => {
                match std::str::from_utf8(&bytes) {
                    Ok(text) => rules.extend(tag_rules::parse(&tags, text, &mut diagnostics)),
                    Err(_) => diagnostics.push(Diagnostic::error(
                        &tags,
                        (1, 1),
                        "cannot read: stream did not contain valid UTF-8",
                    )),
                }
                rule_files.push((tags, bytes));
            }
            Err(err) => diagnostics.push(Diagnostic::error(
                &tags,
                (1, 1),
                format!("cannot read: {err}"),
            )),
        }
    }
    Found {
        files: walk.files,
        rules,
        rule_files,
        diagnostics,
        walk_time,
        one_root: paths.len() == 1,
        linked: walk.linked,
    }
}

/// Reads and parses the files found, on worker threads, counting them in
/// `progress`.
pub fn read(found: Found, progress: &Progress) -> Loaded {
    let started = Instant::now();
    progress.phase(Phase::Reading, found.files.len());
    let ids = ids::assign(&found.files);
    let jobs: Vec<(&Path, String)> = found
        .files
        .iter()
        .zip(ids)
        .map(|(f, id)| (f.path.as_path(), id))
        .collect();
    let mut briefings = Vec::with_capacity(jobs.len());
    let mut skipped = Vec::new();
    let (outcomes, work) = read::read_all(jobs, progress);
    for outcome in outcomes {
        match outcome {
            Ok(b) => briefings.push(b),
            Err(d) => skipped.push(d),
        }
    }
    Loaded {
        briefings,
        rules: found.rules,
        diagnostics: found.diagnostics,
        skipped,
        timings: LoadTimings {
            walk: found.walk_time,
            read_parse: started.elapsed(),
            read: work.read,
            parse: work.parse,
            workers: read::workers(),
        },
    }
}

pub fn load(paths: &[PathBuf]) -> Loaded {
    read(find(paths, false, Links::default()), &Progress::new())
}

/// Each file's id (see `ids`).
pub fn ids(files: &[FileEntry]) -> Vec<String> {
    ids::assign(files)
}

/// The id of `files[i]`, one of the files of one folder.
pub fn id_of(files: &[FileEntry], i: usize) -> String {
    ids::of(files, i)
}

/// Where in `files` (one folder's) the files beside `path` with its stem
/// are, `path` itself among them if listed; looked for around `at`.
pub fn same_stem(files: &[FileEntry], path: &Path, at: std::ops::Range<usize>) -> Vec<usize> {
    ids::same_stem(files, path, at)
}

/// Reads and parses the files given with their ids, on worker threads, in
/// order: a briefing, or why the file was skipped.
pub fn read_files(
    jobs: Vec<(&Path, String)>,
    progress: &Progress,
) -> Vec<Result<Briefing, Diagnostic>> {
    read::read_all(jobs, progress).0
}

/// Reads and parses one file, as `read_files` does.
pub fn read_file(path: &Path, id: &str) -> Result<Briefing, Diagnostic> {
    read::read_one(path, id.to_string(), &mut read::WorkTime::default())
}

/// Reads and parses the first `limit` bytes of a file, as `read_file`
/// does the whole (see `Briefing::cut`).
pub fn read_file_start(path: &Path, id: &str, limit: u64) -> Result<Briefing, Diagnostic> {
    read::read_start(path, id.to_string(), limit)
}

/// Parses text that did not come from a file (tests, benchmarks, fuzzing).
pub fn parse_text(path: &Path, id: &str, text: &str) -> Briefing {
    parse::parse(path, id.to_string(), text)
}

/// Decodes and parses raw bytes as if read from `path`; `None` for binary input.
pub fn parse_bytes(path: &Path, id: &str, bytes: Vec<u8>) -> Option<Briefing> {
    read::from_bytes(path, id.to_string(), bytes).ok()
}
