//! The floor under any first index built with tantivy on this machine:
//! tantivy's own default tokenizer over each file's text as it is, a value
//! per paragraph, positions kept, two reading threads feeding two indexing
//! threads. Nothing of brief's runs: no decoding, parsing, tags, ids or
//! catalog. brief's first index does all of that on top, so it can be no
//! faster than this.

use std::path::Path;
use std::thread;
use std::time::Instant;

use tantivy::indexer::NoMergePolicy;
use tantivy::schema::{FAST, INDEXED, IndexRecordOption, Schema, TextFieldIndexing, TextOptions};
use tantivy::{Index, TantivyDocument};

use crate::Report;

const THREADS: usize = 2;
/// brief's own writer budget for a first index (`library::index::writer`).
const BUDGET: usize = 128_000_000;

pub fn build(corpus: &Path, dir: &Path, report: &mut Report) {
    let started = Instant::now();
    let files = crate::briefing_files(corpus);
    crate::empty_folder(dir);
    let mut schema = Schema::builder();
    let indexing = TextFieldIndexing::default()
        .set_tokenizer("default")
        .set_index_option(IndexRecordOption::WithFreqsAndPositions);
    let text = schema.add_text_field(
        "text",
        TextOptions::default().set_indexing_options(indexing),
    );
    let file = schema.add_u64_field("file", FAST | INDEXED);
    let index = Index::create_in_dir(dir, schema.build()).expect("create index");
    let mut writer = index
        .writer_with_num_threads(THREADS, BUDGET)
        .expect("index writer");
    writer.set_merge_policy(Box::new(NoMergePolicy));
    thread::scope(|scope| {
        for t in 0..THREADS {
            let (files, writer) = (&files, &writer);
            scope.spawn(move || {
                for (n, path) in files.iter().enumerate().skip(t).step_by(THREADS) {
                    let body = std::fs::read_to_string(path).unwrap_or_default();
                    let mut doc = TantivyDocument::default();
                    for paragraph in body.split("\n\n") {
                        doc.add_text(text, paragraph);
                    }
                    doc.add_u64(file, n as u64);
                    writer.add_document(doc).expect("add");
                }
            });
        }
    });
    writer.commit().expect("commit");
    report.secs("build", started.elapsed());
}
