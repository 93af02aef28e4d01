//! The reporter: problems at byte spans of one file, collected as
//! [`Diagnostic`]s placed at `path:line:col`.

use std::ops::Range;
use std::path::Path;

use toml::Spanned;
use toml::de::DeTable;

use super::LineIndex;
use crate::model::{Diagnostic, Severity};

pub struct Reporter<'a> {
    path: &'a Path,
    lines: &'a LineIndex<'a>,
    /// Where the text the spans count in starts in the file.
    offset: usize,
    /// After a syntax error the recovered values are guesses: judging their
    /// types would only add noise, so errors are dropped (warnings are not).
    guessing: bool,
    diags: &'a mut Vec<Diagnostic>,
}

impl<'a> Reporter<'a> {
    pub fn new(path: &'a Path, lines: &'a LineIndex<'a>, diags: &'a mut Vec<Diagnostic>) -> Self {
        Reporter {
            path,
            lines,
            offset: 0,
            guessing: false,
            diags,
        }
    }

    /// Spans count from `offset` in the file (a TOML block inside it).
    pub fn starting_at(self, offset: usize) -> Self {
        Reporter { offset, ..self }
    }

    pub fn push(&mut self, span: Range<usize>, severity: Severity, message: impl Into<String>) {
        if self.guessing && severity == Severity::Error {
            return;
        }
        let at = self.lines.position(self.offset + span.start);
        self.diags
            .push(Diagnostic::new(self.path, at, severity, message));
    }

    pub fn error(&mut self, span: Range<usize>, message: impl Into<String>) {
        self.push(span, Severity::Error, message);
    }

    pub fn warning(&mut self, span: Range<usize>, message: impl Into<String>) {
        self.push(span, Severity::Warning, message);
    }

    /// The text's top-level table; if it is not TOML, one error that starts
    /// with `what` ("tag rules are", "the watchlist is").
    pub fn parse<'t>(&mut self, text: &'t str, what: &str) -> Option<Spanned<DeTable<'t>>> {
        match DeTable::parse(text) {
            Ok(table) => Some(table),
            Err(e) => {
                self.syntax_error(&e, what);
                None
            }
        }
    }

    /// The text's top-level table as far as it could be read, after an error
    /// for each of the first `max` syntax errors; from then on the reporter
    /// keeps only warnings.
    pub fn parse_recoverable<'t>(
        &mut self,
        text: &'t str,
        what: &str,
        max: usize,
    ) -> Spanned<DeTable<'t>> {
        let (table, errors) = DeTable::parse_recoverable(text);
        for e in errors.iter().take(max) {
            self.syntax_error(e, what);
        }
        self.guessing = !errors.is_empty();
        table
    }

    /// Whether a syntax error was reported, so values are guesses.
    pub fn guessing(&self) -> bool {
        self.guessing
    }

    fn syntax_error(&mut self, e: &toml::de::Error, what: &str) {
        let reason = e.message().lines().next().unwrap_or("invalid TOML");
        let message = format!("{what} not valid TOML: {reason}");
        self.error(e.span().unwrap_or(0..0), message.trim_start());
    }
}
