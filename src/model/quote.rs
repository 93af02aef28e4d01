use std::ops::Range;

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
    pub fn text<'a>(&self, paragraphs: &'a [String]) -> &'a str {
        &paragraphs[self.paragraph][self.span.clone()]
    }
}
