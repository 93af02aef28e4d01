//! What a reload found, said in the status bar.

/// What a reload found, counted by briefing.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Changes {
    pub new: usize,
    pub changed: usize,
    pub removed: usize,
    /// Now invalid, so shown as they last were.
    pub kept: usize,
}

impl Changes {
    pub fn is_empty(&self) -> bool {
        *self == Changes::default()
    }

    /// "3 new, 1 changed, 2 removed, 1 invalid (last good version kept)".
    pub fn summary(&self) -> String {
        let parts = [
            (self.new, "new"),
            (self.changed, "changed"),
            (self.removed, "removed"),
            (self.kept, "invalid (last good version kept)"),
        ];
        let text: Vec<String> = parts
            .iter()
            .filter(|(n, _)| *n > 0)
            .map(|(n, what)| format!("{n} {what}"))
            .collect();
        if text.is_empty() {
            "reloaded: nothing changed".into()
        } else {
            text.join(", ")
        }
    }
}
