//! The store's problems: the loader's own (folders, `tags.toml`), the files
//! that could not be read as briefings, each briefing's, and the files over
//! the show limit, in one order.

use std::path::Path;

use super::{DocId, LOADER, OVERSIZED, Skipped, Store};
use crate::model::{Diagnostic, Severity};
use crate::text::size;

impl Store {
    pub(super) fn index_problems(&mut self) {
        let loader = (0..self.diagnostics.len()).map(|i| (LOADER, i as u32));
        let per_file = self.fields.diagnosed.iter().flat_map(|&(doc, _)| {
            let n = self.head(doc).diagnostics.len();
            (0..n).map(move |i| (doc.0, i as u32))
        });
        let oversized = (0..self.oversized.len()).map(|i| (OVERSIZED, i as u32));
        let mut problems: Vec<(u32, u32)> = loader.chain(per_file).chain(oversized).collect();
        problems.sort_by(|&a, &b| self.problem(a).cmp(self.problem(b)));
        for &p in &problems {
            self.severities[self.problem(p).severity as usize] += 1;
        }
        self.problems = problems;
    }

    fn problem(&self, (doc, i): (u32, u32)) -> &Diagnostic {
        match doc {
            LOADER => &self.diagnostics[i as usize],
            OVERSIZED => &self.oversized[i as usize],
            doc => &self.head(DocId(doc)).diagnostics[i as usize],
        }
    }

    /// The store with files larger than `limit` bytes (none for `None`)
    /// to be shown cut, each with a warning among its problems. The limit
    /// is the reader's configuration, not the index's: the warnings are
    /// made from the files' sizes anew for every store, never kept.
    pub fn with_show_limit(mut self, limit: Option<u64>) -> Store {
        self.show_limit = limit;
        let before = self.oversized.len();
        self.oversized = (0..self.len())
            .map(DocId::from_index)
            .filter_map(|doc| {
                let size = self.oversized_file(doc)?;
                Some(oversized_warning(self.path(doc), size, limit?))
            })
            .collect();
        if before + self.oversized.len() > 0 {
            self.severities = [0; 2];
            self.index_problems();
        }
        self
    }

    /// The size shown at most (see `with_show_limit`).
    pub fn show_limit(&self) -> Option<u64> {
        self.show_limit
    }

    /// The size of `doc`'s file when it is over the show limit. A file read
    /// just after it changed keeps no size (its times are not trusted yet):
    /// then the size of its text in memory stands in, and a head alone
    /// says nothing.
    pub fn oversized_file(&self, doc: DocId) -> Option<u64> {
        let limit = self.show_limit?;
        let size = match self.files[doc.index()].stat {
            Some(stat) => stat.size,
            None => self.whole(doc)?.paragraphs.text_len() as u64,
        };
        (size > limit).then_some(size)
    }

    /// Every file found: the briefings and the files that could not be read as one.
    pub fn file_count(&self) -> usize {
        self.preview_of().unwrap_or(self.len()) + self.skipped
    }

    /// Every file that was found but could not be read as a briefing.
    pub fn skipped_files(&self) -> impl Iterator<Item = Skipped> + '_ {
        self.skipped()
            .iter()
            .zip(&self.skipped_files)
            .map(|(d, &stat)| Skipped {
                problem: d.clone(),
                stat,
            })
    }

    /// Diagnostics of the files that could not be read.
    pub(super) fn skipped(&self) -> &[Diagnostic] {
        &self.diagnostics[self.diagnostics.len() - self.skipped..]
    }

    /// The diagnostics of the folders and `tags.toml` files, not of a briefing.
    pub fn loader_diagnostics(&self) -> &[Diagnostic] {
        &self.diagnostics[..self.diagnostics.len() - self.skipped]
    }

    /// The store with `diagnostics` in place of its loader-level ones.
    pub fn with_loader_diagnostics(mut self, mut diagnostics: Vec<Diagnostic>) -> Store {
        let skipped = self
            .diagnostics
            .split_off(self.diagnostics.len() - self.skipped);
        diagnostics.extend(skipped);
        self.diagnostics = diagnostics;
        self.severities = [0; 2];
        self.index_problems();
        self
    }

    /// The store with `diagnostic` added to its loader-level ones.
    pub fn with_loader_diagnostic(self, diagnostic: Diagnostic) -> Store {
        let mut diagnostics = self.loader_diagnostics().to_vec();
        diagnostics.push(diagnostic);
        self.with_loader_diagnostics(diagnostics)
    }

    /// Every diagnostic, loader-level and per-file, sorted by path and position.
    pub fn diagnostics(&self) -> impl ExactSizeIterator<Item = &Diagnostic> + '_ {
        self.problems.iter().map(|&p| self.problem(p))
    }

    pub fn problem_count(&self) -> usize {
        self.problems.len()
    }

    /// How many diagnostics of `severity` there are, loader-level and per file.
    pub fn count(&self, severity: Severity) -> usize {
        self.severities[severity as usize]
    }
}

/// The warning of a file of `size` bytes, over the show limit `limit`.
pub fn oversized_warning(path: &Path, size: u64, limit: u64) -> Diagnostic {
    Diagnostic::warning(
        path,
        (1, 1),
        format!(
            "large file ({}, over show_limit = {}): indexed whole, shown cut; \
             `o` in the reader or `brief show --whole` shows it all",
            size::shown(size),
            size::shown(limit)
        ),
    )
}
