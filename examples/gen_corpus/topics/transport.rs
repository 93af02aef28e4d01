//! The transport topic's vocabulary for generated briefings.

use super::TopicSrc;

pub const TOPIC: TopicSrc = TopicSrc {
    name: "transport",
    weight: 5,
    nouns: &[
        "railway",
        "rail gauge",
        "locomotive",
        "bridge",
        "highway",
        "airport",
        "airspace",
        "flight",
        "airline",
        "timetable",
        "carriage",
        "freight train",
        "logistics hub",
        "contractor",
        "tender",
        "ferry|ferries",
        "rail link",
        "passenger service",
        "track",
        "station",
        "overpass",
    ],
    adjs: &["European-gauge", "high-speed", "intercity", "suburban"],
    insts: &[
        "the state railway company",
        "the Ministry of Infrastructure",
        "the roads agency",
        "the civil aviation authority",
        "the restoration agency",
    ],
    sentences: &[
        "The state railway company added {num} overnight trains between {ucity} and {ucity} for the holidays.",
        "Freight trains carrying {Ns} were delayed by up to {num} hours after {a} {N} near {place}.",
        "The airspace over {C} remains closed to civilian flights, the civil aviation authority said.",
        "Repairs to the bridge at {place} are expected to cost {amt} and last until {month}.",
        "A European-gauge railway line to {ucity} is due to open in 2025, {I} said.",
    ],
    leads: &[
        "The state railway company restored services between {ucity} and {ucity} on {wd} after repair crews fixed {a} {A} section of track near {place}.",
        "Authorities reopened the bridge at {place} to traffic on {wd}, {num} months after it was hit, {I} said.",
    ],
    headlines: &[
        "Rail link to {ucity} restored after repairs",
        "Bridge at {place} reopens to traffic",
    ],
    tags: &["railways", "infrastructure", "reconstruction", "border"],
};
