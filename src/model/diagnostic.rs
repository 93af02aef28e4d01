//! A problem found in an input file, placed at `path:line:col` with its severity.

use std::fmt;
use std::path::PathBuf;

use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Warning,
    Error,
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Severity::Warning => "warning",
            Severity::Error => "error",
        })
    }
}

/// One problem found in the input, located as `path:line:col` (both 1-based,
/// columns counted in characters).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    #[serde(serialize_with = "lossy_path")]
    pub path: PathBuf,
    pub line: u32,
    pub col: u32,
    pub severity: Severity,
    pub message: String,
}

/// File names need not be UTF-8; JSON shows them with U+FFFD for bad bytes.
fn lossy_path<S: serde::Serializer>(path: &std::path::Path, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&path.to_string_lossy())
}

impl Diagnostic {
    pub fn new(
        path: impl Into<PathBuf>,
        (line, col): (u32, u32),
        severity: Severity,
        message: impl Into<String>,
    ) -> Self {
        Diagnostic {
            path: path.into(),
            line,
            col,
            severity,
            message: message.into(),
        }
    }

    pub fn warning(path: impl Into<PathBuf>, pos: (u32, u32), message: impl Into<String>) -> Self {
        Self::new(path, pos, Severity::Warning, message)
    }

    pub fn error(path: impl Into<PathBuf>, pos: (u32, u32), message: impl Into<String>) -> Self {
        Self::new(path, pos, Severity::Error, message)
    }

    fn sort_key(&self) -> (&PathBuf, u32, u32) {
        (&self.path, self.line, self.col)
    }
}

impl PartialOrd for Diagnostic {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Diagnostic {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.sort_key()
            .cmp(&other.sort_key())
            .then_with(|| self.severity.cmp(&other.severity))
            .then_with(|| self.message.cmp(&other.message))
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}:{}: {}: {}",
            self.path.display(),
            self.line,
            self.col,
            self.severity,
            self.message
        )
    }
}
