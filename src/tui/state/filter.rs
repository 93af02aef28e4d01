//! What narrows the list: the full query (`:`), the search (`/`) and the tags
//! picked (`t`). Each is kept as text or names; the parsed query is derived.

use crate::query::{self, Clause, Query, QueryError, Term};

use super::editor::LineEditor;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    Query,
    Search,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum TagMode {
    /// A briefing needs every picked tag.
    #[default]
    All,
    /// A briefing needs one of the picked tags.
    Any,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    pub query: String,
    pub search: String,
    pub tags: Vec<String>,
    pub tag_mode: TagMode,
    /// The field being typed in, and what it held before.
    pub editing: Option<(Target, LineEditor, String)>,
    pub error: Option<(Target, QueryError)>,
    /// The query and search the list shows the result of: the last that
    /// parsed, which stays while the text typed does not.
    pub listed: String,
}

impl Filter {
    /// The text of `target` as it stands, including what is being typed.
    pub fn text(&self, target: Target) -> &str {
        match &self.editing {
            Some((t, editor, _)) if *t == target => editor.text(),
            _ => match target {
                Target::Query => &self.query,
                Target::Search => &self.search,
            },
        }
    }

    /// The kept text of `target`.
    pub fn field_mut(&mut self, target: Target) -> &mut String {
        match target {
            Target::Query => &mut self.query,
            Target::Search => &mut self.search,
        }
    }

    /// Query, search and tags as one query; the error names the field at fault.
    pub fn compose(&self) -> Result<Query, (Target, QueryError)> {
        let mut clauses = Vec::new();
        for target in [Target::Query, Target::Search] {
            let parsed = query::parse(self.text(target)).map_err(|e| (target, e))?;
            clauses.extend(parsed.clauses);
        }
        clauses.extend(self.tag_clauses(&self.tags, self.tag_mode));
        Ok(Query { clauses })
    }

    /// Query and search without the picked tags: the base the tag picker counts over.
    pub fn compose_without_tags(&self) -> Option<Query> {
        let mut without = self.clone();
        without.tags.clear();
        without.compose().ok()
    }

    pub fn tag_clauses(&self, tags: &[String], mode: TagMode) -> Vec<Clause> {
        let clause = |tags: Vec<String>| Clause {
            negated: false,
            term: Term::Tags(tags),
            span: 0..0,
        };
        match mode {
            TagMode::Any if !tags.is_empty() => vec![clause(tags.to_vec())],
            TagMode::Any => Vec::new(),
            TagMode::All => tags.iter().map(|t| clause(vec![t.clone()])).collect(),
        }
    }

    /// Query and search as they stand, as the list's title names them.
    pub fn describe(&self) -> String {
        let parts: Vec<&str> = [Target::Query, Target::Search]
            .into_iter()
            .map(|t| self.text(t).trim())
            .filter(|t| !t.is_empty())
            .collect();
        parts.join(" ")
    }

    pub fn is_empty(&self) -> bool {
        self.query.is_empty() && self.search.is_empty() && self.tags.is_empty()
    }
}
