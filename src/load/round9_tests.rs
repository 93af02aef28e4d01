//! Speakers as wire copy gives them, read on the ninth labelled round
//! (issue 22), each case reworded into our own sentences: a time before
//! the verb, a firm with commas in it, a described speaker, who closes a
//! long sentence, and whom a pronoun after a possessive or a ticker means.

use crate::load::testing::speakers;

#[test]
fn a_time_before_the_verb_is_no_part_of_the_speaker() {
    let text =
        "Marsh as recently as March 3 said that “there is little room for tax cuts this year.”";
    assert_eq!(speakers(text), ["Marsh"]);
    let text = "Marsh on Tuesday said that “there is little room for tax cuts this year.”";
    assert_eq!(speakers(text), ["Marsh"]);
    let text = "“The vote is close,” the Group of 5 said.";
    assert_eq!(speakers(text), ["the Group of 5"]);
}

#[test]
fn a_firm_with_commas_stays_with_the_role() {
    let text = "“It is a precedent worth having,” Varga, a partner with Dent, Hale, Orr and Finch, told a conference.";
    assert_eq!(
        speakers(text),
        ["Varga, a partner with Dent, Hale, Orr and Finch"]
    );
}

#[test]
fn a_described_speaker_keeps_the_name_they_are_with() {
    let text = "One aide attending the talks with Finance Minister Rui Prado said “we have come here without a plan and they know it.”";
    assert_eq!(
        speakers(text),
        ["One aide attending the talks with Finance Minister Rui Prado"]
    );
}

#[test]
fn a_role_before_a_name_goes_after_it_and_a_clause_stays_whole() {
    let text = "Vantor chairman, Ruth E. Lamb said in her letter to shareholders, “that lower debt gives us room.”";
    assert_eq!(speakers(text), ["Ruth E. Lamb, Vantor chairman"]);
    let text =
        "“It is a step forward,” said bond futures analysts Omar Reid of Lowe, Dent, Finch Inc.";
    assert_eq!(
        speakers(text),
        ["Omar Reid of Lowe, Dent, bond futures analysts"]
    );
    let text = "“It will take weeks,” said Ian Berg of Dutch towing experts Hale Marine of Delft.";
    assert_eq!(
        speakers(text),
        ["Ian Berg, of Dutch towing experts Hale Marine of Delft"]
    );
}

#[test]
fn who_closes_a_long_sentence_said_its_quote() {
    let text = "Vantor AG would have reported a rise in profits “close to double figures” rather than the actual two pct had it not been for the fire in its warehouse, a senior company official said.";
    assert_eq!(speakers(text), ["a senior company official"]);
}

#[test]
fn a_pronoun_finds_a_name_after_a_possessive_a_ticker_or_one() {
    let text = "“The cut is not the cause,” Lamb said.\n\nHowever, the Budget Office's Omar Reid argued that the cut was a mistake.\n\n“Now all the options are poor,” he said.";
    assert_eq!(
        speakers(text),
        ["Lamb", "he (the Budget Office's Omar Reid)"]
    );
    let text = "One Dutch trader said demand is rising fast.\n\n“It will not be easy to cut demand,” he said.";
    assert_eq!(speakers(text), ["he (One Dutch trader)"]);
    let text = "Vantor Co Plc <VNT.L> said it had won a large contract.\n\n“The award is a triumph for the system,” it said.";
    assert_eq!(speakers(text), ["it (Vantor Co Plc)"]);
}
