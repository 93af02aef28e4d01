//! Quote templates: speech, attributions and follow-ups.

pub const SPEECH: &[&str] = &[
    "We will not {B} the {N} under pressure from anyone.",
    "This is {a} {A} {N}, and we expect {Ns} to follow.",
    "Our {Ns} are ready, but we need {A} {Ns} from our partners.",
    "Nobody in {city} believes the {N} will hold for long.",
    "There is no decision yet, and I won't speculate about the timing.",
    "We've seen this before, and it didn't end well for anyone.",
    "The {N} is {A}, but it's not enough.",
    "Every day of delay costs us {Ns} we cannot replace.",
    "We are talking about {big} people who need {Ns} right now.",
    "What happened near {place} is the direct result of {Ns} that nobody enforced.",
    "I can confirm that the {N} was {V} on {wd}.",
    "{C'} position has not changed and it will not change.",
    "Our door remains open, but talks cannot continue while {Ns} are under fire.",
    "We have done everything the {N} requires of us.",
    "Nobody should be surprised by the {N}; the warnings were there for months.",
    "The {Ns} we received this week will make a real difference in {city}.",
    "It’s a question of weeks, not months.",
    "We don’t comment on {Ns}, but I can say the work continues.",
    "If the {N} isn’t {V} by {month}, we will have to {B} our {Ns}.",
    "We expect our partners to keep their word on the {N}.",
    "People in {place} have been without {Ns} for {num} days.",
    "The figures speak for themselves.",
    "Our teams are working around the clock to {B} the {Ns}.",
    "This {N} was {A} from the start, and everyone at the table knew it.",
    "Nobody is talking about {a} {A} {N} any more.",
];

pub const ATTRIBUTIONS: &[&str] = &[
    "said {PT}.",
    "said {Pe}.",
    "{R} said.",
    "{R} told reporters in {city}.",
    "{R} told {src}.",
    "the spokesperson told reporters.",
    "{RR} said at a briefing on {wd}.",
    "reads the statement published on the website of {I}.",
    "reads the press release published on {wd} by {I}.",
    "reads a joint statement issued after the meeting in {city}.",
    "{R} wrote on social media.",
    "{P} said in a video address.",
    "{P} told {src}.",
];

pub const SPEAKER_INTROS: &[&str] = &[
    "{R} said: ",
    "{PT} said on {wd}: ",
    "In a statement, {I} said: ",
    "{P} wrote: ",
    "Asked about the {N}, {R} replied: ",
];

pub const QUOTE_FOLLOWUPS: &[&str] = &[
    "{he} added that the {N} would be {V} by {month}.",
    "{R} did not give further details.",
    "{he} declined to say when the {Ns} would resume.",
    "{R} said {Ns} in {city} were {A}.",
    "{he} said {I} had been informed.",
];

/// Ukrainian-language quotes, without final punctuation.
pub const UA_SPEECH: &[&str] = &[
    "Ситуація залишається складною, але контрольованою",
    "Ми очікуємо від партнерів рішучих дій, а не лише заяв",
    "Усі служби працюють у посиленому режимі",
    "Ворог знову атакував околиці міста {cplace}",
    "Енергетики вже відновили живлення для більшості споживачів",
    "Переговори тривали кілька годин, але домовленостей поки немає",
    "Гуманітарний коридор з громади {cplace} працюватиме до вечора",
    "Ми не погодимося на жодні поступки за рахунок нашої території",
    "Рішення буде ухвалене найближчим часом",
    "Кожен день затримки коштує нам людських життів",
    "Експорт зерна через наші порти триває попри загрози",
    "Санкції мають бути посилені вже зараз",
    "Ремонтні бригади працюють у місті {cplace} цілодобово",
    "Евакуація з громади {cplace} триває, автобуси відправляються щогодини",
];

pub const UA_VERBS: &[(&str, &str)] = &[
    ("заявив", "заявила"),
    ("повідомив", "повідомила"),
    ("наголосив", "наголосила"),
    ("сказав", "сказала"),
    ("зазначив", "зазначила"),
];
