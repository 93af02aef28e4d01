//! Builds the `TextIndex` on worker threads: each indexes a contiguous run of
//! documents, and the runs are stitched together term by term.

use std::collections::HashMap;
use std::thread;

use super::text_index::TextIndex;
use super::varint;
use crate::model::Briefing;
use crate::text::words;

/// Positions skipped between fields and paragraphs so phrases never span them.
const FIELD_GAP: u32 = 1;

struct TermRun {
    first_doc: u32,
    last_doc: u32,
    docs: u32,
    /// Entries after the first omit nothing; the first omits its doc delta,
    /// which depends on the run before it.
    bytes: Vec<u8>,
}

pub fn build(briefings: &[Briefing]) -> TextIndex {
    let workers = thread::available_parallelism()
        .map_or(2, |n| n.get())
        .clamp(1, 16);
    let chunk = briefings.len().div_ceil(workers).max(1);
    let runs: Vec<HashMap<String, TermRun>> = thread::scope(|scope| {
        let handles: Vec<_> = briefings
            .chunks(chunk)
            .enumerate()
            .map(|(n, docs)| scope.spawn(move || index_run((n * chunk) as u32, docs)))
            .collect();
        handles
            .into_iter()
            .map(|h| {
                h.join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
            })
            .collect()
    });
    stitch(runs, briefings.len())
}

fn index_run(base: u32, docs: &[Briefing]) -> HashMap<String, TermRun> {
    let mut runs: HashMap<String, TermRun> = HashMap::new();
    let mut words_of_doc: Vec<(String, u32)> = Vec::new();
    let mut positions = Vec::new();
    for (k, briefing) in docs.iter().enumerate() {
        let doc = base + k as u32;
        words_of_doc.clear();
        let mut pos = 0u32;
        let fields = std::iter::once(briefing.title.as_str())
            .chain(briefing.summary.as_deref())
            .chain(briefing.paragraphs.iter().map(String::as_str));
        for field in fields {
            for (_, word) in words::word_indices(field) {
                words_of_doc.push((words::fold(word).into_owned(), pos));
                pos += 1;
            }
            pos += FIELD_GAP;
        }
        words_of_doc.sort_unstable();
        let mut i = 0;
        while i < words_of_doc.len() {
            let term = &words_of_doc[i].0;
            let mut j = i;
            positions.clear();
            let mut last = 0;
            while j < words_of_doc.len() && words_of_doc[j].0 == *term {
                let p = words_of_doc[j].1;
                varint::push(&mut positions, if j == i { p } else { p - last });
                last = p;
                j += 1;
            }
            let run = match runs.get_mut(term.as_str()) {
                Some(run) => {
                    varint::push(&mut run.bytes, doc - run.last_doc);
                    run
                }
                None => runs.entry(term.clone()).or_insert(TermRun {
                    first_doc: doc,
                    last_doc: doc,
                    docs: 0,
                    bytes: Vec::new(),
                }),
            };
            run.last_doc = doc;
            run.docs += 1;
            varint::push(&mut run.bytes, positions.len() as u32);
            run.bytes.extend_from_slice(&positions);
            i = j;
        }
    }
    runs
}

fn stitch(runs: Vec<HashMap<String, TermRun>>, docs: usize) -> TextIndex {
    let mut all: Vec<(String, usize, TermRun)> = runs
        .into_iter()
        .enumerate()
        .flat_map(|(n, map)| map.into_iter().map(move |(t, r)| (t, n, r)))
        .collect();
    all.sort_unstable_by(|a, b| (&a.0, a.1).cmp(&(&b.0, b.1)));
    let total: usize = all.iter().map(|(_, _, r)| r.bytes.len() + 5).sum();
    let mut index = TextIndex {
        docs,
        postings: Vec::with_capacity(total),
        ..TextIndex::default()
    };
    let mut prev_term: Option<String> = None;
    let mut prev_doc = 0;
    for (term, _, run) in all {
        if prev_term.as_deref() != Some(term.as_str()) {
            index.post_starts.push(index.postings.len());
            index.term_text.push_str(&term);
            index.term_ends.push(index.term_text.len() as u32);
            index.doc_freq.push(0);
            varint::push(&mut index.postings, run.first_doc);
            prev_term = Some(term);
        } else {
            varint::push(&mut index.postings, run.first_doc - prev_doc);
        }
        index.postings.extend_from_slice(&run.bytes);
        *index.doc_freq.last_mut().expect("pushed above") += run.docs;
        prev_doc = run.last_doc;
    }
    index.post_starts.push(index.postings.len());
    index.term_text.shrink_to_fit();
    index
}
