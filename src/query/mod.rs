//! The query language shared by the CLI's `-q` and the reader's filter bar.

mod ast;
pub mod date;
mod eval;
pub mod highlight;
mod parse;
pub mod picked;
pub mod rank;
pub mod reference;
mod suggest;

use std::fmt;
use std::ops::Range;

pub use ast::{Clause, Feature, Mark, Query, Term, Wording};
pub use eval::{Context, evaluate, evaluate_with};
pub use highlight::Highlight;
pub use parse::{FIELDS, parse};
pub use suggest::{Suggestion, suggest};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueryError {
    /// Byte range of the offending term in the query text.
    pub span: Range<usize>,
    /// 1-based, in characters, where the term starts.
    pub column: usize,
    pub message: String,
}

impl QueryError {
    /// The query with a caret line under the offending term, for terminals.
    pub fn pointed(&self, query: &str) -> String {
        use crate::text::wrap::str_width;
        let pad = str_width(&query[..self.span.start]);
        let width = str_width(&query[self.span.clone()]).max(1);
        format!("{query}\n{}{}", " ".repeat(pad), "^".repeat(width))
    }
}

impl fmt::Display for QueryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "column {}: {}", self.column, self.message)
    }
}

impl std::error::Error for QueryError {}
