//! The default bindings while reading, and the binding type of every mode.
//! Each carries the description the help overlay shows, so the help can
//! never disagree with what the keys do.

use ratatui::crossterm::event::KeyCode;

use super::Bound;
use super::key::{Key, ctrl, key, special};
use crate::tui::action::Action;

/// An entry of a default table.
pub enum Binding {
    /// These keys do `action`.
    Keys {
        keys: &'static [Key],
        action: Action,
        desc: &'static str,
    },
    /// The digits 1 to 9, each showing the saved view of its number.
    ViewDigits,
}

pub(super) const fn bind(keys: &'static [Key], action: Action, desc: &'static str) -> Binding {
    Binding::Keys { keys, action, desc }
}

impl Binding {
    /// The entry as bound at run time: the view digits one binding a digit,
    /// sharing a description so that the help lists them on one row.
    pub fn bounds(&self) -> Vec<Bound> {
        match *self {
            Binding::Keys { keys, action, desc } => vec![Bound {
                keys: keys.to_vec(),
                action,
                desc,
            }],
            Binding::ViewDigits => (1..=9u8)
                .map(|n| Bound {
                    keys: vec![key(char::from(b'0' + n))],
                    action: Action::View(n),
                    desc: "show saved view 1 to 9",
                })
                .collect(),
        }
    }
}

use KeyCode as K;

/// What taking the suggested words is called in help, while typing and
/// after Enter; the filter bar names the keys bound to them.
pub const TAKE_TYPING: &str = "take the words suggested when nothing matches";
pub const TAKE_READING: &str = "take the words suggested when nothing is found";

/// What the clip overlay's key is called in help; the message after a copy
/// that may not have landed names the keys bound to it.
pub const SHOW_CLIP: &str =
    "the last copy shown plain, to select with the mouse, and kept in clips.md";

/// What these keys are called in help; the status bar and the cut line
/// name the keys bound to them, so a rebound key is named as bound.
pub const OPEN_HELP: &str = "this help";
pub const START_SEARCH: &str = "search as you type (query language)";
pub const PICK_TAGS: &str = "pick tags to filter by";
pub const CYCLE_SORT: &str = "sort: newest, oldest first, priority, source, relevance";
pub const QUIT: &str = "quit";
pub const LIST_PROBLEMS: &str = "problems found while loading";
pub const OPEN_PAGER: &str = "open the briefing in $PAGER";

pub const BROWSE: &[Binding] = &[
    bind(
        &[key('j'), special(K::Down)],
        Action::MoveDown,
        "move down / scroll down",
    ),
    bind(
        &[key('k'), special(K::Up)],
        Action::MoveUp,
        "move up / scroll up",
    ),
    bind(&[key('g'), special(K::Home)], Action::Top, "go to the top"),
    bind(
        &[key('G'), special(K::End)],
        Action::Bottom,
        "go to the bottom",
    ),
    bind(&[ctrl('d')], Action::HalfPageDown, "half a page down"),
    bind(&[ctrl('u')], Action::HalfPageUp, "half a page up"),
    bind(&[special(K::PageDown)], Action::PageDown, "a page down"),
    bind(&[special(K::PageUp)], Action::PageUp, "a page up"),
    bind(&[special(K::Tab)], Action::FocusNext, "focus the next pane"),
    bind(
        &[special(K::BackTab)],
        Action::FocusPrev,
        "focus the previous pane",
    ),
    bind(
        &[special(K::Enter)],
        Action::Open,
        "open the briefing / jump to the quote",
    ),
    bind(
        &[special(K::Esc)],
        Action::Back,
        "back out: close, clear search, clear filter",
    ),
    bind(&[key('/')], Action::Search, START_SEARCH),
    bind(
        &[key(':'), key('f')],
        Action::EditQuery,
        "edit the full filter query",
    ),
    bind(
        &[key('n')],
        Action::NextMatch,
        "next match, on into the next briefing",
    ),
    bind(&[key('N')], Action::PrevMatch, "previous match"),
    bind(&[key('d')], Action::TakeSuggestion, TAKE_READING),
    bind(
        &[key('w')],
        Action::NextWatch,
        "next watchlist hit, on into the next briefing",
    ),
    bind(&[key('W')], Action::PrevWatch, "previous watchlist hit"),
    bind(&[key('t')], Action::TagPicker, PICK_TAGS),
    bind(&[key('v')], Action::Views, "saved views, with their counts"),
    bind(
        &[key('S')],
        Action::Speakers,
        "who is quoted in the briefings shown",
    ),
    Binding::ViewDigits,
    bind(&[key('s')], Action::CycleSort, CYCLE_SORT),
    bind(&[key(']')], Action::NextQuote, "next quote"),
    bind(&[key('[')], Action::PrevQuote, "previous quote"),
    bind(
        &[key('Q')],
        Action::ToggleQuotes,
        "show or hide the quote pane",
    ),
    bind(&[key('z')], Action::Zen, "zen mode: only the text"),
    bind(
        &[key('T')],
        Action::Timeline,
        "show or hide the timeline of the shown briefings",
    ),
    bind(&[key('?')], Action::Help, OPEN_HELP),
    bind(&[key('q'), ctrl('c')], Action::Quit, QUIT),
    bind(
        &[ctrl('z')],
        Action::Suspend,
        "suspend to the shell (fg resumes)",
    ),
    bind(&[key('!')], Action::Problems, LIST_PROBLEMS),
    bind(
        &[key('y')],
        Action::Copy,
        "copy the quote (or briefing) with its citation",
    ),
    bind(&[key('Y')], Action::CopyPath, "copy the briefing's path"),
    bind(&[key('c')], Action::ShowClip, SHOW_CLIP),
    bind(&[key('o')], Action::OpenPager, OPEN_PAGER),
    bind(
        &[key('e')],
        Action::OpenEditor,
        "open the briefing in $EDITOR",
    ),
    bind(
        &[key('m')],
        Action::ToggleBookmark,
        "bookmark the briefing, or remove the bookmark",
    ),
    bind(
        &[key('r')],
        Action::ToggleRead,
        "mark the briefing read, or unread again",
    ),
    bind(
        &[key('R')],
        Action::AllRead,
        "mark every shown briefing read (asks y/n first)",
    ),
    bind(
        &[key('X')],
        Action::UndoMark,
        "undo the last change of marks (read, all read, bookmark, note)",
    ),
    bind(
        &[key('u')],
        Action::NextUnread,
        "the next unread briefing, wrapping to the top",
    ),
    bind(
        &[key('U')],
        Action::PrevUnread,
        "the previous unread briefing, wrapping to the bottom",
    ),
    bind(
        &[key('a')],
        Action::EditNote,
        "write a note on the briefing (Enter saves, empty removes)",
    ),
    bind(&[key('M')], Action::Messages, "the last messages, whole"),
];
