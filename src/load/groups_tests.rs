//! `one` of a group, and `they` for several named or a body but never a
//! writing (issue 22, read on labelled rounds 36 and 37), in our own
//! sentences.

use crate::load::testing::speakers;

#[test]
fn one_is_one_of_the_people_named_before_it() {
    let text = "The diplomats said they knew of no deal, but “the idea of protection is implicit,” one said.";
    assert_eq!(speakers(text), ["one of the diplomats"]);
    let text = "Share analysts in the city were split on the share price. “It wasn't a true market,” one said.";
    assert_eq!(speakers(text), ["one of the share analysts"]);
    // With no group before it, `one` stays as it is.
    let text = "“It wasn't a true market,” one said.";
    assert_eq!(speakers(text), ["one"]);
}

#[test]
fn they_stands_for_several_named_or_a_body_not_a_writing() {
    let text = "The joint report said the forecasts of the DIW and Ifo were weaker.\n\nThe DIW and Ifo expect a pick-up late in the year. “There will only be a weak upward movement,” they said.";
    assert_eq!(speakers(text), ["they (The DIW and Ifo)"]);
    let text = "The joint report said growth would slow.\n\n“There will only be a weak upward movement,” they said.";
    assert_eq!(speakers(text), ["they"]);
    let text = "The other three institutes wrote: “The decline does not mean a downturn.”\n\nThey added: “The outlook is still good.”";
    assert_eq!(
        speakers(text),
        [
            "The other three institutes",
            "they (The other three institutes)"
        ]
    );
}

#[test]
fn one_looks_for_its_group_only_a_few_sentences_back() {
    let text = format!(
        "Diplomats met today. {}",
        ["“This is a small price to pay,” one said."; 4_000].join(" ")
    );
    let said = speakers(&text);
    assert_eq!(said.len(), 4_000);
    assert_eq!(said[0], "one of the diplomats");
    assert_eq!(said[3_999], "one");
}
