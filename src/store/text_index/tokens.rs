//! brief's tokenizers as tantivy's, so that the index holds the very words
//! the query language and the highlighter use (`text::words`, folded).
//!
//! The quotes' fields are one text each, the quotes told apart by a
//! separator their tokenizers count: the words of quote N at positions
//! N << 16 | k, the speaker of quote N one token at position N. tantivy
//! keeps a pre-tokenized value as JSON in the document and parses it again
//! when it indexes it; a plain text through a tokenizer does neither. At
//! 100k briefings that round trip took 6% of a first index's CPU time.

use tantivy::tokenizer::{Token, TokenStream, Tokenizer};

use crate::text::words::{self, WordIndices};

/// Between two quotes' texts. A control character, never a word character,
/// and taken out of the texts themselves (`push_clean`).
pub const SEPARATOR: char = '\u{1e}';
/// Bits of a position that hold the word's place in its quote.
pub const WORD_BITS: u32 = 16;
/// Words of one quote past this are not indexed; one place is left free so
/// that the last word of a quote and the first of the next are never next
/// to each other.
const MAX_WORDS: usize = (1 << WORD_BITS) - 2;
/// Quotes of one briefing past this are not indexed.
pub const MAX_QUOTES: usize = (1 << (32 - WORD_BITS)) - 1;

/// What a field's text is, and so how it is cut into tokens.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Words, one after another.
    Text,
    /// Quotes' texts between separators: each one's words placed by quote.
    Quotes,
    /// Quotes' speakers between separators: each whole, placed by quote;
    /// none for an empty one.
    Speakers,
}

impl Kind {
    /// The tokenizer's name in the schema.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Text => "brief",
            Kind::Quotes => "brief-quoted",
            Kind::Speakers => "brief-said",
        }
    }
}

/// Appends `text` to `out`, any separator in it made a space (neither is a
/// word character, so its words stay the same).
pub fn push_clean(out: &mut String, text: &str) {
    match text.contains(SEPARATOR) {
        false => out.push_str(text),
        true => out.extend(text.chars().map(|c| if c == SEPARATOR { ' ' } else { c })),
    }
}

#[derive(Clone)]
pub struct Words {
    kind: Kind,
    token: Token,
}

impl Words {
    pub fn of(kind: Kind) -> Self {
        Words {
            kind,
            token: Token::default(),
        }
    }
}

pub struct Stream<'a> {
    kind: Kind,
    /// Each part's place, where it starts in the whole, and its text.
    parts: std::iter::Enumerate<std::str::SplitN<'a, char>>,
    next_start: usize,
    /// The part being read: its place, start, and the words left.
    part: Option<(usize, usize, WordIndices<'a>)>,
    word: usize,
    token: &'a mut Token,
}

impl Tokenizer for Words {
    type TokenStream<'a> = Stream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Stream<'a> {
        self.token.reset();
        let parts = match self.kind {
            Kind::Text => 1,
            Kind::Quotes | Kind::Speakers => MAX_QUOTES,
        };
        Stream {
            kind: self.kind,
            parts: text.splitn(parts, SEPARATOR).enumerate(),
            next_start: 0,
            part: None,
            word: 0,
            token: &mut self.token,
        }
    }
}

impl Stream<'_> {
    fn set(&mut self, position: usize, from: usize, text: &str) {
        let token = &mut *self.token;
        token.position = position;
        token.offset_from = from;
        token.offset_to = from + text.len();
        token.text.clear();
        token.text.push_str(&words::fold(text));
    }
}

impl TokenStream for Stream<'_> {
    fn advance(&mut self) -> bool {
        loop {
            let room = self.kind == Kind::Text || self.word < MAX_WORDS;
            if let Some((place, start, words)) = &mut self.part
                && room
                && let Some((at, word)) = words.next()
            {
                let position = match self.kind {
                    Kind::Text => self.word,
                    _ => *place << WORD_BITS | self.word,
                };
                let from = *start + at;
                self.set(position, from, word);
                self.word += 1;
                return true;
            }
            let Some((place, text)) = self.parts.next() else {
                return false;
            };
            let start = self.next_start;
            self.next_start += text.len() + SEPARATOR.len_utf8();
            match self.kind {
                Kind::Speakers if text.is_empty() => {}
                Kind::Speakers => {
                    self.set(place, start, text);
                    return true;
                }
                Kind::Text | Kind::Quotes => {
                    self.part = Some((place, start, words::word_indices(text)));
                    self.word = 0;
                }
            }
        }
    }

    fn token(&self) -> &Token {
        self.token
    }

    fn token_mut(&mut self) -> &mut Token {
        self.token
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokens(mut tokenizer: impl Tokenizer, text: &str) -> Vec<(String, usize, usize)> {
        let mut stream = tokenizer.token_stream(text);
        let mut out = Vec::new();
        while let Some(t) = stream.next() {
            out.push((t.text.clone(), t.position, t.offset_from));
        }
        out
    }

    fn joined(texts: &[&str]) -> String {
        let mut out = String::new();
        for (k, text) in texts.iter().enumerate() {
            if k > 0 {
                out.push(SEPARATOR);
            }
            push_clean(&mut out, text);
        }
        out
    }

    #[test]
    fn text_is_words_one_after_another() {
        let text = "Oil\u{1e}ran  U.S. prices";
        assert_eq!(
            tokens(Words::of(Kind::Text), text),
            [
                ("oil".into(), 0, 0),
                ("ran".into(), 1, 4),
                ("u.s".into(), 2, 9),
                ("prices".into(), 3, 14),
            ],
            "a separator in plain text is no more than a space"
        );
    }

    #[test]
    fn each_quotes_words_are_placed_by_quote() {
        let text = joined(&["Oil ran", "", "x\u{1e}Gas"]);
        let place = |n: usize, k: usize| n << WORD_BITS | k;
        assert_eq!(
            tokens(Words::of(Kind::Quotes), &text),
            [
                ("oil".into(), place(0, 0), 0),
                ("ran".into(), place(0, 1), 4),
                ("x".into(), place(2, 0), 9),
                ("gas".into(), place(2, 1), 11),
            ],
            "a separator inside a quote's text is a space, not a new quote"
        );
    }

    #[test]
    fn a_speaker_is_one_token_at_its_quotes_place() {
        let text = joined(&["", "Anna Ivanova", "", "Per Lind"]);
        assert_eq!(
            tokens(Words::of(Kind::Speakers), &text),
            [("anna ivanova".into(), 1, 1), ("per lind".into(), 3, 15),]
        );
        assert!(tokens(Words::of(Kind::Speakers), "").is_empty());
    }
}
