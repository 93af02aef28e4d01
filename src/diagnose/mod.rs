//! Positioned diagnostics and TOML checking: byte spans of a file placed at
//! `path:line:col`, and the checks every TOML file brief reads shares (front
//! matter, `tags.toml`, `config.toml`, `watchlist.toml`, themes).

mod lines;
mod report;
mod schema;

pub use lines::LineIndex;
pub use report::Reporter;
pub use schema::Quoted;
