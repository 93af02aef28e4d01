//! Topic tables: each briefing draws extra nouns, templates and tags from one.

mod cyber;
mod diplomacy;
mod economy;
mod energy;
mod eu;
mod grain;
mod humanitarian;
mod justice;
mod military;
mod nuclear;
mod sanctions;
mod transport;

pub struct TopicSrc {
    pub name: &'static str,
    pub weight: u32,
    pub nouns: &'static [&'static str],
    pub adjs: &'static [&'static str],
    pub insts: &'static [&'static str],
    pub sentences: &'static [&'static str],
    pub leads: &'static [&'static str],
    pub headlines: &'static [&'static str],
    pub tags: &'static [&'static str],
}

pub const TOPICS: &[TopicSrc] = &[
    military::TOPIC,
    diplomacy::TOPIC,
    energy::TOPIC,
    sanctions::TOPIC,
    humanitarian::TOPIC,
    economy::TOPIC,
    grain::TOPIC,
    justice::TOPIC,
    eu::TOPIC,
    cyber::TOPIC,
    transport::TOPIC,
    nuclear::TOPIC,
];
