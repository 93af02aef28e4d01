//! `quote:` on the command line: briefings, quotes and speakers found by
//! the words inside a quote, with and without `speaker:`, from memory and
//! from the index cache.

mod common;

use common::*;

/// Three briefings: Nazer on prices and on quotas, Ortiz on prices, and
/// prices only outside any quote.
fn folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "opec.txt",
        "date 2022-03-01 The cartel met in Vienna.\n\n\
         “We do not target oil prices at any level,” Hisham Nazer told reporters.\n\n\
         “Quotas will hold until the summer,” Nazer said.\n\n\
         “Price swings hurt every producer alike,” said Lena Ortiz, an adviser.",
    );
    write(
        dir.path(),
        "market.txt",
        "date 2022-03-02 Traders waited for the cartel.\n\n\
         “Quotas are a matter for each member,” Hisham Nazer said.\n\n\
         “Nobody here expects lower prices this year,” said Lena Ortiz.",
    );
    write(
        dir.path(),
        "desk.txt",
        "date 2022-03-03 Prices rose again on Thursday.\n\n\
         Oil prices climbed for a third day, and no one was quoted on them.",
    );
    dir
}

/// The quotes found, as id, speaker and text; none is exit 1.
fn quotes(dir: &std::path::Path, query: &str) -> Vec<(String, String, String)> {
    let out = brief()
        .args(["quotes", "--json", "-q", query])
        .arg(dir)
        .output()
        .unwrap();
    let found = json_lines(&String::from_utf8(out.stdout).unwrap());
    assert_eq!(
        out.status.code(),
        Some(if found.is_empty() { 1 } else { 0 }),
        "{query}"
    );
    found
        .iter()
        .map(|r| {
            let text = |k: &str| r[k].as_str().unwrap_or("").to_string();
            (text("id"), text("speaker"), text("text"))
        })
        .collect()
}

fn ids(dir: &std::path::Path, query: &str) -> Vec<String> {
    let out = stdout_of(brief().args(["list", "--json", "-q", query]).arg(dir));
    let rows = json_lines(&out);
    rows.iter()
        .map(|r| r["id"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn quote_finds_the_quotes_with_the_words_and_only_those() {
    let dir = folder();
    let said = quotes(dir.path(), "quote:price");
    let who: Vec<(&str, &str)> = said
        .iter()
        .map(|(id, s, _)| (id.as_str(), s.as_str()))
        .collect();
    assert_eq!(
        who,
        [
            ("market", "Lena Ortiz"),
            ("opec", "Hisham Nazer"),
            ("opec", "Lena Ortiz, an adviser")
        ],
        "quotes with a word starting with price, none about quotas: {said:?}"
    );
    assert_eq!(
        ids(dir.path(), "quote:price"),
        ["market", "opec"],
        "not the desk: its prices are not quoted"
    );
    assert_eq!(ids(dir.path(), "price"), ["desk", "market", "opec"]);
    let phrase = quotes(dir.path(), "quote:\"oil prices\"");
    assert_eq!(phrase.len(), 1, "{phrase:?}");
    assert!(phrase[0].2.contains("target oil prices"));
    assert!(quotes(dir.path(), "quote:\"prices oil\"").is_empty());
}

#[test]
fn with_speaker_a_quote_must_be_theirs_and_have_the_words() {
    let dir = folder();
    let said = quotes(dir.path(), "speaker:nazer quote:price");
    assert_eq!(said.len(), 1, "{said:?}");
    assert_eq!(
        (said[0].0.as_str(), said[0].1.as_str()),
        ("opec", "Hisham Nazer")
    );
    assert_eq!(
        ids(dir.path(), "speaker:nazer quote:price"),
        ["opec"],
        "the market has Nazer and prices, in different quotes"
    );
    assert_eq!(
        ids(dir.path(), "speaker:nazer price"),
        ["market", "opec"],
        "a word anywhere is the briefing's"
    );
    assert_eq!(
        ids(dir.path(), "-(speaker:nazer quote:price) has:quote"),
        ["market"]
    );
    let either = quotes(dir.path(), "speaker:ortiz (quote:quota OR quote:lower)");
    assert_eq!(either.len(), 1, "{either:?}");
    assert!(either[0].2.starts_with("Nobody here expects lower"));
    let not_prices = quotes(dir.path(), "speaker:nazer -quote:price");
    assert_eq!(
        not_prices.len(),
        2,
        "Nazer's two quotes on quotas: {not_prices:?}"
    );
}

#[test]
fn speakers_count_only_the_quotes_picked() {
    let dir = folder();
    let out = stdout_of(
        brief()
            .args(["speakers", "--json", "-q", "quote:quota"])
            .arg(dir.path()),
    );
    let rows = json_lines(&out);
    let counts: Vec<(&str, u64)> = rows
        .iter()
        .map(|r| {
            (
                r["speaker"].as_str().unwrap(),
                r["quotes"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        counts,
        [("Hisham Nazer", 2)],
        "Ortiz has no quote on quotas"
    );
}

#[test]
fn nothing_found_exits_1_and_a_bad_term_2() {
    let dir = folder();
    for command in ["list", "quotes", "speakers"] {
        let status = |q: &str| {
            brief()
                .args([command, "-q", q])
                .arg(dir.path())
                .output()
                .unwrap()
                .status
                .code()
        };
        assert_eq!(
            status("quote:cartel"),
            Some(1),
            "{command}: cartel is never quoted"
        );
        assert_eq!(status("quote:price"), Some(0), "{command}");
        assert_eq!(status("quote:"), Some(2), "{command}");
    }
}

/// The same answers from the index cache on disk, made and then reused.
#[test]
fn the_cache_answers_the_same() {
    let dir = tempfile::tempdir().unwrap();
    let small = folder();
    for copy in 0..brief::library::MIN_FILES.div_ceil(3) {
        for name in ["opec", "market", "desk"] {
            let text = std::fs::read_to_string(small.path().join(format!("{name}.txt"))).unwrap();
            write(dir.path(), &format!("c{copy:03}/{name}.txt"), text);
        }
    }
    let cache = tempfile::tempdir().unwrap();
    let run = |query: &str, cached: bool| {
        let mut cmd = brief();
        cmd.env("BRIEF_CACHE_DIR", cache.path());
        cmd.args(["quotes", "--json", "-q", query]).arg(dir.path());
        if !cached {
            cmd.arg("--no-cache");
        }
        stdout_of(&mut cmd)
    };
    for query in [
        "quote:price",
        "speaker:nazer quote:\"oil prices\"",
        "speaker:ortiz -quote:lower",
    ] {
        let fresh = run(query, false);
        assert!(!fresh.is_empty(), "{query}");
        assert_eq!(
            run(query, true),
            fresh,
            "a first start writing the cache: {query}"
        );
        assert_eq!(run(query, true), fresh, "a start from the cache: {query}");
    }
    let dirs = std::fs::read_dir(cache.path()).unwrap().count();
    assert!(dirs > 0, "the cache was written");
}
