//! Document text to styled spans: every grapheme passes the sanitiser, and
//! truncation never splits a grapheme or overflows a width.

use std::ops::Range;

use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use unicode_segmentation::UnicodeSegmentation;

use super::View;
use crate::text::sanitize::{needs_placeholder, placeholder};
use crate::text::wrap::grapheme_width;
use crate::tui::state::editor::LineEditor;
use crate::tui::theme::Role;

/// What the terminal should print for one grapheme of document text.
pub fn shown(g: &str) -> std::borrow::Cow<'_, str> {
    if !g.chars().any(needs_placeholder) {
        return g.into();
    }
    g.chars()
        .map(|c| placeholder(c).map_or_else(|| c.to_string(), |p| p.into_owned()))
        .collect::<String>()
        .into()
}

/// `text` as spans in `base` style, with `marks` (byte ranges, later ones win)
/// restyled, cut to `width` columns.
pub fn styled(
    text: &str,
    base: Style,
    marks: &[(Range<usize>, Style)],
    width: usize,
) -> Vec<Span<'static>> {
    let mut spans: Vec<Span<'static>> = Vec::new();
    let mut used = 0;
    for (at, g) in text.grapheme_indices(true) {
        let w = grapheme_width(g);
        if used + w > width {
            break;
        }
        used += w;
        let style = marks
            .iter()
            .rev()
            .find(|(r, _)| r.start <= at && at < r.end)
            .map_or(base, |(_, s)| base.patch(*s));
        match spans.last_mut() {
            Some(last) if last.style == style => last.content.to_mut().push_str(&shown(g)),
            _ => spans.push(Span::styled(shown(g).into_owned(), style)),
        }
    }
    spans
}

/// `text` cut to `width` columns, ending in `ellipsis` when cut.
pub fn truncate(text: &str, width: usize, ellipsis: &str) -> String {
    let total: usize = text.graphemes(true).map(grapheme_width).sum();
    if total <= width {
        return text.graphemes(true).map(shown).collect();
    }
    let room = width.saturating_sub(ellipsis.chars().count());
    let mut out = String::new();
    let mut used = 0;
    for g in text.graphemes(true) {
        let w = grapheme_width(g);
        if used + w > room {
            break;
        }
        used += w;
        out.push_str(&shown(g));
    }
    if width >= ellipsis.chars().count() {
        out.push_str(ellipsis);
    }
    out
}

/// Where to cut `text` so that it and `ellipsis` fit `width` columns: after
/// its last whole word that fits (a trailing comma or dash dropped), unless
/// that gives up more than an eighth of the room, then mid-word; `None` when
/// it fits whole.
pub fn word_cut(text: &str, width: usize, ellipsis: &str) -> Option<usize> {
    if text.graphemes(true).map(grapheme_width).sum::<usize>() <= width {
        return None;
    }
    let room = width.saturating_sub(ellipsis.chars().count());
    let mut used = 0;
    let mut end = 0;
    for (at, g) in text.grapheme_indices(true) {
        used += grapheme_width(g);
        if used > room {
            break;
        }
        end = at + g.len();
    }
    let at_word = match text[end..].starts_with(char::is_whitespace) {
        true => end,
        false => text[..end].rfind(char::is_whitespace).unwrap_or(0),
    };
    let given_up = text[at_word..end]
        .graphemes(true)
        .map(grapheme_width)
        .sum::<usize>();
    let end = if given_up <= room / 8 { at_word } else { end };
    Some(
        text[..end]
            .trim_end_matches(|c: char| c.is_whitespace() || ",;:-–—".contains(c))
            .len(),
    )
}

/// `text` cut at a word to `width` columns, ending in `ellipsis` when cut.
pub fn truncate_words(text: &str, width: usize, ellipsis: &str) -> String {
    match word_cut(text, width, ellipsis) {
        None => truncate(text, width, ""),
        Some(end) if width >= ellipsis.chars().count() => {
            format!("{}{ellipsis}", truncate(&text[..end], width, ""))
        }
        Some(end) => truncate(&text[..end], width, ""),
    }
}

pub fn plain(text: &str, style: Style, width: usize) -> Line<'static> {
    Line::from(styled(text, style, &[], width))
}

/// `prompt`, the text typed and the cursor, as the filter bar shows them.
pub fn editing(view: &View, prompt: &str, editor: &LineEditor, width: usize) -> Vec<Span<'static>> {
    let theme = view.theme;
    let bar = theme.style(Role::FilterBar);
    let text = editor.text();
    let (before, after) = text.split_at(editor.cursor());
    let mut spans = vec![Span::styled(prompt.to_string(), theme.style(Role::Accent))];
    spans.extend(styled(before, bar, &[], width));
    let under = after.graphemes(true).next().unwrap_or("");
    let cursor = if under.is_empty() {
        " ".to_string()
    } else {
        shown(under).into_owned()
    };
    spans.push(Span::styled(cursor, bar.add_modifier(Modifier::REVERSED)));
    spans.extend(styled(&after[under.len()..], bar, &[], width));
    spans
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::wrap::str_width;
    use ratatui::style::{Color, Style};

    #[test]
    fn truncation_keeps_graphemes_whole() {
        assert_eq!(truncate("日本語テキスト", 7, "…"), "日本語…");
        assert_eq!(truncate("e\u{301}e\u{301}e\u{301}", 2, "…"), "e\u{301}…");
        assert_eq!(truncate("short", 10, "…"), "short");
        assert_eq!(truncate("👩‍👩‍👧👩‍👩‍👧", 3, "…"), "👩‍👩‍👧…");
        assert!(str_width(&truncate("abcdef", 3, "...")) <= 3);
    }

    #[test]
    fn words_are_cut_whole_with_the_ellipsis() {
        let title = "Gas flows through Ukraine fell sharply, again";
        let cut = |width, ellipsis| truncate_words(title, width, ellipsis);
        assert_eq!(cut(42, "…"), "Gas flows through Ukraine fell sharply…");
        assert_eq!(cut(45, "..."), title);
        assert_eq!(cut(30, "..."), "Gas flows through Ukraine...");
        assert_eq!(cut(20, "…"), "Gas flows through…");
        assert_eq!(cut(16, "…"), "Gas flows throu…", "too much to give up");
        let cjk = "日本語テキスト 日本語 テキスト";
        assert_eq!(truncate_words(cjk, 23, "…"), "日本語テキスト 日本語…");
        for width in 0..30 {
            let cut = truncate_words("Kuleba met Blinken in Geneva today", width, "...");
            assert!(str_width(&cut) <= width, "{width}: {cut}");
        }
    }

    #[test]
    fn marks_restyle_ranges_and_controls_become_placeholders() {
        let red = Style::new().fg(Color::Red);
        let spans = styled("a\u{1b}bc", Style::new(), &[(2..3, red)], 10);
        assert_eq!(spans[0].content, "a␛");
        assert_eq!(spans[1].content, "b");
        assert_eq!(spans[1].style.fg, Some(Color::Red));
        assert_eq!(spans[2].content, "c");
    }
}
