//! A briefing shown cut: its text up to a size, for a file too large to lay
//! out whole, and what was left out.

use super::{Body, Briefing};

/// What a briefing shown cut leaves out (see `Briefing::cut`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cut {
    /// The size of its file, in bytes.
    pub file: u64,
    /// The most of its text shown, in bytes.
    pub limit: u64,
}

impl Briefing {
    /// This briefing with at most `limit` bytes of its text, from the
    /// start: whole paragraphs, then the one the limit falls in up to the
    /// last space before it (or, when it is the first and has none, the
    /// last character). Quotes are kept up to the first that does not end in
    /// the text kept, so that they stay numbered as in the whole. `file`
    /// is the size of its file, which the cut tells.
    pub fn cut(&self, limit: u64, file: u64) -> Briefing {
        let mut left = usize::try_from(limit).unwrap_or(usize::MAX);
        let mut kept = Vec::new();
        for paragraph in &self.paragraphs {
            if paragraph.len() <= left {
                left -= paragraph.len();
                kept.push(paragraph.to_string());
                continue;
            }
            let head = cut_at(paragraph, left, kept.is_empty());
            if !head.is_empty() {
                kept.push(head.to_string());
            }
            break;
        }
        let within = |(p, end): (usize, usize)| kept.get(p).is_some_and(|t| end <= t.len());
        let quotes = self.quotes.iter().take_while(|q| within(q.end()));
        Briefing {
            quotes: quotes.cloned().collect(),
            cut: Some(Cut { file, limit }),
            paragraphs: Body::from(kept),
            ..self.clone_head()
        }
    }

    /// All but the text and the quotes.
    fn clone_head(&self) -> Briefing {
        Briefing {
            id: self.id.clone(),
            path: self.path.clone(),
            date: self.date,
            title: self.title.clone(),
            source: self.source.clone(),
            url: self.url.clone(),
            summary: self.summary.clone(),
            priority: self.priority,
            tags: self.tags.clone(),
            paragraphs: Body::default(),
            quotes: Vec::new(),
            extra: self.extra.clone(),
            words: self.words,
            diagnostics: self.diagnostics.clone(),
            cut: self.cut,
        }
    }
}

/// `text` up to `bytes`: to the last white space at or before it, trimmed;
/// where there is none, nothing, or with `split_word` to the last character
/// boundary.
fn cut_at(text: &str, bytes: usize, split_word: bool) -> &str {
    let mut end = bytes.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let head = &text[..end];
    // A cut in the middle of a word keeps none of it.
    let space = text[end..].starts_with(char::is_whitespace);
    if space {
        return head.trim_end();
    }
    match head.rfind(char::is_whitespace) {
        Some(at) => head[..at].trim_end(),
        None if split_word => head,
        None => "",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Quote;

    fn briefing(paragraphs: &[&str], quotes: &[(usize, std::ops::Range<usize>)]) -> Briefing {
        let mut b = Briefing {
            id: "b".into(),
            path: "b.txt".into(),
            date: None,
            title: "T".into(),
            source: None,
            url: None,
            summary: None,
            priority: Default::default(),
            tags: Vec::new(),
            paragraphs: Body::from(paragraphs.iter().map(|p| p.to_string()).collect::<Vec<_>>()),
            quotes: Vec::new(),
            extra: Vec::new(),
            words: 0,
            diagnostics: Vec::new(),
            cut: None,
        };
        b.quotes = quotes
            .iter()
            .map(|(p, r)| Quote {
                paragraph: *p,
                span: r.start + 1..r.end - 1,
                outer: r.clone(),
                more: Vec::new(),
                attribution: None,
                speaker: None,
            })
            .collect();
        b
    }

    #[test]
    fn whole_paragraphs_then_words_up_to_the_limit() {
        let b = briefing(&["one two", "three four five", "six"], &[]);
        let cut = b.cut(16, 99);
        assert_eq!(cut.paragraphs, ["one two", "three"]);
        assert_eq!(
            cut.cut,
            Some(Cut {
                file: 99,
                limit: 16
            })
        );
        assert_eq!(b.cut(7, 99).paragraphs, ["one two"]);
        assert_eq!(b.cut(8, 99).paragraphs, ["one two"], "no empty paragraph");
        assert_eq!(
            b.cut(11, 99).paragraphs,
            ["one two"],
            "`thre` is not a word"
        );
        assert_eq!(b.cut(12, 99).paragraphs, ["one two", "three"]);
        assert_eq!(b.cut(13, 99).paragraphs, ["one two", "three"]);
        assert_eq!(b.cut(100, 99).paragraphs, b.paragraphs);
        assert_eq!(b.cut(0, 99).paragraphs, [] as [&str; 0]);
    }

    #[test]
    fn a_word_longer_than_the_room_left_is_cut_between_characters() {
        let b = briefing(&["Київщина"], &[]);
        assert_eq!(b.cut(5, 99).paragraphs, ["Ки"]);
    }

    #[test]
    fn quotes_stay_up_to_the_first_that_runs_past_the_cut() {
        let b = briefing(
            &["\"a b\" and \"c d\"", "\"e\""],
            &[(0, 0..5), (0, 10..15), (1, 0..3)],
        );
        assert_eq!(b.cut(12, 99).quotes, b.quotes[..1]);
        assert_eq!(b.cut(15, 99).quotes, b.quotes[..2]);
        assert_eq!(b.cut(18, 99).quotes, b.quotes);
    }
}
