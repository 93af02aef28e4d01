//! The help overlay's content, built from the keymap in use.

use super::keymap::{Bound, Keymap, Mode};

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

/// Every binding of `keymap` under its section heading.
pub fn rows(keymap: &Keymap) -> Vec<Row> {
    let mut rows = Vec::new();
    for &(title, mode) in SECTIONS {
        rows.push(Row::Section(title));
        rows.extend(merged(keymap.table(mode)));
    }
    rows
}

/// The bindings among `rows` whose keys or description contain `search`
/// (ignoring case), each under its section heading.
pub fn matching<'a>(rows: &'a [Row], search: &str) -> Vec<&'a Row> {
    let needle = search.to_lowercase();
    let mut found = Vec::new();
    let mut heading = None;
    for row in rows {
        match row {
            Row::Section(_) => heading = Some(row),
            Row::Key { keys, desc } => {
                if needle.is_empty()
                    || desc.to_lowercase().contains(&needle)
                    || keys.to_lowercase().contains(&needle)
                {
                    found.extend(heading.take());
                    found.push(row);
                }
            }
        }
    }
    found
}

/// One row a description: bindings next to each other that say the same
/// (the saved-view digits) share a row.
fn merged(table: &[Bound]) -> impl Iterator<Item = Row> {
    let mut rows: Vec<(Vec<String>, &'static str)> = Vec::new();
    for b in table {
        let labels = b.keys.iter().map(|k| k.label());
        match rows.last_mut() {
            Some((keys, desc)) if *desc == b.desc => keys.extend(labels),
            _ => rows.push((labels.collect(), b.desc)),
        }
    }
    rows.into_iter().map(|(keys, desc)| Row::Key {
        keys: keys.join(" "),
        desc,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_binding_is_in_the_help_and_search_narrows_it() {
        let keymap = Keymap::default();
        let table = rows(&keymap);
        let rows = |search| matching(&table, search);
        let all = rows("");
        for &mode in &Mode::ALL {
            for b in keymap.table(mode) {
                for key in &b.keys {
                    let label = key.label();
                    let listed = all.iter().any(|r| match r {
                        Row::Key { keys, desc } => {
                            *desc == b.desc && keys.split(' ').any(|k| k == label)
                        }
                        Row::Section(_) => false,
                    });
                    assert!(listed, "{label} ({}) is not in the help", b.desc);
                }
            }
        }
        let digits = all
            .iter()
            .filter(|r| matches!(r, Row::Key { keys, .. } if keys == "1 2 3 4 5 6 7 8 9"));
        assert_eq!(
            digits.count(),
            2,
            "the view digits share one row in each table"
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
