//! `brief export --format md`, parsed with a CommonMark parser and compared
//! with what `brief list --json`, `show --json` and `quotes --json` say.

mod common;

use brief::text::sanitize;
use common::export::*;
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

/// The blocks of a Markdown document: (kind, text) with inline text joined.
fn blocks(md: &str) -> Vec<(String, String)> {
    let options =
        Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_TASKLISTS;
    let mut out = Vec::new();
    let mut current = String::new();
    let mut in_quote = false;
    for event in Parser::new_ext(md, options) {
        match event {
            Event::Text(t) => current.push_str(&t),
            Event::Start(Tag::BlockQuote(_)) => in_quote = true,
            Event::End(TagEnd::BlockQuote(_)) => in_quote = false,
            Event::Start(Tag::Heading { .. } | Tag::Paragraph) => current.clear(),
            Event::End(TagEnd::Heading(level)) => {
                out.push((format!("{level}"), std::mem::take(&mut current)));
            }
            Event::End(TagEnd::Paragraph) => {
                let kind = if in_quote { "quote" } else { "p" };
                out.push((kind.to_string(), std::mem::take(&mut current)));
            }
            other => panic!("markup that should have been escaped: {other:?}\n{md}"),
        }
    }
    out
}

#[test]
fn markdown_has_one_section_per_briefing_and_no_markup_from_content() {
    for (dir, query, _keep) in cases() {
        let md = export(&dir, query, "md", false);
        assert!(!md.chars().any(|c| c.is_control() && c != '\n'));
        let blocks = blocks(&md);
        assert_eq!(blocks[0], ("h1".into(), "Briefings".into()));
        let listed = json_of(&["list", "--json", "-q", query], &dir);
        let sections: Vec<usize> = (0..blocks.len()).filter(|&i| blocks[i].0 == "h2").collect();
        assert_eq!(sections.len(), listed.len());
        for (&at, l) in sections.iter().zip(&listed) {
            assert_eq!(blocks[at].1, sanitize(&text(&l["title"])).trim());
            let meta = &blocks[at + 1].1;
            let id = text(&l["id"]);
            assert!(meta.contains(&format!("id {id}")), "{meta}");
            assert!(
                meta.starts_with(l["date"].as_str().unwrap_or("undated")),
                "{meta}"
            );
            let end = blocks[at + 2..]
                .iter()
                .position(|b| b.0 == "h2")
                .map_or(blocks.len(), |n| at + 2 + n);
            let tail: Vec<&str> = blocks[at + 2..end].iter().map(|b| b.1.as_str()).collect();
            let paragraphs: Vec<String> = body(&dir, &id)
                .iter()
                .map(|p| sanitize(p).trim().to_string())
                .collect();
            assert!(tail.ends_with(&paragraphs.iter().map(String::as_str).collect::<Vec<_>>()));
        }
    }
}

#[test]
fn markdown_quotes_are_blockquotes_with_a_citation() {
    for (dir, query, _keep) in cases() {
        let md = export(&dir, query, "md", true);
        assert!(!md.chars().any(|c| c.is_control() && c != '\n'));
        let blocks = blocks(&md);
        assert_eq!(blocks[0], ("h1".into(), "Quotes".into()));
        let quoted = json_of(&["quotes", "--json", "-q", query], &dir);
        let at: Vec<usize> = (0..blocks.len())
            .filter(|&i| blocks[i].0 == "quote")
            .collect();
        assert_eq!(at.len(), quoted.len());
        for (&i, q) in at.iter().zip(&quoted) {
            assert_eq!(blocks[i].1, sanitize(&text(&q["text"])).trim());
            let speaker = match (text(&q["pronoun"]), text(&q["speaker"])) {
                (p, s) if p.is_empty() => s,
                (p, s) => format!("{p} ({s})"),
            };
            let cited: Vec<String> = [speaker, text(&q["source"]), text(&q["date"])]
                .iter()
                .map(|s| sanitize(s).trim().to_string())
                .filter(|s| !s.is_empty())
                .collect();
            let id = sanitize(&text(&q["id"])).trim().to_string();
            let citation = &blocks[i + 1].1;
            let expected = match cited.is_empty() {
                true => format!("— ({id})"),
                false => format!("— {} ({id})", cited.join(", ")),
            };
            assert!(citation.starts_with(&expected), "{citation} / {expected}");
            if !q["attribution"].is_null() {
                let said = &blocks[i + 2].1;
                assert!(said.starts_with("Attribution: "), "{said}");
            }
        }
    }
}
