//! The actions keys stand for.

/// Everything a key can ask of the reader. Keys map to these through the
/// keymap; `update` is the only place that carries them out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    MoveDown,
    MoveUp,
    Top,
    Bottom,
    HalfPageDown,
    HalfPageUp,
    PageDown,
    PageUp,
    FocusNext,
    FocusPrev,
    Open,
    Back,
    Search,
    EditQuery,
    NextMatch,
    PrevMatch,
    /// The next / previous watchlist hit, on into other briefings.
    NextWatch,
    PrevWatch,
    TagPicker,
    CycleSort,
    NextQuote,
    PrevQuote,
    Zen,
    /// `T`: the strip counting the shown briefings by day or week.
    Timeline,
    ToggleQuotes,
    Help,
    /// The problems found while loading (what `brief check` lists).
    Problems,
    /// The last messages the status bar showed, whole.
    Messages,
    Quit,
    /// Ctrl-z: give the terminal back to the shell until `fg`.
    Suspend,
    /// The saved views picker.
    Views,
    /// Who is quoted in the briefings shown.
    Speakers,
    /// Saved view number n (1 to 9), bound to its digit.
    View(u8),
    /// The quote in hand or the briefing, with its citation, to the clipboard.
    Copy,
    CopyPath,
    /// `c`: the last copy shown plain, to select with the mouse, and kept
    /// in the clips file.
    ShowClip,
    OpenPager,
    OpenEditor,
    /// `m`: bookmark the briefing, or remove its bookmark.
    ToggleBookmark,
    /// `r`: mark the briefing read, or unread again.
    ToggleRead,
    /// `R`: mark every shown briefing read, once confirmed.
    AllRead,
    /// `X`: undo the last change of the marks (again: redo it).
    UndoMark,
    /// `u` / `U`: the next / previous unread briefing in the list, wrapping.
    NextUnread,
    PrevUnread,
    /// `a`: edit the briefing's note in a one-line editor.
    EditNote,
    /// Tab while typing, `d` after: the words suggested when the filter
    /// finds nothing replace the misspelt ones.
    TakeSuggestion,
    /// Text editing, in the filter bar and the help search.
    Insert(char),
    DeleteBack,
    DeleteForward,
    DeleteWord,
    ClearLine,
    CursorLeft,
    CursorRight,
    CursorHome,
    CursorEnd,
    Submit,
    Cancel,
    /// In the tag picker.
    ToggleTag,
    ToggleTagMode,
    ClearTags,
}
