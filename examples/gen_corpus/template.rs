//! Sentence templates compiled into literal pieces and slots. Slots:
//!
//! ```text
//!   {N} noun   {Ns} plural   {A} adjective   {X} compound adjective
//!   {V} past/participle   {B} base verb   {S} third person   {G} gerund
//!   {I} institution   {C} country   {Cx} foreign partner   {CA} adjective
//!   {city} any city   {ucity} Ukrainian city   {port}   {place}   {unit}
//!   {num} small number   {big} large number   {amt} money   {pct} percentage
//!   {mcm} gas volume   {wd} weekday   {date}   {month}   {year}   {nth}
//!   {src} the file's source   {rare} made-up proper noun
//!   {P} new person with role and trailing comma   {Pe} same, no comma
//!   {PT} titled new person   {R} known person's surname   {RR} their role
//!   {he} their pronoun   {a} a/an   {cplace} Cyrillic place
//! ```
//!
//! A trailing ' makes a slot possessive: {C'} -> Ukraine’s.

#[derive(Clone, Copy, Debug)]
pub enum Slot {
    Noun,
    Nouns,
    Adj,
    Compound,
    Past,
    Base,
    Third,
    Gerund,
    Inst,
    Country,
    OtherCountry,
    CountryAdj,
    City,
    UaCity,
    Port,
    Place,
    Unit,
    Num,
    Big,
    Amount,
    Percent,
    Mcm,
    Weekday,
    Date,
    Month,
    Year,
    Nth,
    Source,
    Coined,
    PersonIntro,
    PersonIntroEnd,
    PersonTitled,
    PersonRef,
    PersonRole,
    Pronoun,
    Article,
    CyrPlace,
}

fn slot_named(name: &str, template: &str) -> Slot {
    match name {
        "N" => Slot::Noun,
        "Ns" => Slot::Nouns,
        "A" => Slot::Adj,
        "X" => Slot::Compound,
        "V" => Slot::Past,
        "B" => Slot::Base,
        "S" => Slot::Third,
        "G" => Slot::Gerund,
        "I" => Slot::Inst,
        "C" => Slot::Country,
        "Cx" => Slot::OtherCountry,
        "CA" => Slot::CountryAdj,
        "city" => Slot::City,
        "ucity" => Slot::UaCity,
        "port" => Slot::Port,
        "place" => Slot::Place,
        "unit" => Slot::Unit,
        "num" => Slot::Num,
        "big" => Slot::Big,
        "amt" => Slot::Amount,
        "pct" => Slot::Percent,
        "mcm" => Slot::Mcm,
        "wd" => Slot::Weekday,
        "date" => Slot::Date,
        "month" => Slot::Month,
        "year" => Slot::Year,
        "nth" => Slot::Nth,
        "src" => Slot::Source,
        "rare" => Slot::Coined,
        "P" => Slot::PersonIntro,
        "Pe" => Slot::PersonIntroEnd,
        "PT" => Slot::PersonTitled,
        "R" => Slot::PersonRef,
        "RR" => Slot::PersonRole,
        "he" => Slot::Pronoun,
        "a" => Slot::Article,
        "cplace" => Slot::CyrPlace,
        _ => panic!("unknown slot {{{name}}} in template {template:?}"),
    }
}

#[derive(Clone, Copy)]
pub enum Piece {
    Lit(&'static str),
    Slot(Slot, bool),
}

pub type Tpl = Vec<Piece>;

pub fn compile(src: &'static str) -> Tpl {
    let mut pieces = Vec::new();
    let mut rest = src;
    while let Some(open) = rest.find('{') {
        if open > 0 {
            pieces.push(Piece::Lit(&rest[..open]));
        }
        let close = open + rest[open..].find('}').expect("unclosed slot in template");
        let name = &rest[open + 1..close];
        let (name, possessive) = match name.strip_suffix('\'') {
            Some(n) => (n, true),
            None => (name, false),
        };
        pieces.push(Piece::Slot(slot_named(name, src), possessive));
        rest = &rest[close + 1..];
    }
    if !rest.is_empty() {
        pieces.push(Piece::Lit(rest));
    }
    pieces
}

pub fn compile_all(list: &'static [&'static str]) -> Vec<Tpl> {
    list.iter().map(|s| compile(s)).collect()
}
