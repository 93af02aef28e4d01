//! brief's own tokenizer (`text::words`) as a tantivy tokenizer, so that both
//! indexes hold exactly the same folded words at the same positions.

use brief::text::words::{self, WordIndices};
use tantivy::tokenizer::{Token, TokenStream, Tokenizer};

/// The name the schema gives the tokenizer.
pub const NAME: &str = "brief";

#[derive(Clone, Default)]
pub struct BriefTokenizer {
    token: Token,
}

pub struct BriefTokenStream<'a> {
    words: WordIndices<'a>,
    token: &'a mut Token,
}

impl Tokenizer for BriefTokenizer {
    type TokenStream<'a> = BriefTokenStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> BriefTokenStream<'a> {
        self.token.reset();
        BriefTokenStream {
            words: words::word_indices(text),
            token: &mut self.token,
        }
    }
}

impl TokenStream for BriefTokenStream<'_> {
    fn advance(&mut self) -> bool {
        let Some((at, word)) = self.words.next() else {
            return false;
        };
        let token = &mut *self.token;
        token.position = token.position.wrapping_add(1);
        token.offset_from = at;
        token.offset_to = at + word.len();
        token.text.clear();
        token.text.push_str(&words::fold(word));
        true
    }

    fn token(&self) -> &Token {
        self.token
    }

    fn token_mut(&mut self) -> &mut Token {
        self.token
    }
}
