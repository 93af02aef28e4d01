//! `update(state, store, action)`: the only place the reader's state changes.
//! No I/O here; "today" and the terminal size arrive as data.

use super::filter::Target;
use super::marking;
use super::mouse;
use super::navigate::{self, Step};
use super::outside;
use super::tags::TagPicker;
use super::views::{self, ViewPicker};
use super::{AppState, HelpState, Overlay};
use crate::store::Store;
use crate::tui::action::Action;
use crate::tui::help;
use crate::tui::layout::{Focus, Kind};

pub fn update(state: &mut AppState, store: &Store, action: Action) {
    if let Action::Tick(now) = action {
        marking::tick(state, store, now);
        return;
    }
    state.message = None;
    match action {
        Action::Quit => state.quit = true,
        // Suspending is terminal I/O: the event loop does it, state is unchanged.
        Action::Suspend => {}
        Action::Wheel { down, column, row } => mouse::wheel(state, store, down, column, row),
        Action::Click { column, row } => mouse::click(state, store, column, row),
        Action::Resize(w, h) => {
            (state.width, state.height) = (w, h);
            state.sync(store);
        }
        _ => match &state.overlay {
            Overlay::Help(_) => help_action(state, action),
            Overlay::Problems { .. } => problems_action(state, store, action),
            Overlay::Tags(_) => tags_action(state, store, action),
            Overlay::Views(_) => views::picker_action(state, store, action),
            Overlay::None if state.note.is_some() => marking::note_action(state, store, action),
            Overlay::None if state.filter.editing.is_some() => edit_action(state, store, action),
            Overlay::None => {
                let before = (state.selected_doc(), state.detail.scroll);
                browse(state, store, action);
                marking::read_if_scrolled(state, store, before);
            }
        },
    }
}

fn browse(state: &mut AppState, store: &Store, action: Action) {
    match action {
        Action::MoveDown => navigate::step(state, store, Step::Down(1)),
        Action::MoveUp => navigate::step(state, store, Step::Up(1)),
        Action::Top => navigate::step(state, store, Step::Top),
        Action::Bottom => navigate::step(state, store, Step::Bottom),
        Action::HalfPageDown => {
            navigate::step(state, store, Step::Down(page(state, state.focus) / 2))
        }
        Action::HalfPageUp => navigate::step(state, store, Step::Up(page(state, state.focus) / 2)),
        Action::PageDown => navigate::step(state, store, Step::Down(page(state, state.focus))),
        Action::PageUp => navigate::step(state, store, Step::Up(page(state, state.focus))),
        Action::FocusNext => cycle_focus(state, store, 1),
        Action::FocusPrev => cycle_focus(state, store, -1),
        Action::Open => match state.focus {
            Focus::List if state.selected_doc().is_some() => focus(state, store, Focus::Detail),
            Focus::Quotes => navigate::jump_to_quote(state, store, state.quote_cursor),
            _ => {}
        },
        Action::Back => back(state, store),
        Action::Search => start_editing(state, Target::Search, ""),
        Action::EditQuery => {
            let current = state.filter.query.clone();
            start_editing(state, Target::Query, &current);
        }
        Action::NextMatch => navigate::next_match(state, store, true),
        Action::PrevMatch => navigate::next_match(state, store, false),
        Action::Views => state.overlay = Overlay::Views(ViewPicker::open(state, store)),
        Action::View(n) => views::apply(state, store, usize::from(n)),
        Action::Copy => outside::copy_citation(state, store),
        Action::CopyPath => outside::copy_path(state, store),
        Action::OpenPager => outside::open(state, store, false),
        Action::OpenEditor => outside::open(state, store, true),
        Action::NextWatch => super::watch::next_hit(state, store, true),
        Action::PrevWatch => super::watch::next_hit(state, store, false),
        Action::ToggleBookmark => marking::toggle_bookmark(state, store),
        Action::EditNote => marking::edit_note(state, store),
        Action::NextQuote => navigate::next_quote(state, store, true),
        Action::PrevQuote => navigate::next_quote(state, store, false),
        Action::TagPicker => {
            let picker = TagPicker::open(store, &state.filter, &state.query_context());
            state.overlay = Overlay::Tags(picker);
        }
        Action::CycleSort => {
            state.sort = state.sort.next();
            state.refresh(store);
            state.message = Some(format!("sorted by {}", state.sort.label()));
        }
        Action::Zen => {
            state.zen = !state.zen;
            state.sync(store);
        }
        Action::ToggleQuotes => {
            state.quotes_on = !state.quotes_on;
            if state.areas().kind == Kind::Single {
                focus(
                    state,
                    store,
                    if state.quotes_on {
                        Focus::Quotes
                    } else {
                        Focus::List
                    },
                );
            }
            if !state.quotes_on && state.focus == Focus::Quotes {
                state.focus = Focus::Detail;
            }
            state.sync(store);
        }
        Action::Help => state.overlay = Overlay::Help(HelpState::default()),
        Action::Problems => state.overlay = Overlay::Problems { scroll: 0 },
        _ => {}
    }
}

fn page(state: &AppState, focus: Focus) -> usize {
    match focus {
        Focus::List => state.list_height(),
        _ => state.detail_size().0,
    }
    .max(2)
}

fn focus(state: &mut AppState, store: &Store, to: Focus) {
    state.focus = to;
    state.sync(store);
}

fn cycle_focus(state: &mut AppState, store: &Store, by: isize) {
    let visible = state.areas().visible();
    if visible.is_empty() {
        return;
    }
    let at = visible.iter().position(|&f| f == state.focus).unwrap_or(0) as isize;
    let next = (at + by).rem_euclid(visible.len() as isize) as usize;
    focus(state, store, visible[next]);
}

/// Esc: leave zen, return to the list, clear the search, then the filter.
fn back(state: &mut AppState, store: &Store) {
    if state.zen {
        state.zen = false;
        state.sync(store);
    } else if state.focus != Focus::List {
        focus(state, store, Focus::List);
    } else if !state.filter.search.is_empty() {
        state.filter.search.clear();
        state.refresh(store);
    } else if !state.filter.is_empty() {
        state.filter.query.clear();
        state.filter.tags.clear();
        state.refresh(store);
    }
}

fn start_editing(state: &mut AppState, target: Target, text: &str) {
    let original = state.filter.text(target).to_string();
    state.filter.editing = Some((target, super::editor::LineEditor::new(text), original));
}

fn edit_action(state: &mut AppState, store: &Store, action: Action) {
    let broken = state.filter.error.as_ref().map(|(t, _)| *t);
    let Some((target, editor, original)) = &mut state.filter.editing else {
        return;
    };
    let target = *target;
    match action {
        Action::Submit if broken == Some(target) => {
            state.message = Some("the query has an error: fix it, or Esc to cancel".into());
        }
        Action::Submit => {
            let text = editor.text().to_string();
            state.filter.editing = None;
            *field(state, target) = text;
            state.refresh(store);
        }
        Action::Cancel => {
            let original = std::mem::take(original);
            state.filter.editing = None;
            *field(state, target) = original;
            state.refresh(store);
        }
        other => {
            if editor.apply(other) {
                state.refresh(store);
            }
        }
    }
}

fn field(state: &mut AppState, target: Target) -> &mut String {
    match target {
        Target::Query => &mut state.filter.query,
        Target::Search => &mut state.filter.search,
    }
}

fn help_action(state: &mut AppState, action: Action) {
    let Overlay::Help(help) = &mut state.overlay else {
        return;
    };
    let rows = help::matching(&state.help_rows, help.search.text()).len();
    match action {
        Action::Cancel | Action::Submit => state.overlay = Overlay::None,
        Action::MoveDown => help.scroll = (help.scroll + 1).min(rows.saturating_sub(1)),
        Action::MoveUp => help.scroll = help.scroll.saturating_sub(1),
        Action::PageDown => help.scroll = (help.scroll + 10).min(rows.saturating_sub(1)),
        Action::PageUp => help.scroll = help.scroll.saturating_sub(10),
        other => {
            if help.search.apply(other) {
                help.scroll = 0;
            }
        }
    }
}

fn problems_action(state: &mut AppState, store: &Store, action: Action) {
    let Overlay::Problems { scroll } = &mut state.overlay else {
        return;
    };
    let last = store.problem_count().saturating_sub(1);
    match action {
        Action::Cancel => state.overlay = Overlay::None,
        Action::MoveDown => *scroll = (*scroll + 1).min(last),
        Action::MoveUp => *scroll = scroll.saturating_sub(1),
        Action::PageDown => *scroll = (*scroll + 10).min(last),
        Action::PageUp => *scroll = scroll.saturating_sub(10),
        Action::Top => *scroll = 0,
        Action::Bottom => *scroll = last,
        _ => {}
    }
}

fn tags_action(state: &mut AppState, store: &Store, action: Action) {
    let ctx = crate::query::Context {
        today: state.today,
        marks: Some(&state.marked),
    };
    let Overlay::Tags(picker) = &mut state.overlay else {
        return;
    };
    let last = picker.tags.len().saturating_sub(1);
    match action {
        Action::MoveDown => picker.cursor = (picker.cursor + 1).min(last),
        Action::MoveUp => picker.cursor = picker.cursor.saturating_sub(1),
        Action::Top => picker.cursor = 0,
        Action::Bottom => picker.cursor = last,
        Action::ToggleTag => {
            picker.toggle();
            picker.recount(store, &state.filter, &ctx);
        }
        Action::ToggleTagMode => {
            picker.mode = match picker.mode {
                super::TagMode::All => super::TagMode::Any,
                super::TagMode::Any => super::TagMode::All,
            };
            picker.recount(store, &state.filter, &ctx);
        }
        Action::ClearTags => {
            picker.picked.clear();
            picker.recount(store, &state.filter, &ctx);
        }
        Action::Submit => {
            state.filter.tags = picker.picked.clone();
            state.filter.tag_mode = picker.mode;
            state.overlay = Overlay::None;
            state.refresh(store);
        }
        Action::Cancel => state.overlay = Overlay::None,
        _ => {}
    }
}

#[cfg(test)]
#[path = "update_tests.rs"]
mod tests;
