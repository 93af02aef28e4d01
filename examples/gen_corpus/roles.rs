//! Roles and titles for the people quoted.

pub const ROLES: &[(&str, &str)] = &[
    ("a spokesperson for {I}", "the spokesperson"),
    ("a senior official at {I}", "the official"),
    ("the deputy head of {I}", "the deputy head"),
    ("an adviser to the prime minister", "the adviser"),
    (
        "the head of the {ucity} regional administration",
        "the governor",
    ),
    ("a senior analyst at the {rare} Institute", "the analyst"),
    (
        "a researcher at the {city} Centre for Security Studies",
        "the researcher",
    ),
    ("the chief executive of {rare} Group", "the chief executive"),
    (
        "a member of parliament from the {A} faction",
        "the lawmaker",
    ),
    ("a diplomat based in {city}", "the diplomat"),
    ("a volunteer coordinator in {place}", "the coordinator"),
    ("the mayor of {ucity}", "the mayor"),
    ("a commander in the {unit}", "the commander"),
    ("a lawyer representing {Ns}", "the lawyer"),
    ("a trader at {rare} Energy", "the trader"),
    ("an economist at {rare} Capital", "the economist"),
    ("a former deputy minister", "the former minister"),
];

pub const TITLES: &[(&str, &str)] = &[
    ("Foreign Minister", "the minister"),
    ("Deputy Foreign Minister", "the deputy minister"),
    ("Energy Minister", "the minister"),
    ("Defence Minister", "the minister"),
    ("Finance Minister", "the minister"),
    ("Ambassador", "the ambassador"),
    ("Commissioner", "the commissioner"),
    ("Colonel", "the colonel"),
    ("Major General", "the general"),
    ("Deputy Prime Minister", "the deputy prime minister"),
    ("Prosecutor General", "the prosecutor general"),
    ("Mayor", "the mayor"),
    ("Senator", "the senator"),
    ("Governor", "the governor"),
    ("Rear Admiral", "the admiral"),
];

/// (male, female)
pub const UA_ROLES: &[(&str, &str)] = &[
    (
        "речник міністерства закордонних справ",
        "речниця міністерства закордонних справ",
    ),
    (
        "голова обласної військової адміністрації",
        "голова обласної військової адміністрації",
    ),
    (
        "представник Міністерства енергетики",
        "представниця Міністерства енергетики",
    ),
    ("заступник міністра оборони", "заступниця міністра оборони"),
    ("міський голова", "міська голова"),
    ("речник Генерального штабу", "речниця Генерального штабу"),
    ("командир батальйону", "командирка батальйону"),
    ("волонтер", "волонтерка"),
];
