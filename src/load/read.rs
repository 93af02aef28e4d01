//! Reading files on worker threads. Files are opened non-blocking so that a
//! file swapped for a FIFO after the walk cannot hang the loader.

use std::fs::{File, OpenOptions};
use std::io::Read;
use std::os::unix::fs::OpenOptionsExt;
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread;

use super::decode::{Decoded, decode};
use super::parse::parse;
use crate::model::{Briefing, Diagnostic};

pub type Outcome = Result<Briefing, Diagnostic>;

pub fn read_all(jobs: Vec<(&Path, String)>) -> Vec<Outcome> {
    let workers = thread::available_parallelism()
        .map_or(2, |n| n.get())
        .clamp(2, 16);
    let next = AtomicUsize::new(0);
    let mut slots: Vec<Option<Outcome>> = Vec::new();
    slots.resize_with(jobs.len(), || None);
    let results: Vec<Vec<(usize, Outcome)>> = thread::scope(|scope| {
        let handles: Vec<_> = (0..workers)
            .map(|_| {
                scope.spawn(|| {
                    let mut done = Vec::new();
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some((path, id)) = jobs.get(i) else { break };
                        done.push((i, read_one(path, id.clone())));
                    }
                    done
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
    for (i, outcome) in results.into_iter().flatten() {
        slots[i] = Some(outcome);
    }
    slots.into_iter().flatten().collect()
}

fn read_one(path: &Path, id: String) -> Outcome {
    let bytes = read_regular(path).map_err(|msg| Diagnostic::error(path, (1, 1), msg))?;
    from_bytes(path, id, bytes)
}

fn read_regular(path: &Path) -> Result<Vec<u8>, String> {
    let mut file: File = OpenOptions::new()
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
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    file.read_to_end(&mut bytes)
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
        let outcomes = read_all(vec![(gone.as_path(), "gone".to_string())]);
        let Err(d) = &outcomes[0] else {
            panic!("expected an error")
        };
        assert_eq!(d.severity, crate::model::Severity::Error);
        assert!(d.message.contains("cannot read"), "{}", d.message);
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
        let ids: Vec<String> = read_all(jobs).into_iter().map(|o| o.unwrap().id).collect();
        assert_eq!(ids, (0..50).map(|i| i.to_string()).collect::<Vec<_>>());
    }
}
