//! Sentences of the same shapes as the mends read on rounds 28 and 29
//! (issue 22), where a first draft of them named the wrong speaker: a
//! question set off by a comma, a role after `for` or `of`, a wire's quote
//! with no comma before a plain subject, a leading participle before a
//! name, a clause joined by `and`, and a nearer subject than the one a
//! body quotes.

use crate::load::speaker::Clause;
use crate::load::testing::speakers;

#[test]
fn a_question_set_off_by_a_comma_leaves_the_subject_whole() {
    let text = "Asked about the plan, a spokesman for the ministry said, “It is sound.”";
    assert_eq!(speakers(text), ["a spokesman for the ministry"]);
    let text =
        "Asked about the plan, Ada Voss, a spokeswoman for the company, said, “It is sound.”";
    assert_eq!(speakers(text), ["Ada Voss, a spokeswoman for the company"]);
    let text = "Asked if the court would hear the case a lawyer for the bank said, “We hope so.”";
    assert_eq!(speakers(text), ["a lawyer for the bank"]);
}

#[test]
fn a_plain_subject_after_a_wire_s_quote_with_no_comma_is_the_speaker() {
    for (text, speaker) in [
        (
            "“We will fight on” the defendant told the court.",
            "the defendant",
        ),
        (
            "“We will fight on” a source close to the talks said.",
            "a source close to the talks",
        ),
        (
            "“We will fight on” a man in the crowd shouted.",
            "a man in the crowd",
        ),
        ("“We will fight on” the coach said.", "the coach"),
    ] {
        assert_eq!(speakers(text), [speaker], "{text}");
    }
}

#[test]
fn a_leading_participle_or_preposition_is_no_part_of_a_name() {
    let named = |text: &str, end: usize| Clause::new(text).name_before(end);
    assert_eq!(named("Citing Ben Hale, chairman of Hale Steel", 3), None);
    assert_eq!(named("Unlike Ben Hale, chairman of Hale Steel", 3), None);
    assert_eq!(named("Ben Hale, chairman of Hale Steel", 2), Some(0));
    let text = "Citing Ben Hale, chairman of Hale Steel, the paper said “the mill will close.”";
    assert_ne!(speakers(text), ["Citing Ben Hale, chairman of Hale Steel"]);
    assert_eq!(speakers(text), ["the paper"]);
    let text = "Quoting Ada Voss, president of Voss Pipe, the agency said, “We must cut costs.”";
    assert_eq!(speakers(text), ["the agency"]);
}

#[test]
fn a_clause_joined_by_and_before_a_relative_clause_is_no_role() {
    let text = "Ben Hale resigned and the union, which represents the workers, said, “We will fight the cuts.”";
    assert_eq!(speakers(text), ["the union"]);
}

#[test]
fn a_nearer_subject_wins_over_one_a_body_quoted() {
    let text = "Ben Hale is the mayor of Kent.\n\nThe Kent Daily quoted one official as saying the plan was dead. Ben Hale denied that. He added, “We tried our best.”";
    assert_eq!(speakers(text), ["he (Ben Hale)"]);
}

#[test]
fn an_aside_a_time_and_a_ticker_are_no_part_of_a_speaker() {
    let text = "Hale, asked whether the deficit would shrink if the value of the pound fell further, replied, “That should be plain arithmetic.”";
    assert_eq!(speakers(text), ["Hale"]);
    let text = "After a long meeting, the party leadership late last night said it noted “the end of the present coalition.”";
    assert_eq!(speakers(text), ["the party leadership"]);
    let text = "Voss Pipe Inc <VPI> said it would cut jobs.\n\n“The outlook is firm but not strong,” Voss Pipe said in its annual report.";
    assert_eq!(speakers(text), ["Voss Pipe Inc"]);
}

#[test]
fn one_quoted_as_him_is_a_pronoun_to_resolve() {
    let text = "The Kent Daily quoted Ben Hale as saying in an interview “the bond is a good idea.”\n\nAsked what he would do at the meeting, the paper quoted him as saying “I will back it.”";
    assert_eq!(speakers(text), ["Ben Hale", "he (Ben Hale)"]);
    // Not the paper for `them`, which may stand for a body.
    let text = "Ben Hale and Ada Voss met on Monday.\n\nThe paper quoted them as saying “We will not sell the firm.”";
    assert_eq!(speakers(text), ["them"]);
}

#[test]
fn an_adverb_set_off_on_both_sides_is_passed_over() {
    let text = "Hale, too, said “We will expand the plant.”";
    assert_eq!(speakers(text), ["Hale"]);
}
