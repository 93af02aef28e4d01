//! Tests of the watchlist file and of finding its phrases.

use std::path::Path;

use super::*;
use crate::model::Severity;

fn read(text: &str) -> (Watchlist, Vec<Diagnostic>) {
    from_text(Path::new("watchlist.toml"), text)
}

fn list(text: &str) -> Watchlist {
    let (list, diags) = read(text);
    assert!(diags.is_empty(), "{diags:?}");
    list
}

/// Each diagnostic as `line:col: severity`.
fn positions(diags: &[Diagnostic]) -> Vec<String> {
    diags
        .iter()
        .map(|d| format!("{}:{}: {}", d.line, d.col, d.severity))
        .collect()
}

/// Each hit as `text=entry name`.
fn found(text: &str, list: &Watchlist) -> Vec<String> {
    find(text, list)
        .into_iter()
        .map(|h| format!("{}={}", &text[h.range], list.entries()[h.entry].name))
        .collect()
}

const GOOD: &str = r#"
[[watch]]
name = "Zelensky"
match = ["Zelensky", "Зеленський", "Volodymyr Zelensky"]

[[watch]]
name = "Odesa"

[[watch]]
name = "Black Sea Fleet"
match = "Black Sea Fleet"
"#;

#[test]
fn reads_entries_with_folded_phrases() {
    let list = list(GOOD);
    let e = list.entries();
    assert_eq!(e.len(), 3);
    assert_eq!(e[0].name, "Zelensky");
    assert_eq!(
        e[0].phrases,
        [
            vec!["zelensky"],
            vec!["зеленський"],
            vec!["volodymyr", "zelensky"]
        ]
    );
    assert_eq!(e[1].phrases, [vec!["odesa"]], "the name is the phrase");
    assert_eq!(e[2].phrases, [vec!["black", "sea", "fleet"]]);
}

#[test]
fn an_empty_file_is_an_empty_list() {
    assert!(list("").is_empty());
    assert!(list("# nothing yet\n").is_empty());
}

#[test]
fn invalid_toml_is_one_error_at_its_place() {
    let (list, diags) = read("[[watch]]\nname = \"x\n");
    assert!(list.is_empty());
    assert_eq!(diags.len(), 1);
    assert_eq!(diags[0].severity, Severity::Error);
    assert_eq!(diags[0].line, 2);
    assert!(diags[0].message.contains("not valid TOML"), "{diags:?}");
}

#[test]
fn unknown_keys_are_warnings_and_the_entry_stays() {
    let (list, diags) = read("colour = 1\n[[watch]]\nname = \"Kuleba\"\nstyle = \"red\"\n");
    assert_eq!(list.entries().len(), 1);
    assert_eq!(positions(&diags), ["1:1: warning", "4:1: warning"]);
    assert!(diags[1].message.contains("unknown key `style`"));
    assert_eq!(
        diags[1].to_string(),
        "watchlist.toml:4:1: warning: unknown key `style` in a watch entry (expected name, match); ignored"
    );
}

#[test]
fn wrong_types_are_errors_at_the_value() {
    let text = "[[watch]]\nname = 7\n[[watch]]\nname = \"A\"\nmatch = 3\n\
                [[watch]]\nname = \"B\"\nmatch = [\"b\", true]\n";
    let (list, diags) = read(text);
    assert_eq!(
        positions(&diags),
        ["2:8: error", "5:9: error", "8:15: error"]
    );
    assert!(
        diags[0]
            .message
            .contains("`name` must be a string, not integer")
    );
    assert!(diags[2].message.contains("must be a string, not boolean"));
    let names: Vec<&str> = list.entries().iter().map(|e| e.name.as_str()).collect();
    assert_eq!(names, ["B"], "B keeps its good phrase");
    let (_, diags) = read("watch = \"Kuleba\"\n");
    assert_eq!(positions(&diags), ["1:9: error"]);
    let (_, diags) = read("watch = [1]\n");
    assert_eq!(positions(&diags), ["1:10: error"]);
}

#[test]
fn empty_names_and_phrases_are_reported() {
    let text = "[[watch]]\nname = \" \"\n[[watch]]\nname = \"C\"\nmatch = [\"—\", \"\"]\n\
                [[watch]]\nname = \"D\"\nmatch = []\n[[watch]]\nmatch = [\"x\"]\n";
    let (list, diags) = read(text);
    assert!(list.is_empty());
    let pos = positions(&diags);
    assert_eq!(
        pos[..4],
        [
            "2:8: error",
            "5:10: warning",
            "5:15: warning",
            "8:9: warning"
        ]
    );
    assert!(diags[1].message.contains("has no words"), "{diags:?}");
    assert!(diags[4].message.contains("needs `name"), "{diags:?}");
    assert_eq!(diags.len(), 5);
}

#[test]
fn a_missing_file_is_an_error_and_no_file_is_no_list() {
    let missing = std::env::temp_dir().join("brief-no-such-watchlist.toml");
    let loaded = load(Some(missing));
    assert!(loaded.list.is_empty());
    assert_eq!(loaded.diagnostics.len(), 1);
    assert!(
        loaded
            .summary()
            .unwrap()
            .contains("cannot read the watchlist")
    );
}

#[test]
fn matches_whole_words_ignoring_case() {
    let list = list(GOOD);
    let text = "ZELENSKY met zelensky's aides; Zelenskyy and Odesan did not count, Odesa did.";
    assert_eq!(found(text, &list), ["ZELENSKY=Zelensky", "Odesa=Odesa"]);
    assert_eq!(count("Zelensky-Odesa", &list), 2, "hyphens separate words");
}

#[test]
fn matches_cyrillic() {
    let list = list(GOOD);
    let text = "Президент ЗЕЛЕНСЬКИЙ сказав, що Зеленський — не Зеленського.";
    assert_eq!(
        found(text, &list),
        ["ЗЕЛЕНСЬКИЙ=Zelensky", "Зеленський=Zelensky"]
    );
}

#[test]
fn phrases_of_several_words_take_the_longest() {
    let list = list(GOOD);
    let text = "President Volodymyr Zelensky spoke of the Black Sea Fleet, not the Black Sea.";
    assert_eq!(
        found(text, &list),
        [
            "Volodymyr Zelensky=Zelensky",
            "Black Sea Fleet=Black Sea Fleet"
        ]
    );
    assert_eq!(
        count("Volodymyr\nZelensky", &list),
        1,
        "line breaks are spaces"
    );
    assert_eq!(count("Volodymyr. Zelensky", &list), 1, "only Zelensky");
}

#[test]
fn counts_title_summary_and_body_agreeing_with_the_index() {
    let store = crate::tui::testing::store();
    let list = list(
        "[[watch]]\nname = \"gas\"\n[[watch]]\nname = \"Kuleba\"\n\
         [[watch]]\nname = \"first package\"\n",
    );
    let candidates = list.candidates(&store);
    for (i, b) in crate::library::wholes(&store).enumerate() {
        let n = list.count_in(&b);
        let doc = crate::store::DocId::from_index(i);
        assert_eq!(n > 0, candidates.contains(doc), "{}", b.id);
        let expected = match b.id.as_str() {
            // The title is the body's first sentence, so counted once, as shown.
            "alpha" => 3,
            "bravo" => 1,  // "first package" in the summary
            "delta" => 61, // the title (the first paragraph) and 60 more
            _ => 0,
        };
        assert_eq!(n, expected, "{}", b.id);
    }
}
