//! `--ascii` means ASCII: every screen, overlay and size, drawn with
//! `Symbols::ASCII` over briefings that are ASCII themselves, holds only
//! ASCII cells, so anything else on screen would be brief's own drawing.

use crate::store::Store;
use crate::tui::action::Action;
use crate::tui::help;
use crate::tui::keymap::Keymap;
use crate::tui::state::{AppState, Input, Start};
use crate::tui::testing;
use crate::tui::theme::{ColorDepth, Theme};
use crate::tui::ui::Symbols;
use crate::tui::ui::tests::render_with;

fn ascii_store() -> Store {
    let long: String = (1..=40)
        .map(|i| format!("Paragraph {i} goes on about gas transit through the region.\n\n"))
        .collect();
    let docs = [
        (
            "alpha",
            "date 2022-02-20 Kuleba met Blinken in Geneva to discuss gas transit.\n\n\
             As reported by Kyiv Wire.\n\n\
             \"We will defend every metre of our land,\" Kuleba told reporters."
                .to_string(),
        ),
        (
            "bravo",
            "+++\ntitle = \"Sanctions package agreed\"\ndate = 2022-02-22\n\
             source = \"Baltic Ledger\"\ntags = [\"sanctions\", \"eu\"]\npriority = \"high\"\n\
             summary = \"The EU agreed a first package.\"\nurl = \"https://example.org/a\"\n+++\n\
             Ministers agreed the package on Tuesday.\n\n\
             \"This is only the first step we take,\" a diplomat said."
                .to_string(),
        ),
        (
            "charlie",
            "+++\ntitle = \"Grain exports\"\ndate = 2022-02-10\npriority = \"low\"\n+++\n\
             Grain exports from Odesa continued at a record pace."
                .to_string(),
        ),
        (
            "delta",
            format!("date 2022-01-15 Weekly digest of the gas market.\n\n{long}"),
        ),
        (
            "foxtrot",
            "No header at all, so this one is undated.".to_string(),
        ),
        (
            "golf",
            format!(
                "date 2022-02-25 {} that brief cuts its title short.\n\n\
                 \"We heard nothing new from anyone today,\" reads the statement \
                 published on the website of the ministry {}.",
                "A first sentence so long ".repeat(6),
                "and of its many regional offices ".repeat(5),
            ),
        ),
    ];
    testing::store_of(&docs)
}

fn typed(text: &str) -> Vec<Input<'static>> {
    text.chars().map(|c| Action::Insert(c).into()).collect()
}

fn inputs(actions: &[Action]) -> Vec<Input<'static>> {
    actions.iter().map(|&a| a.into()).collect()
}

/// Every screen worth drawing, each as the inputs that lead to it.
fn scenarios() -> Vec<(&'static str, Vec<Input<'static>>)> {
    use Action::*;
    let mut help_search = inputs(&[Help]);
    help_search.extend(typed("since"));
    let mut query_error = inputs(&[EditQuery]);
    query_error.extend(typed("since:zzz"));
    query_error.push(Submit.into());
    let mut note = inputs(&[MoveDown, ToggleBookmark, EditNote]);
    note.extend(typed("call Ivan"));
    note.push(Submit.into());
    vec![
        ("start", Vec::new()),
        ("marked", note),
        ("detail", inputs(&[MoveDown, Open])),
        ("quotes", inputs(&[MoveDown, ToggleQuotes])),
        ("zen", inputs(&[MoveDown, Zen])),
        ("help", inputs(&[Help])),
        ("help search", help_search),
        ("problems", inputs(&[Problems])),
        ("tags", inputs(&[TagPicker, ToggleTag, MoveDown])),
        ("views", inputs(&[Views])),
        ("query error", query_error),
        ("message", inputs(&[Copy])),
        ("messages", inputs(&[CycleSort, Copy, Messages])),
        ("sorted", inputs(&[CycleSort, MoveDown])),
    ]
}

#[test]
fn every_screen_with_ascii_symbols_is_ascii() {
    let store = ascii_store();
    for b in (0..store.len()).map(|i| store.whole(crate::store::DocId::from_index(i)).unwrap()) {
        let cut = crate::load::is_cut_title(&b.title, &b.paragraphs[0]);
        assert!((b.title.is_ascii() || cut) && b.paragraphs.iter().all(|p| p.is_ascii()));
    }
    let golf = store.whole(store.find_id("golf").unwrap()).unwrap();
    assert!(
        golf.title.ends_with('…'),
        "a title brief cut: {}",
        golf.title
    );
    let said = golf.quotes[0].attribution.as_deref().unwrap_or("");
    assert!(said.ends_with('…'), "an attribution brief cut: {said}");
    let theme = Theme::default_theme(ColorDepth::Ansi16);
    for size in [(60, 20), (80, 24), (120, 40), (200, 50)] {
        for (name, inputs) in scenarios() {
            let start = Start {
                symbols: Symbols::ASCII,
                help_rows: help::rows(&Keymap::default(), &Symbols::ASCII),
                ..Start::defaults(testing::today())
            };
            let mut state = AppState::start(&store, start, size);
            testing::run(&mut state, &store, &inputs);
            let terminal = render_with(&store, &state, &theme, &Symbols::ASCII);
            let buf = terminal.backend().buffer();
            for y in 0..buf.area.height {
                let row: String = (0..buf.area.width).map(|x| buf[(x, y)].symbol()).collect();
                assert!(
                    row.is_ascii(),
                    "{name} at {size:?}, row {y}: {row:?}\n{}",
                    terminal.backend()
                );
            }
        }
    }
}
