//! The default bindings of the modes other than reading: editing a query,
//! confirming, and the overlays.

use ratatui::crossterm::event::KeyCode;

use super::key::{ctrl, key, special};
use super::tables::{Binding, QUIT, TAKE_TYPING, bind};
use crate::tui::action::Action;

use KeyCode as K;

pub const EDIT: &[Binding] = &[
    bind(&[special(K::Enter)], Action::Submit, "keep the query"),
    bind(
        &[special(K::Esc)],
        Action::Cancel,
        "cancel, restoring the query",
    ),
    bind(
        &[special(K::Down), ctrl('n')],
        Action::MoveDown,
        "select the next briefing, still typing",
    ),
    bind(
        &[special(K::Up), ctrl('p')],
        Action::MoveUp,
        "select the previous briefing, still typing",
    ),
    bind(&[special(K::Tab)], Action::TakeSuggestion, TAKE_TYPING),
    bind(&[special(K::Left)], Action::CursorLeft, "cursor left"),
    bind(&[special(K::Right)], Action::CursorRight, "cursor right"),
    bind(
        &[special(K::Home), ctrl('a')],
        Action::CursorHome,
        "to the start",
    ),
    bind(
        &[special(K::End), ctrl('e')],
        Action::CursorEnd,
        "to the end",
    ),
    bind(
        &[special(K::Backspace)],
        Action::DeleteBack,
        "delete before the cursor",
    ),
    bind(
        &[special(K::Delete)],
        Action::DeleteForward,
        "delete under the cursor",
    ),
    bind(
        &[ctrl('w')],
        Action::DeleteWord,
        "delete the word before the cursor",
    ),
    bind(&[ctrl('u')], Action::ClearLine, "clear the line"),
    bind(&[ctrl('c')], Action::Quit, QUIT),
];

pub const CONFIRM: &[Binding] = &[
    bind(&[key('y')], Action::Submit, "yes, do it"),
    bind(&[key('n'), special(K::Esc)], Action::Cancel, "no"),
    bind(&[ctrl('c')], Action::Quit, QUIT),
];

pub const TAGS: &[Binding] = &[
    bind(&[special(K::Down), ctrl('n')], Action::MoveDown, "next tag"),
    bind(&[special(K::Up), ctrl('p')], Action::MoveUp, "previous tag"),
    bind(&[special(K::Home)], Action::Top, "first tag"),
    bind(&[special(K::End)], Action::Bottom, "last tag"),
    bind(&[key(' ')], Action::ToggleTag, "select or unselect the tag"),
    bind(
        &[special(K::Tab)],
        Action::ToggleTagMode,
        "match all selected tags (AND) or any (OR)",
    ),
    bind(&[ctrl('x')], Action::ClearTags, "unselect all"),
    bind(
        &[special(K::Backspace)],
        Action::DeleteBack,
        "edit the filter; type to narrow the tags",
    ),
    bind(&[ctrl('u')], Action::ClearLine, "clear the filter"),
    bind(
        &[special(K::Enter)],
        Action::Submit,
        "filter by the selected tags",
    ),
    bind(&[special(K::Esc)], Action::Cancel, "close without changes"),
    bind(&[ctrl('c')], Action::Quit, QUIT),
];

pub const VIEWS: &[Binding] = &[
    bind(&[key('j'), special(K::Down)], Action::MoveDown, "next view"),
    bind(&[key('k'), special(K::Up)], Action::MoveUp, "previous view"),
    bind(&[key('g'), special(K::Home)], Action::Top, "first view"),
    bind(&[key('G'), special(K::End)], Action::Bottom, "last view"),
    bind(&[special(K::Enter)], Action::Submit, "show the view"),
    Binding::ViewDigits,
    bind(&[special(K::Esc), key('v')], Action::Cancel, "close"),
    bind(&[key('q'), ctrl('c')], Action::Quit, QUIT),
];

pub const SPEAKERS: &[Binding] = &[
    bind(
        &[special(K::Down), ctrl('n')],
        Action::MoveDown,
        "next speaker",
    ),
    bind(
        &[special(K::Up), ctrl('p')],
        Action::MoveUp,
        "previous speaker",
    ),
    bind(&[special(K::PageDown)], Action::PageDown, "ten down"),
    bind(&[special(K::PageUp)], Action::PageUp, "ten up"),
    bind(&[special(K::Home)], Action::Top, "first speaker"),
    bind(&[special(K::End)], Action::Bottom, "last speaker"),
    bind(
        &[special(K::Backspace)],
        Action::DeleteBack,
        "edit the filter; type to narrow the speakers",
    ),
    bind(&[ctrl('u')], Action::ClearLine, "clear the filter"),
    bind(
        &[special(K::Enter)],
        Action::Submit,
        "show only this speaker's quotes",
    ),
    bind(&[special(K::Esc)], Action::Cancel, "close"),
    bind(&[ctrl('c')], Action::Quit, QUIT),
];

pub const HELP: &[Binding] = &[
    bind(&[special(K::Down)], Action::MoveDown, "scroll down"),
    bind(&[special(K::Up)], Action::MoveUp, "scroll up"),
    bind(&[special(K::PageDown)], Action::PageDown, "a page down"),
    bind(&[special(K::PageUp)], Action::PageUp, "a page up"),
    bind(
        &[special(K::Backspace)],
        Action::DeleteBack,
        "edit the search; type to search",
    ),
    bind(
        &[special(K::Esc), special(K::Enter)],
        Action::Cancel,
        "close the help",
    ),
    bind(&[ctrl('c')], Action::Quit, QUIT),
];

pub const PROBLEMS: &[Binding] = &[
    bind(
        &[key('j'), special(K::Down)],
        Action::MoveDown,
        "scroll down",
    ),
    bind(&[key('k'), special(K::Up)], Action::MoveUp, "scroll up"),
    bind(
        &[special(K::PageDown), ctrl('d')],
        Action::PageDown,
        "a page down",
    ),
    bind(
        &[special(K::PageUp), ctrl('u')],
        Action::PageUp,
        "a page up",
    ),
    bind(&[key('g'), special(K::Home)], Action::Top, "to the top"),
    bind(
        &[key('G'), special(K::End)],
        Action::Bottom,
        "to the bottom",
    ),
    bind(
        &[
            special(K::Esc),
            special(K::Enter),
            key('!'),
            key('M'),
            key('c'),
        ],
        Action::Cancel,
        "close the list",
    ),
    bind(&[key('q'), ctrl('c')], Action::Quit, QUIT),
];
