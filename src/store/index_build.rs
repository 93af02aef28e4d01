//! Builds the `TextIndex` on worker threads: each indexes a contiguous run of
//! documents, and the runs are stitched together term by term.

use std::thread;

use rustc_hash::FxHashMap;

use super::text_index::TextIndex;
use super::varint;
use crate::model::Briefing;
use crate::text::words;

/// Positions skipped between fields and paragraphs so phrases never span them.
const FIELD_GAP: u32 = 1;

#[derive(Default)]
struct TermRun {
    first_doc: u32,
    last_doc: u32,
    docs: u32,
    /// Encoded entries; the first omits its doc delta, which depends on the
    /// run before it.
    bytes: Vec<u8>,
    /// Positions in the document being indexed, not yet encoded.
    pending: Vec<u32>,
}

/// The terms of one run of documents; `ids` maps each term to its place in `terms`.
#[derive(Default)]
struct Run {
    ids: FxHashMap<String, u32>,
    terms: Vec<TermRun>,
}

pub fn build(briefings: &[Briefing]) -> TextIndex {
    let workers = thread::available_parallelism()
        .map_or(2, |n| n.get())
        .clamp(1, 16);
    let chunk = briefings.len().div_ceil(workers).max(1);
    let runs: Vec<Run> = thread::scope(|scope| {
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

fn index_run(base: u32, docs: &[Briefing]) -> Run {
    let mut run = Run::default();
    let mut touched: Vec<u32> = Vec::new();
    let mut scratch = Vec::new();
    for (k, briefing) in docs.iter().enumerate() {
        let doc = base + k as u32;
        let mut pos = 0u32;
        let fields = std::iter::once(briefing.title.as_str())
            .chain(briefing.summary.as_deref())
            .chain(briefing.paragraphs.iter().map(String::as_str));
        for field in fields {
            for (_, word) in words::word_indices(field) {
                let folded = words::fold(word);
                let id = match run.ids.get(folded.as_ref()) {
                    Some(&id) => id,
                    None => {
                        let id = run.terms.len() as u32;
                        run.ids.insert(folded.to_string(), id);
                        run.terms.push(TermRun {
                            first_doc: doc,
                            last_doc: doc,
                            ..TermRun::default()
                        });
                        id
                    }
                };
                let term = &mut run.terms[id as usize];
                if term.pending.is_empty() {
                    touched.push(id);
                }
                term.pending.push(pos);
                pos += 1;
            }
            pos += FIELD_GAP;
        }
        for id in touched.drain(..) {
            flush(&mut run.terms[id as usize], doc, &mut scratch);
        }
    }
    run
}

/// Encodes the pending positions of `doc` as one postings entry.
fn flush(term: &mut TermRun, doc: u32, scratch: &mut Vec<u8>) {
    if term.docs > 0 {
        varint::push(&mut term.bytes, doc - term.last_doc);
    }
    scratch.clear();
    let mut last = 0;
    for (i, &p) in term.pending.iter().enumerate() {
        varint::push(scratch, if i == 0 { p } else { p - last });
        last = p;
    }
    varint::push(&mut term.bytes, scratch.len() as u32);
    term.bytes.extend_from_slice(scratch);
    term.pending.clear();
    term.last_doc = doc;
    term.docs += 1;
}

fn stitch(runs: Vec<Run>, docs: usize) -> TextIndex {
    let mut all: Vec<(String, usize, TermRun)> = runs
        .into_iter()
        .enumerate()
        .flat_map(|(n, mut run)| {
            let ids = std::mem::take(&mut run.ids);
            ids.into_iter()
                .map(move |(t, id)| (t, n, std::mem::take(&mut run.terms[id as usize])))
        })
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
