//! tantivy's side: brief's own schema (`brief::store::schema`: all indexed
//! text in one field with positions, the file's number as a fast field to
//! map and delete by, no stored bodies), building, opening, the query forms
//! and adding one file.

use std::path::Path;
use std::thread;
use std::time::Instant;

use brief::model::Briefing;
use tantivy::collector::{Collector, Count, SegmentCollector};
use tantivy::columnar::Column;
use tantivy::index::SegmentReader;
use tantivy::indexer::{LogMergePolicy, NoMergePolicy};
use tantivy::query::{FuzzyTermQuery, PhraseQuery, Query, RegexQuery, TermQuery};
use tantivy::schema::IndexRecordOption;
use tantivy::{DocId, Index, IndexReader, IndexWriter, Score, Term};

use crate::{Report, Search, median};

const THREADS: usize = 2;
/// The writer's memory, shared by its threads; a segment is flushed when a
/// thread's share is full.
const BUDGET: usize = 200_000_000;

use brief::store::schema::{document, file_term, registered, schema, text_field};

fn parse(path: &Path, number: usize) -> Option<Briefing> {
    let bytes = std::fs::read(path).ok()?;
    brief::load::parse_bytes(path, &number.to_string(), bytes)
}

fn writer(index: &Index, merge: &str) -> IndexWriter {
    let writer = index
        .writer_with_num_threads(THREADS, BUDGET)
        .expect("index writer");
    if merge == "none" {
        writer.set_merge_policy(Box::new(NoMergePolicy));
    } else {
        writer.set_merge_policy(Box::new(LogMergePolicy::default()));
    }
    writer
}

/// Walks, parses with brief's loader on two threads and feeds the writer, one
/// file at a time, so no more than the writer's buffers are ever held.
pub fn build(corpus: &Path, dir: &Path, merge: &str, report: &mut Report) {
    let started = Instant::now();
    let files = crate::briefing_files(corpus);
    crate::empty_folder(dir);
    let index = registered(Index::create_in_dir(dir, schema()).expect("create index"));
    let mut writer = writer(&index, merge);
    thread::scope(|scope| {
        for t in 0..THREADS {
            let (files, writer, index) = (&files, &writer, &index);
            scope.spawn(move || {
                for (n, path) in files.iter().enumerate().skip(t).step_by(THREADS) {
                    if let Some(b) = parse(path, n) {
                        writer
                            .add_document(document(index, n as u64, &b))
                            .expect("add");
                    }
                }
            });
        }
    });
    writer.commit().expect("commit");
    let segments = index.searchable_segment_ids().expect("segments").len();
    writer.wait_merging_threads().expect("merges");
    report.secs("build", started.elapsed());
    report.count("segments after the build", segments);
    let merged = index.searchable_segment_ids().expect("segments").len();
    report.count("segments after merging", merged);
}

pub struct Opened {
    index: Index,
    reader: IndexReader,
    files: usize,
}

pub fn open(dir: &Path) -> Opened {
    let index = registered(Index::open_in_dir(dir).expect("open index"));
    let reader = index.reader().expect("reader");
    let files = reader.searcher().num_docs() as usize;
    Opened {
        index,
        reader,
        files,
    }
}

impl Opened {
    pub fn files(&self) -> usize {
        self.files
    }
}

/// Every query form, timed by count and by the set of brief's file numbers.
pub fn queries(opened: &Opened, searches: &[Search], report: &mut Report) {
    let searcher = opened.reader.searcher();
    let text = text_field(&opened.index);
    let term = |w: &str| Term::from_field_text(text, w);
    for search in searches {
        let query: Box<dyn Query> = match search {
            Search::Word(w) => Box::new(TermQuery::new(term(w), IndexRecordOption::Basic)),
            Search::Prefix(p) => {
                Box::new(RegexQuery::from_pattern(&format!("{p}.*"), text).expect("regex"))
            }
            Search::Phrase(ws) => Box::new(PhraseQuery::new(ws.iter().map(|w| term(w)).collect())),
            Search::Fuzzy(w, d) => Box::new(FuzzyTermQuery::new(term(w), *d, true)),
        };
        let (count, hits) = median(|| searcher.search(&query, &Count).expect("search"));
        report.query(&search.label(), "count", count, hits);
        let collector = FileSet {
            files: opened.files,
        };
        let (set, hits) = median(|| {
            let bits = searcher.search(&query, &collector).expect("search");
            bits.iter().map(|w| w.count_ones() as usize).sum()
        });
        report.query(&search.label(), "set", set, hits);
    }
}

/// Adds one parsed file and commits, then reloads the reader: what a start
/// after one new file would do to the index. The file is deleted again after.
pub fn add_one(opened: &Opened, new_file: &Path, merge: &str, report: &mut Report) {
    let started = Instant::now();
    let mut writer = writer(&opened.index, merge);
    let b = parse(new_file, opened.files).expect("new file parses");
    writer
        .add_document(document(&opened.index, opened.files as u64, &b))
        .expect("add");
    writer.commit().expect("commit");
    opened.reader.reload().expect("reload");
    report.millis("add one file and commit", started.elapsed());
    writer.delete_term(file_term(&opened.index, opened.files as u64));
    writer.commit().expect("commit the delete");
    writer.wait_merging_threads().expect("merges");
}

/// The matching files as a bitset over brief's file numbers: the mapping from
/// tantivy's `DocAddress` to brief's ids, through the `file` fast field.
struct FileSet {
    files: usize,
}

struct SegmentFiles {
    numbers: Column<u64>,
    bits: Vec<u64>,
}

impl Collector for FileSet {
    type Fruit = Vec<u64>;
    type Child = SegmentFiles;

    fn for_segment(&self, _: u32, segment: &SegmentReader) -> tantivy::Result<SegmentFiles> {
        Ok(SegmentFiles {
            numbers: segment.fast_fields().u64("file")?,
            bits: vec![0; (self.files + 1).div_ceil(64)],
        })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, parts: Vec<Vec<u64>>) -> tantivy::Result<Vec<u64>> {
        let mut all = vec![0; (self.files + 1).div_ceil(64)];
        for part in parts {
            for (a, p) in all.iter_mut().zip(part) {
                *a |= p;
            }
        }
        Ok(all)
    }
}

impl SegmentCollector for SegmentFiles {
    type Fruit = Vec<u64>;

    fn collect(&mut self, doc: DocId, _: Score) {
        if let Some(n) = self.numbers.first(doc) {
            self.bits[(n / 64) as usize] |= 1 << (n % 64);
        }
    }

    fn harvest(self) -> Vec<u64> {
        self.bits
    }
}
