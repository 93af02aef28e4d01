//! A quotation in a briefing's body and the clause that attributes it.

use std::ops::Range;

use super::Body;

/// A quotation found in one paragraph of a briefing's body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quote {
    /// Index into `Briefing::paragraphs`.
    pub paragraph: usize,
    /// Byte range of the quoted words inside that paragraph, marks excluded.
    pub span: Range<usize>,
    /// Byte range including the opening and closing marks.
    pub outer: Range<usize>,
    pub attribution: Option<String>,
}

impl Quote {
    /// The quoted words; empty if the quote does not fit the paragraphs.
    pub fn text<'a>(&self, paragraphs: &'a Body) -> &'a str {
        paragraphs
            .get(self.paragraph)
            .and_then(|p| p.get(self.span.clone()))
            .unwrap_or("")
    }
}
