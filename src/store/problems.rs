//! The store's problems: the loader's own (folders, `tags.toml`), the files
//! that could not be read as briefings, and each briefing's, in one order.

use super::{DocId, LOADER, Skipped, Store};
use crate::model::{Diagnostic, Severity};

impl Store {
    pub(super) fn index_problems(&mut self) {
        let loader = (0..self.diagnostics.len()).map(|i| (LOADER, i as u32));
        let per_file = self.fields.diagnosed.iter().flat_map(|&(doc, _)| {
            let n = self.head(doc).diagnostics.len();
            (0..n).map(move |i| (doc.0, i as u32))
        });
        let mut problems: Vec<(u32, u32)> = loader.chain(per_file).collect();
        problems.sort_by(|&a, &b| self.problem(a).cmp(self.problem(b)));
        for &p in &problems {
            self.severities[self.problem(p).severity as usize] += 1;
        }
        self.problems = problems;
    }

    fn problem(&self, (doc, i): (u32, u32)) -> &Diagnostic {
        match doc {
            LOADER => &self.diagnostics[i as usize],
            doc => &self.head(DocId(doc)).diagnostics[i as usize],
        }
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
