//! One briefing: front matter or date header, lead and paragraphs.

use std::fmt::Write as _;

use crate::calendar::{civil_from_days, days_from_civil};
use crate::doc::Doc;
use crate::organisations::SOURCES;
use crate::rng::Rng;
use crate::tags::TAG_NAMES;
use crate::text::{hard_wrap, push_slug, push_toml_string};
use crate::vocab::Vocab;

pub struct Written {
    pub year: i64,
    pub month: u32,
    pub hex: u64,
    pub curated: bool,
}

pub const FIRST_DAY: (i64, u32, u32) = (2019, 1, 1);
pub const LAST_DAY: (i64, u32, u32) = (2024, 12, 31);

pub fn briefing(
    v: &Vocab,
    seed: u64,
    index: usize,
    planted: bool,
    out: &mut String,
    scratch: &mut String,
) -> Written {
    let mut rng = Rng::stream(seed, 1, index as u64);
    let hex = rng.next_u64();
    let first = days_from_civil(FIRST_DAY.0, FIRST_DAY.1, FIRST_DAY.2);
    let last = days_from_civil(LAST_DAY.0, LAST_DAY.1, LAST_DAY.2);
    let day = if rng.chance(0.3) {
        // The news spike of 2022.
        let from = days_from_civil(2022, 2, 1);
        from + rng.below((days_from_civil(2022, 12, 31) - from + 1) as usize) as i64
    } else {
        first + rng.below((last - first + 1) as usize) as i64
    };
    let (year, month, dom) = civil_from_days(day);
    let topic = &v.topics[rng.weighted(&v.topic_weights)];
    let curated = rng.chance(0.30);
    let source = *rng.zipf(SOURCES);
    let curly_apostrophe = rng.chance(0.7);
    let mut doc = Doc::new(v, topic, rng, day, source, curly_apostrophe);
    let gas = (topic.name == "energy" && doc.rng.chance(0.35)) || doc.rng.chance(0.004);
    let shape = doc.rng.unit();
    let paragraphs = if shape < 0.08 {
        doc.rng.range(2, 3)
    } else if shape < 0.975 {
        doc.rng.range(3, 11)
    } else {
        doc.rng.range(16, 36)
    };
    let quotes = doc.rng.weighted(&[15, 30, 30, 15, 10]);
    let wrap = doc.rng.chance(0.08).then(|| doc.rng.range(66, 80));

    out.clear();
    if curated {
        // Render title and summary first: they need escaping.
        scratch.clear();
        let tpl = if doc.rng.chance(0.65) {
            doc.rng.pick(&topic.headlines)
        } else {
            doc.rng.pick(&v.headlines)
        };
        doc.sentence(tpl, scratch);
        out.push_str("+++\ntitle = ");
        push_toml_string(out, scratch);
        let _ = write!(out, "\ndate = {year:04}-{month:02}-{dom:02}\nsource = ");
        push_toml_string(out, source);
        if doc.rng.chance(0.9) {
            out.push_str("\nurl = \"https://example.org/");
            push_slug(out, source, 40);
            out.push('/');
            push_slug(out, scratch, 60);
            out.push('"');
        }
        out.push_str("\ntags = [");
        let n_topic = doc.rng.range(1, 3.min(topic.tags.len()));
        let mut chosen: [&str; 6] = [""; 6];
        let mut count = 0;
        for k in 0..n_topic + doc.rng.range(0, 2) {
            let tag = if k < n_topic {
                *doc.rng.pick(topic.tags)
            } else {
                *doc.rng.zipf(TAG_NAMES)
            };
            if !chosen[..count].contains(&tag) {
                chosen[count] = tag;
                count += 1;
            }
        }
        for (k, tag) in chosen[..count].iter().enumerate() {
            if k > 0 {
                out.push_str(", ");
            }
            push_toml_string(out, tag);
        }
        out.push(']');
        let priority = doc.rng.weighted(&[10, 80, 10]);
        if priority != 1 || doc.rng.chance(0.5) {
            out.push_str("\npriority = ");
            push_toml_string(out, ["low", "normal", "high"][priority]);
        }
        if doc.rng.chance(0.85) {
            scratch.clear();
            let n = if doc.rng.chance(0.3) { 2 } else { 1 };
            for k in 0..n {
                if k > 0 {
                    scratch.push(' ');
                }
                let tpl = if doc.rng.chance(0.6) {
                    doc.rng.pick(&topic.sentences)
                } else {
                    doc.rng.pick(&v.sentences)
                };
                doc.sentence(tpl, scratch);
            }
            out.push_str("\nsummary = ");
            push_toml_string(out, scratch);
        }
        out.push_str("\n+++\n");
    }

    let body_start = out.len();
    if !curated {
        if doc.rng.chance(0.01) {
            out.push('\u{FEFF}');
        }
        if doc.rng.chance(0.85) {
            out.push(' ');
        }
        let _ = write!(out, "date {year:04}-{month:02}-{dom:02} ");
    }
    doc.lead(gas, planted, out);
    if let Some(width) = wrap {
        hard_wrap(out, body_start, width, scratch);
    }

    let reported = !curated && doc.rng.chance(0.85);
    let reported_last = doc.rng.chance(0.2);
    if reported && !reported_last {
        let _ = write!(out, "\n\nAs reported by {source}.");
    }
    let mut quotes_left = quotes;
    for p in 0..paragraphs {
        out.push_str("\n\n");
        let start = out.len();
        if quotes_left > 0 && doc.rng.below(paragraphs - p) < quotes_left {
            quotes_left -= 1;
            doc.quote_paragraph(gas, out);
        } else {
            doc.paragraph(gas, out);
        }
        if let Some(width) = wrap {
            hard_wrap(out, start, width, scratch);
        }
    }
    if reported && reported_last {
        let _ = write!(out, "\n\nAs reported by {source}.");
    }
    if doc.rng.chance(0.95) {
        out.push('\n');
    }
    if doc.rng.chance(0.02) {
        let crlf = out.replace('\n', "\r\n");
        *out = crlf;
    }
    Written {
        year,
        month,
        hex,
        curated,
    }
}
