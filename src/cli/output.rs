//! Where subcommands write: buffered stdout, where a closed pipe ends the
//! program quietly, and JSON that is safe to print on a terminal.

use std::io::{self, BufWriter, Stdout, Write};

use serde::Serialize;

use crate::text::sanitize::needs_placeholder;

/// Buffered, and taking the stdout lock only while it writes, so that other
/// threads (the reader's signal handling) never wait on it.
pub struct Out {
    inner: BufWriter<Stdout>,
}

impl Out {
    pub fn stdout() -> Out {
        Out {
            inner: BufWriter::with_capacity(64 * 1024, io::stdout()),
        }
    }

    pub fn line(&mut self, text: &str) -> io::Result<()> {
        self.inner.write_all(text.as_bytes())?;
        self.inner.write_all(b"\n")
    }

    pub fn json(&mut self, value: &impl Serialize) -> io::Result<()> {
        let text = serde_json::to_string(value).map_err(io::Error::other)?;
        self.line(&json_safe(&text))
    }
}

impl Write for Out {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.inner.write(buf)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

/// serde_json escapes C0 controls; this also escapes DEL, C1 and bidi or
/// invisible characters. Such characters only occur inside JSON strings, where
/// `\uXXXX` means the same thing, so the data is unchanged.
pub fn json_safe(json: &str) -> String {
    if !json.chars().any(needs_placeholder) {
        return json.to_string();
    }
    let mut out = String::with_capacity(json.len() + 16);
    for c in json.chars() {
        if needs_placeholder(c) {
            let mut units = [0u16; 2];
            for unit in c.encode_utf16(&mut units) {
                out.push_str(&format!("\\u{unit:04x}"));
            }
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_safe_escapes_what_serde_json_leaves() {
        let raw = serde_json::to_string("a\u{1b}b\u{9b}c\u{202e}d\u{7f}").unwrap();
        let safe = json_safe(&raw);
        assert_eq!(safe, r#""a\u001bb\u009bc\u202ed\u007f""#);
        let back: String = serde_json::from_str(&safe).unwrap();
        assert_eq!(back, "a\u{1b}b\u{9b}c\u{202e}d\u{7f}");
    }
}
