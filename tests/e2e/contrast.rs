//! End to end: the selected row can be read in a 16-colour terminal
//! (`TERM=screen` in tmux at 80x24): every cell of it carries the
//! selection's one foreground and one background, which differ.

use crate::common;
use crate::common::tmux::{Tmux, brief_line};

/// A cell's colours as the terminal got them: the SGR parameters that set
/// the foreground and the background, `None` for the terminal's default.
#[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
pub(super) struct Pen {
    pub(super) fg: Option<String>,
    pub(super) bg: Option<String>,
}

impl Pen {
    /// Applies the parameters of one SGR sequence (`1;30;46`).
    fn apply(&mut self, params: &str) {
        let mut parts = params.split(';').map(|p| p.parse::<u16>().unwrap_or(0));
        while let Some(p) = parts.next() {
            match p {
                0 => *self = Pen::default(),
                30..=37 | 90..=97 => self.fg = Some(p.to_string()),
                40..=47 | 100..=107 => self.bg = Some(p.to_string()),
                39 => self.fg = None,
                49 => self.bg = None,
                38 | 48 => {
                    let colour = match parts.next() {
                        Some(5) => format!("5;{}", parts.next().unwrap_or(0)),
                        Some(2) => {
                            let rgb: Vec<String> =
                                parts.by_ref().take(3).map(|c| c.to_string()).collect();
                            format!("2;{}", rgb.join(";"))
                        }
                        other => panic!("unexpected colour form {other:?} in {params}"),
                    };
                    let colour = Some(format!("{p};{colour}"));
                    if p == 38 {
                        self.fg = colour
                    } else {
                        self.bg = colour
                    }
                }
                _ => {}
            }
        }
    }
}

/// Each row of a `capture-pane -e` screen as its characters and their pens.
pub(super) fn cells(screen: &str) -> Vec<Vec<(char, Pen)>> {
    let mut pen = Pen::default();
    let mut rows = Vec::new();
    for line in screen.lines() {
        let mut row = Vec::new();
        let mut chars = line.chars().peekable();
        while let Some(c) = chars.next() {
            if c != '\u{1b}' {
                row.push((c, pen.clone()));
                continue;
            }
            assert_eq!(chars.next(), Some('['), "only CSI sequences in {line:?}");
            let mut params = String::new();
            for c in chars.by_ref() {
                if c.is_ascii_alphabetic() {
                    if c == 'm' {
                        pen.apply(&params);
                    }
                    break;
                }
                params.push(c);
            }
        }
        rows.push(row);
    }
    rows
}

/// The list pane's part of the first row that shows `title` there: the
/// cells between the pane's left border and the next border.
fn list_row(rows: &[Vec<(char, Pen)>], title: &str) -> Vec<(char, Pen)> {
    let inside = |row: &Vec<(char, Pen)>| -> Vec<(char, Pen)> {
        row.iter()
            .skip_while(|(c, _)| *c != '│')
            .skip(1)
            .take_while(|(c, _)| *c != '│')
            .cloned()
            .collect()
    };
    rows.iter()
        .map(inside)
        .find(|cells| {
            cells
                .iter()
                .map(|(c, _)| c)
                .collect::<String>()
                .contains(title)
        })
        .unwrap_or_else(|| panic!("no list row shows `{title}`"))
}

/// Every visible cell of `row` in one pen with a background of its own and
/// a foreground that differs from it; the pen.
fn assert_one_readable_pen(row: &[(char, Pen)], what: &str) -> Pen {
    let text: String = row.iter().map(|(c, _)| c).collect();
    let pens: Vec<&Pen> = row
        .iter()
        .filter(|(c, _)| !c.is_whitespace())
        .map(|(_, p)| p)
        .collect();
    let first = pens[0];
    assert!(
        pens.iter().all(|p| *p == first),
        "{what} `{text}` is drawn in more than one pen: {:?}",
        pens.iter().collect::<std::collections::BTreeSet<_>>()
    );
    assert!(
        first.bg.is_some(),
        "{what} `{text}` has no background of its own: {first:?}"
    );
    assert_ne!(
        first.fg, first.bg,
        "{what} `{text}`: foreground is the background"
    );
    first.clone()
}

#[test]
fn the_selected_row_is_one_readable_pen_at_16_colours() {
    let titles: Vec<String> = common::sample_titles()
        .iter()
        .map(|t| t.chars().take(10).collect())
        .collect();
    let tmux = Tmux::start("contrast-80x24", 80, 24);
    tmux.shell(&format!(
        "env -u COLORTERM -u NO_COLOR TERM=screen {}; echo EXIT=$?",
        brief_line(&[&common::sample()])
    ));
    tmux.wait_for_text(&titles[0]);
    let rows = cells(&tmux.screen_with_escapes());
    let selection = assert_one_readable_pen(&list_row(&rows, &titles[0]), "the selected row");
    let other = list_row(&rows, &titles[1]);
    assert!(
        other.iter().all(|(_, p)| p.bg != selection.bg),
        "only the selected row has the selection's background"
    );

    tmux.keys(&["j"]);
    tmux.wait_for("the selection on the second row", |_| {
        let rows = cells(&tmux.screen_with_escapes());
        list_row(&rows, &titles[1])
            .iter()
            .any(|(_, p)| p.bg == selection.bg)
    });
    let rows = cells(&tmux.screen_with_escapes());
    let moved = assert_one_readable_pen(&list_row(&rows, &titles[1]), "the selected row after j");
    assert_eq!(moved, selection);
    tmux.keys(&["q"]);
    tmux.wait_for_line("EXIT=0");
}
