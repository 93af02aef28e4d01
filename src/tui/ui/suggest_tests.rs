//! Did you mean on screen: the filter bar offers the words and the key
//! that takes them, while typing and after Enter, at 80x24.

use super::tests::{screen, typed};
use crate::tui::action::Action;

fn misspelt(then: &[Action]) -> Vec<Action> {
    let mut actions = vec![Action::Search];
    actions.extend(typed("Kulbea"));
    actions.extend(then);
    actions
}

#[test]
fn did_you_mean_while_typing() {
    insta::assert_snapshot!(screen((80, 24), &misspelt(&[])));
}

#[test]
fn did_you_mean_after_enter_names_the_reading_key() {
    let shown = screen((80, 24), &misspelt(&[Action::Submit]));
    let bar = shown.lines().find(|l| l.contains("search:")).unwrap_or("");
    assert!(
        bar.contains("search: Kulbea   no match; did you mean kuleba? d takes it"),
        "{bar}"
    );
}
