//! Makes document text safe to put on a terminal: nothing from a briefing may be
//! interpreted as a control sequence, reorder the line, or hide characters.

use std::borrow::Cow;

/// What to show instead of `c`, or `None` when `c` is safe to print as it is.
pub fn placeholder(c: char) -> Option<Cow<'static, str>> {
    let code = c as u32;
    match c {
        '\t' => Some(Cow::Borrowed("    ")),
        // C0 controls map onto the Unicode "control pictures" block: ESC -> ␛.
        '\0'..='\u{1f}' => char::from_u32(0x2400 + code).map(|p| Cow::Owned(p.to_string())),
        '\u{7f}' => Some(Cow::Borrowed("\u{2421}")),
        '\u{80}'..='\u{9f}' => Some(Cow::Owned(format!("<U+{code:04X}>"))),
        c if is_invisible_format(c) => Some(Cow::Owned(format!("<U+{code:04X}>"))),
        _ => None,
    }
}

/// Bidi controls and invisible characters that could reorder or hide text.
/// ZWJ and ZWNJ stay: scripts and emoji sequences need them, and they hide nothing.
pub fn is_invisible_format(c: char) -> bool {
    matches!(
        c,
        '\u{061C}'
            | '\u{180E}'
            | '\u{200B}'
            | '\u{200E}'
            | '\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{2069}'
            | '\u{FEFF}'
            | '\u{FFF9}'..='\u{FFFB}'
    )
}

pub fn needs_placeholder(c: char) -> bool {
    c.is_control() || is_invisible_format(c)
}

/// `text` with every unsafe character replaced by a visible placeholder.
pub fn sanitize(text: &str) -> Cow<'_, str> {
    if !text.chars().any(needs_placeholder) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        match placeholder(c) {
            Some(p) => out.push_str(&p),
            None => out.push(c),
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_every_kind_of_control() {
        assert_eq!(sanitize("a\u{1b}[2Jb"), "a\u{241b}[2Jb");
        assert_eq!(sanitize("bell\u{7}"), "bell\u{2407}");
        assert_eq!(sanitize("del\u{7f}"), "del\u{2421}");
        assert_eq!(sanitize("csi\u{9b}31m"), "csi<U+009B>31m");
        assert_eq!(sanitize("evil\u{202E}txt"), "evil<U+202E>txt");
        assert_eq!(sanitize("zero\u{200B}width"), "zero<U+200B>width");
        assert_eq!(sanitize("tab\there"), "tab    here");
    }

    #[test]
    fn leaves_clean_text_borrowed() {
        assert!(matches!(sanitize("Київ “quoted” 👩‍👩‍👧"), Cow::Borrowed(_)));
    }

    #[test]
    fn output_has_no_control_characters() {
        let all: String = (0u32..0x3000).filter_map(char::from_u32).collect();
        let clean = sanitize(&all);
        assert!(
            !clean
                .chars()
                .any(|c| c.is_control() || is_invisible_format(c))
        );
    }
}
