//! Markdown export: a document to read, not to parse back. Every string from
//! a briefing is sanitised, then escaped so that it reads as the text it is
//! rather than as markup.

use std::io::{self, Write};

use crate::model::{Briefing, Priority, Quote};
use crate::text::sanitize;

pub fn briefings<'a>(
    w: &mut dyn Write,
    query: &str,
    briefings: impl Iterator<Item = &'a Briefing>,
) -> io::Result<()> {
    let all: Vec<&Briefing> = briefings.collect();
    writeln!(w, "# Briefings\n")?;
    writeln!(w, "{}\n", count_line(all.len(), "briefing", query))?;
    for b in all {
        let title = if b.title.trim().is_empty() {
            &b.id
        } else {
            &b.title
        };
        writeln!(w, "## {}\n", escape(title, "#"))?;
        writeln!(w, "{}\n", metadata(b))?;
        if let Some(summary) = &b.summary {
            writeln!(w, "Summary: {}\n", escape(summary, ""))?;
        }
        for paragraph in b.paragraphs.iter() {
            writeln!(w, "{}\n", escape(paragraph, ""))?;
        }
    }
    Ok(())
}

/// Each quote the query keeps, cited `— speaker, source, date (id)`, with
/// the url and tags after it and the attribution it was found in below.
pub fn quotes<'a>(
    w: &mut dyn Write,
    query: &str,
    keep: &dyn Fn(&Briefing, &Quote) -> bool,
    briefings: impl Iterator<Item = &'a Briefing>,
) -> io::Result<()> {
    let all: Vec<(&Briefing, Vec<&Quote>)> = briefings
        .map(|b| (b, b.quotes.iter().filter(|q| keep(b, q)).collect()))
        .filter(|(_, quotes): &(_, Vec<_>)| !quotes.is_empty())
        .collect();
    let count: usize = all.iter().map(|(_, quotes)| quotes.len()).sum();
    writeln!(w, "# Quotes\n")?;
    writeln!(w, "{}\n", count_line(count, "quote", query))?;
    for (b, quotes) in all {
        for q in quotes {
            writeln!(w, "> {}\n", escape(&b.quote_text(q), ""))?;
            let speaker = q.speaker.as_ref().map(|s| s.shown());
            let mut line = format!("— {}", escape(&b.provenance(speaker.as_deref()), ""));
            if let Some(url) = &b.url {
                line.push_str(&format!(" · {}", escape(url, "")));
            }
            if !b.tags.is_empty() {
                line.push_str(&format!(" · {}", tag_list(b)));
            }
            writeln!(w, "{line}\n")?;
            if let Some(a) = &q.attribution {
                writeln!(w, "Attribution: {}\n", escape(a, ""))?;
            }
        }
    }
    Ok(())
}

fn count_line(n: usize, noun: &str, query: &str) -> String {
    let mut line = format!("{} exported by brief", crate::text::plural(n, noun));
    if !query.trim().is_empty() {
        line.push_str(&format!(" for the query {}", escape(query, "")));
    }
    line.push('.');
    line
}

/// Date, source, priority, tags, id, path and url, on one line.
fn metadata(b: &Briefing) -> String {
    let mut parts = vec![crate::cli::date_text(b.date).unwrap_or_else(|| "undated".into())];
    parts.extend(b.source.as_deref().map(|s| escape(s, "")));
    if b.priority != Priority::Normal {
        parts.push(format!("priority {}", b.priority));
    }
    if !b.tags.is_empty() {
        parts.push(tag_list(b));
    }
    parts.push(format!("id {}", escape(&b.id, "")));
    parts.push(format!(
        "path {}",
        escape(&b.path.display().to_string(), "")
    ));
    parts.extend(b.url.as_deref().map(|u| format!("url {}", escape(u, ""))));
    parts.join(" · ")
}

fn tag_list(b: &Briefing) -> String {
    let tags: Vec<String> = b
        .tag_names()
        .map(|t| format!("#{}", escape(t, "#")))
        .collect();
    tags.join(" ")
}

/// Characters that mark up text wherever they stand.
const INLINE: &str = "\\`*_[]<|~";
/// Characters that start a heading, quote, list, rule or table at a line's start.
const LINE_START: &str = "#>+-=|~*_`<";

/// `text` as one line of Markdown that shows as the sanitised text: no
/// control character, no markup. `extra` are characters to escape anywhere
/// as well (`#` in a heading, where trailing ones would be dropped).
pub fn escape(text: &str, extra: &str) -> String {
    let clean = sanitize(text);
    let clean = clean.trim();
    let mut out = String::with_capacity(clean.len() + 8);
    let list_number = clean.bytes().take_while(u8::is_ascii_digit).count();
    for (i, c) in clean.char_indices() {
        let numbered = i == list_number && (1..=9).contains(&list_number) && ".)".contains(c);
        let entity = c == '&' && entity_follows(&clean[i + 1..]);
        let marks = INLINE.contains(c) || extra.contains(c) || (i == 0 && LINE_START.contains(c));
        if numbered || entity || marks {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Whether `&` before `rest` would start a character reference such as `&amp;`.
fn entity_follows(rest: &str) -> bool {
    let name = rest
        .bytes()
        .take_while(|b| b.is_ascii_alphanumeric() || *b == b'#')
        .count();
    name > 0 && rest.as_bytes().get(name) == Some(&b';')
}

#[cfg(test)]
mod tests {
    use super::escape;

    #[test]
    fn escapes_block_markers_at_the_start() {
        assert_eq!(escape("# not a heading", ""), r"\# not a heading");
        assert_eq!(escape("> not a quote", ""), r"\> not a quote");
        assert_eq!(escape("- not a list", ""), r"\- not a list");
        assert_eq!(escape("1. not a list", ""), r"1\. not a list");
        assert_eq!(escape("2022) not a list", ""), r"2022\) not a list");
        assert_eq!(escape("---", ""), r"\---");
        assert_eq!(escape("```rust", ""), r"\`\`\`rust");
        assert_eq!(escape("   <script>", ""), r"\<script>");
    }

    #[test]
    fn leaves_plain_text_and_mid_line_marks_alone() {
        assert_eq!(
            escape("Київ, 24 February: a - b > c # d", ""),
            "Київ, 24 February: a - b > c # d"
        );
        assert_eq!(
            escape("2022-02-24 and 3.5 million", ""),
            "2022-02-24 and 3.5 million"
        );
        assert_eq!(escape("AT&T &amp; co", ""), r"AT&T \&amp; co");
    }

    #[test]
    fn escapes_inline_markup() {
        assert_eq!(
            escape("a *b* _c_ `d` [e](f) <g> h|i ~~j~~ k\\", ""),
            r"a \*b\* \_c\_ \`d\` \[e\](f) \<g> h\|i \~\~j\~\~ k\\"
        );
        assert_eq!(escape("Title #", "#"), r"Title \#");
        assert_eq!(escape("#1 story", "#"), r"\#1 story");
    }

    #[test]
    fn sanitises_before_escaping() {
        assert_eq!(
            escape("a\u{1b}[2J\nb\u{202e}", ""),
            "a\u{241b}\\[2J\u{240a}b\\<U+202E>"
        );
    }
}
