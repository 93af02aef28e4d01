//! The tag picker: every tag with how many briefings it would leave, given the
//! rest of the filter and the tags already picked, narrowed as you type
//! (`narrow`).

use super::filter::{Filter, TagMode};
use super::narrow::NarrowedList;
use super::{AppState, Overlay};
use crate::query::{Context, Query, evaluate_with};
use crate::store::Store;
use crate::tui::action::Action;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TagPicker {
    /// Tag names, most used first; fixed while the picker is open.
    pub tags: Vec<String>,
    /// The tags listed (places in `tags`), narrowed by what is typed.
    pub list: NarrowedList,
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
        let tags: Vec<String> = tags.into_iter().map(|(t, _)| t.to_string()).collect();
        let mut picker = TagPicker {
            list: NarrowedList::new(&tags, Default::default()),
            tags,
            picked: filter.tags.clone(),
            mode: filter.tag_mode,
            counts: Vec::new(),
            total: 0,
        };
        picker.recount(store, filter, ctx);
        picker
    }

    /// The picker open again on a new store, keeping the picks, the mode and
    /// the text typed.
    pub fn reopen(self, store: &Store, filter: &Filter, ctx: &Context) -> TagPicker {
        let mut picker = TagPicker::open(store, filter, ctx);
        picker.picked = self.picked;
        picker.mode = self.mode;
        picker.list = NarrowedList::new(&picker.tags, self.list.search);
        picker.recount(store, filter, ctx);
        picker
    }

    /// The tag under the cursor, as a place in `tags`.
    pub fn current(&self) -> Option<usize> {
        self.list.current()
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
            picker.list.act(other, &picker.tags);
        }
    }
}
