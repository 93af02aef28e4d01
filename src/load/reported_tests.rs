//! Speakers as rounds 34 and 35 of real wire copy wrote them (issue 22),
//! each case reworded into our own sentences: a compound is no verb, a
//! reported clause speaks only when its verb says the quote, a title's office with `the`, a name
//! among a subject's people, and a body named with a number.

use crate::load::testing::speakers;

#[test]
fn a_verb_ending_a_compound_reports_nothing() {
    let text = "Rebels hope to retake the army-ruled valley under the old “land for peace, then trade” plan.";
    assert_eq!(speakers(text), [""]);
}

#[test]
fn a_reported_clause_speaks_only_when_its_verb_says_the_quote() {
    let text = "Northvale noted that the trust's board recently declared a payout of rights “under which the directors could block any bid at all.”";
    assert_eq!(speakers(text), [""]);
    let text = "The agency reported that the minister said “talks are over for now.”";
    assert_eq!(speakers(text), ["the minister"]);
    let text = "Kuleba said that Lavrov told him “talks are over for now.”";
    assert_eq!(speakers(text), ["Lavrov"]);
    // A participle's speaker is the clause's subject, whatever it reports.
    let text = "Vos added that a president should have leeway in trade cases, saying “in the end, any government must decide in light of the national interest.”";
    assert_eq!(speakers(text), ["Vos"]);
    let text = "Roe said that she felt no need to leave her mark on the fund, noting that “I have no mission here but to be useful to it.”";
    assert_eq!(speakers(text), ["Roe"]);
}

#[test]
fn an_office_with_the_stays_in_the_title() {
    let text = "Dutch Minister of the Interior Ada Voss said she saw no cause for alarm.\n\n“Calm is in everyone's interest,” she told reporters.";
    assert_eq!(
        speakers(text),
        ["she (Ada Voss, Dutch Minister of the Interior)"]
    );
    let text = "Dutch Minister of the Interior Ada Voss said “we see no cause for alarm.”";
    assert_eq!(speakers(text), ["Ada Voss, Dutch Minister of the Interior"]);
    // `Holdings of over 25 pct` is no firm's name for `it` to stand for.
    let text = "The banks met in March.\n\nHoldings of over 25 pct, which give a veto on the board, must be disclosed.\n\n“There is no reason to restrict the holdings of banks,” it said.";
    assert_eq!(speakers(text), ["it"]);
}

#[test]
fn a_name_among_the_subjects_people_is_nearest() {
    let text = "Tom Hale said the miner would earn more. “Copper prices decide it,” he added.\n\nOther brokers, including Ada Voss of Marlow Securities, rate the stock a buy. “The miner has cut its costs,” she said.";
    assert_eq!(speakers(text), ["he (Tom Hale)", "she (Ada Voss)"]);
}

#[test]
fn a_body_named_with_a_number_keeps_it() {
    let text = "The Group of 15 lending nations said in a statement that relief is needed and called for “a new attitude” from the banks.";
    assert_eq!(speakers(text), ["The Group of 15"]);
}
