//! Finding quotation marks: the three styles, pairing, spans.

use super::*;

fn texts(p: &str) -> Vec<String> {
    find_quotes(0, p, 0)
        .quotes
        .iter()
        .map(|q| p[q.span.clone()].to_string())
        .collect()
}

#[test]
fn finds_all_three_styles() {
    assert_eq!(
        texts("He said “we will stay here” today."),
        ["we will stay here"]
    );
    assert_eq!(
        texts("Він сказав «ми залишимося тут назавжди»."),
        ["ми залишимося тут назавжди"]
    );
    assert_eq!(
        texts(r#"She wrote "the talks are over," adding more."#),
        ["the talks are over"]
    );
    assert_eq!(
        texts(r#"He said:"we will not retreat now""#),
        ["we will not retreat now"]
    );
}

#[test]
fn apostrophes_never_open_a_quote() {
    assert!(
        texts("Russia's build-up and Ukraine’s reply, it's 'not a quote at all' here").is_empty()
    );
    assert_eq!(
        texts("“NATO's door is open to all,” he said"),
        ["NATO's door is open to all"]
    );
}

#[test]
fn a_mark_after_a_comma_and_a_space_closes() {
    assert_eq!(
        texts(r#""We ought to match our rivals on price, " he said."#),
        ["We ought to match our rivals on price"]
    );
    // Not after a sentence's end, nor past another mark.
    assert!(texts(r#""We ought to match our rivals on price. " The board agreed."#).is_empty());
    assert_eq!(
        texts(r#"She called it "a mess, " adding, "but one we can fix.""#),
        [r#"a mess, " adding, "but one we can fix."#]
    );
    let merged = texts(r#""The deal is dead, "said Rolf Ames. "We will try again, " he added."#);
    assert!(
        !merged.iter().any(|t| t.contains("Rolf Ames")),
        "{merged:?}"
    );
}

#[test]
fn unclosed_marks_are_plain_text() {
    assert!(texts("“this never closes at all").is_empty());
    assert!(texts(r#"a 5" pipe and then "an open end"#).is_empty());
    assert_eq!(
        texts("« unclosed then “three words here” ok"),
        ["three words here"]
    );
}

#[test]
fn short_scare_quotes_are_not_quotes() {
    assert!(texts(r#"the so-called "peacekeepers" arrived"#).is_empty());
    assert!(texts("two “words only” here").is_empty());
}

#[test]
fn nested_marks_belong_to_the_outer_quote() {
    assert_eq!(
        texts("«He called it “a grave mistake” in public», she said."),
        ["He called it “a grave mistake” in public"]
    );
}

#[test]
fn several_straight_quotes_pair_in_order() {
    assert_eq!(
        texts(r#""one two three," he said, "four five six.""#),
        ["one two three", "four five six."]
    );
}

#[test]
fn many_unclosed_marks_stay_linear() {
    let hostile = "“ « \"x ".repeat(200_000);
    assert!(texts(&hostile).is_empty());
}

#[test]
fn spans_cover_the_marks() {
    let p = "x “a b c” y";
    let q = &find_quotes(3, p, 0).quotes[0];
    assert_eq!(&p[q.outer.clone()], "“a b c”");
    assert_eq!(q.paragraph, 3);
}
