//! The tag picker: every tag with how many briefings it would leave, given the
//! rest of the filter and the tags already picked, narrowed to those
//! containing what is typed.

use super::editor::LineEditor;
use super::filter::{Filter, TagMode};
use super::{AppState, Overlay};
use crate::query::{Context, Query, evaluate_with};
use crate::store::Store;
use crate::tui::action::Action;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TagPicker {
    /// A place in `shown`.
    pub cursor: usize,
    /// Tag names, most used first; fixed while the picker is open.
    pub tags: Vec<String>,
    /// What is typed to narrow the list.
    pub search: LineEditor,
    /// The tags listed (places in `tags`): those containing the text typed,
    /// the ones starting with it first.
    pub shown: Vec<usize>,
    pub picked: Vec<String>,
    pub mode: TagMode,
    /// Per tag, the briefings the filter would show with it picked too.
    pub counts: Vec<usize>,
    /// Briefings the filter shows with the current picks.
    pub total: usize,
}

impl TagPicker {
    pub fn open(store: &Store, filter: &Filter, ctx: &Context) -> TagPicker {
        let mut tags: Vec<(&str, usize)> = store.tag_counts().collect();
        tags.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(b.0)));
        let mut picker = TagPicker {
            cursor: 0,
            tags: tags.into_iter().map(|(t, _)| t.to_string()).collect(),
            search: LineEditor::default(),
            shown: Vec::new(),
            picked: filter.tags.clone(),
            mode: filter.tag_mode,
            counts: Vec::new(),
            total: 0,
        };
        picker.recount(store, filter, ctx);
        picker.narrow();
        picker
    }

    /// The picker open again on a new store, keeping the picks, the mode and
    /// the text typed.
    pub fn reopen(self, store: &Store, filter: &Filter, ctx: &Context) -> TagPicker {
        let mut picker = TagPicker::open(store, filter, ctx);
        picker.picked = self.picked;
        picker.mode = self.mode;
        picker.search = self.search;
        picker.recount(store, filter, ctx);
        picker.narrow();
        picker
    }

    /// Lists the tags containing the text typed and puts the cursor on the first.
    pub(super) fn narrow(&mut self) {
        let needle = self.search.text().to_lowercase();
        let (mut starting, mut containing) = (Vec::new(), Vec::new());
        for (i, tag) in self.tags.iter().enumerate() {
            let tag = tag.to_lowercase();
            if tag.starts_with(&needle) {
                starting.push(i);
            } else if tag.contains(&needle) {
                containing.push(i);
            }
        }
        starting.append(&mut containing);
        self.shown = starting;
        self.cursor = 0;
    }

    /// The tag under the cursor, as a place in `tags`.
    pub fn current(&self) -> Option<usize> {
        self.shown.get(self.cursor).copied()
    }

    pub fn toggle(&mut self) {
        let Some(tag) = self.current().map(|i| &self.tags[i]) else {
            return;
        };
        match self.picked.iter().position(|t| t == tag) {
            Some(i) => {
                self.picked.remove(i);
            }
            None => self.picked.push(tag.clone()),
        }
    }

    pub fn recount(&mut self, store: &Store, filter: &Filter, ctx: &Context) {
        let Some(base) = filter.compose_without_tags() else {
            self.counts = vec![0; self.tags.len()];
            return;
        };
        let with = |tags: &[String], mode| {
            let mut q: Query = base.clone();
            q.clauses.extend(filter.tag_clauses(tags, mode));
            evaluate_with(store, &q, ctx)
        };
        let current = with(&self.picked, self.mode);
        self.total = current.count();
        // In "any" mode a tag widens the result; in "all" mode it narrows it.
        let scope = match self.mode {
            TagMode::All => current,
            TagMode::Any => with(&[], TagMode::All),
        };
        self.counts = self
            .tags
            .iter()
            .map(|t| {
                store
                    .tag_docs(t)
                    .iter()
                    .filter(|&&d| scope.contains(d))
                    .count()
            })
            .collect();
    }

    pub fn is_picked(&self, tag: &str) -> bool {
        self.picked.iter().any(|t| t == tag)
    }
}

/// A key while the tag picker is open.
pub fn picker_action(state: &mut AppState, store: &Store, action: Action) {
    let ctx = Context {
        today: state.today,
        marks: Some(&state.marked),
    };
    let Overlay::Tags(picker) = &mut state.overlay else {
        return;
    };
    if super::cursor::move_among(&mut picker.cursor, picker.shown.len(), action) {
        return;
    }
    match action {
        Action::ToggleTag => {
            picker.toggle();
            picker.recount(store, &state.filter, &ctx);
        }
        Action::ToggleTagMode => {
            picker.mode = match picker.mode {
                TagMode::All => TagMode::Any,
                TagMode::Any => TagMode::All,
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
            state.filter_changed();
        }
        Action::Cancel => state.overlay = Overlay::None,
        other => {
            if picker.search.apply(other) {
                picker.narrow();
            }
        }
    }
}
