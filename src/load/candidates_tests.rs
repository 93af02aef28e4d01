//! Who a pronoun's candidates are (issue 22, read on labelled rounds 38 to
//! 41), in our own sentences.

use crate::load::testing::speakers;

#[test]
fn the_one_a_radio_quotes_and_the_one_who_told_a_meeting() {
    let text = "Referring to the fleet, Ali Malek said it had not been hostile.\n\n“Their moves have been lawful,” the radio quoted him as saying.";
    assert_eq!(speakers(text), ["he (Ali Malek)"]);
    let text = "Hale has not taken unfair advantage of the link, Hale finance secretary Ada Roe told the annual meeting of the bank here.\n\nShe said: “We have taken the rough with the smooth.”";
    assert_eq!(speakers(text), ["she (Ada Roe, Hale finance secretary)"]);
}

#[test]
fn one_of_some_kind_is_a_person_and_no_rival() {
    let text = "“The manager is only nibbling at the market,” one processor said.\n\n“As long as his tactics stay the same the market will stay dull,” he added.";
    assert_eq!(speakers(text), ["one processor", "he (one processor)"]);
}

#[test]
fn a_description_stands_for_the_one_full_name_it_fits() {
    let text = "Exxon Corp chairman Lew Rawl said demand would grow.\n\nThe Exxon chairman told the meeting that synthetics could pay.\n\n“The question is when,” he said.";
    assert_eq!(speakers(text), ["he (Lew Rawl)"]);
    let text = "Finance Minister Jon Roe said the accords would hold.\n\nIn a speech, the minister said Europe needs “a better consensus on money.”\n\nOn the EMS, he said, “Our currencies need a common policy.”";
    assert_eq!(speakers(text), ["the minister", "he (Jon Roe)"]);
    // Two it fits: the description stays.
    let text = "Finance Minister Jon Roe met Trade Minister Eli Berg.\n\nIn a speech, the minister said Europe needs “a better consensus on money.”\n\nOn the EMS, he said, “Our currencies need a common policy.”";
    assert_eq!(speakers(text), ["the minister", "he (the minister)"]);
}

#[test]
fn a_name_set_off_after_a_role_or_after_according_to() {
    let text = "Robert Crandall of the Brookings Institution is a trade expert.\n\nBut the analyst, Crandall, said the tariff was unwise.\n\n“It is very dangerous to go down that road,” he said.";
    assert_eq!(speakers(text), ["he (Robert Crandall, the analyst)"]);
    let text = "The motion cites a case as “clear proof that the opinion is wrong,” according to Gibson Gale, an attorney with the firm of Hale and Dorr.\n\n“The court ruled on facts much like ours,” he said.";
    // Two who fit, the one named and the attorney: the pronoun stays.
    assert_eq!(speakers(text), ["Gibson Gale, an attorney", "he"]);
    let text = "“Gas is not free to compete,” said Lars Mako, director at Data Inc.\n\nA manager with an East Coast gas company, agreed that users feared the rules.\n\n“Open access is not yet in place,” he said.";
    assert_eq!(
        speakers(text),
        [
            "Lars Mako, director",
            "he (A manager with an East Coast gas company)"
        ]
    );
}

#[test]
fn one_or_another_of_some_kind_who_speaks() {
    let text = "One veteran debt rescheduler said Volcker deserves credit.\n\n“If it hadn't been for him, the world would look different,” he said.";
    assert_eq!(speakers(text), ["he (One veteran debt rescheduler)"]);
    let text =
        "Another arbitrageur said he expects a fight. “I can't see the board consenting,” he said.";
    assert_eq!(speakers(text), ["he (Another arbitrageur)"]);
    let text = "“We are considering legal action,” a senior bank employee told Reuters. “There has been no consultation with staff,” he added.";
    assert_eq!(
        speakers(text),
        ["a senior bank employee", "he (a senior bank employee)"]
    );
    // `Another factor was` names no one; `Another said` no one named.
    let text = "Dale Roe said prices rose.\n\nAnother factor was the harvest in Cuba, he said.\n\n“China is not a desperate buyer now,” he added.";
    assert_eq!(speakers(text), ["he (Dale Roe)"]);
    let text = "“The fear is real,” one diplomat said.\n\nAnother said the Soviet Union was waiting.\n\n“If they accept China, they must accept Moscow,” he said.";
    assert_eq!(speakers(text), ["one diplomat", "he"]);
}

#[test]
fn a_name_after_two_roles_closing_a_sentence() {
    let text = "Gas utilities will face the same costs as Brooklyn Union, Steve Rich, a supply manager with a users group, a Houston gas broker, said.\n\n“These firms are no victims of the dispute,” he said.";
    assert_eq!(
        speakers(text),
        ["he (Steve Rich, a supply manager with a users group)"]
    );
}

#[test]
fn a_description_in_lower_case_and_a_body_named_after_its_noun() {
    let text = "White House Budget Chief Jim Mills said a deal was possible.\n\n“It would be counterproductive to set out options,” the White House budget chief said.\n\n“Those in Congress underestimate the cost,” he said.";
    assert_eq!(
        speakers(text),
        ["the White House budget chief", "he (Jim Mills)"]
    );
    let text = "“We agreed to end the war,” the Emirates news agency WAM quoted him as saying.";
    assert_eq!(speakers(text), ["he"]);
}

#[test]
fn what_a_review_found_giving_wrong_speakers() {
    // `According to X,` opening a sentence: its subject is still the one
    // after the comma.
    let text = "According to Jon Roe, Ada Voss will resign soon.\n\n“I will go quietly,” she told reporters.";
    assert_eq!(speakers(text), ["she (Ada Voss)"]);
    // A description's name follows its title in the same clause, and a
    // qualified title is another post.
    let text = "Ada Voss met the minister. Jon Roe, an analyst, said the talks failed. The minister later said the plan stood.\n\n“We go on,” he said.";
    assert_ne!(speakers(text), ["he (Jon Roe)"]);
    let text = "Vice President Jon Roe met the president. The president said the plan stood.\n\n“We go on,” he said.";
    assert_eq!(speakers(text), ["he (The president)"]);
    // `One poll` is no one.
    let text = "Jon Roe spoke. One poll said support was falling.\n\n“We will win,” he said.";
    assert_eq!(speakers(text), ["he (Jon Roe)"]);
}

#[test]
fn descriptions_over_thousands_of_pronouns_read_the_titles_once() {
    let mut text = String::new();
    for _ in 0..3_000 {
        text.push_str("Finance Minister Jon Roe said the plan would hold.\n\nIn a speech, the minister said Europe needs “a better consensus on money.”\n\nOn the system, he said, “Our currencies need a common policy.”\n\n");
    }
    let said = speakers(text.trim_end());
    assert_eq!(said.len(), 6_000);
    assert_eq!(said[5_999], "he (Jon Roe)");
}
