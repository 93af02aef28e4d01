//! Screens for snapshots with their styles made visible: under each row of
//! text, a row with one letter per cell naming the theme role the cell was
//! drawn in, so that a snapshot shows the selection, the focused border,
//! quotes and matches, not only the characters.

use ratatui::buffer::{Buffer, Cell};
use ratatui::style::{Color, Modifier};

use crate::tui::theme::{Role, Theme};

/// One letter per role; plain text is left blank so the letters stand out.
fn letter(role: Role) -> char {
    match role {
        Role::Text => ' ',
        Role::Muted => 'm',
        Role::Accent => 'a',
        Role::Title => 't',
        Role::Selection => 'S',
        Role::Border => '-',
        Role::BorderFocused => '=',
        Role::Quote => 'q',
        Role::QuoteMarked => 'Q',
        Role::Match => 'M',
        Role::Watch => 'W',
        Role::Warning => 'w',
        Role::Error => 'e',
        Role::Tag => '#',
        Role::Date => 'd',
        Role::Source => 's',
        Role::PriorityHigh => '^',
        Role::PriorityLow => 'v',
        Role::StatusBar => 'B',
        Role::FilterBar => 'F',
        Role::Key => 'k',
    }
}

/// The role a cell was drawn in. Roles are patched over each other (a date
/// on the selected row), so a cell whose background is a role's own
/// background (other than the text's, which is everywhere) belongs to that
/// role; else the role with its foreground and modifiers, then its
/// foreground alone. `?` where none fits.
fn role_letter(cell: &Cell, theme: &Theme) -> char {
    if cell.fg == Color::Reset && cell.bg == Color::Reset && cell.modifier.is_empty() {
        return ' ';
    }
    let style = |r: Role| theme.style(r);
    let plain = style(Role::Text).bg;
    let by_bg = Role::ALL.into_iter().find(|&r| {
        style(r)
            .bg
            .is_some_and(|bg| bg != Color::Reset && bg == cell.bg && Some(bg) != plain)
    });
    let by_fg_and_mods = || {
        Role::ALL.into_iter().find(|&r| {
            style(r).fg.unwrap_or(Color::Reset) == cell.fg && style(r).add_modifier == cell.modifier
        })
    };
    let by_fg = || {
        Role::ALL
            .into_iter()
            .find(|&r| style(r).fg.is_some_and(|fg| fg == cell.fg))
    };
    let by_mods = || {
        Role::ALL
            .into_iter()
            .find(|&r| style(r).add_modifier == cell.modifier && cell.modifier != Modifier::empty())
    };
    by_bg
        .or_else(by_fg_and_mods)
        .or_else(by_fg)
        .or_else(by_mods)
        .map_or('?', letter)
}

/// The screen as quoted rows of text, each followed by its row of role
/// letters, after a legend of the letters that occur.
pub fn styled(buffer: &Buffer, theme: &Theme) -> String {
    let area = buffer.area;
    let mut out = String::new();
    let mut used = std::collections::BTreeSet::new();
    let mut rows = String::new();
    for y in area.top()..area.bottom() {
        let mut text = String::new();
        let mut roles = String::new();
        let mut skip = 0;
        for x in area.left()..area.right() {
            let cell = &buffer[(x, y)];
            let code = role_letter(cell, theme);
            roles.push(code);
            if code != ' ' {
                used.insert(code);
            }
            if skip > 0 {
                skip -= 1;
                continue;
            }
            let symbol = cell.symbol();
            text.push_str(symbol);
            skip = unicode_width::UnicodeWidthStr::width(symbol).saturating_sub(1);
        }
        rows.push_str(&format!("\"{text}\"\n {}\n", roles.trim_end()));
    }
    let legend: Vec<String> = Role::ALL
        .into_iter()
        .filter(|&r| used.contains(&letter(r)))
        .map(|r| format!("{}={}", letter(r), r.name()))
        .chain(used.contains(&'?').then(|| "?=no role".to_string()))
        .collect();
    out.push_str(&format!("roles: {}\n", legend.join(" ")));
    out.push_str(&rows);
    out
}
