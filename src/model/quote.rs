//! A quotation in a briefing's body, the clause that attributes it, and who
//! said it.

use std::borrow::Cow;
use std::ops::Range;

use super::Body;

/// A quotation, found in one paragraph or, by the newspaper convention of a
/// new opening mark at each paragraph, continued over the next ones.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quote {
    /// Index into `Briefing::paragraphs`.
    pub paragraph: usize,
    /// Byte range of the quoted words inside that paragraph, marks excluded.
    pub span: Range<usize>,
    /// Byte range including the opening and closing marks.
    pub outer: Range<usize>,
    /// The quote's continuation in the paragraphs after the first, in order.
    pub more: Vec<QuotePart>,
    /// The whole clause the speaker was found in (`Kuleba told reporters`).
    pub attribution: Option<String>,
    pub speaker: Option<Speaker>,
}

/// A quote's words in one paragraph after its first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuotePart {
    pub paragraph: usize,
    pub span: Range<usize>,
    pub outer: Range<usize>,
}

/// Who said a quote: as the text names them (`Anna Ivanova, the council's
/// chair`, `a ministry spokesman`, `he`), and for a pronoun, the speaker or
/// subject named before it in the same briefing that it stands for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Speaker {
    pub name: String,
    pub refers_to: Option<String>,
}

impl Speaker {
    pub fn named(name: impl Into<String>) -> Speaker {
        Speaker {
            name: name.into(),
            refers_to: None,
        }
    }

    /// Who is meant: the pronoun's referent, or the name itself.
    pub fn who(&self) -> &str {
        self.refers_to.as_deref().unwrap_or(&self.name)
    }

    /// The person or body alone, without a role after a comma: what
    /// speakers are counted and listed by (`Anna Ivanova`).
    pub fn person(&self) -> &str {
        let who = self.who();
        who.split_once(", ").map_or(who, |(head, _)| head).trim()
    }

    /// As shown and cited: `he (Anna Ivanova)`, or the name.
    pub fn shown(&self) -> Cow<'_, str> {
        match &self.refers_to {
            Some(r) => Cow::Owned(format!("{} ({r})", self.name)),
            None => Cow::Borrowed(&self.name),
        }
    }
}

impl Quote {
    /// The quoted words, paragraphs joined by a space; empty if the quote
    /// does not fit the paragraphs.
    pub fn text<'a>(&self, paragraphs: &'a Body) -> Cow<'a, str> {
        let part = |paragraph: usize, span: &Range<usize>| {
            paragraphs
                .get(paragraph)
                .and_then(|p| p.get(span.clone()))
                .unwrap_or("")
        };
        let first = part(self.paragraph, &self.span);
        if self.more.is_empty() {
            return Cow::Borrowed(first);
        }
        let mut text = first.to_string();
        for p in &self.more {
            text.push(' ');
            text.push_str(part(p.paragraph, &p.span));
        }
        Cow::Owned(text)
    }

    /// The paragraph and marked range of each of its parts, first to last.
    pub fn parts(&self) -> impl Iterator<Item = (usize, &Range<usize>)> {
        std::iter::once((self.paragraph, &self.outer))
            .chain(self.more.iter().map(|p| (p.paragraph, &p.outer)))
    }

    /// Where the quote ends: its last part's paragraph and closing mark.
    pub fn end(&self) -> (usize, usize) {
        self.more
            .last()
            .map_or((self.paragraph, self.outer.end), |p| {
                (p.paragraph, p.outer.end)
            })
    }
}
