//! Speakers as wire copy gives them, read on the ninth to seventeenth
//! labelled rounds (issue 22), each case reworded into our own
//! sentences: a time before the verb, a firm with commas in it, a described
//! speaker, who closes a long sentence, `which` of a body, a lower-case
//! wire, and whom a pronoun after a possessive, a ticker, a role, an
//! inverted `said`, a lower-case subject, `who said` or a long closing role
//! means.

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
    let text = "“It is a step forward,” said bond futures analysts Omar Reid of Lowe Dent Inc.";
    assert_eq!(
        speakers(text),
        ["Omar Reid of Lowe Dent Inc, bond futures analysts"]
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

// Read on the tenth round.

#[test]
fn which_of_a_body_leaves_the_person_the_clause_opens_with() {
    let text = "Ida Berg, chair of the Harbour Credit Board, HCB, which runs the scheme, yesterday said a market would help “as long as the board is a key player.”";
    assert_eq!(speakers(text), ["Ida Berg"]);
}

#[test]
fn a_lower_case_wire_gives_a_titled_speaker_and_the_pronoun_after() {
    let text = "“we hope the banks accept it,” central bank president rui prado said.\n\n“the reality is that our capacity is hurt,” he added.";
    assert_eq!(
        speakers(text),
        [
            "central bank president rui prado",
            "he (central bank president rui prado)"
        ]
    );
}

#[test]
fn a_pronoun_finds_a_name_after_its_role_or_ending_like_a_participle() {
    let text = "Vantor's spiritual leader, Elder Omar Reid, warned the nation against discord, the radio said.\n\nHe said people should guard against those who aimed to “break us and destroy every one of us.”";
    assert_eq!(
        speakers(text),
        ["he (Elder Omar Reid, Vantor's spiritual leader)"]
    );
    let text = "“We will keep to the plan,” he said.\n\nOutput includes oil from the shared zone, Ruiz said.\n\nKing Omar of Vantor, in an interview with the agency, said the kingdom wanted stable prices.\n\n“Vantor does not decide prices by itself,” he said.";
    assert_eq!(speakers(text), ["he", "he (King Omar, of Vantor)"]);
}

#[test]
fn a_pronoun_means_who_an_inverted_said_names_inside_a_sentence() {
    let text = "Officials met Erich von Hallen, the visiting German president.\n\n\
        “I expect the debt will come up” in the talks, said Tomas Ruiz Ortega, speaker of the \
        lower house and an ally of the president, before the meeting.\n\n\
        He said that “most of Europe and Germany above all” had backed easier terms.";
    assert_eq!(
        speakers(text),
        ["", "he (Tomas Ruiz Ortega, speaker of the lower house)"]
    );
}

#[test]
fn a_pronoun_means_the_titled_subject_of_a_lower_case_wire() {
    let text = "a new fee will change nothing in the venture signed today, delta chairman paul orr said.\n\n\
        “this was discussed at length in the talks,” he told reporters.\n\n\
        north rail chairman sam kell said the deal will help both sides.\n\n\
        “we are looking to a long relationship with both of them,” he said.";
    assert_eq!(
        speakers(text),
        [
            "he (delta chairman paul orr)",
            "he (north rail chairman sam kell)"
        ]
    );
}

#[test]
fn retorted_cautioned_and_alleged_report_but_an_alleged_thing_does_not() {
    let text = "“I am puzzled by those remarks,” retorted Vance, a manager for the utility.";
    assert_eq!(speakers(text), ["Vance, a manager for the utility"]);
    let text = "“Care is needed when reading the rise,” cautioned Dent Bank's Orr.";
    assert_eq!(speakers(text), ["Dent Bank's Orr"]);
    let text = "Halvex alleged that its rivals are “raiders who want control of the market.”";
    assert_eq!(speakers(text), ["Halvex"]);
    let text = "“It is a veiled attempt at control of the market,” the company alleged.";
    assert_eq!(speakers(text), ["the company"]);
    let text = "Marsh said other conflicts are near - alleged state aid to shipyards - and “both sides must learn to manage them.”";
    assert_eq!(speakers(text), ["Marsh"]);
}

#[test]
fn who_describes_or_hails_a_thing_as_a_quote_said_it_but_not_a_thing_described() {
    let text = "Tarn described Orr as “friendly but careful” after the meeting.";
    assert_eq!(speakers(text), ["Tarn"]);
    let text =
        "In a statement, Halvex hailed the pact as a “turning point in the group's plan to grow.”";
    assert_eq!(speakers(text), ["Halvex"]);
    let text = "A pact described as “a turning point for the group” was signed on Monday.";
    assert_eq!(speakers(text), [""]);
    let text = "The pact, hailed as “a turning point for the group,” was signed on Monday.";
    assert_eq!(speakers(text), [""]);
}

#[test]
fn a_middle_initial_keeps_the_full_name_whole() {
    let text = "Vantor Co plans to slow its growth this year, Chairman Paul B. Orr told reporters.\n\n\
        Orr said after the meeting that Vantor would also slow its buying.\n\n\
        Although Orr gave no forecast, he said “we expect to regain our pace in the second half.”\n\n\
        “The plan is sound and the board is behind it,” Orr said.";
    assert_eq!(speakers(text), ["he (Paul B. Orr)", "Paul B. Orr"]);
}

#[test]
fn a_name_given_first_stays_first_whatever_its_role_names() {
    let text = "“We need to compete,” said Lee Hale, manager for Vantor's Data Systems Division.";
    assert_eq!(
        speakers(text),
        ["Lee Hale, manager for Vantor's Data Systems Division"]
    );
    let text = "“Prices keep creeping up,” said Gus Orr, a partner of land agent Dent Hill Kent.";
    assert_eq!(
        speakers(text),
        ["Gus Orr, a partner of land agent Dent Hill Kent"]
    );
}

#[test]
fn a_leading_adverb_is_no_part_of_the_speaker() {
    let text = "Rather, Gould said, “the client only served some wealthy customers.”";
    assert_eq!(speakers(text), ["Gould"]);
}

#[test]
fn a_pronoun_after_a_clause_of_its_own_may_mean_its_subject() {
    let text = "Prime Minister Ann Roe spoke first.\n\n\
        Although Marsh denounced what he said was “the current wave of election fever,” he \
        added: “It is likely there will be a vote this year.”";
    assert_eq!(speakers(text), ["he", "he"]);
}

#[test]
fn a_long_role_closing_a_sentence_is_who_a_pronoun_means() {
    let text = "Dan Orr, an economist at Vantor, said gas demand fell in March.\n\nLower prices would make gas very competitive, Ann Kowal, vice president of market research at the Northern Gas Group said.\n\n“We expect gas to win back much of the market in the third quarter,” she said.";
    assert_eq!(
        speakers(text),
        ["she (Ann Kowal, vice president of market research at the Northern Gas Group)"]
    );
}

#[test]
fn who_said_makes_a_candidate_for_a_pronoun() {
    let text = "“We need sense in the talks,” Hale said on Monday.\n\nHe was echoed by the deputy planning minister, Ada Ruiz Orta, who said the delay made planning hard. “It is a sad affair,” she told the meeting.";
    assert_eq!(speakers(text), ["Hale", "she (Ada Ruiz Orta)"]);
}

#[test]
fn a_pronoun_after_one_of_a_group_means_that_one_or_no_one_named() {
    let text = "Jan Kowal, the union leader, said the rises were “too steep for most families to bear.”\n\nWestern diplomats said the move was a small step. “This is a small price to pay for calm,” one said, adding that fuel would matter more.\n\nHe noted there had been a long press campaign, “clearly aimed at those who do the shopping,” he said.";
    assert_eq!(
        speakers(text),
        [
            "Jan Kowal, the union leader",
            "one of the Western diplomats",
            "he (one of the Western diplomats)"
        ]
    );
    // `one` of no group named is someone unnamed: the pronoun stays.
    let text = "Jan Kowal, the union leader, said the rises were “too steep for most families to bear.”\n\n“This is a small price to pay for calm,” one said, adding that fuel would matter more.\n\nHe noted there had been a long press campaign, “clearly aimed at those who do the shopping,” he said.";
    assert_eq!(speakers(text), ["Jan Kowal, the union leader", "one", "he"]);
    let text = "Jan Kowal, the union leader, said the rises were “too steep for most families to bear.”\n\n“This is a small price to pay for calm,” one of the diplomats said.\n\nHe noted there had been a long press campaign, “clearly aimed at those who do the shopping,” he said.";
    assert_eq!(
        speakers(text),
        [
            "Jan Kowal, the union leader",
            "one of the diplomats",
            "he (one of the diplomats)"
        ]
    );
}

#[test]
fn a_pronoun_never_means_a_firm_whose_name_opens_like_a_person_s() {
    let text = "Hale Brothers Holdings Ltd <HALE.L> said it planned a bonus issue of new shares.\n\nHale Brothers announced earlier a jump in profits.\n\nIt quoted chairman Peter Orr as saying Hale Brothers achieved the result through good trade in most parts of the group.\n\nHe said the stake in the bank is “a long term investment that gives us no strain at all.”";
    assert_eq!(speakers(text), ["he"]);
}

#[test]
fn a_quote_inside_its_sentence_is_not_followed_by_who_said_it() {
    let text = "Voss said she was ready to “simplify and then remove” the rules for non-residents and would announce details next week.";
    assert_eq!(speakers(text), ["Voss"]);
    let text = "The trustee said the state would call “at an early date” a meeting of bondholders, including holders of the new notes.";
    assert_eq!(speakers(text), ["The trustee"]);
    let text = "“There is no change” the minister said.";
    assert_eq!(speakers(text), ["the minister"]);
    let text = "“Finding a buyer for the rest will be a hard task” he said.";
    assert_eq!(speakers(text), ["he"]);
}

#[test]
fn a_name_before_a_role_and_a_description_is_the_speaker() {
    let text = "Ada Voss, president of Voss Hale Pipe Co, a large maker of pipes in Gdansk, told Reuters, “We expect to sell fewer pipes this year.”";
    assert_eq!(speakers(text), ["Ada Voss, president of Voss Hale Pipe Co"]);
    let text = "Ada Voss, president of Voss Pipe and the new company, which will make valves, said, “Sales will be better this year.”";
    assert_eq!(
        speakers(text),
        ["Ada Voss, president of Voss Pipe and the new company"]
    );
    let text = "Ada Voss, president and chief executive of Voss Pipe, which will make valves, said, “Sales will be better this year.”";
    assert_eq!(
        speakers(text),
        ["Ada Voss, president and chief executive of Voss Pipe"]
    );
}

#[test]
fn who_answers_a_question_the_sentence_opens_with_is_the_speaker() {
    let text = "Asked if Voss Pipe had any plans to sell abroad a spokesman said “Not now. It is a long-term idea.”";
    assert_eq!(speakers(text), ["a spokesman"]);
    let text = "Questioned about the plan he said “It is fine as it stands.”";
    assert_eq!(speakers(text), ["he"]);
}

#[test]
fn a_pronoun_after_a_quoted_speaker_means_the_one_quoted() {
    let text = "One writer said the plan was not ripe.\n\n“There are too many things beyond our control,” the writer said.\n\nRemarks by officials of the new market echoed his caution. The Kent Daily quoted one official as saying the city does not intend to open a market. “We must go slowly and guide trading onto a sound track,” he said.";
    let got = speakers(text);
    assert_eq!(got[0], "the writer");
    assert_eq!(got[1], "he (one official)");
    let text = "“We do not see this as a bidding game,” Jan Roe told reporters.\n\nRoe said the firm had weighed its bid and he quoted an analyst, whom he would not name, as saying the firm would not raise it.\n\n“It is much too early to speculate,” he said.";
    assert_eq!(speakers(text)[1], "he (Jan Roe)");
}
