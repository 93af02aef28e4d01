//! Writing the corpus: one file per briefing under `YYYY/MM/`, then `tags.toml`.

use std::fs;
use std::path::Path;
use std::time::Instant;

use crate::Args;
use crate::briefing::{FIRST_DAY, LAST_DAY, briefing};
use crate::rng::Rng;
use crate::tags::TAGS_TOML;
use crate::vocab::Vocab;

/// `max(3, count / 5000)` distinct file indices that get the rare word.
fn planted_indices(seed: u64, count: usize) -> Vec<usize> {
    let k = (count / 5000).max(3).min(count);
    let mut rng = Rng::stream(seed, 2, 0);
    let mut chosen = Vec::with_capacity(k);
    while chosen.len() < k {
        let i = rng.below(count);
        if !chosen.contains(&i) {
            chosen.push(i);
        }
    }
    chosen.sort_unstable();
    chosen
}

fn ensure_empty(dir: &Path) -> Result<(), String> {
    match fs::read_dir(dir) {
        Ok(mut entries) => {
            if entries.next().is_some() {
                return Err(format!(
                    "{} is not empty; remove it or choose another folder",
                    dir.display()
                ));
            }
            Ok(())
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))
        }
        Err(e) => Err(format!("cannot use {}: {e}", dir.display())),
    }
}

pub fn run(args: &Args) -> Result<(), String> {
    let started = Instant::now();
    ensure_empty(&args.dir)?;
    let vocab = Vocab::new();
    let planted = planted_indices(args.seed, args.count);
    let first_year = FIRST_DAY.0;
    let years = (LAST_DAY.0 - first_year + 1) as usize;
    let mut made = vec![false; years * 12];
    let mut out = String::with_capacity(64 * 1024);
    let mut scratch = String::with_capacity(16 * 1024);
    let (mut total, mut curated) = (0u64, 0usize);
    let width = args.count.saturating_sub(1).to_string().len().max(6);
    for index in 0..args.count {
        let is_planted = planted.binary_search(&index).is_ok();
        let w = briefing(&vocab, args.seed, index, is_planted, &mut out, &mut scratch);
        let mut path = args.dir.join(format!("{:04}/{:02}", w.year, w.month));
        let slot = (w.year - first_year) as usize * 12 + w.month as usize - 1;
        if !made[slot] {
            fs::create_dir_all(&path)
                .map_err(|e| format!("cannot create {}: {e}", path.display()))?;
            made[slot] = true;
        }
        let ext = if w.curated == (w.hex % 100 < 88) {
            "md"
        } else {
            "txt"
        };
        path.push(format!("{index:0width$}_{:016x}.{ext}", w.hex));
        fs::write(&path, out.as_bytes())
            .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
        total += out.len() as u64;
        curated += usize::from(w.curated);
    }
    let tags = args.dir.join("tags.toml");
    fs::write(&tags, TAGS_TOML).map_err(|e| format!("cannot write {}: {e}", tags.display()))?;
    let average = total.checked_div(args.count as u64).unwrap_or(0);
    println!(
        "gen_corpus: {} briefings ({} plain, {curated} curated) + tags.toml in {}: {total} bytes, {average} bytes per file on average, {:.1} s",
        args.count,
        args.count - curated,
        args.dir.display(),
        started.elapsed().as_secs_f64()
    );
    Ok(())
}
