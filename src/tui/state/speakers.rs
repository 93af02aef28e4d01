//! The speakers overlay: who is quoted in the briefings shown, most quoted
//! first, narrowed as you type (`narrow`); Enter filters to that speaker's
//! quotes.

use super::editor::LineEditor;
use super::narrow::NarrowedList;
use super::{AppState, Overlay};
use crate::model::Briefing;
use crate::query::{Query, Term, picked};
use crate::store::Store;
use crate::tui::action::Action;

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SpeakerPicker {
    pub rows: Vec<SpeakerRow>,
    /// The speakers listed (places in `rows`), narrowed by what is typed.
    pub list: NarrowedList,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpeakerRow {
    pub name: String,
    pub quotes: u32,
    pub briefings: u32,
    /// People, listed first; else a body or a document, after them.
    pub person: bool,
}

impl SpeakerPicker {
    /// The speakers of the briefings shown, narrowed by `search`; with
    /// `quote:` in the filter, of the quotes it picks.
    pub fn open(state: &AppState, store: &Store, search: LineEditor) -> SpeakerPicker {
        let filter = &state.quote_filter;
        let picked = (filter.asks_for_quote_words()).then(|| picked::quotes(store, filter));
        let tallied = match picked.flatten() {
            Some(quotes) => store.speakers_of(&quotes, &state.shown_set, |_| true),
            None => store.speakers(&state.shown_set, |_| true),
        };
        let rows: Vec<SpeakerRow> = tallied
            .into_iter()
            .map(|t| SpeakerRow {
                name: t.name.to_string(),
                quotes: t.quotes,
                briefings: t.briefings,
                person: t.person,
            })
            .collect();
        let list = NarrowedList::new(&rows, search);
        SpeakerPicker { rows, list }
    }
}

impl AsRef<str> for SpeakerRow {
    fn as_ref(&self) -> &str {
        &self.name
    }
}

/// The `speaker:` terms of a query, which pick quotes as well as briefings.
pub fn quote_filter(query: &Query) -> Query {
    query.quote_terms()
}

/// The places among `b`'s quotes of those the filter keeps.
pub fn kept(filter: &Query, b: &Briefing, store: &Store) -> Vec<usize> {
    (0..b.quotes.len())
        .filter(|&i| filter.keeps_quote(b, &b.quotes[i], store))
        .collect()
}

/// Filters to the quotes of the speaker under the cursor: the filter's
/// query keeps its other terms and gets `speaker:"NAME"` in place of any
/// speaker term it had.
fn apply(state: &mut AppState) {
    let Overlay::Speakers(picker) = &state.overlay else {
        return;
    };
    let Some(row) = picker.list.current().map(|i| picker.rows[i].clone()) else {
        state.overlay = Overlay::None;
        return;
    };
    state.overlay = Overlay::None;
    let query = &state.filter.query;
    let mut kept = String::new();
    if let Ok(parsed) = crate::query::parse(query) {
        let mut at = 0;
        for c in parsed
            .clauses
            .iter()
            .filter(|c| matches!(c.term, Term::Speaker(_)))
        {
            kept.push_str(&query[at..c.span.start]);
            at = c.span.end;
        }
        kept.push_str(&query[at..]);
    } else {
        kept.push_str(query);
    }
    let name = row.name.replace('"', " ");
    let kept = kept.split_whitespace().collect::<Vec<_>>().join(" ");
    state.filter.query = format!("{kept} speaker:\"{name}\"")
        .trim_start()
        .to_string();
    state.quotes_on = true;
    state.quote_cursor = 0;
    state.filter_changed();
    state.message = Some(format!(
        "{}: {} in {}",
        row.name,
        crate::text::plural(row.quotes as usize, "quote"),
        crate::text::plural(row.briefings as usize, "briefing")
    ));
}

pub fn picker_action(state: &mut AppState, action: Action) {
    let Overlay::Speakers(picker) = &mut state.overlay else {
        return;
    };
    match action {
        Action::Submit => apply(state),
        Action::Cancel => state.overlay = Overlay::None,
        other => {
            picker.list.act(other, &picker.rows);
        }
    }
}

#[cfg(test)]
#[path = "speakers_tests.rs"]
mod tests;
