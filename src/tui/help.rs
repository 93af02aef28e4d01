//! The help overlay's content: the keymap in use, then the query terms.

use super::action::Action;
use super::keymap::{Bound, Key, Keymap, Mode};
use super::symbols::Symbols;
use crate::query::reference::{self, TermRef};
use ratatui::crossterm::event::KeyCode;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Row {
    Section(&'static str),
    Key {
        keys: String,
        desc: &'static str,
        /// The heading of the section whose keys this binding opens, so that
        /// searching for an overlay's name finds the key that opens it.
        opens: Option<&'static str>,
    },
    /// A term of the query language, from the one reference.
    Term(&'static TermRef),
}

/// The heading of the query terms, after the keys.
pub const QUERY_TERMS: &str = "Query terms (/ and :)";

/// A section of the help: its heading, the mode whose keys it lists, and
/// the actions that enter that mode.
struct Section {
    title: &'static str,
    mode: Mode,
    opened_by: &'static [Action],
}

const fn section(title: &'static str, mode: Mode, opened_by: &'static [Action]) -> Section {
    Section {
        title,
        mode,
        opened_by,
    }
}

const SECTIONS: &[Section] = &[
    section("Reading", Mode::Browse, &[]),
    section(
        "Typing a search or query",
        Mode::Edit,
        &[Action::Search, Action::EditQuery],
    ),
    section("Tag picker", Mode::Tags, &[Action::TagPicker]),
    section("Saved views", Mode::Views, &[Action::Views]),
    section("Speakers", Mode::Speakers, &[Action::Speakers]),
    section(
        "Problems, messages and the last copy",
        Mode::Problems,
        &[Action::Problems, Action::Messages, Action::ShowClip],
    ),
    section("This help", Mode::Help, &[Action::Help]),
    section("Answering y/n", Mode::Confirm, &[Action::AllRead]),
];

/// Every binding of `keymap` under its section heading, then the query
/// terms; the arrow keys named with `symbols`.
pub fn rows(keymap: &Keymap, symbols: &Symbols) -> Vec<Row> {
    let mut rows = Vec::new();
    for section in SECTIONS {
        rows.push(Row::Section(section.title));
        rows.extend(merged(keymap.table(section.mode), symbols));
    }
    rows.push(Row::Section(QUERY_TERMS));
    rows.extend(reference::TERMS.iter().map(Row::Term));
    rows
}

/// The rows among `rows` whose keys, description, the heading of the
/// section they open, term or examples contain `search` (ignoring case),
/// each under its section heading.
pub fn matching<'a>(rows: &'a [Row], search: &str) -> Vec<&'a Row> {
    let needle = search.to_lowercase();
    let mut found = Vec::new();
    let mut heading = None;
    for row in rows {
        match row {
            Row::Section(_) => heading = Some(row),
            Row::Key { keys, desc, opens } => {
                let said = [*desc, keys.as_str()].into_iter().chain(*opens);
                if needle.is_empty() || said.into_iter().any(|s| contains(s, &needle)) {
                    found.extend(heading.take());
                    found.push(row);
                }
            }
            Row::Term(t) => {
                let said = [t.syntax, t.meaning]
                    .into_iter()
                    .chain(t.examples.iter().copied());
                if needle.is_empty() || said.into_iter().any(|s| contains(s, &needle)) {
                    found.extend(heading.take());
                    found.push(row);
                }
            }
        }
    }
    found
}

/// The keys, as help shows them, of the binding described as `desc`.
pub fn keys_for<'a>(rows: &'a [Row], desc: &str) -> Option<&'a str> {
    rows.iter().find_map(|row| match row {
        Row::Key { keys, desc: d, .. } if *d == desc => Some(keys.as_str()),
        _ => None,
    })
}

/// The first key bound to the binding described as `desc`, to name in a
/// hint; none when it is unbound.
pub fn first_key<'a>(rows: &'a [Row], desc: &str) -> Option<&'a str> {
    keys_for(rows, desc)?
        .split(' ')
        .next()
        .filter(|k| !k.is_empty())
}

fn contains(text: &str, lowercase_needle: &str) -> bool {
    text.to_lowercase().contains(lowercase_needle)
}

/// One row a description: bindings next to each other that say the same
/// (the saved-view digits) share a row.
fn merged(table: &[Bound], symbols: &Symbols) -> impl Iterator<Item = Row> {
    let mut rows: Vec<(Vec<String>, &'static str, Action)> = Vec::new();
    for b in table {
        let labels = b.keys.iter().map(|&k| label(k, symbols));
        match rows.last_mut() {
            Some((keys, desc, _)) if *desc == b.desc => keys.extend(labels),
            _ => rows.push((labels.collect(), b.desc, b.action)),
        }
    }
    rows.into_iter().map(|(keys, desc, action)| Row::Key {
        keys: keys.join(" "),
        desc,
        opens: (SECTIONS.iter())
            .find(|s| s.opened_by.contains(&action))
            .map(|s| s.title),
    })
}

/// A key as the help shows it, arrows as `symbols` draw them.
fn label(key: Key, symbols: &Symbols) -> String {
    let [up, down, left, right] = symbols.arrows;
    let arrow = match key.code {
        KeyCode::Up => up,
        KeyCode::Down => down,
        KeyCode::Left => left,
        KeyCode::Right => right,
        _ => return key.label(),
    };
    if key.ctrl {
        format!("Ctrl-{arrow}")
    } else {
        arrow.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_binding_is_in_the_help_and_search_narrows_it() {
        let keymap = Keymap::default();
        let table = rows(&keymap, &Symbols::UNICODE);
        let rows = |search| matching(&table, search);
        let all = rows("");
        for &mode in &Mode::ALL {
            for b in keymap.table(mode) {
                for key in &b.keys {
                    let label = key.label();
                    let listed = all.iter().any(|r| match r {
                        Row::Key { keys, desc, .. } => {
                            *desc == b.desc && keys.split(' ').any(|k| k == label)
                        }
                        Row::Section(_) | Row::Term(_) => false,
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
            Row::Section(_) | Row::Term(_) => true,
        }));
        assert!(rows("zzzz-nothing").is_empty());
        let since = rows("since");
        assert_eq!(since.first(), Some(&&Row::Section(QUERY_TERMS)));
        assert!(
            since
                .iter()
                .any(|r| matches!(r, Row::Term(t) if t.syntax == "since:DATE"))
        );
        assert!(
            rows("is:bookmarked")
                .iter()
                .any(|r| matches!(r, Row::Term(t) if t.syntax == "is:MARK")),
            "the examples are searched too"
        );
        assert!(rows("Ctrl-d").iter().any(|r| matches!(
            r,
            Row::Key {
                desc: "half a page down",
                ..
            }
        )));
    }

    #[test]
    fn searching_for_an_overlay_by_name_finds_the_key_that_opens_it() {
        let keymap = Keymap::default();
        let table = rows(&keymap, &Symbols::UNICODE);
        let found = matching(&table, "speaker");
        let reading = found.iter().position(|r| **r == Row::Section("Reading"));
        let s_key = found.iter().position(
            |r| matches!(r, Row::Key { keys, opens: Some("Speakers"), .. } if keys == "S"),
        );
        assert!(
            reading.is_some_and(|r| s_key.is_some_and(|k| r < k)),
            "S under Reading: {found:#?}"
        );
        for section in SECTIONS {
            let found = matching(&table, &section.title.to_uppercase());
            for &action in section.opened_by {
                let bound = keymap
                    .table(Mode::Browse)
                    .iter()
                    .find(|b| b.action == action);
                let desc = bound.map(|b| b.desc).expect("bound while reading");
                assert!(
                    found
                        .iter()
                        .any(|r| matches!(r, Row::Key { desc: d, .. } if *d == desc)),
                    "searching {:?} finds {desc:?}",
                    section.title
                );
            }
        }
    }
}
