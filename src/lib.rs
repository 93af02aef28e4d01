//! brief: a terminal reader for curated briefing documents.

pub(crate) mod atomic;
pub mod cli;
pub mod config;
pub mod diagnose;
pub(crate) mod fnv;
pub mod guard;
pub mod library;
pub mod load;
pub mod marks;
pub mod model;
pub mod progress;
pub mod query;
pub(crate) mod regular;
pub(crate) mod sealed;
pub mod store;
pub mod text;
pub mod tui;
pub(crate) mod varint;
pub mod watch;
