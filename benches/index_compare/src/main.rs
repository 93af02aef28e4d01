//! brief's own full-text index against tantivy on the same corpus, one side
//! per process so that each peak RSS is its own (issue 13). Run by
//! `benches/index_compare.sh`, which prints both sides in one table.
//!
//!   index_compare brief-build|tantivy-build|tantivy-floor|brief-query|tantivy-query CORPUS WORK [--merge none|log]

mod brief_side;
mod floor;
mod tantivy_side;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant, SystemTime};

/// One query form, as both sides spell it. In brief's language a bare word
/// is a prefix (`ministry` finds `ministry's`); a quoted one is exact.
pub enum Search {
    Word(&'static str),
    Prefix(&'static str),
    Phrase(&'static [&'static str]),
    Fuzzy(&'static str, u8),
}

impl Search {
    pub fn label(&self) -> String {
        match self {
            Search::Word(w) => format!("\"{w}\""),
            Search::Prefix(p) => format!("{p}*"),
            Search::Phrase(ws) => format!("\"{}\"", ws.join(" ")),
            Search::Fuzzy(w, d) => format!("{w}~{d}"),
        }
    }

    /// The query in brief's language; `None` where brief has no such term yet.
    pub fn brief_query(&self) -> Option<String> {
        match self {
            Search::Fuzzy(..) => None,
            _ => Some(self.label()),
        }
    }
}

const SEARCHES: &[Search] = &[
    Search::Word("zhytomyrska"),
    Search::Word("ministry"),
    Search::Prefix("zhytomyrska"),
    Search::Prefix("ministry"),
    Search::Prefix("m"),
    Search::Phrase(&["gas", "transit"]),
    Search::Fuzzy("zhytomirska", 1),
    Search::Fuzzy("zhytomirska", 2),
    Search::Fuzzy("minstry", 1),
    Search::Fuzzy("minstry", 2),
];

/// Lines of `metric<TAB>value<TAB>note` on stdout, which the script joins.
pub struct Report;

impl Report {
    fn line(&mut self, metric: &str, value: String, note: &str) {
        println!("{metric}\t{value}\t{note}");
    }

    pub fn secs(&mut self, metric: &str, took: Duration) {
        self.line(
            &format!("{metric} (s)"),
            format!("{:.2}", took.as_secs_f64()),
            "",
        );
    }

    pub fn millis(&mut self, metric: &str, took: Duration) {
        let ms = took.as_secs_f64() * 1e3;
        self.line(&format!("{metric} (ms)"), format!("{ms:.3}"), "");
    }

    pub fn count(&mut self, metric: &str, n: usize) {
        self.line(metric, n.to_string(), "");
    }

    pub fn na(&mut self, metric: &str) {
        self.line(&format!("{metric} (ms)"), "n/a".into(), "");
    }

    pub fn query(&mut self, label: &str, how: &str, took: Duration, hits: usize) {
        let ms = took.as_secs_f64() * 1e3;
        let metric = format!("query {label} ({how}) (ms)");
        self.line(&metric, format!("{ms:.3}"), &format!("{hits} hits"));
    }
}

/// The median time of `f` over several runs after warming up, and its answer.
pub fn median(mut f: impl FnMut() -> usize) -> (Duration, usize) {
    let mut answer = 0;
    for _ in 0..2 {
        answer = f();
    }
    let mut times: Vec<Duration> = (0..11)
        .map(|_| {
            let started = Instant::now();
            answer = std::hint::black_box(f());
            started.elapsed()
        })
        .collect();
    times.sort();
    (times[times.len() / 2], answer)
}

/// The briefing files under `corpus`, in the order brief finds them.
pub fn briefing_files(corpus: &Path) -> Vec<PathBuf> {
    brief::load::find(&[corpus.to_path_buf()], false, Default::default())
        .files
        .into_iter()
        .map(|f| f.path)
        .collect()
}

/// `dir`, emptied or made, for an index built anew.
pub fn empty_folder(dir: &Path) {
    let _ = std::fs::remove_dir_all(dir);
    std::fs::create_dir_all(dir).expect("index folder");
}

/// The process's peak resident memory, from the kernel.
fn peak_rss_mb() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
        .map_or(0, |kb| kb / 1024)
}

fn size_mb(dir: &Path) -> f64 {
    fn bytes(dir: &Path) -> u64 {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return 0;
        };
        entries
            .flatten()
            .map(|e| match e.file_type() {
                Ok(t) if t.is_dir() => bytes(&e.path()),
                _ => e.metadata().map_or(0, |m| m.len()),
            })
            .sum()
    }
    bytes(dir) as f64 / 1e6
}

/// A new briefing (a copy of the corpus's first file under a new name),
/// dated a minute back so that brief's cache does not take it for racy.
fn new_file(corpus: &Path, work: &Path) -> PathBuf {
    let first = brief::load::find(&[corpus.to_path_buf()], false, Default::default()).files[0]
        .path
        .clone();
    let ext = first.extension().and_then(|e| e.to_str()).unwrap_or("txt");
    let path = work
        .join("extra")
        .join(format!("2099-01-01_new-briefing.{ext}"));
    std::fs::copy(&first, &path).expect("write the new file");
    let file = std::fs::File::options()
        .write(true)
        .open(&path)
        .expect("open");
    let back = SystemTime::now() - Duration::from_secs(60);
    file.set_modified(back).expect("date the new file");
    path
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let usage = "usage: index_compare MODE CORPUS WORK [--merge none|log]";
    let [_, mode, corpus, work, rest @ ..] = args.as_slice() else {
        eprintln!("{usage}");
        std::process::exit(2);
    };
    let merge = match rest {
        [] => "none",
        [flag, m] if flag == "--merge" => m.as_str(),
        _ => {
            eprintln!("{usage}");
            std::process::exit(2);
        }
    };
    let (corpus, work) = (PathBuf::from(corpus), PathBuf::from(work));
    let extra = work.join("extra");
    std::fs::create_dir_all(&extra).expect("work folder");
    // brief opens the corpus and a folder for new files, on both starts.
    let paths = [corpus.clone(), extra.clone()];
    let (cache, index) = (work.join("brief-cache"), work.join("tantivy"));
    let mut report = Report;
    match mode.as_str() {
        "brief-build" => {
            brief_side::build(&paths, &cache, &mut report);
            report.count("peak RSS of the build (MB)", peak_rss_mb() as usize);
            report.line("size on disk (MB)", format!("{:.1}", size_mb(&cache)), "");
        }
        "tantivy-build" => {
            tantivy_side::build(&corpus, &index, merge, &mut report);
            report.count("peak RSS of the build (MB)", peak_rss_mb() as usize);
            report.line("size on disk (MB)", format!("{:.1}", size_mb(&index)), "");
        }
        "tantivy-floor" => {
            floor::build(&corpus, &work.join("floor"), &mut report);
            report.count("peak RSS of the build (MB)", peak_rss_mb() as usize);
        }
        "brief-query" => {
            brief_side::queries(&paths, &cache, SEARCHES, &mut report);
            let added = new_file(&corpus, &work);
            brief_side::add_one(&paths, &cache, &mut report);
            std::fs::remove_file(added).expect("remove the new file");
        }
        "tantivy-query" => {
            let (took, _) = median(|| tantivy_side::open(&index).files());
            report.millis("  of which opening the index", took);
            let opened = tantivy_side::open(&index);
            tantivy_side::queries(&opened, SEARCHES, &mut report);
            let added = new_file(&corpus, &work);
            tantivy_side::add_one(&opened, &added, merge, &mut report);
            std::fs::remove_file(added).expect("remove the new file");
        }
        _ => {
            eprintln!("{usage}");
            std::process::exit(2);
        }
    }
}
