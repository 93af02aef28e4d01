//! Tests of `update` for each action: moving, focus, search, filters, overlays.

use super::*;
use crate::tui::layout::Focus;
use crate::tui::state::{AppState, Input, Overlay, TagMode};
use crate::tui::testing;

use testing::setup;

use testing::run;

use testing::ids;

fn selected_id(state: &AppState, store: &Store) -> String {
    store
        .whole(state.selected_doc().unwrap())
        .unwrap()
        .id
        .clone()
}

fn typed(text: &str) -> Vec<Action> {
    text.chars().map(Action::Insert).collect()
}

#[test]
fn starts_with_everything_newest_first() {
    let (store, state) = setup(120, 40);
    assert_eq!(
        ids(&state, &store),
        ["bravo", "alpha", "charlie", "delta", "echo", "foxtrot"]
    );
    assert_eq!(state.selected, 0);
    assert_eq!(state.focus, Focus::List);
}

#[test]
fn list_movement() {
    let (store, mut s) = setup(120, 8);
    run(&mut s, &store, &[Action::MoveDown, Action::MoveDown]);
    assert_eq!(selected_id(&s, &store), "charlie");
    run(&mut s, &store, &[Action::MoveUp]);
    assert_eq!(s.selected, 1);
    run(&mut s, &store, &[Action::Bottom]);
    assert_eq!(s.selected, 5);
    assert!(s.list_offset > 0, "the selection stays visible");
    run(&mut s, &store, &[Action::Top]);
    assert_eq!((s.selected, s.list_offset), (0, 0));
    run(&mut s, &store, &[Action::PageDown]);
    assert_eq!(s.selected, s.list_height().min(5));
    run(&mut s, &store, &[Action::PageUp, Action::HalfPageDown]);
    assert_eq!(s.selected, s.list_height() / 2);
    run(&mut s, &store, &[Action::HalfPageUp]);
    assert_eq!(s.selected, 0);
    run(&mut s, &store, &[Action::MoveUp]);
    assert_eq!(s.selected, 0, "stops at the top");
}

#[test]
fn detail_scrolls_by_line_and_page() {
    let (store, mut s) = setup(120, 20);
    run(
        &mut s,
        &store,
        &[Action::Bottom, Action::MoveUp, Action::MoveUp, Action::Open],
    );
    assert_eq!(selected_id(&s, &store), "delta");
    assert_eq!(s.focus, Focus::Detail);
    run(&mut s, &store, &[Action::MoveDown, Action::MoveDown]);
    assert_eq!(s.detail.scroll, 2);
    run(&mut s, &store, &[Action::PageDown]);
    assert_eq!(s.detail.scroll, 2 + s.detail_size().0);
    run(&mut s, &store, &[Action::HalfPageUp]);
    assert_eq!(
        s.detail.scroll,
        2 + s.detail_size().0 - s.detail_size().0 / 2
    );
    run(&mut s, &store, &[Action::Bottom]);
    assert_eq!(s.detail.scroll, s.max_scroll(s.detail_size().0));
    run(&mut s, &store, &[Action::MoveDown]);
    assert_eq!(
        s.detail.scroll,
        s.max_scroll(s.detail_size().0),
        "never past the end"
    );
    run(
        &mut s,
        &store,
        &[Action::Top, Action::HalfPageDown, Action::PageUp],
    );
    assert_eq!(s.detail.scroll, 0);
}

#[test]
fn focus_cycles_through_visible_panes() {
    let (store, mut s) = setup(120, 40);
    run(&mut s, &store, &[Action::FocusNext]);
    assert_eq!(s.focus, Focus::Detail);
    run(&mut s, &store, &[Action::FocusNext]);
    assert_eq!(s.focus, Focus::List, "two panes at 120 columns");
    run(&mut s, &store, &[Action::FocusPrev]);
    assert_eq!(s.focus, Focus::Detail);
    let (store, mut wide) = setup(200, 50);
    run(&mut wide, &store, &[Action::FocusPrev]);
    assert_eq!(wide.focus, Focus::Quotes, "three panes at 200 columns");
}

#[test]
fn narrow_terminals_show_one_pane_and_esc_goes_back() {
    let (store, mut s) = setup(50, 20);
    run(&mut s, &store, &[Action::Open]);
    assert!(s.areas().detail.is_some());
    assert!(s.areas().list.is_none());
    run(&mut s, &store, &[Action::Back]);
    assert_eq!(s.focus, Focus::List);
    assert!(s.areas().list.is_some());
}

#[test]
fn quotes_pane_cursor_enter_and_brackets() {
    let (store, mut s) = setup(200, 50);
    run(&mut s, &store, &[Action::MoveDown]);
    assert_eq!(selected_id(&s, &store), "alpha");
    run(
        &mut s,
        &store,
        &[Action::FocusPrev, Action::MoveDown, Action::Open],
    );
    assert_eq!(s.quote_cursor, 1);
    assert_eq!(s.detail.marked_quote, Some(1));
    run(&mut s, &store, &[Action::PrevQuote]);
    assert_eq!(s.detail.marked_quote, Some(0));
    run(&mut s, &store, &[Action::NextQuote, Action::NextQuote]);
    assert_eq!(s.detail.marked_quote, Some(1), "stays on the last quote");
    run(&mut s, &store, &[Action::Top]);
    assert_eq!(s.quote_cursor, 0);
    run(
        &mut s,
        &store,
        &[
            Action::FocusNext,
            Action::MoveDown,
            Action::MoveDown,
            Action::NextQuote,
        ],
    );
    assert_eq!(s.message.as_deref(), Some("this briefing has no quotes"));
}

#[test]
fn search_narrows_as_you_type_and_esc_restores() {
    let (store, mut s) = setup(120, 40);
    run(&mut s, &store, &[Action::Search]);
    assert!(s.filter.editing.is_some());
    run(&mut s, &store, &typed("gra"));
    assert_eq!(ids(&s, &store), ["charlie"]);
    run(&mut s, &store, &[Action::DeleteBack, Action::DeleteBack]);
    assert_eq!(
        ids(&s, &store),
        ["alpha", "charlie", "delta"],
        "words starting with g"
    );
    run(&mut s, &store, &[Action::Cancel]);
    assert!(s.filter.editing.is_none());
    assert_eq!(s.filter.search, "");
    assert_eq!(ids(&s, &store).len(), 6);
    run(&mut s, &store, &[Action::Search]);
    run(&mut s, &store, &typed("gas"));
    run(&mut s, &store, &[Action::Submit]);
    assert_eq!(s.filter.search, "gas");
    assert_eq!(ids(&s, &store), ["alpha", "delta"]);
    run(&mut s, &store, &[Action::Back]);
    assert_eq!(s.filter.search, "", "Esc clears the search");
}

#[test]
fn full_query_editing_with_errors() {
    let (store, mut s) = setup(120, 40);
    run(&mut s, &store, &[Action::EditQuery]);
    run(&mut s, &store, &typed("tag:sanctions"));
    assert_eq!(ids(&s, &store), ["bravo"]);
    run(&mut s, &store, &typed(" since:2022-99"));
    assert!(s.filter.error.is_some());
    assert_eq!(
        ids(&s, &store),
        ["bravo"],
        "an error keeps the last good result"
    );
    run(&mut s, &store, &[Action::Submit]);
    assert!(s.filter.editing.is_some(), "cannot keep a broken query");
    run(&mut s, &store, &[Action::ClearLine]);
    run(&mut s, &store, &typed("priority:high"));
    run(
        &mut s,
        &store,
        &[
            Action::CursorHome,
            Action::DeleteForward,
            Action::CursorEnd,
            Action::CursorLeft,
            Action::CursorRight,
            Action::Insert(' '),
        ],
    );
    assert_eq!(
        s.filter.text(crate::tui::state::Target::Query),
        "riority:high "
    );
    run(&mut s, &store, &[Action::DeleteWord]);
    assert_eq!(s.filter.text(crate::tui::state::Target::Query), "");
    run(&mut s, &store, &typed("priority:high"));
    run(&mut s, &store, &[Action::Submit]);
    assert_eq!(s.filter.query, "priority:high");
    assert_eq!(ids(&s, &store), ["bravo"]);
    run(&mut s, &store, &[Action::EditQuery, Action::ClearLine]);
    run(&mut s, &store, &typed("tag:nothing-here"));
    assert!(s.shown.is_empty());
    run(&mut s, &store, &[Action::Cancel]);
    assert_eq!(
        ids(&s, &store),
        ["bravo"],
        "Esc restores the query as it was"
    );
    run(
        &mut s,
        &store,
        &[Action::EditQuery, Action::ClearLine, Action::Submit],
    );
    run(&mut s, &store, &[Action::EditQuery]);
    run(&mut s, &store, &typed("-source:kyiv"));
    run(&mut s, &store, &[Action::Submit, Action::Back]);
    assert_eq!(
        s.filter.query, "",
        "Esc clears the filter once the search is empty"
    );
}

#[test]
fn next_match_walks_the_text_then_the_next_briefing() {
    let (store, mut s) = setup(120, 16);
    run(&mut s, &store, &[Action::NextMatch]);
    assert!(s.message.as_deref().unwrap().contains("search with /"));
    run(&mut s, &store, &[Action::Search]);
    run(&mut s, &store, &typed("gas"));
    run(&mut s, &store, &[Action::Submit]);
    assert_eq!(selected_id(&s, &store), "alpha");
    run(&mut s, &store, &[Action::NextMatch]);
    assert_eq!(s.detail.current_match, Some(0));
    run(&mut s, &store, &[Action::NextMatch]);
    assert_eq!(
        selected_id(&s, &store),
        "delta",
        "on into the next briefing"
    );
    assert_eq!(s.detail.current_match, Some(0));
    let matches = s.detail.layout.matches.len();
    assert!(matches > 60);
    run(&mut s, &store, &[Action::NextMatch, Action::NextMatch]);
    assert_eq!(s.detail.current_match, Some(2));
    assert!(s.detail.scroll > 0);
    run(&mut s, &store, &[Action::PrevMatch]);
    assert_eq!(s.detail.current_match, Some(1));
    run(&mut s, &store, &[Action::PrevMatch, Action::PrevMatch]);
    assert_eq!(selected_id(&s, &store), "alpha");
    run(&mut s, &store, &[Action::PrevMatch, Action::PrevMatch]);
    assert_eq!(s.message.as_deref(), Some("no more matches above"));
}

#[test]
fn tag_picker_counts_picks_and_applies() {
    let (store, mut s) = setup(120, 40);
    run(&mut s, &store, &[Action::TagPicker]);
    let Overlay::Tags(p) = &s.overlay else {
        panic!("picker open")
    };
    assert_eq!(p.tags[0], "energy");
    assert_eq!(p.counts[0], 2);
    assert_eq!(p.total, 6);
    run(&mut s, &store, &[Action::ToggleTag]);
    let Overlay::Tags(p) = &s.overlay else {
        panic!()
    };
    assert_eq!(p.total, 2);
    run(&mut s, &store, &[Action::MoveDown, Action::ToggleTag]);
    let Overlay::Tags(p) = &s.overlay else {
        panic!()
    };
    assert_eq!(p.total, 0, "energy AND eu");
    run(&mut s, &store, &[Action::ToggleTagMode]);
    let Overlay::Tags(p) = &s.overlay else {
        panic!()
    };
    assert_eq!((p.mode, p.total), (TagMode::Any, 3));
    run(&mut s, &store, &[Action::Submit]);
    assert_eq!(s.overlay, Overlay::None);
    assert_eq!(ids(&s, &store), ["bravo", "alpha", "delta"]);
    run(
        &mut s,
        &store,
        &[
            Action::TagPicker,
            Action::ClearTags,
            Action::Bottom,
            Action::Top,
            Action::Cancel,
        ],
    );
    assert_eq!(s.filter.tags.len(), 2, "Esc leaves the filter as it was");
    run(&mut s, &store, &[Action::Back]);
    assert!(s.filter.tags.is_empty());
}

#[test]
fn zen_quote_pane_help_and_quit() {
    let (store, mut s) = setup(120, 40);
    run(&mut s, &store, &[Action::Zen]);
    assert!(s.zen);
    run(&mut s, &store, &[Action::Back]);
    assert!(!s.zen);
    run(&mut s, &store, &[Action::ToggleQuotes]);
    assert!(s.areas().quotes.is_some());
    run(&mut s, &store, &[Action::ToggleQuotes]);
    assert!(s.areas().quotes.is_none());
    run(&mut s, &store, &[Action::Help]);
    run(&mut s, &store, &typed("quit"));
    let Overlay::Help(h) = &s.overlay else {
        panic!("help open")
    };
    assert_eq!(h.search.text(), "quit");
    run(
        &mut s,
        &store,
        &[
            Action::MoveDown,
            Action::MoveUp,
            Action::PageDown,
            Action::PageUp,
            Action::Cancel,
        ],
    );
    assert_eq!(s.overlay, Overlay::None);
    assert!(!s.quit);
    let before = s.clone();
    run(&mut s, &store, &[Action::Suspend]);
    assert_eq!(s, before, "suspending is the event loop's job");
    run(&mut s, &store, &[Action::Quit]);
    assert!(s.quit);
}

#[test]
fn resize_keeps_the_selection_and_relayouts() {
    let (store, mut s) = setup(120, 40);
    run(&mut s, &store, &[Action::MoveDown, Action::MoveDown]);
    let width = s.detail.layout.key.unwrap().1;
    for (w, h) in [(1, 1), (19, 5), (60, 20), (300, 100), (120, 40)] {
        run(&mut s, &store, &[Input::Resize(w, h)]);
        assert_eq!(selected_id(&s, &store), "charlie");
    }
    run(&mut s, &store, &[Input::Resize(200, 50)]);
    assert_ne!(s.detail.layout.key.unwrap().1, width);
}

#[test]
fn resizing_keeps_the_reading_position_in_the_text() {
    let (store, mut s) = setup(120, 20);
    run(
        &mut s,
        &store,
        &[Action::Bottom, Action::MoveUp, Action::MoveUp, Action::Open],
    );
    run(&mut s, &store, &vec![Action::MoveDown; 30]);
    let top = |s: &AppState| s.detail.layout.lines[s.detail.scroll].clone();
    let before = top(&s);
    let scroll = s.detail.scroll;
    for size in [(1, 1), (300, 100), (20, 6), (79, 30), (200, 50)] {
        run(&mut s, &store, &[Input::Resize(size.0, size.1)]);
    }
    run(&mut s, &store, &[Input::Resize(120, 20)]);
    assert_eq!((s.detail.scroll, top(&s)), (scroll, before.clone()));
    run(&mut s, &store, &[Input::Resize(200, 20)]);
    let crate::tui::state::detail::Line::Body { paragraph, range } = top(&s) else {
        panic!("body at the top")
    };
    let crate::tui::state::detail::Line::Body {
        paragraph: p0,
        range: r0,
    } = before
    else {
        panic!()
    };
    assert_eq!(
        paragraph, p0,
        "the same paragraph stays at the top when re-wrapped"
    );
    assert!(range.start <= r0.start && r0.start < range.end);
}

#[test]
fn a_new_search_forgets_the_old_match_cursor() {
    let (store, mut s) = setup(120, 16);
    run(&mut s, &store, &[Action::Search]);
    run(&mut s, &store, &typed("gas"));
    run(&mut s, &store, &[Action::Submit, Action::Bottom]);
    run(&mut s, &store, &[Action::NextMatch; 5]);
    assert!(s.detail.current_match.is_some());
    run(&mut s, &store, &[Action::Search]);
    run(&mut s, &store, &typed("digest"));
    run(&mut s, &store, &[Action::Submit]);
    assert_eq!(s.detail.current_match, None);
    run(
        &mut s,
        &store,
        &[Action::PrevMatch, Action::PrevMatch, Action::NextMatch],
    );
}

#[test]
fn focus_never_stays_on_a_hidden_pane() {
    let (store, mut s) = setup(50, 20);
    run(&mut s, &store, &[Action::FocusPrev]);
    assert_eq!(s.focus, Focus::Quotes);
    run(&mut s, &store, &[Input::Resize(100, 30)]);
    assert_eq!(s.focus, Focus::Detail);
}

#[test]
fn a_too_small_terminal_does_not_rewrap() {
    let (store, mut s) = setup(120, 40);
    let key = s.detail.layout.key;
    run(&mut s, &store, &[Input::Resize(10, 3)]);
    assert_eq!(s.detail.layout.key, key);
}

#[test]
fn problems_list_opens_scrolls_within_bounds_and_closes() {
    let (store, mut s) = setup(120, 40);
    assert_eq!(store.problem_count(), 1, "foxtrot has no date header");
    run(
        &mut s,
        &store,
        &[
            Action::Problems,
            Action::MoveDown,
            Action::PageDown,
            Action::Bottom,
        ],
    );
    assert_eq!(s.overlay, Overlay::Problems { scroll: 0 });
    run(
        &mut s,
        &store,
        &[Action::MoveUp, Action::PageUp, Action::Top, Action::Cancel],
    );
    assert_eq!(s.overlay, Overlay::None);
}

#[test]
fn help_search_finds_a_query_term() {
    let (store, mut s) = setup(80, 24);
    run(&mut s, &store, &[Action::Help]);
    run(&mut s, &store, &typed("since"));
    let Overlay::Help(h) = &s.overlay else {
        panic!("help open")
    };
    let found = crate::tui::help::matching(&s.help_rows, h.search.text());
    assert!(
        found.iter().any(|r| matches!(
            r,
            crate::tui::help::Row::Term(t) if t.syntax == "since:DATE"
        )),
        "{found:?}"
    );
    let found = found.len();
    run(&mut s, &store, &[Action::MoveDown, Action::MoveDown]);
    let Overlay::Help(h) = &s.overlay else {
        panic!("help open")
    };
    assert!(h.scroll < found, "scrolling stays among the rows found");
}
