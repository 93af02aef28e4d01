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

/// Bidi controls, separators and the default-ignorable characters that
/// render as nothing, and so could reorder, break or hide text. ZWJ, ZWNJ
/// and variation selectors stay: scripts and emoji need them.
pub fn is_invisible_format(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}'
            | '\u{034F}'
            | '\u{061C}'
            | '\u{115F}'
            | '\u{1160}'
            | '\u{17B4}'
            | '\u{17B5}'
            | '\u{180B}'..='\u{180F}'
            | '\u{200B}'
            | '\u{200E}'
            | '\u{200F}'
            | '\u{2028}'..='\u{202E}'
            | '\u{2060}'..='\u{206F}'
            | '\u{3164}'
            | '\u{FEFF}'
            | '\u{FFA0}'
            | '\u{FFF9}'..='\u{FFFB}'
            | '\u{E0000}'..='\u{E007F}'
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
        assert_eq!(sanitize("soft\u{AD}hyphen"), "soft<U+00AD>hyphen");
        assert_eq!(sanitize("tag\u{E0041}s"), "tag<U+E0041>s");
        assert_eq!(sanitize("line\u{2028}sep"), "line<U+2028>sep");
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
