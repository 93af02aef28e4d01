//! Tests of the keys that lookup needs: the sort orders, moving while a
//! search is typed, the match and quote counters, the tag picker's filter.

use crate::store::Store;
use crate::tui::action::Action;
use crate::tui::state::{AppState, Sort};
use crate::tui::testing::{ids, run, setup, store_of, today};

fn selected_id(state: &AppState, store: &Store) -> String {
    store
        .whole(state.selected_doc().unwrap())
        .unwrap()
        .id
        .clone()
}

#[test]
fn sort_cycles_through_both_date_orders_and_keeps_the_selection() {
    let (store, mut s) = setup(120, 40);
    run(&mut s, &store, &[Action::MoveDown]);
    run(&mut s, &store, &[Action::CycleSort]);
    assert_eq!(s.sort, Sort::Oldest);
    assert_eq!(s.message.as_deref(), Some("sorted oldest first"));
    assert_eq!(
        ids(&s, &store),
        ["echo", "delta", "charlie", "alpha", "bravo", "foxtrot"],
        "oldest first, the undated last"
    );
    assert_eq!(selected_id(&s, &store), "alpha");
    run(&mut s, &store, &[Action::CycleSort]);
    assert_eq!(s.sort, Sort::Priority);
    assert_eq!(ids(&s, &store)[0], "bravo");
    assert_eq!(selected_id(&s, &store), "alpha");
    run(&mut s, &store, &[Action::CycleSort]);
    assert_eq!(
        ids(&s, &store),
        ["bravo", "alpha", "charlie", "echo", "delta", "foxtrot"]
    );
    run(&mut s, &store, &[Action::CycleSort]);
    assert_eq!(s.sort, Sort::Relevance);
    assert_eq!(
        s.message.as_deref(),
        Some("sorted by relevance: no words to score, so newest first")
    );
    assert_eq!(
        ids(&s, &store),
        ["bravo", "alpha", "charlie", "delta", "echo", "foxtrot"]
    );
    run(&mut s, &store, &[Action::CycleSort]);
    assert_eq!(s.sort, Sort::Newest);
    assert_eq!(s.message.as_deref(), Some("sorted newest first"));
}

#[test]
fn relevance_puts_many_mentions_in_a_short_text_first_and_follows_the_search() {
    let padding = "Delegations met in the capital and agreed to meet again soon. ".repeat(8);
    let store = store_of(&[
        (
            "once",
            format!("date 2022-02-20 The pipeline was idle. {padding}"),
        ),
        (
            "often",
            "date 2022-01-05 Pipeline after pipeline: pipeline talks.".into(),
        ),
        ("none", format!("date 2022-02-25 {padding}")),
    ]);
    let mut s = AppState::new(&store, today(), (120, 40));
    run(&mut s, &store, &[Action::Search]);
    run(&mut s, &store, &typed("pipe"));
    run(&mut s, &store, &[Action::Submit]);
    assert_eq!(ids(&s, &store), ["once", "often"], "newest first");
    run(&mut s, &store, &[Action::CycleSort; 4]);
    assert_eq!(s.message.as_deref(), Some("sorted by relevance"));
    assert_eq!(ids(&s, &store), ["often", "once"]);
    run(&mut s, &store, &[Action::Search]);
    run(&mut s, &store, &typed("pipeline"));
    assert_eq!(ids(&s, &store), ["often", "once"], "re-ranked as typed");
    let cleared = vec![Action::DeleteBack; "pipeline".len()];
    run(&mut s, &store, &cleared);
    assert_eq!(
        ids(&s, &store),
        ["none", "once", "often"],
        "no words: newest first"
    );
}

fn typed(text: &str) -> Vec<Action> {
    text.chars().map(Action::Insert).collect()
}

#[test]
fn down_and_up_move_the_selection_while_the_search_is_typed() {
    let (store, mut s) = setup(80, 24);
    run(&mut s, &store, &[Action::Search]);
    run(&mut s, &store, &typed("g"));
    assert_eq!(ids(&s, &store), ["alpha", "charlie", "delta"]);
    run(&mut s, &store, &[Action::MoveDown, Action::MoveDown]);
    assert_eq!(selected_id(&s, &store), "delta");
    run(&mut s, &store, &[Action::MoveDown]);
    assert_eq!(selected_id(&s, &store), "delta", "stops at the last");
    assert_eq!(s.filter.text(crate::tui::state::Target::Search), "g");
    assert!(s.filter.editing.is_some(), "the field keeps the keys");
    run(&mut s, &store, &typed("a"));
    assert_eq!(ids(&s, &store), ["alpha", "delta"]);
    assert_eq!(
        selected_id(&s, &store),
        "delta",
        "typing keeps the selection"
    );
    run(&mut s, &store, &[Action::MoveUp, Action::Submit]);
    assert_eq!(selected_id(&s, &store), "alpha");
    assert_eq!(s.filter.search, "ga", "Enter keeps the search");
}

#[test]
fn down_moves_while_the_query_is_typed() {
    let (store, mut s) = setup(120, 40);
    run(&mut s, &store, &[Action::EditQuery]);
    run(&mut s, &store, &typed("since:2022-02-01"));
    run(&mut s, &store, &[Action::MoveDown]);
    assert_eq!(selected_id(&s, &store), "alpha");
    assert_eq!(
        s.filter.text(crate::tui::state::Target::Query),
        "since:2022-02-01"
    );
}

#[test]
fn n_and_brackets_say_which_of_how_many() {
    let (store, mut s) = setup(120, 16);
    run(&mut s, &store, &[Action::Search]);
    run(&mut s, &store, &typed("gas"));
    run(&mut s, &store, &[Action::Submit, Action::NextMatch]);
    assert_eq!(selected_id(&s, &store), "alpha");
    assert_eq!(s.message.as_deref(), Some("match 1/1"));
    run(&mut s, &store, &[Action::NextMatch]);
    assert_eq!(selected_id(&s, &store), "delta");
    let count = s.detail.layout.matches.len();
    assert_eq!(s.message, Some(format!("match 1/{count}")));
    run(&mut s, &store, &[Action::NextMatch, Action::NextMatch]);
    assert_eq!(s.message, Some(format!("match 3/{count}")));
    run(&mut s, &store, &[Action::PrevMatch]);
    assert_eq!(s.message, Some(format!("match 2/{count}")));

    let (store, mut s) = setup(120, 40);
    run(&mut s, &store, &[Action::MoveDown, Action::NextQuote]);
    assert_eq!(selected_id(&s, &store), "alpha");
    let count = store.whole(s.selected_doc().unwrap()).unwrap().quotes.len();
    assert!(count > 1, "alpha has quotes");
    assert_eq!(s.message, Some(format!("quote 1/{count}")));
    run(&mut s, &store, &[Action::NextQuote]);
    assert_eq!(s.message, Some(format!("quote 2/{count}")));
    run(&mut s, &store, &[Action::PrevQuote]);
    assert_eq!(s.message, Some(format!("quote 1/{count}")));
}

#[test]
fn zen_text_is_as_wide_as_the_terminal_allows_up_to_the_setting() {
    let (store, mut s) = setup(200, 50);
    run(&mut s, &store, &[Action::Zen]);
    assert_eq!(s.detail_size().1, 100, "the default maximum");
    run(&mut s, &store, &[crate::tui::state::Input::Resize(80, 24)]);
    assert_eq!(
        s.detail_size().1,
        78,
        "the terminal less a margin each side"
    );
    s.zen_width = 60;
    run(&mut s, &store, &[crate::tui::state::Input::Resize(200, 50)]);
    assert_eq!(s.detail_size().1, 60);
}

fn picker(state: &AppState) -> &crate::tui::state::TagPicker {
    match &state.overlay {
        crate::tui::state::Overlay::Tags(picker) => picker,
        _ => panic!("the tag picker is open"),
    }
}

fn listed(state: &AppState) -> Vec<&str> {
    let p = picker(state);
    p.list.shown.iter().map(|&i| p.tags[i].as_str()).collect()
}

#[test]
fn typing_narrows_the_tag_picker_and_space_picks_the_tag_under_the_cursor() {
    let (store, mut s) = setup(80, 24);
    run(&mut s, &store, &[Action::TagPicker]);
    assert_eq!(listed(&s), ["energy", "eu", "sanctions"]);
    run(&mut s, &store, &[Action::MoveDown, Action::MoveDown]);
    assert_eq!(picker(&s).list.cursor, 2);
    run(&mut s, &store, &typed("n"));
    assert_eq!(
        listed(&s),
        ["energy", "sanctions"],
        "those containing the text"
    );
    assert_eq!(picker(&s).list.cursor, 0, "the cursor on the first listed");
    run(&mut s, &store, &typed("s"));
    assert_eq!(listed(&s), ["sanctions"]);
    run(&mut s, &store, &[Action::ToggleTag]);
    assert_eq!(picker(&s).picked, ["sanctions"]);
    run(&mut s, &store, &typed("x"));
    assert!(listed(&s).is_empty());
    run(&mut s, &store, &[Action::MoveDown, Action::ToggleTag]);
    assert_eq!(picker(&s).picked, ["sanctions"], "nothing to pick");
    run(&mut s, &store, &[Action::ClearLine]);
    assert_eq!(listed(&s).len(), 3);
    run(&mut s, &store, &typed("E"));
    assert_eq!(listed(&s), ["energy", "eu"], "ignoring case");
    run(&mut s, &store, &[Action::DeleteBack, Action::Submit]);
    assert_eq!(ids(&s, &store), ["bravo"]);
}

#[test]
fn tags_starting_with_the_text_are_listed_first() {
    let (store, mut s) = setup(80, 24);
    run(&mut s, &store, &[Action::TagPicker]);
    let crate::tui::state::Overlay::Tags(p) = &mut s.overlay else {
        panic!("the tag picker is open")
    };
    p.tags = ["germany", "energy", "eu", "ukraine"]
        .map(String::from)
        .to_vec();
    let typed = crate::tui::state::editor::LineEditor::new("e");
    p.list = crate::tui::state::narrow::NarrowedList::new(&p.tags, typed);
    assert_eq!(listed(&s), ["energy", "eu", "germany", "ukraine"]);
}
