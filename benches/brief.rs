//! `cargo bench`: parsing, loading, every query form on 100,000 briefings, and
//! the reader's frame and keystroke costs with 100,000 loaded.

mod corpus;

use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use std::time::SystemTime;

use brief::store::Store;
use brief::tui::action::Action;
use brief::tui::state::{AppState, update};
use brief::tui::theme::{ColorDepth, Theme};
use brief::tui::ui::{Symbols, View};
use chrono::NaiveDate;
use divan::Bencher;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn main() {
    divan::main();
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2024, 12, 31).unwrap()
}

fn big_store() -> &'static Store {
    static STORE: OnceLock<Store> = OnceLock::new();
    STORE.get_or_init(|| brief::library::open_in_memory(&[corpus::corpus(100_000)]))
}

#[divan::bench]
fn parse_one_briefing(bencher: Bencher) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("briefings/2022-01-19_blinken-kyiv-visit.txt");
    let text = std::fs::read_to_string(&path).unwrap();
    bencher
        .counter(divan::counter::BytesCount::new(text.len()))
        .bench(|| brief::load::parse_text(Path::new("b.txt"), "b", divan::black_box(&text)));
}

#[divan::bench(sample_count = 5, sample_size = 1)]
fn load_and_index_10k(bencher: Bencher) {
    let dir = corpus::corpus(10_000);
    bencher.bench(|| brief::library::open_in_memory(std::slice::from_ref(&dir)).len());
}

const QUERIES: &[&str] = &[
    "zhytomyrska",
    "ministry",
    "\"gas transit\"",
    "tag:energy since:2022-01-01 until:2022-06-30",
    "ministry -tag:energy -source:kyiv",
    // A rare name misspelt (a swap), and a common word, within 1 and 2 edits.
    "zhytomyrksa~",
    "zhytomyrksa~2",
    "minsitry~",
    "minsitry~2",
];

/// Where the benchmarks keep the index cache of the 100k corpus.
fn bench_cache() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/bench-cache")
}

fn open_cached(paths: &[PathBuf]) -> Store {
    let cache = bench_cache();
    let options = brief::library::Options {
        cache: Some(&cache),
        now: SystemTime::now(),
        links: Default::default(),
    };
    brief::library::Library::open(paths, options, &brief::progress::Progress::new()).1
}

/// The 100k corpus opened from its index cache, made first if need be.
fn cached_store() -> &'static Store {
    static STORE: OnceLock<Store> = OnceLock::new();
    STORE.get_or_init(|| {
        let paths = [corpus::corpus(100_000)];
        open_cached(&paths);
        open_cached(&paths)
    })
}

#[divan::bench(args = QUERIES)]
fn query_100k(bencher: Bencher, query: &str) {
    let store = big_store();
    bencher.bench(|| {
        let q = brief::query::parse(query).unwrap();
        brief::query::evaluate(store, &q, today()).count()
    });
}

#[divan::bench(args = QUERIES)]
fn query_100k_from_the_index_cache(bencher: Bencher, query: &str) {
    let store = cached_store();
    bencher.bench(|| {
        let q = brief::query::parse(query).unwrap();
        brief::query::evaluate(store, &q, today()).count()
    });
}

#[divan::bench(sample_count = 10, sample_size = 1)]
fn open_100k_from_the_index_cache(bencher: Bencher) {
    let paths = [corpus::corpus(100_000)];
    cached_store();
    bencher.bench(|| open_cached(&paths).len());
}

fn draw(store: &Store, state: &AppState, terminal: &mut Terminal<TestBackend>, theme: &Theme) {
    let view = View {
        store,
        state,
        theme,
        symbols: &Symbols::UNICODE,
    };
    terminal.draw(|f| f.render_widget(&view, f.area())).unwrap();
}

#[divan::bench(sample_count = 20)]
fn open_reader_state_100k(bencher: Bencher) {
    let store = big_store();
    bencher.bench(|| AppState::new(store, today(), (120, 40)).shown.len());
}

#[divan::bench]
fn frame_120x40_with_100k(bencher: Bencher) {
    let store = big_store();
    let state = AppState::new(store, today(), (120, 40));
    let theme = Theme::default_theme(ColorDepth::TrueColor);
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
    bencher.bench_local(|| draw(store, &state, &mut terminal, &theme));
}

#[divan::bench]
fn keystroke_j_with_100k(bencher: Bencher) {
    let store = big_store();
    let mut state = AppState::new(store, today(), (120, 40));
    let theme = Theme::default_theme(ColorDepth::TrueColor);
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
    bencher.bench_local(|| {
        update(&mut state, store, Action::MoveDown);
        draw(store, &state, &mut terminal, &theme);
    });
}

#[divan::bench(sample_count = 20, sample_size = 1)]
fn keystroke_typing_a_search_with_100k(bencher: Bencher) {
    typing_a_search(bencher, 0);
}

/// The last letter of the search `mini` typed, after `s` pressed `sorts`
/// times, then the frame.
fn typing_a_search(bencher: Bencher, sorts: usize) {
    let store = big_store();
    let theme = Theme::default_theme(ColorDepth::TrueColor);
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
    bencher
        .with_inputs(|| {
            let mut state = AppState::new(store, today(), (120, 40));
            let sorted = std::iter::repeat_n(Action::CycleSort, sorts);
            let typed = "min".chars().map(Action::Insert);
            for a in sorted.chain([Action::Search]).chain(typed) {
                update(&mut state, store, a);
            }
            state
        })
        .bench_local_values(|mut state| {
            update(&mut state, store, Action::Insert('i'));
            draw(store, &state, &mut terminal, &theme);
            state
        });
}

/// Query forms ranked by relevance: a common word (80% of briefings), a
/// one-letter prefix, a phrase, and a word with filters that do not score.
const RANKED: &[&str] = &[
    "ministry",
    "m",
    "\"gas transit\"",
    "ministry -tag:energy -source:kyiv",
];

#[divan::bench(args = RANKED)]
fn relevance_100k(bencher: Bencher, query: &str) {
    let store = big_store();
    bencher.bench(|| {
        let q = brief::query::parse(query).unwrap();
        let docs = brief::query::evaluate(store, &q, today());
        brief::query::rank::by_relevance(store, &q, &docs).len()
    });
}

#[divan::bench(sample_count = 20, sample_size = 1)]
fn relevance_keystroke_typing_a_search_with_100k(bencher: Bencher) {
    typing_a_search(bencher, 4);
}
