//! Diagnostics for a TOML file brief reads (tags.toml, config.toml,
//! watchlist.toml): each placed at `path:line:col` from a byte span.

use std::ops::Range;
use std::path::Path;

use toml::Spanned;
use toml::de::DeTable;

use super::position::LineIndex;
use crate::model::{Diagnostic, Severity};

pub struct Reporter<'a> {
    path: &'a Path,
    lines: LineIndex<'a>,
    diags: &'a mut Vec<Diagnostic>,
}

impl<'a> Reporter<'a> {
    pub fn new(path: &'a Path, text: &'a str, diags: &'a mut Vec<Diagnostic>) -> Self {
        Reporter {
            path,
            lines: LineIndex::new(text),
            diags,
        }
    }

    pub fn push(&mut self, span: Range<usize>, severity: Severity, message: impl Into<String>) {
        let at = self.lines.position(span.start);
        self.diags
            .push(Diagnostic::new(self.path, at, severity, message));
    }

    pub fn error(&mut self, span: Range<usize>, message: impl Into<String>) {
        self.push(span, Severity::Error, message);
    }

    pub fn warning(&mut self, span: Range<usize>, message: impl Into<String>) {
        self.push(span, Severity::Warning, message);
    }

    /// The file's top-level table; if the text is not TOML, one error that
    /// starts with `what` ("tag rules are", "the watchlist is").
    pub fn parse<'t>(&mut self, text: &'t str, what: &str) -> Option<Spanned<DeTable<'t>>> {
        match DeTable::parse(text) {
            Ok(table) => Some(table),
            Err(e) => {
                let reason = e.message().lines().next().unwrap_or("invalid TOML");
                let message = format!("{what} not valid TOML: {reason}");
                self.error(e.span().unwrap_or(0..0), message.trim_start());
                None
            }
        }
    }
}
