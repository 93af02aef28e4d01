//! Tests of did you mean: the words suggested when the filter finds
//! nothing, and taking them while typing and after Enter.

use crate::tui::action::Action;
use crate::tui::state::Target;
use crate::tui::testing::{ids, run, setup};

fn typed(text: &str) -> Vec<Action> {
    text.chars().map(Action::Insert).collect()
}

#[test]
fn a_search_that_finds_nothing_suggests_the_nearest_words() {
    let (store, mut s) = setup(80, 24);
    run(&mut s, &store, &[Action::Search]);
    run(&mut s, &store, &typed("kul"));
    assert!(s.suggestion.is_none(), "kul starts kuleba");
    run(&mut s, &store, &typed("bea"));
    assert!(ids(&s, &store).is_empty());
    let (target, suggestion) = s.suggestion.clone().expect("a suggestion");
    assert_eq!(target, Target::Search);
    assert_eq!(suggestion.words, ["kuleba"]);
    run(&mut s, &store, &[Action::TakeSuggestion]);
    assert_eq!(
        s.filter.text(Target::Search),
        "kuleba",
        "Tab takes it while typing"
    );
    assert_eq!(ids(&s, &store), ["alpha"]);
    assert!(s.suggestion.is_none());
    assert!(s.filter.editing.is_some(), "still typing");
}

#[test]
fn after_enter_the_key_takes_it_and_the_query_too() {
    let (store, mut s) = setup(80, 24);
    run(&mut s, &store, &[Action::EditQuery]);
    run(&mut s, &store, &typed("odessa~ tag:energy"));
    run(&mut s, &store, &[Action::Submit]);
    assert!(ids(&s, &store).is_empty());
    assert_eq!(
        s.suggestion.as_ref().map(|(t, _)| *t),
        None,
        "odessa~ matches odesa; tags leave nothing, and no word is misspelt"
    );
    run(&mut s, &store, &[Action::EditQuery, Action::ClearLine]);
    run(&mut s, &store, &typed("odesa grian"));
    run(&mut s, &store, &[Action::Submit]);
    assert_eq!(s.suggestion.as_ref().map(|(t, _)| *t), Some(Target::Query));
    run(&mut s, &store, &[Action::TakeSuggestion]);
    assert_eq!(s.filter.query, "odesa grain");
    assert_eq!(ids(&s, &store), ["charlie"]);
    run(&mut s, &store, &[Action::TakeSuggestion]);
    assert_eq!(s.filter.query, "odesa grain", "nothing left to take");
}
