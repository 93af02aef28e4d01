//! A briefing's paragraphs, owned or borrowed from a shared buffer such as the mapped index cache.

use std::fmt;
use std::ops::Index;
use std::sync::Arc;

use serde::Serialize;

/// Bytes shared by many briefings, such as a memory-mapped index cache.
pub type SharedBytes = Arc<dyn AsRef<[u8]> + Send + Sync>;

/// A briefing's paragraphs: owned when parsed, or ranges of a shared
/// buffer when they come from the index cache, so that a start from the cache
/// touches no body text until it is shown.
#[derive(Clone, Default)]
pub struct Body(Repr);

#[derive(Clone)]
enum Repr {
    Owned(Vec<String>),
    Shared {
        bytes: SharedBytes,
        start: usize,
        /// End of paragraph `i`, relative to `start`.
        ends: Box<[u32]>,
    },
}

impl Default for Repr {
    fn default() -> Self {
        Repr::Owned(Vec::new())
    }
}

impl Body {
    /// Paragraphs stored back to back in `bytes` from `start`; `ends` are
    /// relative to `start`. Out-of-range or invalid text reads as empty.
    pub fn shared(bytes: SharedBytes, start: usize, ends: Box<[u32]>) -> Body {
        Body(Repr::Shared { bytes, start, ends })
    }

    pub fn len(&self) -> usize {
        match &self.0 {
            Repr::Owned(v) => v.len(),
            Repr::Shared { ends, .. } => ends.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn get(&self, i: usize) -> Option<&str> {
        match &self.0 {
            Repr::Owned(v) => v.get(i).map(String::as_str),
            Repr::Shared { bytes, start, ends } => {
                let end = *ends.get(i)? as usize;
                let begin = if i == 0 { 0 } else { ends[i - 1] as usize };
                let all = (**bytes).as_ref();
                let text = all.get(start + begin.min(end)..start + end).unwrap_or(&[]);
                Some(std::str::from_utf8(text).unwrap_or(""))
            }
        }
    }

    pub fn iter(&self) -> impl ExactSizeIterator<Item = &str> + '_ {
        (0..self.len()).map(|i| self.get(i).unwrap_or(""))
    }

    /// Bytes of text in all paragraphs.
    pub fn text_len(&self) -> usize {
        self.iter().map(str::len).sum()
    }
}

impl From<Vec<String>> for Body {
    fn from(paragraphs: Vec<String>) -> Self {
        Body(Repr::Owned(paragraphs))
    }
}

impl Index<usize> for Body {
    type Output = str;

    fn index(&self, i: usize) -> &str {
        self.get(i).expect("paragraph index in range")
    }
}

impl<'a> IntoIterator for &'a Body {
    type Item = &'a str;
    type IntoIter = Box<dyn Iterator<Item = &'a str> + 'a>;

    fn into_iter(self) -> Self::IntoIter {
        Box::new(self.iter())
    }
}

impl PartialEq for Body {
    fn eq(&self, other: &Body) -> bool {
        self.len() == other.len() && self.iter().eq(other.iter())
    }
}

impl<const N: usize> PartialEq<[&str; N]> for Body {
    fn eq(&self, other: &[&str; N]) -> bool {
        self.len() == N && self.iter().eq(other.iter().copied())
    }
}

impl fmt::Debug for Body {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

impl Serialize for Body {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.iter())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shared(text: &str, ends: &[u32]) -> Body {
        let bytes: SharedBytes = Arc::new(format!("xx{text}").into_bytes());
        Body::shared(bytes, 2, ends.into())
    }

    #[test]
    fn shared_paragraphs_read_like_owned_ones() {
        let body = shared("OneTwo three", &[3, 12]);
        let owned = Body::from(vec!["One".to_string(), "Two three".to_string()]);
        assert_eq!(body, owned);
        assert_eq!(body, ["One", "Two three"]);
        assert_eq!(&body[1], "Two three");
        assert_eq!(body.text_len(), 12);
    }

    #[test]
    fn damaged_shared_text_reads_as_empty_without_panicking() {
        let body = shared("abc", &[2, 1, 99]);
        assert_eq!(body, ["ab", "", ""]);
        let bad = shared("\u{442}", &[1]);
        assert_eq!(bad, [""]);
    }
}
