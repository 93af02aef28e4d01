//! What a commit of the index carries besides its documents, as tantivy's
//! commit payload, so that one commit is the whole cache's generation: the
//! `tags.toml` files the rules came from, the tags they gave (by file
//! number), the files that could not be read, and the problems of the
//! files whose last good version is kept. JSON through serde, behind a
//! CRC-32, since tantivy keeps the payload in `meta.json` unchecked.

use std::ffi::OsStr;
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::load::FileStat;
use crate::sealed::{self, Broken};
use crate::store::briefings::Briefings;
use crate::store::head::Problem;
use crate::store::{DocId, Skipped, Store};

#[derive(Debug, Default, Clone, PartialEq, Serialize, Deserialize)]
pub struct Saved {
    /// Each `tags.toml` as its path's bytes and its own.
    pub rule_files: Vec<(Vec<u8>, Vec<u8>)>,
    /// Each tag the rules gave, with the numbers of the files it was given
    /// to, among those numbered below `tagged_below`; files numbered from
    /// it on are yet to be tagged.
    pub rule_tags: Vec<(String, Vec<u64>)>,
    pub tagged_below: u64,
    pub skipped: Vec<SkippedFile>,
    /// The problems of a file now, by the number of its last good version.
    pub kept: Vec<(u64, Vec<Problem>)>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SkippedFile {
    path: Vec<u8>,
    problem: Problem,
    stat: Option<FileStat>,
}

impl SkippedFile {
    pub fn of(s: &Skipped) -> SkippedFile {
        let path = &s.problem.path;
        SkippedFile {
            path: path.as_os_str().as_bytes().to_vec(),
            problem: Problem::of(&s.problem, path),
            stat: s.stat,
        }
    }

    pub fn skipped(&self) -> Skipped {
        let path = Path::new(OsStr::from_bytes(&self.path));
        Skipped {
            problem: self.problem.diagnostic(path),
            stat: self.stat,
        }
    }
}

/// Rule files as the library holds them.
pub fn rule_files(saved: &[(Vec<u8>, Vec<u8>)]) -> Vec<(PathBuf, Vec<u8>)> {
    (saved.iter())
        .map(|(p, b)| (PathBuf::from(OsStr::from_bytes(p)), b.clone()))
        .collect()
}

pub fn saved_rule_files(files: &[(PathBuf, Vec<u8>)]) -> Vec<(Vec<u8>, Vec<u8>)> {
    (files.iter())
        .map(|(p, b)| (p.as_os_str().as_bytes().to_vec(), b.clone()))
        .collect()
}

impl Store {
    /// What the next commit of the index carries (see `Saved`), for
    /// this store made with the rules of `rule_files`.
    pub fn saved(&self, rule_files: &[(PathBuf, Vec<u8>)]) -> Saved {
        let mut saved = Saved {
            rule_files: saved_rule_files(rule_files),
            skipped: self.skipped_files().map(|s| SkippedFile::of(&s)).collect(),
            ..Saved::default()
        };
        // Only a store from the index is saved; any other leaves every file
        // to be tagged at the next start (`tagged_below` 0).
        let Briefings::Filed(f) = &self.briefings else {
            return saved;
        };
        let number = |d: &DocId| self.files[d.index()].number;
        saved.rule_tags = (f.rule_tags().iter())
            .map(|(tag, docs)| (tag.clone(), docs.iter().map(number).collect()))
            .collect();
        saved.kept = (f.kept())
            .map(|(d, problems)| {
                let path = self.path(d);
                (
                    number(&d),
                    problems.iter().map(|p| Problem::of(p, path)).collect(),
                )
            })
            .collect();
        saved.tagged_below = self.next_file_number();
        saved
    }
}

impl Saved {
    /// The payload, sealed (see `sealed`).
    pub fn encode(&self) -> String {
        sealed::seal(self)
    }

    /// The payload read back; `Err` says why it cannot be.
    pub fn decode(payload: &str) -> Result<Saved, &'static str> {
        sealed::unseal(payload).map_err(|broken| match broken {
            Broken::Short => "its payload is cut short",
            Broken::NoChecksum => "its payload has no checksum",
            Broken::Checksum => "its payload's checksum does not match",
            Broken::Json => "its payload does not read back",
        })
    }
}
