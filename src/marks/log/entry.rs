//! One change of the marks as the log keeps it, one line each: the change
//! as JSON, a tab, and the CRC-32 of the JSON in hex. A line that does not
//! check (a crash cut it short, or the disk changed it) is never trusted.

use serde::{Deserialize, Serialize};

/// The first line of every log file; a file with another is not read.
pub const HEADER: &str = "# brief marks log 1";

/// One change of one briefing's marks, by one writer at one time.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
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
    #[serde(flatten)]
    pub mark: Mark,
}

/// What changed.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
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
        let json = serde_json::to_string(self).expect("an entry serializes");
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
