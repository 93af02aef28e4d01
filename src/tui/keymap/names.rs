//! The names actions go by in the configuration file.

use crate::tui::action::Action;

pub const NAMES: &[(&str, Action)] = &[
    ("move_down", Action::MoveDown),
    ("move_up", Action::MoveUp),
    ("top", Action::Top),
    ("bottom", Action::Bottom),
    ("half_page_down", Action::HalfPageDown),
    ("half_page_up", Action::HalfPageUp),
    ("page_down", Action::PageDown),
    ("page_up", Action::PageUp),
    ("focus_next", Action::FocusNext),
    ("focus_prev", Action::FocusPrev),
    ("open", Action::Open),
    ("back", Action::Back),
    ("search", Action::Search),
    ("edit_query", Action::EditQuery),
    ("next_match", Action::NextMatch),
    ("prev_match", Action::PrevMatch),
    ("next_watch", Action::NextWatch),
    ("prev_watch", Action::PrevWatch),
    ("tag_picker", Action::TagPicker),
    ("views", Action::Views),
    ("speakers", Action::Speakers),
    ("view_1", Action::View(1)),
    ("view_2", Action::View(2)),
    ("view_3", Action::View(3)),
    ("view_4", Action::View(4)),
    ("view_5", Action::View(5)),
    ("view_6", Action::View(6)),
    ("view_7", Action::View(7)),
    ("view_8", Action::View(8)),
    ("view_9", Action::View(9)),
    ("cycle_sort", Action::CycleSort),
    ("next_quote", Action::NextQuote),
    ("prev_quote", Action::PrevQuote),
    ("zen", Action::Zen),
    ("timeline", Action::Timeline),
    ("toggle_quotes", Action::ToggleQuotes),
    ("help", Action::Help),
    ("problems", Action::Problems),
    ("quit", Action::Quit),
    ("suspend", Action::Suspend),
    ("copy", Action::Copy),
    ("copy_path", Action::CopyPath),
    ("show_clip", Action::ShowClip),
    ("open_pager", Action::OpenPager),
    ("open_editor", Action::OpenEditor),
    ("toggle_bookmark", Action::ToggleBookmark),
    ("toggle_read", Action::ToggleRead),
    ("mark_all_read", Action::AllRead),
    ("undo_mark", Action::UndoMark),
    ("next_unread", Action::NextUnread),
    ("previous_unread", Action::PrevUnread),
    ("edit_note", Action::EditNote),
    ("messages", Action::Messages),
    ("take_suggestion", Action::TakeSuggestion),
];

pub fn action(name: &str) -> Option<Action> {
    NAMES.iter().find(|(n, _)| *n == name).map(|&(_, a)| a)
}

pub fn name(action: Action) -> Option<&'static str> {
    NAMES.iter().find(|(_, a)| *a == action).map(|&(n, _)| n)
}
