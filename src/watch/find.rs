//! Where watchlist phrases occur in a text.

use std::borrow::Cow;
use std::ops::Range;

use super::Watchlist;
use crate::text::words;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    /// Bytes of the text.
    pub range: Range<usize>,
    /// Index into the watchlist's entries.
    pub entry: usize,
}

/// Hits in `text`, sorted and not overlapping: where phrases overlap, the one
/// that starts first wins, then the longest, then the earliest entry.
pub fn find(text: &str, list: &Watchlist) -> Vec<Hit> {
    if list.is_empty() {
        return Vec::new();
    }
    let tokens: Vec<(Range<usize>, Cow<str>)> = words::word_indices(text)
        .map(|(at, w)| (at..at + w.len(), words::fold(w)))
        .collect();
    let mut hits = Vec::new();
    let mut covered = 0;
    for (i, (range, word)) in tokens.iter().enumerate() {
        if range.start < covered {
            continue;
        }
        let Some(starting) = list.by_first.get(word.as_ref()) else {
            continue;
        };
        let best = starting
            .iter()
            .filter_map(|&(e, p)| {
                let phrase = &list.entries[e].phrases[p];
                let window = tokens.get(i..i + phrase.len())?;
                let same = window.iter().zip(phrase).all(|((_, w), p)| w == p);
                same.then(|| (window[window.len() - 1].0.end, e))
            })
            .min_by_key(|&(end, e)| (std::cmp::Reverse(end), e));
        if let Some((end, entry)) = best {
            hits.push(Hit {
                range: range.start..end,
                entry,
            });
            covered = end;
        }
    }
    hits
}

/// How many hits `text` has.
pub fn count(text: &str, list: &Watchlist) -> usize {
    find(text, list).len()
}
