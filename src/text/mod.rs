//! Text helpers shared by the loader, the index, the CLI and the TUI.

pub mod sanitize;
pub mod sentence;
pub mod words;
pub mod wrap;

pub use sanitize::sanitize;
