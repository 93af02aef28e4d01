//! How briefings are laid out in the tantivy index: all indexed text in one
//! field with positions, through brief's own tokenizer, and the file's number
//! (the library's, stable while the file is unchanged) as a fast field, which
//! maps tantivy's documents to the store's positions and deletes a file's
//! document. Beside them, what a store is put together from without reading
//! a file: the fields lists and queries need as fast fields (`store::filed`
//! reads them back) and the rest of the head as a stored field.

use tantivy::schema::TextOptions;
use tantivy::schema::{
    FAST, Field, INDEXED, IndexRecordOption, STORED, STRING, Schema, TextFieldIndexing,
};
use tantivy::{Index, TantivyDocument, Term};

use super::tokens::{Kind, Words};
use crate::model::Briefing;
use crate::text::words;

pub const TEXT: &str = "text";
pub const FILE: &str = "file";
/// The words of each quote, placed by quote (`text_index::quotes`).
pub const QUOTED: &str = "quoted";
/// Who said each quote that names a speaker, placed by quote.
pub const SAID: &str = "said";
/// The head's other fields, stored (`store::filed::head`).
pub const HEAD: &str = "head";
pub const ID: &str = "id";
pub const PATH: &str = "path";
pub const SOURCE: &str = "source";
/// The tags of the front matter; the rules' are the commit's (`filed::Saved`).
pub const TAGS: &str = "tags";
/// Who said each quote that names a speaker, once per quote.
pub const SPEAKERS: &str = "speakers";
/// Days from the common era's start; none without a date.
pub const DATE: &str = "date";
/// The priority, whether there are quotes, a URL, a summary, and the count
/// of problems (see `filed::flags`).
pub const FLAGS: &str = "flags";
/// Words indexed in title, summary and body.
pub const LENGTH: &str = "length";
pub const SIZE: &str = "size";
/// Nanoseconds since the epoch.
pub const MTIME: &str = "mtime";
pub const CTIME: &str = "ctime";
pub const INO: &str = "ino";

pub fn schema() -> Schema {
    let mut schema = Schema::builder();
    for (text, kind) in [
        (TEXT, Kind::Text),
        (QUOTED, Kind::Quotes),
        (SAID, Kind::Speakers),
    ] {
        let indexing = TextFieldIndexing::default()
            .set_tokenizer(kind.name())
            .set_index_option(IndexRecordOption::WithFreqsAndPositions);
        schema.add_text_field(text, TextOptions::default().set_indexing_options(indexing));
    }
    schema.add_u64_field(FILE, FAST | INDEXED);
    schema.add_bytes_field(HEAD, STORED);
    schema.add_text_field(ID, STRING | FAST);
    schema.add_bytes_field(PATH, FAST);
    for text in [SOURCE, TAGS, SPEAKERS] {
        schema.add_text_field(text, TextOptions::default().set_fast("raw"));
    }
    schema.add_i64_field(DATE, FAST);
    for number in [FLAGS, LENGTH, SIZE, INO] {
        schema.add_u64_field(number, FAST);
    }
    for time in [MTIME, CTIME] {
        schema.add_i64_field(time, FAST);
    }
    schema.build()
}

/// The index with brief's tokenizers registered, as every index must be
/// before it is written or searched.
pub fn registered(index: Index) -> Index {
    for kind in [Kind::Text, Kind::Quotes, Kind::Speakers] {
        index.tokenizers().register(kind.name(), Words::of(kind));
    }
    index
}

pub fn text_field(index: &Index) -> Field {
    index
        .schema()
        .get_field(TEXT)
        .expect("the schema has a text field")
}

pub fn file_field(index: &Index) -> Field {
    index
        .schema()
        .get_field(FILE)
        .expect("the schema has a file field")
}

/// The term that deletes file `number`'s document.
pub fn file_term(index: &Index, number: u64) -> Term {
    Term::from_field_u64(file_field(index), number)
}

/// Title, summary and each paragraph as values of one field: tantivy leaves a
/// gap in positions between values, so phrases never span them. An index on
/// disk adds the head's fields (`filed::columns::add`).
pub fn document(index: &Index, number: u64, b: &Briefing) -> TantivyDocument {
    let text = text_field(index);
    let mut doc = TantivyDocument::default();
    doc.add_text(text, &b.title);
    if let Some(summary) = &b.summary {
        doc.add_text(text, summary);
    }
    for paragraph in b.paragraphs.iter() {
        doc.add_text(text, paragraph);
    }
    let field = |name| index.schema().get_field(name).expect("brief's schema");
    super::quotes::add(&mut doc, field(QUOTED), field(SAID), b);
    doc.add_u64(file_field(index), number);
    doc
}

/// Words in the briefing's body, and indexed in all (title, summary, body).
pub fn word_counts(b: &Briefing) -> (usize, u32) {
    let body: usize = b.paragraphs.iter().map(words::count).sum();
    let head = words::count(&b.title) + b.summary.as_deref().map_or(0, words::count);
    (body, (head + body) as u32)
}
