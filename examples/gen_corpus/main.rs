//! Deterministic corpus generator for search and load benchmarks.
//!
//! ```text
//! cargo run --release --example gen_corpus -- DIR --count 100000 [--seed 42]
//! ```
//!
//! Writes `count` briefings into `DIR/YYYY/MM/` plus a `DIR/tags.toml`. The same
//! seed and count always give byte-identical output: every file draws from its
//! own PRNG stream derived from (seed, index), and nothing depends on the clock,
//! hash-map order or threads. DIR must be absent or empty.
//!
//! About 70% of the files are plain briefings (` date YYYY-MM-DD ...`) and 30%
//! curated ones with TOML front matter. The prose comes from sentence templates
//! whose slots draw, with a Zipf-like skew, from word lists and combinatorial
//! forms, plus a long tail of made-up names (Latin and Cyrillic), places and unit
//! designations. Words planted for benchmarks:
//!
//! - `Zhytomyrska`: in exactly max(3, count / 5000) files (20 per 100,000);
//! - `ministry`: common, in most files;
//! - the phrase `gas transit`: in roughly 3-4% of the files.

mod briefing;
mod calendar;
mod coined;
mod doc;
mod names;
mod nouns;
mod organisations;
mod paragraphs;
mod people;
mod places;
mod quotes;
mod render;
mod rng;
mod roles;
mod sentences;
mod tags;
mod template;
mod text;
mod topics;
mod vocab;
mod words;
mod write;

use std::path::PathBuf;
use std::process::ExitCode;

use crate::write::run;

const USAGE: &str = "usage: gen_corpus DIR [--count N] [--seed S]
  Writes N briefings (default 1000) under DIR/YYYY/MM/ plus DIR/tags.toml.
  DIR must be absent or empty. The same seed and count give identical output.";

struct Args {
    dir: PathBuf,
    count: usize,
    seed: u64,
}

fn parse_args() -> Result<Option<Args>, String> {
    let mut dir = None;
    let mut count = 1000usize;
    let mut seed = 42u64;
    let mut args = std::env::args_os().skip(1);
    while let Some(arg) = args.next() {
        let Some(text) = arg.to_str() else {
            if dir.is_some() {
                return Err("more than one DIR given".into());
            }
            dir = Some(PathBuf::from(arg));
            continue;
        };
        let (flag, inline) = match text.split_once('=') {
            Some((f, value)) if f.starts_with("--") => (f, Some(value.to_string())),
            _ => (text, None),
        };
        match flag {
            "-h" | "--help" => return Ok(None),
            "--count" | "--seed" => {
                let value = match inline {
                    Some(value) => value,
                    None => args
                        .next()
                        .and_then(|v| v.into_string().ok())
                        .ok_or_else(|| format!("{flag} needs a number"))?,
                };
                let parsed: u64 = value
                    .trim()
                    .parse()
                    .map_err(|_| format!("{flag}: not a number: {value:?}"))?;
                if flag == "--count" {
                    count = usize::try_from(parsed).map_err(|_| "--count is too large")?;
                } else {
                    seed = parsed;
                }
            }
            f if f.starts_with('-') && f.len() > 1 => return Err(format!("unknown option {f}")),
            _ => {
                if dir.is_some() {
                    return Err("more than one DIR given".into());
                }
                dir = Some(PathBuf::from(text));
            }
        }
    }
    let dir = dir.ok_or("missing DIR")?;
    Ok(Some(Args { dir, count, seed }))
}

fn main() -> ExitCode {
    match parse_args() {
        Ok(Some(args)) => match run(&args) {
            Ok(()) => ExitCode::SUCCESS,
            Err(msg) => {
                eprintln!("gen_corpus: {msg}");
                ExitCode::FAILURE
            }
        },
        Ok(None) => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        Err(msg) => {
            eprintln!("gen_corpus: {msg}\n{USAGE}");
            ExitCode::from(2)
        }
    }
}
