//! `update(state, store, input)`: the only place the reader's state changes.
//! It applies one input (a key's action, the clock, the terminal's size or
//! mouse, a reload of the files, what became of an effect), then `derive`
//! brings what follows from it up to date: the list, the layout, the scroll.
//! What only the event loop can do comes back as effects, whose outcomes the
//! loop sends in as inputs again. No I/O here: "today", the time and the size
//! arrive as data.

use super::cursor::{self, Step};
use super::derive::derive;
use super::filter::Target;
use super::marking;
use super::mouse;
use super::navigate;
use super::opening;
use super::outside;
use super::suggest;
use super::switch::switch_store;
use super::tags::{self, TagPicker};
use super::views::{self, ViewPicker};
use super::{AppState, Effect, HelpState, Input, Outcome, Overlay};
use crate::store::Store;
use crate::tui::action::Action;
use crate::tui::help;
use crate::tui::layout::{Focus, Kind};

/// Applies `input` to `state` (on `store`, the generation it shows) and
/// hands back what the event loop is to do.
pub fn update<'a>(
    state: &mut AppState,
    store: &'a Store,
    input: impl Into<Input<'a>>,
) -> Vec<Effect> {
    let input = input.into();
    let before = opening::Before::of(state, &input);
    // Every input but the clock and the bodies read replaces the message,
    // so what it leaves is newly said.
    let quiet = matches!(
        input,
        Input::Tick(_) | Input::Done(Outcome::Read(_)) | Input::Marks { .. }
    );
    let said_before = quiet.then(|| state.message.clone());
    let (store, effect) = apply(state, store, input);
    if let Some(message) = &state.message
        && said_before.is_none_or(|before| before.as_ref() != Some(message))
    {
        state.messages.record(message);
    }
    derive(state, store);
    // What the analyst chose is open; scrolled or shown alone, it is read.
    let read = before
        .is_some_and(|before| opening::chosen(state, before))
        .then(|| marking::read_now(state, store))
        .flatten();
    let bodies = state.bodies.to_read().map(Effect::Read);
    effect.into_iter().chain(read).chain(bodies).collect()
}

/// The store the state stands on once `input` is applied (the new one after
/// a reload), and what the event loop is to do.
fn apply<'a>(
    state: &mut AppState,
    store: &'a Store,
    input: Input<'a>,
) -> (&'a Store, Option<Effect>) {
    let effect = match input {
        Input::Reloaded {
            store: new,
            seen,
            changes,
        } => {
            switch_store(state, store, new, seen, &changes);
            return (new, None);
        }
        Input::Tick(now) => marking::tick(state, store, now),
        Input::Marks { marks, warnings } => {
            super::changes::merged(state, store, marks, warnings);
            None
        }
        Input::ReloadOff(why) => {
            state.message = Some(why);
            None
        }
        Input::Done(outcome) => {
            outside::heard(state, outcome);
            None
        }
        Input::Resize(w, h) => {
            state.message = None;
            (state.width, state.height) = (w, h);
            None
        }
        Input::Wheel { down, column, row } => {
            state.message = None;
            mouse::wheel(state, down, column, row);
            None
        }
        Input::Click { column, row } => {
            state.message = None;
            mouse::click(state, column, row);
            None
        }
        Input::Action(action) => {
            state.message = None;
            act(state, store, action)
        }
    };
    (store, effect)
}

fn act(state: &mut AppState, store: &Store, action: Action) -> Option<Effect> {
    match (action, &state.overlay) {
        (Action::Quit, _) => state.quit = true,
        (Action::Suspend, _) => return Some(Effect::Suspend),
        (_, Overlay::Help(_)) => help_action(state, action),
        (_, Overlay::Problems { .. }) => problems_action(state, store, action),
        (_, Overlay::Tags(_)) => tags::picker_action(state, store, action),
        (_, Overlay::Views(_)) => views::picker_action(state, store, action),
        (_, Overlay::Speakers(_)) => super::speakers::picker_action(state, action),
        (_, Overlay::Messages { .. }) => messages_action(state, action),
        (_, Overlay::Clip { .. }) => super::clip::overlay_action(state, action),
        (_, Overlay::None) if state.confirm.is_some() => {
            return marking::answer(state, store, action);
        }
        (_, Overlay::None) if state.note.is_some() => {
            return marking::note_action(state, store, action);
        }
        (_, Overlay::None) if state.filter.editing.is_some() => edit_action(state, action),
        (_, Overlay::None) => return browse(state, store, action),
    }
    None
}

fn browse(state: &mut AppState, store: &Store, action: Action) -> Option<Effect> {
    match action {
        Action::MoveDown => navigate::step(state, Step::Down(1)),
        Action::MoveUp => navigate::step(state, Step::Up(1)),
        Action::Top => navigate::step(state, Step::Top),
        Action::Bottom => navigate::step(state, Step::Bottom),
        Action::HalfPageDown => navigate::step(state, Step::Down(page(state, state.focus) / 2)),
        Action::HalfPageUp => navigate::step(state, Step::Up(page(state, state.focus) / 2)),
        Action::PageDown => navigate::step(state, Step::Down(page(state, state.focus))),
        Action::PageUp => navigate::step(state, Step::Up(page(state, state.focus))),
        Action::FocusNext => cycle_focus(state, 1),
        Action::FocusPrev => cycle_focus(state, -1),
        Action::Open => match state.focus {
            Focus::List if state.selected_doc().is_some() => state.focus = Focus::Detail,
            Focus::Quotes => navigate::jump_to_quote(state, state.quote_cursor),
            _ => {}
        },
        Action::Back => back(state),
        Action::Search => start_editing(state, Target::Search, ""),
        Action::EditQuery => {
            let current = state.filter.query.clone();
            start_editing(state, Target::Query, &current);
        }
        Action::TakeSuggestion => suggest::take(state),
        Action::NextMatch => navigate::next_match(state, true),
        Action::PrevMatch => navigate::next_match(state, false),
        Action::Views => state.overlay = Overlay::Views(ViewPicker::open(state, store)),
        Action::Speakers => {
            let picker = super::SpeakerPicker::open(state, store, Default::default());
            state.overlay = Overlay::Speakers(picker);
        }
        Action::View(n) => views::apply(state, store, usize::from(n)),
        Action::Copy => return outside::copy_citation(state, store),
        Action::CopyPath => return outside::copy_path(state, store),
        Action::ShowClip => return super::clip::show(state),
        Action::OpenPager => return outside::open(state, store, false),
        Action::OpenEditor => return outside::open(state, store, true),
        Action::NextWatch => super::watch::next_hit(state, true),
        Action::PrevWatch => super::watch::next_hit(state, false),
        Action::ToggleBookmark => return marking::toggle_bookmark(state, store),
        Action::ToggleRead => return marking::toggle_read(state, store),
        Action::AllRead => marking::ask_all_read(state),
        Action::UndoMark => return super::undo::undo(state, store),
        Action::NextUnread => marking::next_unread(state, true),
        Action::PrevUnread => marking::next_unread(state, false),
        Action::EditNote => marking::edit_note(state, store),
        Action::NextQuote => navigate::next_quote(state, true),
        Action::PrevQuote => navigate::next_quote(state, false),
        Action::TagPicker => {
            let picker = TagPicker::open(store, &state.filter, &state.query_context());
            state.overlay = Overlay::Tags(picker);
        }
        Action::CycleSort => {
            state.sort = state.sort.next();
            state.filter_changed();
            state.message = Some(super::sort::message(state.sort, &state.filter));
        }
        Action::Zen => state.zen = !state.zen,
        Action::Timeline => super::timeline::toggle(state),
        Action::ToggleQuotes => {
            state.quotes_on = !state.quotes_on;
            if state.areas().kind == Kind::Single {
                state.focus = if state.quotes_on {
                    Focus::Quotes
                } else {
                    Focus::List
                };
            }
            if !state.quotes_on && state.focus == Focus::Quotes {
                state.focus = Focus::Detail;
            }
        }
        Action::Help => state.overlay = Overlay::Help(HelpState::default()),
        Action::Problems => state.overlay = Overlay::Problems { scroll: 0 },
        Action::Messages => state.overlay = Overlay::Messages { scroll: 0 },
        _ => {}
    }
    None
}

fn page(state: &AppState, focus: Focus) -> usize {
    match focus {
        Focus::List => state.list_height(),
        _ => state.detail_size().0,
    }
    .max(2)
}

fn cycle_focus(state: &mut AppState, by: isize) {
    let visible = state.areas().visible();
    if visible.is_empty() {
        return;
    }
    let at = visible.iter().position(|&f| f == state.focus).unwrap_or(0) as isize;
    let next = (at + by).rem_euclid(visible.len() as isize) as usize;
    state.focus = visible[next];
}

/// Esc: leave zen, return to the list, clear the search, then the filter.
fn back(state: &mut AppState) {
    if state.zen {
        state.zen = false;
    } else if state.focus != Focus::List {
        state.focus = Focus::List;
    } else if !state.filter.search.is_empty() {
        state.filter.search.clear();
        state.filter_changed();
    } else if !state.filter.is_empty() {
        state.filter.query.clear();
        state.filter.tags.clear();
        state.filter_changed();
    }
}

fn start_editing(state: &mut AppState, target: Target, text: &str) {
    let original = state.filter.text(target).to_string();
    state.filter.editing = Some((target, super::editor::LineEditor::new(text), original));
}

fn edit_action(state: &mut AppState, action: Action) {
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
            *state.filter.field_mut(target) = text;
            state.filter_changed();
        }
        Action::MoveDown => {
            let last = state.shown.len().saturating_sub(1);
            cursor::select(state, (state.selected + 1).min(last));
        }
        Action::MoveUp => cursor::select(state, state.selected.saturating_sub(1)),
        Action::TakeSuggestion => suggest::take(state),
        Action::Cancel => {
            let original = std::mem::take(original);
            state.filter.editing = None;
            *state.filter.field_mut(target) = original;
            state.filter_changed();
        }
        other => {
            if editor.apply(other) {
                state.filter_changed();
            }
        }
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
    if action == Action::Cancel {
        state.overlay = Overlay::None;
    } else if let Overlay::Problems { scroll } = &mut state.overlay {
        cursor::move_among(scroll, store.problem_count(), action);
    }
}

fn messages_action(state: &mut AppState, action: Action) {
    if action == Action::Cancel {
        state.overlay = Overlay::None;
    } else if let Overlay::Messages { scroll } = &mut state.overlay {
        cursor::move_among(scroll, state.messages.len(), action);
    }
}

#[cfg(test)]
#[path = "update_tests.rs"]
mod tests;

#[cfg(test)]
#[path = "lookup_tests.rs"]
mod lookup_tests;
