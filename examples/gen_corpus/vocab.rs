//! Word lists and templates compiled once into the forms the generator draws from.

use crate::nouns::NOUNS;
use crate::quotes::{ATTRIBUTIONS, QUOTE_FOLLOWUPS, SPEAKER_INTROS, SPEECH, UA_SPEECH};
use crate::roles::ROLES;
use crate::sentences::{
    GAS_LEADS, GAS_SENTENCES, GENERAL_HEADLINES, GENERAL_LEADS, GENERAL_SENTENCES,
    RARE_WORD_SENTENCES,
};
use crate::template::{Tpl, compile, compile_all};
use crate::topics::TOPICS;
use crate::words::VERBS;

pub struct Noun {
    pub one: &'static str,
    pub many: String,
}

fn plural(word: &str) -> String {
    let vowel_y = ["ay", "ey", "oy", "uy"].iter().any(|e| word.ends_with(e));
    if ["s", "sh", "ch", "x", "z"]
        .iter()
        .any(|e| word.ends_with(e))
    {
        format!("{word}es")
    } else if word.ends_with('y') && !vowel_y {
        format!("{}ies", &word[..word.len() - 1])
    } else {
        format!("{word}s")
    }
}

fn nouns(list: &'static [&'static str]) -> Vec<Noun> {
    list.iter()
        .map(|entry| match entry.split_once('|') {
            Some((one, many)) => Noun {
                one,
                many: many.to_string(),
            },
            None => Noun {
                one: entry,
                many: plural(entry),
            },
        })
        .collect()
}

pub struct Verb {
    pub base: &'static str,
    pub past: &'static str,
    pub gerund: &'static str,
    pub third: String,
}

fn third_person(base: &str) -> String {
    // Phrasal verbs inflect their first word: "scale back" -> "scales back".
    let (head, tail) = base.split_once(' ').unwrap_or((base, ""));
    let head = if head.ends_with('y') && !head.ends_with("ay") && !head.ends_with("oy") {
        format!("{}ies", &head[..head.len() - 1])
    } else if ["s", "sh", "ch", "x", "z"]
        .iter()
        .any(|e| head.ends_with(e))
    {
        format!("{head}es")
    } else {
        format!("{head}s")
    };
    if tail.is_empty() {
        head
    } else {
        format!("{head} {tail}")
    }
}

pub struct Topic {
    pub name: &'static str,
    pub nouns: Vec<Noun>,
    pub adjs: &'static [&'static str],
    pub insts: &'static [&'static str],
    pub sentences: Vec<Tpl>,
    pub leads: Vec<Tpl>,
    pub headlines: Vec<Tpl>,
    pub tags: &'static [&'static str],
}

pub struct Vocab {
    pub nouns: Vec<Noun>,
    pub verbs: Vec<Verb>,
    pub topics: Vec<Topic>,
    pub topic_weights: Vec<u32>,
    pub sentences: Vec<Tpl>,
    pub leads: Vec<Tpl>,
    pub headlines: Vec<Tpl>,
    pub speech: Vec<Tpl>,
    pub attributions: Vec<Tpl>,
    pub speaker_intros: Vec<Tpl>,
    pub followups: Vec<Tpl>,
    pub roles: Vec<(Tpl, &'static str)>,
    pub ua_speech: Vec<Tpl>,
    pub gas_sentences: Vec<Tpl>,
    pub gas_leads: Vec<Tpl>,
    pub rare_word: Vec<Tpl>,
}

impl Vocab {
    pub fn new() -> Vocab {
        let verbs = VERBS
            .iter()
            .map(|entry| {
                let mut parts = entry.split('|');
                let base = parts.next().unwrap();
                let past = parts.next().expect("verb without past form");
                let gerund = parts.next().expect("verb without gerund");
                Verb {
                    base,
                    past,
                    gerund,
                    third: third_person(base),
                }
            })
            .collect();
        let topics = TOPICS
            .iter()
            .map(|t| Topic {
                name: t.name,
                nouns: nouns(t.nouns),
                adjs: t.adjs,
                insts: t.insts,
                sentences: compile_all(t.sentences),
                leads: compile_all(t.leads),
                headlines: compile_all(t.headlines),
                tags: t.tags,
            })
            .collect();
        Vocab {
            nouns: nouns(NOUNS),
            verbs,
            topics,
            topic_weights: TOPICS.iter().map(|t| t.weight).collect(),
            sentences: compile_all(GENERAL_SENTENCES),
            leads: compile_all(GENERAL_LEADS),
            headlines: compile_all(GENERAL_HEADLINES),
            speech: compile_all(SPEECH),
            attributions: compile_all(ATTRIBUTIONS),
            speaker_intros: compile_all(SPEAKER_INTROS),
            followups: compile_all(QUOTE_FOLLOWUPS),
            roles: ROLES
                .iter()
                .map(|(t, short)| (compile(t), *short))
                .collect(),
            ua_speech: compile_all(UA_SPEECH),
            gas_sentences: compile_all(GAS_SENTENCES),
            gas_leads: compile_all(GAS_LEADS),
            rare_word: compile_all(RARE_WORD_SENTENCES),
        }
    }
}
