//! The nuclear topic's vocabulary for generated briefings.

use super::TopicSrc;

pub const TOPIC: TopicSrc = TopicSrc {
    name: "nuclear",
    weight: 3,
    nouns: &[
        "reactor",
        "power unit",
        "cooling pond",
        "diesel generator",
        "backup power line",
        "inspector",
        "radiation level",
        "monitoring station",
        "fuel assembly|fuel assemblies",
        "spent fuel|spent fuel",
        "shutdown",
        "exclusion zone",
        "safety system",
        "control room",
        "staff rotation",
    ],
    adjs: &["nuclear", "radiological", "external"],
    insts: &[
        "the IAEA",
        "the nuclear regulator",
        "the state nuclear operator",
        "the plant management",
    ],
    sentences: &[
        "The IAEA said its experts at the site had heard {num} explosions near the nuclear power plant on {wd}.",
        "All six reactors remain in cold shutdown, the operator said.",
        "The plant lost its last backup power line for {num} hours and relied on diesel generators.",
        "Radiation levels around {place} remained within normal limits, {I} said.",
        "Nuclear safety experts warned that the {A} {N} left no margin for error.",
    ],
    leads: &[
        "The IAEA reported new shelling near the nuclear power plant on {wd}, saying the strikes damaged {a} {N} and {Ns} on site.",
        "The nuclear power plant was disconnected from the grid for {num} hours on {wd}, {I} said, forcing staff to switch to diesel generators.",
    ],
    headlines: &[
        "IAEA reports shelling near nuclear power plant",
        "Nuclear plant loses backup power line again",
    ],
    tags: &["nuclear", "energy", "un"],
};
