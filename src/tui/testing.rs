//! A small store for the reader's tests.

use std::path::Path;

use chrono::NaiveDate;

use crate::load::{Loaded, TagRule, parse_text};
use crate::store::Store;
use crate::tui::state::{AppState, Effect, Input, Start, update};

pub fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2022, 2, 25).unwrap()
}

pub fn store() -> Store {
    let long: String = (1..=60)
        .map(|i| {
            format!("Paragraph {i} of the long digest mentions gas only at the end of the day.\n\n")
        })
        .collect();
    let docs = [
        ("alpha", "date 2022-02-20 Kuleba met Blinken in Geneva to discuss gas transit.\n\nAs reported by Kyiv Wire.\n\n“We will defend every metre of our land,” Kuleba told reporters.\n\nLater he added: «Переговори тривають, але ми готові до всього».".to_string()),
        ("bravo", "+++\ntitle = \"Sanctions package agreed\"\ndate = 2022-02-22\nsource = \"Baltic Ledger\"\ntags = [\"sanctions\", \"eu\"]\npriority = \"high\"\nsummary = \"The EU agreed a first package.\"\n+++\nMinisters agreed the package on Tuesday.\n\n\"This is only the first step we take,\" a diplomat said.".to_string()),
        ("charlie", "date 2022-02-10 Grain exports from Odesa continued at a record pace.\n\nAs reported by Odesa Evening Post.".to_string()),
        ("delta", format!("date 2022-01-15 Weekly digest of the gas market.\n\n{long}As reported by Transit Weekly.")),
        ("echo", "date 2022-01-05 Quiet day at the border; no quotes here.\n\nAs reported by Pontic Monitor.".to_string()),
        ("foxtrot", "No header at all, so this one is undated and sorts last.".to_string()),
    ];
    store_of(&docs)
}

/// A store of `(id, text)` briefings, with a rule tagging `gas` as `energy`.
pub fn store_of(docs: &[(&str, String)]) -> Store {
    let briefings = docs
        .iter()
        .map(|(id, text)| parse_text(Path::new(id), id, text))
        .collect();
    crate::library::build(Loaded::of(briefings, rules()))
}

/// The tag rules of the test stores: `gas` tags `energy`.
pub fn rules() -> Vec<TagRule> {
    vec![TagRule {
        tag: "energy".into(),
        phrases: vec![vec!["gas".into()]],
    }]
}

/// A watchlist for the test store: Kuleba twice in alpha, Odesa twice in
/// charlie (each once in the title that leads the text), a phrase in bravo's summary, one deep in delta's text.
pub fn watchlist() -> crate::watch::Watchlist {
    let text = r#"
[[watch]]
name = "Kuleba"
match = ["Kuleba", "Кулеба"]
[[watch]]
name = "Odesa"
[[watch]]
name = "EU package"
match = ["first package"]
[[watch]]
name = "Paragraph 50"
"#;
    let (list, diags) = crate::watch::from_text(Path::new("watchlist.toml"), text);
    assert!(diags.is_empty(), "{diags:?}");
    list
}

/// The test store and a reader state on it at `w` x `h`.
pub fn setup(w: u16, h: u16) -> (Store, AppState) {
    let store = store();
    let state = AppState::new(&store, today(), (w, h));
    (store, state)
}

/// The test store and a reader on it at `w` x `h` following the test watchlist.
pub fn setup_watching(w: u16, h: u16) -> (Store, AppState) {
    let store = store();
    let start = Start {
        watchlist: watchlist(),
        ..Start::defaults(today())
    };
    let state = AppState::start(&store, start, (w, h));
    (store, state)
}

/// Settings with saved views, each a name and its query.
pub fn with_views(views: &[(&str, &str)]) -> Start<'static> {
    let views = views
        .iter()
        .map(|&(name, query)| crate::config::View {
            name: name.into(),
            query: query.into(),
        })
        .collect();
    Start {
        views,
        ..Start::defaults(today())
    }
}

/// Hands `inputs` to `update` in order; the effects they asked for.
pub fn run<'a, I: Into<Input<'a>> + Clone>(
    state: &mut AppState,
    store: &'a Store,
    inputs: &[I],
) -> Vec<Effect> {
    inputs
        .iter()
        .flat_map(|i| update(state, store, i.clone()))
        .collect()
}

/// The ids of the briefings the list shows, in order.
pub fn ids(state: &AppState, store: &Store) -> Vec<String> {
    state
        .shown
        .iter()
        .map(|&d| store.whole(d).unwrap().id.clone())
        .collect()
}

/// Each character of `text` typed.
pub fn typed(text: &str) -> Vec<crate::tui::action::Action> {
    text.chars()
        .map(crate::tui::action::Action::Insert)
        .collect()
}
