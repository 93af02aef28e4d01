//! Text helpers shared by the loader, the index, the CLI and the TUI.

pub mod plural;
pub mod sanitize;
pub mod sentence;
pub mod shell;
pub mod size;
pub mod words;
pub mod wrap;

pub use plural::plural;
pub use sanitize::sanitize;
