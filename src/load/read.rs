//! Reading files on worker threads. Files are opened non-blocking so that a
//! file swapped for a FIFO after the walk cannot hang the loader.

use std::fs::{File, OpenOptions};
use std::io::Read;
use std::os::unix::fs::OpenOptionsExt;
use std::path::Path;
use std::sync::Mutex;
use std::thread;
use std::time::{Duration, Instant};

use super::decode::{Decoded, decode};
use super::parse::parse;
use crate::model::{Briefing, Diagnostic};
use crate::progress::Progress;

pub type Outcome = Result<Briefing, Diagnostic>;

/// Time the workers spent, added up over all of them.
#[derive(Debug, Default, Clone, Copy)]
pub struct WorkTime {
    pub read: Duration,
    pub parse: Duration,
}

/// Reads and parses every job on worker threads. Results land in place, in
/// job order: with 100,000 briefings, moving them through per-worker lists
/// would cost more memory than their text.
pub fn read_all(jobs: Vec<(&Path, String)>, progress: &Progress) -> (Vec<Outcome>, WorkTime) {
    const CHUNK: usize = 64;
    let mut slots: Vec<Option<Outcome>> = Vec::new();
    slots.resize_with(jobs.len(), || None);
    let work = Mutex::new(slots.chunks_mut(CHUNK).zip(jobs.chunks(CHUNK)));
    let times: Vec<WorkTime> = thread::scope(|scope| {
        let handles: Vec<_> = (0..workers())
            .map(|_| {
                scope.spawn(|| {
                    let mut time = WorkTime::default();
                    loop {
                        let next = work.lock().unwrap_or_else(|e| e.into_inner()).next();
                        let Some((out, jobs)) = next else { break };
                        for (slot, (path, id)) in out.iter_mut().zip(jobs) {
                            *slot = Some(read_one(path, id.clone(), &mut time));
                        }
                        progress.advance(jobs.len());
                    }
                    time
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| {
                h.join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
            })
            .collect()
    });
    let total = times.iter().fold(WorkTime::default(), |acc, t| WorkTime {
        read: acc.read + t.read,
        parse: acc.parse + t.parse,
    });
    (slots.into_iter().flatten().collect(), total)
}

/// Threads for loading and indexing: one per core, at least two so that
/// reading one file overlaps parsing another.
pub fn workers() -> usize {
    thread::available_parallelism()
        .map_or(2, |n| n.get())
        .clamp(2, 16)
}

pub fn read_one(path: &Path, id: String, time: &mut WorkTime) -> Outcome {
    let started = Instant::now();
    let bytes = read_regular(path, u64::MAX).map_err(|msg| Diagnostic::error(path, (1, 1), msg));
    let read = Instant::now();
    time.read += read - started;
    let outcome = from_bytes(path, id, bytes?);
    time.parse += read.elapsed();
    outcome
}

/// The briefing in the first `limit` bytes of the file, up to the last
/// white space in them when the file goes on (no word cut in two), else
/// to the last whole character: what is shown of a file too large to show
/// whole.
pub fn read_start(path: &Path, id: String, limit: u64) -> Outcome {
    let mut bytes =
        read_regular(path, limit).map_err(|msg| Diagnostic::error(path, (1, 1), msg))?;
    let mut end = bytes.len() - last_partial_character(&bytes);
    if bytes.len() as u64 == limit {
        // ASCII white space never falls inside a UTF-8 character.
        end = bytes[..end]
            .iter()
            .rposition(u8::is_ascii_whitespace)
            .unwrap_or(end);
    }
    bytes.truncate(end);
    from_bytes(path, id, bytes)
}

/// How many bytes at the end of `bytes` begin a UTF-8 character they do
/// not finish (0 to 3).
fn last_partial_character(bytes: &[u8]) -> usize {
    let tail = &bytes[bytes.len().saturating_sub(3)..];
    let Some(lead) = tail.iter().rposition(|&b| b & 0xC0 != 0x80) else {
        return 0;
    };
    let needs = match tail[lead] {
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xF7 => 4,
        _ => 1,
    };
    let has = tail.len() - lead;
    if has < needs { has } else { 0 }
}

/// At most `limit` bytes from the start of the file at `path`.
fn read_regular(path: &Path, limit: u64) -> Result<Vec<u8>, String> {
    let file: File = OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK)
        .open(path)
        .map_err(|e| format!("cannot read: {e}; skipped"))?;
    let meta = file
        .metadata()
        .map_err(|e| format!("cannot read: {e}; skipped"))?;
    if !meta.is_file() {
        return Err("not a regular file any more; skipped".into());
    }
    let mut bytes = Vec::with_capacity(meta.len().min(limit) as usize);
    file.take(limit)
        .read_to_end(&mut bytes)
        .map_err(|e| format!("cannot read: {e}; skipped"))?;
    Ok(bytes)
}

pub fn from_bytes(path: &Path, id: String, bytes: Vec<u8>) -> Outcome {
    let mut diags = Vec::new();
    match decode(path, bytes, &mut diags) {
        Decoded::Binary { nul_offset } => Err(Diagnostic::warning(
            path,
            (1, 1),
            format!("binary file (NUL byte at offset {nul_offset}); skipped"),
        )),
        Decoded::Text(text) => {
            let mut briefing = parse(path, id, &text);
            diags.append(&mut briefing.diagnostics);
            briefing.diagnostics = diags;
            Ok(briefing)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_that_vanished_after_the_walk_is_an_error() {
        let dir = tempfile::tempdir().unwrap();
        let gone = dir.path().join("gone.txt");
        let (outcomes, _) = read_all(vec![(gone.as_path(), "gone".to_string())], &Progress::new());
        let Err(d) = &outcomes[0] else {
            panic!("expected an error")
        };
        assert_eq!(d.severity, crate::model::Severity::Error);
        assert!(d.message.contains("cannot read"), "{}", d.message);
    }

    #[test]
    fn the_start_of_a_file_ends_with_a_whole_character() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("b.txt");
        std::fs::write(&path, "date 2022-01-01 Київ і Львів.").unwrap();
        for limit in 25..50 {
            let b = read_start(&path, "b".into(), limit).unwrap();
            assert!(b.diagnostics.is_empty(), "{limit}: {:?}", b.diagnostics);
            let text = b.paragraphs.get(0).unwrap_or("");
            let words = ["Київ", "Київ і", "Київ і Львів."];
            assert!(words.contains(&text), "{limit}: {text}");
        }
        let b = read_start(&path, "b".into(), 28).unwrap();
        assert_eq!(&b.paragraphs[0], "Київ і");
        std::fs::write(&path, "Київщина").unwrap();
        let b = read_start(&path, "b".into(), 5).unwrap();
        assert_eq!(b.title, "Ки", "a word alone is cut between characters");
        assert_eq!(last_partial_character(b"ab"), 0);
        assert_eq!(last_partial_character("aї".as_bytes()), 0);
        assert_eq!(last_partial_character(&"aї".as_bytes()[..2]), 1);
        assert_eq!(last_partial_character(&"a€".as_bytes()[..3]), 2);
        assert_eq!(last_partial_character(&"a😀".as_bytes()[..4]), 3);
    }

    #[test]
    fn results_keep_the_order_of_the_jobs() {
        let dir = tempfile::tempdir().unwrap();
        let paths: Vec<_> = (0..50)
            .map(|i| {
                let p = dir.path().join(format!("{i}.txt"));
                std::fs::write(&p, format!("date 2022-01-01 Number {i}.")).unwrap();
                p
            })
            .collect();
        let jobs = paths
            .iter()
            .enumerate()
            .map(|(i, p)| (p.as_path(), i.to_string()))
            .collect();
        let ids: Vec<String> = read_all(jobs, &Progress::new())
            .0
            .into_iter()
            .map(|o| o.unwrap().id)
            .collect();
        assert_eq!(ids, (0..50).map(|i| i.to_string()).collect::<Vec<_>>());
    }
}
