//! One change of the marks as the log keeps it, one line each: the change
//! as JSON, a tab, and the CRC-32 of the JSON in hex. A line that does not
//! check (a crash cut it short, or the disk changed it) is never trusted.

use serde::{Deserialize, Serialize};

/// The first line of every log file; a file with another is not read.
pub const HEADER: &str = "# brief marks log 1";

/// One change of one briefing's marks, by one writer at one time.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "Wire", into = "Wire")]
pub struct Entry {
    /// Milliseconds since the Unix epoch, by the writer's clock.
    pub at: i64,
    /// The writer: one reader session or one command, `<host>-<random>`.
    pub by: String,
    /// The writer's count of its entries from 1: with `by`, the entry's
    /// identity.
    pub n: u64,
    /// The briefing's path below the archive's root.
    pub path: String,
    pub mark: Mark,
}

/// An entry's line as JSON: the mark's kind and its value beside the other
/// fields. Written out rather than flattened, which serde reads through a
/// map of every field and takes several times as long over a big log.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Wire {
    at: i64,
    by: String,
    n: u64,
    path: String,
    kind: Kind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    on: Option<bool>,
    /// `null` is a note removed; absent, no note at all.
    #[serde(
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    text: Option<Option<String>>,
}

fn present<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<Option<String>>, D::Error> {
    Option::<String>::deserialize(d).map(Some)
}

impl TryFrom<Wire> for Entry {
    type Error = String;

    fn try_from(w: Wire) -> Result<Entry, String> {
        let mark = match (w.kind, w.on, w.text) {
            (Kind::Read, Some(on), None) => Mark::Read { on },
            (Kind::Bookmark, Some(on), None) => Mark::Bookmark { on },
            (Kind::Note, None, Some(text)) => Mark::Note { text },
            (kind, _, _) => return Err(format!("a {kind:?} mark with the wrong value")),
        };
        Ok(Entry {
            at: w.at,
            by: w.by,
            n: w.n,
            path: w.path,
            mark,
        })
    }
}

impl From<Entry> for Wire {
    fn from(e: Entry) -> Wire {
        let (kind, on, text) = match e.mark {
            Mark::Read { on } => (Kind::Read, Some(on), None),
            Mark::Bookmark { on } => (Kind::Bookmark, Some(on), None),
            Mark::Note { text } => (Kind::Note, None, Some(text)),
        };
        Wire {
            at: e.at,
            by: e.by,
            n: e.n,
            path: e.path,
            kind,
            on,
            text,
        }
    }
}

/// What changed.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Mark {
    Read {
        on: bool,
    },
    Bookmark {
        on: bool,
    },
    /// The note's new text; `None` removes it.
    Note {
        text: Option<String>,
    },
}

/// The kinds of mark, each with a last change that wins.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Read,
    Bookmark,
    Note,
}

impl Mark {
    pub fn kind(&self) -> Kind {
        match self {
            Mark::Read { .. } => Kind::Read,
            Mark::Bookmark { .. } => Kind::Bookmark,
            Mark::Note { .. } => Kind::Note,
        }
    }
}

impl Entry {
    /// The order in which changes win: the later time, then the writer and
    /// its count, so every host that holds the same entries agrees.
    pub fn stamp(&self) -> (i64, &str, u64) {
        (self.at, &self.by, self.n)
    }

    /// The entry's line, without its newline.
    pub fn line(&self) -> String {
        let json = serde_json::to_string(&Wire::from(self.clone())).expect("an entry serializes");
        let sum = crc32fast::hash(json.as_bytes());
        format!("{json}\t{sum:08x}")
    }

    /// The entry a line holds, or why it is not to be trusted.
    pub fn parse(line: &str) -> Result<Entry, String> {
        let (json, sum) = line.rsplit_once('\t').ok_or("no checksum")?;
        let sum = u32::from_str_radix(sum, 16).map_err(|_| "a damaged checksum")?;
        if sum != crc32fast::hash(json.as_bytes()) || json.len() < 2 {
            return Err("the checksum does not match".into());
        }
        serde_json::from_str(json).map_err(|e| format!("not an entry ({e})"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(mark: Mark) -> Entry {
        Entry {
            at: 1_765_000_000_000,
            by: "laptop-0a1b2c3d".into(),
            n: 7,
            path: "2026/03/a \"b\"\t.txt".into(),
            mark,
        }
    }

    #[test]
    fn a_line_reads_back_as_the_entry_it_was() {
        for mark in [
            Mark::Read { on: true },
            Mark::Bookmark { on: false },
            Mark::Note {
                text: Some("call Kyiv\n— ünïcode\t".into()),
            },
            Mark::Note { text: None },
        ] {
            let e = entry(mark);
            let line = e.line();
            assert!(!line.contains('\n'), "{line}");
            assert_eq!(Entry::parse(&line), Ok(e));
        }
    }

    /// Lines as this version writes them, fixed for good: logs outlive versions.
    #[test]
    fn lines_written_earlier_still_read_the_same() {
        let written = [
            "{\"at\":1796545973929,\"by\":\"laptop-57492e9d\",\"n\":1,\"path\":\"2022/02/transit-weekly_0225.txt\",\"kind\":\"read\",\"on\":true}\t8b9d7a40",
            "{\"at\":1796545981011,\"by\":\"laptop-57492e9d\",\"n\":2,\"path\":\"2022/02/transit-weekly_0225.txt\",\"kind\":\"note\",\"text\":\"compare with the TTF price\"}\tc9b002d4",
        ];
        for line in written {
            let entry = Entry::parse(line).unwrap();
            assert_eq!(entry.line(), line);
        }
        let removed = entry(Mark::Note { text: None }).line();
        assert!(
            removed.contains("\"kind\":\"note\",\"text\":null}"),
            "{removed}"
        );
    }

    #[test]
    fn a_changed_or_cut_line_is_refused() {
        let line = entry(Mark::Read { on: true }).line();
        let flipped = line.replacen("true", "fals", 1);
        assert!(Entry::parse(&flipped).is_err());
        assert!(Entry::parse(&line[..line.len() - 3]).is_err());
        assert!(Entry::parse(&line[..20]).is_err());
        assert!(Entry::parse("").is_err());
    }
}
