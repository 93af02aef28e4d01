//! Builds the `TextIndex`: each thread indexes a contiguous run of documents
//! into a segment of its own, so nothing is merged or copied afterwards.

use std::thread;

use rustc_hash::FxHashMap;

use super::segment::Segment;
use super::text_index::TextIndex;
use crate::model::Briefing;
use crate::text::words;
use crate::varint;

/// Positions skipped between fields and paragraphs so phrases never span them.
const FIELD_GAP: u32 = 1;

#[derive(Default)]
struct TermPostings {
    last_doc: u32,
    docs: u32,
    bytes: Vec<u8>,
}

/// The index, and the number of words in each briefing's body.
pub fn build(briefings: &[Briefing]) -> (TextIndex, Vec<u32>) {
    let chunk = briefings.len().div_ceil(crate::load::workers()).max(1);
    let segments = thread::scope(|scope| {
        let handles: Vec<_> = briefings
            .chunks(chunk)
            .enumerate()
            .map(|(n, docs)| scope.spawn(move || segment((n * chunk) as u32, docs)))
            .collect();
        handles
            .into_iter()
            .map(|h| {
                h.join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
            })
            .collect::<Vec<_>>()
    });
    let mut counts = Vec::with_capacity(briefings.len());
    let mut lengths = Vec::with_capacity(briefings.len());
    let segments = segments
        .into_iter()
        .map(|built| {
            counts.extend(built.body_words);
            lengths.extend(built.lengths);
            built.segment
        })
        .collect();
    (TextIndex::new(segments, lengths), counts)
}

/// One thread's segment, and the words of each of its briefings: in the
/// body, and indexed in all.
struct Built {
    segment: Segment,
    body_words: Vec<u32>,
    lengths: Vec<u32>,
}

fn segment(base: u32, docs: &[Briefing]) -> Built {
    let mut ids: FxHashMap<String, u32> = FxHashMap::default();
    let mut terms: Vec<TermPostings> = Vec::new();
    let mut doc_words: Vec<(u32, u32)> = Vec::new();
    let mut scratch = Vec::new();
    let mut counts = Vec::with_capacity(docs.len());
    let mut lengths = Vec::with_capacity(docs.len());
    for (k, briefing) in docs.iter().enumerate() {
        let doc = base + k as u32;
        doc_words.clear();
        let mut pos = 0u32;
        let head = std::iter::once(briefing.title.as_str()).chain(briefing.summary.as_deref());
        let body_start = 1 + usize::from(briefing.summary.is_some());
        let mut body_words = 0;
        let fields = head.chain(briefing.paragraphs.iter());
        for (f, field) in fields.enumerate() {
            let before = doc_words.len();
            for (_, word) in words::word_indices(field) {
                let folded = words::fold(word);
                let id = match ids.get(folded.as_ref()) {
                    Some(&id) => id,
                    None => {
                        let id = terms.len() as u32;
                        ids.insert(folded.into_owned(), id);
                        terms.push(TermPostings::default());
                        id
                    }
                };
                doc_words.push((id, pos));
                pos += 1;
            }
            if f >= body_start {
                body_words += doc_words.len() - before;
            }
            pos += FIELD_GAP;
        }
        counts.push(body_words as u32);
        lengths.push(doc_words.len() as u32);
        doc_words.sort_unstable();
        for group in doc_words.chunk_by(|a, b| a.0 == b.0) {
            let term = &mut terms[group[0].0 as usize];
            let delta = if term.docs == 0 {
                doc
            } else {
                doc - term.last_doc
            };
            varint::push(&mut term.bytes, delta);
            scratch.clear();
            let mut last = 0;
            for (i, &(_, p)) in group.iter().enumerate() {
                varint::push(&mut scratch, if i == 0 { p } else { p - last });
                last = p;
            }
            varint::push(&mut term.bytes, scratch.len() as u32);
            term.bytes.extend_from_slice(&scratch);
            term.last_doc = doc;
            term.docs += 1;
        }
    }
    let mut names: Vec<(String, u32)> = ids.into_iter().collect();
    names.sort_unstable();
    let mut term_text = String::with_capacity(names.iter().map(|(t, _)| t.len()).sum());
    let mut term_ends = Vec::with_capacity(names.len());
    let mut doc_freq = Vec::with_capacity(names.len());
    let mut postings = Vec::with_capacity(names.len());
    for (name, id) in names {
        let term = std::mem::take(&mut terms[id as usize]);
        term_text.push_str(&name);
        term_ends.push(term_text.len() as u32);
        doc_freq.push(term.docs);
        postings.push(term.bytes.into_boxed_slice());
    }
    Built {
        segment: Segment::built(term_text, term_ends, doc_freq, postings),
        body_words: counts,
        lengths,
    }
}
