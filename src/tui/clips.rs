//! The clips file: copies the user asked to keep, appended to
//! `<state folder>/clips.md` as markdown, for when the clipboard cannot be
//! trusted to have taken them.

use std::fs;
use std::io;
use std::path::Path;

use crate::atomic::AtomicFile;
use crate::text::sanitize;

/// The file's name in the state folder.
pub const FILE: &str = "clips.md";

/// What a new clips file starts with.
const HEADING: &str = "# Clips kept by brief\n\n";

/// One clip as the file keeps it: a heading saying when and what, then the
/// text as copied. Control characters are made visible, as on screen, so
/// that printing the file cannot drive the terminal.
pub fn entry(when: &str, what: &str, text: &str) -> String {
    let lines: Vec<_> = text.lines().map(sanitize).collect();
    format!("## {when}: {}\n\n{}\n\n", sanitize(what), lines.join("\n"))
}

/// Adds `entry` to the end of the file at `path`, creating it and its
/// folder if need be. The whole file is written anew, atomically, so that a
/// crash leaves the clips as they were, never half a clip.
pub fn append(path: &Path, entry: &str) -> io::Result<()> {
    let mut content = match fs::read(path) {
        Ok(old) => old,
        Err(e) if e.kind() == io::ErrorKind::NotFound => HEADING.as_bytes().to_vec(),
        Err(e) => return Err(e),
    };
    if let Some(folder) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        fs::create_dir_all(folder)?;
    }
    content.extend_from_slice(entry.as_bytes());
    AtomicFile::write(path, &content)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clips_are_appended_in_order_under_one_heading() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("state").join(FILE);
        let cited = "\u{201c}We stay\u{201d} \u{2014} Kuleba, Kyiv Wire, 2022-02-20 (alpha)";
        append(
            &path,
            &entry("2022-02-25 10:00:00 +02:00", "the quote", cited),
        )
        .unwrap();
        append(
            &path,
            &entry("2022-02-25 10:05:00 +02:00", "the path", "alpha"),
        )
        .unwrap();
        let kept = fs::read_to_string(&path).unwrap();
        assert_eq!(
            kept,
            format!(
                "# Clips kept by brief\n\n\
                 ## 2022-02-25 10:00:00 +02:00: the quote\n\n{cited}\n\n\
                 ## 2022-02-25 10:05:00 +02:00: the path\n\nalpha\n\n"
            )
        );
    }

    #[test]
    fn control_characters_are_made_visible_and_a_failure_is_an_error() {
        let kept = entry("now", "the briefing", "Title\n\nBody \x1b[31mred\x07");
        assert_eq!(
            kept,
            "## now: the briefing\n\nTitle\n\nBody \u{241b}[31mred\u{2407}\n\n"
        );
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("a file");
        fs::write(&file, "not a folder").unwrap();
        assert!(append(&file.join(FILE), &kept).is_err());
    }
}
