//! Sentences of the same shapes as the mends read on rounds 28 and 29
//! (issue 22), where a first draft of them named the wrong speaker: a
//! question set off by a comma, a role after `for` or `of`, a wire's quote
//! with no comma before a plain subject, a leading participle before a
//! name, a clause joined by `and`, and a nearer subject than the one a
//! body quotes. Then the shapes read on rounds 32 and 33: a long
//! sentence closed by an inverted `said` or by a role with a ticker,
//! several exchanges, and a second quote `adding` to the first.

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

#[test]
fn who_closes_a_long_sentence_is_read_whole() {
    let text = "The high level of real interest rates suggests that there is scope for further declines in money market rates, but the central bank is unlikely to promote such a drop as long as the currency remains weak, said Voss Hale and Co Inc chairman Ada Voss.\n\nShe said after the meeting that rates could fall but, “I do not think the bank will act.”";
    assert_eq!(
        speakers(text),
        ["she (Ada Voss, Voss Hale and Co Inc chairman)"]
    );
    // What a closing `said` reports is no speaker.
    let text = "“This is one of the few times the consensus was right,” said Ada Voss, a trader at Hale and Co.\n\nVoss, whose firm was one of the first to trade index futures and options, said the general trend of the market has been upward for months. “Every time the market dips, someone comes along with more money,” she said.";
    assert_eq!(speakers(text)[1], "she (Ada Voss)");
    let text = "Exchanges and their agents should end all their limits on the flow of market data to banks and to the investment community at large, as they hold back trade in every market, Voss Holdings Plc <VOS.L> chairman Sir Ada Hale said.\n\nIn the annual report, he said talks had brought agreement with the Tokyo and London Stock Exchanges for fuller access.\n\n“Many other markets keep their limits,” he added.";
    assert_eq!(
        speakers(text),
        ["he (Sir Ada Hale, Voss Holdings Plc <VOS.L> chairman)"]
    );
    // An inverted `said` early in a long sentence is still read.
    let text = "Prices will fall, said Ada Voss, chairman of Voss Steel, who has run the company since 1975 and who also heads the industry's trade association, which speaks for more than forty mills across the north of the country and abroad, from the ports of the west to the mines of the east.\n\n“We are ready,” she said.";
    assert_eq!(speakers(text), ["she (Ada Voss, chairman of Voss Steel)"]);
}

#[test]
fn several_exchanges_are_no_person() {
    let text = "Exchanges and telecommunications authorities should abolish their limits on the free flow of information to the investment and banking communities.\n\nIn the annual report, he said talks had brought agreement with the Tokyo and London Stock Exchanges for fuller, but still not complete, access to market data.\n\n“Many other markets keep their limits,” he added.";
    assert_eq!(speakers(text), ["he"]);
}

#[test]
fn a_quote_adding_to_the_one_before_has_its_speaker() {
    for (text, speaker) in [
        (
            "“We are ready to go,” said Ada Voss, chairman of Voss Steel Co, adding, “There is no new capacity anywhere.”",
            "Ada Voss, chairman of Voss Steel Co",
        ),
        (
            "“We are ready to go,” said Ada Voss, adding: “There is no new capacity anywhere.”",
            "Ada Voss",
        ),
        (
            "“We are ready to go,” said Ada Voss, professor of economics at Hale University, adding, “There is no new capacity anywhere.”",
            "Ada Voss, professor of economics",
        ),
    ] {
        assert_eq!(speakers(text), [speaker, speaker], "{text}");
    }
    // Someone else adding is their own speaker.
    let text = "“We are ready to go,” said Ada Voss, with Ben Hale adding, “There is no new capacity anywhere.”";
    assert_ne!(speakers(text)[1], "Ada Voss");
    let text = "“We are ready to go,” said Ada Voss, and her deputy, adding, “There is no new capacity anywhere.”";
    assert_ne!(speakers(text)[1], "Ada Voss");
    let text =
        "“We are ready to go,” said Ada Voss, the ministry adding: “There is no demand anywhere.”";
    assert!(!speakers(text)[1].starts_with("Ada Voss"));
    // A new sentence is no attribution going on.
    let text =
        "“We are ready to go,” said Ada Voss. Adding to that, “There is no new capacity anywhere.”";
    assert_eq!(speakers(text), ["Ada Voss", ""]);
}

#[test]
fn a_ticker_closing_a_role_keeps_its_mark() {
    let text = "“We are poised for a golden period,” said Ada Voss, chairman of Voss Chemical Co <VCH>, adding, “No plant is being built.”";
    let speaker = "Ada Voss, chairman of Voss Chemical Co <VCH>";
    assert_eq!(speakers(text), [speaker, speaker]);
}

#[test]
fn a_sentence_going_on_after_a_quote_is_no_speaker() {
    let text = "“We are looking at an appeal” of the ruling in the state court, the Halvex spokeswoman said.";
    assert_eq!(speakers(text), ["the Halvex spokeswoman"]);
    let text = "“Shipments of the big machines were strong in March,” after a weak January and February, said Ola Berg of Fjord Research.";
    assert_eq!(speakers(text), ["Ola Berg, of Fjord Research"]);
    // `said` after a comma with an object is no inverted speaker.
    let text = "“We seek open markets,” Jon Garr, ranking member of the banking committee, told Prime Minister Aiko Mori.";
    assert_eq!(
        speakers(text),
        ["Jon Garr, ranking member of the banking committee"]
    );
}

#[test]
fn a_name_alone_is_no_role_of_the_firm_before_it() {
    let text = "Noting that the union had clashed with Halvex's parent, Rand Air Corp, Dunn said, “We have had a hard time with Rand.”";
    assert_eq!(speakers(text), ["Dunn"]);
    // A role before the name stays its role.
    let text = "One of the strike leaders, Elmo Baro, said, “We will not go back.”";
    assert_eq!(speakers(text), ["Elmo Baro, One of the strike leaders"]);
}

#[test]
fn words_that_name_a_thing_have_no_speaker() {
    let text = "The bonds, currently dubbed “alternative participation notes,” would carry the same terms as the loan, Gonzalez said.";
    assert_eq!(speakers(text), [""]);
    let text = "The tax is what he called “a burden on the poor,” Vos said.";
    assert_eq!(speakers(text), ["Vos"]);
}

#[test]
fn a_short_quote_before_the_verb_is_no_subject() {
    let text = "“Rates,” said the bank, “are bound to rise this year.”";
    assert_eq!(speakers(text), ["the bank"]);
    let text = "“We're glad,” said Ada Voss, head of exports, “but we need more orders.”";
    assert_eq!(speakers(text), ["Ada Voss, head of exports"]);
}

#[test]
fn words_that_only_look_like_verbs_or_leads() {
    // A verb after a possessive is an adjective.
    let text = "In a press conference, Vos called the board's announced plan to cut costs “a very important step.”";
    assert_eq!(speakers(text), ["Vos"]);
    let text = "“Rates will rise,” Moody's said.";
    assert_eq!(speakers(text), ["Moody's"]);
    // A past participle after a head noun is context.
    let text = "“After talks the president named Ada Roe acting premier,” said the statement broadcast on local radio.";
    assert_eq!(speakers(text), ["the statement"]);
    // `Similarly,` leads like `However,`.
    let text = "Similarly, Ada Roe of Hale Bank in Oslo said “the rate is too high.”";
    assert_eq!(speakers(text), ["Ada Roe, of Hale Bank in Oslo"]);
}

#[test]
fn leads_titles_and_participles_around_a_subject() {
    let text = "Concerning the Gulf, Ada Oak said “we are moving forward in our talks.”";
    assert_eq!(speakers(text), ["Ada Oak"]);
    let text = "“The fundamentals remain strong,” said Harbor West vice president and treasurer Jim Ander.";
    assert_eq!(
        speakers(text),
        ["Jim Ander, Harbor West vice president and treasurer"]
    );
    let text = "Brazil stopped payments, and the Ministry statement issued on Monday said this would be lifted “when an accord is reached.”";
    assert_eq!(speakers(text), ["the Ministry statement"]);
}

#[test]
fn a_name_ending_like_a_participle_stays_whole() {
    let text = "Oil Minister Ahmed said: “Output will not rise.”";
    assert_eq!(speakers(text), ["Oil Minister Ahmed"]);
}
