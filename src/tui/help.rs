//! The help overlay's content, built from the keymap tables.

use super::keymap::{self, Mode};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Row {
    Section(&'static str),
    Key { keys: String, desc: &'static str },
}

const SECTIONS: &[(&str, Mode)] = &[
    ("Reading", Mode::Browse),
    ("Typing a search or query", Mode::Edit),
    ("Tag picker", Mode::Tags),
    ("Saved views", Mode::Views),
    ("Problems list", Mode::Problems),
    ("This help", Mode::Help),
];

/// Every binding whose keys or description contain `search` (ignoring case),
/// under its section heading.
pub fn rows(search: &str) -> Vec<Row> {
    let needle = search.to_lowercase();
    let mut rows = Vec::new();
    for &(title, mode) in SECTIONS {
        let keys: Vec<Row> = keymap::active()
            .table(mode)
            .iter()
            .map(|b| Row::Key {
                keys: b
                    .keys
                    .iter()
                    .map(|k| k.label())
                    .collect::<Vec<_>>()
                    .join(" "),
                desc: b.desc,
            })
            .filter(|row| match row {
                Row::Key { keys, desc } => {
                    needle.is_empty()
                        || desc.to_lowercase().contains(&needle)
                        || keys.to_lowercase().contains(&needle)
                }
                Row::Section(_) => true,
            })
            .collect();
        if !keys.is_empty() {
            rows.push(Row::Section(title));
            rows.extend(keys);
        }
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_binding_is_in_the_help_and_search_narrows_it() {
        let all = rows("");
        let keys = all.iter().filter(|r| matches!(r, Row::Key { .. })).count();
        assert_eq!(
            keys,
            Mode::ALL
                .iter()
                .map(|&m| keymap::active().table(m).len())
                .sum::<usize>()
        );
        let quit = rows("quit");
        assert!(quit.iter().all(|r| match r {
            Row::Key { desc, .. } => desc.contains("quit"),
            Row::Section(_) => true,
        }));
        assert!(rows("zzzz-nothing").is_empty());
        assert!(rows("Ctrl-d").iter().any(|r| matches!(
            r,
            Row::Key {
                desc: "half a page down",
                ..
            }
        )));
    }
}
