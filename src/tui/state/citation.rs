//! What `y` copies: a quote or a briefing, with where it came from.

use crate::model::{Briefing, Quote};

/// `"text" — speaker, source, date (id)`, leaving out what is unknown.
pub fn quote(b: &Briefing, q: &Quote) -> String {
    let text = b.quote_text(q);
    let speaker = q.speaker.as_ref().map(|s| s.shown());
    format!(
        "\u{201c}{text}\u{201d} \u{2014} {}",
        b.provenance(speaker.as_deref())
    )
}

/// The title, the text, and a citation line.
pub fn briefing(b: &Briefing) -> String {
    let mut out = format!("{}\n\n", b.title);
    for p in &b.paragraphs {
        out.push_str(p);
        out.push_str("\n\n");
    }
    out.push_str(&format!("\u{2014} {}", b.provenance(None)));
    if let Some(url) = &b.url {
        out.push_str(&format!("\n{url}"));
    }
    out
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    #[test]
    fn a_quote_and_a_briefing_carry_their_provenance() {
        let text = "date 2022-01-10 As reported by Kyiv Wire.\n\n\
                    \u{201c}We will not yield,\u{201d} the minister said.";
        let b = crate::load::parse_text(Path::new("x.txt"), "x", text);
        let q = &b.quotes[0];
        let cited = super::quote(&b, q);
        assert_eq!(
            cited,
            "\u{201c}We will not yield\u{201d} \u{2014} the minister, Kyiv Wire, 2022-01-10 (x)"
        );
        let whole = super::briefing(&b);
        assert!(
            whole.ends_with("\u{2014} Kyiv Wire, 2022-01-10 (x)"),
            "{whole}"
        );
    }
}
