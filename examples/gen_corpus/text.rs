//! String helpers: number formatting, capitalisation, wrapping, TOML strings and slugs.

use std::fmt::Write as _;

pub fn push_grouped(out: &mut String, n: u64) {
    if n >= 1000 {
        push_grouped(out, n / 1000);
        let _ = write!(out, ",{:03}", n % 1000);
    } else {
        let _ = write!(out, "{n}");
    }
}

pub fn ordinal_suffix(n: usize) -> &'static str {
    match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    }
}

pub fn capitalise_at(out: &mut String, at: usize) {
    let Some(c) = out[at..].chars().next() else {
        return;
    };
    if c.is_lowercase() {
        let upper: String = c.to_uppercase().collect();
        out.replace_range(at..at + c.len_utf8(), &upper);
    }
}

/// Re-wrap the paragraph starting at `from` with hard line breaks near `width`.
pub fn hard_wrap(out: &mut String, from: usize, width: usize, scratch: &mut String) {
    scratch.clear();
    let mut column = 0;
    if out[from..].starts_with(' ') {
        // Keep the optional space before a `date` header.
        scratch.push(' ');
        column = 1;
    }
    for word in out[from..].split(' ').filter(|w| !w.is_empty()) {
        let len = word.chars().count();
        if column > 0 && column + 1 + len > width {
            scratch.push('\n');
            column = 0;
        } else if column > 0 {
            scratch.push(' ');
            column += 1;
        }
        scratch.push_str(word);
        column += len;
    }
    out.truncate(from);
    out.push_str(scratch);
}

pub fn push_toml_string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c => out.push(c),
        }
    }
    out.push('"');
}

pub fn push_slug(out: &mut String, s: &str, max: usize) {
    let start = out.len();
    let mut dash = false;
    for c in s.chars() {
        if c.is_ascii_alphanumeric() {
            if dash && out.len() > start {
                out.push('-');
            }
            dash = false;
            out.push(c.to_ascii_lowercase());
            if out.len() - start >= max {
                break;
            }
        } else {
            dash = true;
        }
    }
}
