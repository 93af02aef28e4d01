//! `config.toml`: default folders, theme, date format, mouse, zen width, the watchlist
//! file, the clipboard command, following symbolic links, the size shown
//! whole, saved views and key overrides, read into plain data. Every mistake
//! is a diagnostic naming its line; a file with any is refused as a whole.
//! What the names in `[keys]` mean is the reader's business: it turns them
//! into its keymap and reports those mistakes the same way.

mod defaults;
mod parse;

use std::path::{Path, PathBuf};

pub use defaults::default_text;
pub use parse::parse;

use crate::model::Diagnostic;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Config {
    /// Read when brief is given no PATH and `$BRIEF_DIR` is unset.
    pub folders: Vec<PathBuf>,
    pub theme: Option<String>,
    /// strftime format of dates in the list.
    pub date_format: String,
    pub mouse: bool,
    /// The widest zen mode's text may be, in columns.
    pub zen_width: u16,
    /// How long a briefing is shown before it counts as read; `None`: only `r` marks it.
    pub auto_read: Option<std::time::Duration>,
    pub watchlist: Option<PathBuf>,
    /// Copies go on the standard input of `sh -c` this, not through the terminal.
    pub clipboard_command: Option<String>,
    /// Briefings whose file is larger, in bytes, are shown cut at this
    /// size (and said so); `None`: every briefing is shown whole.
    pub show_limit: Option<u64>,
    /// Named queries, in the order written.
    pub views: Vec<View>,
    /// `[keys]` as written, in its order.
    pub keys: Vec<KeyChoice>,
    /// Whether symbolic links that lead out of the folders read are followed.
    pub follow_symlinks: bool,
}

/// One line of `[keys]`: an action's name and the keys asked for it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyChoice {
    pub action: Placed,
    pub keys: Vec<Placed>,
}

/// A string from the file and where it stands, `(line, column)`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Placed {
    pub text: String,
    pub at: (u32, u32),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct View {
    pub name: String,
    pub query: String,
}

pub const DATE_FORMAT: &str = "%Y-%m-%d";
pub const ZEN_WIDTH: u16 = 100;
pub const AUTO_READ: std::time::Duration = std::time::Duration::from_secs(2);
/// 8 MB: a briefing a hundred times longer than most, whose text still lays
/// out in a fraction of a second.
pub const SHOW_LIMIT: u64 = 8_000_000;
/// The widths `zen_width` may be.
pub const ZEN_WIDTHS: std::ops::RangeInclusive<u64> = 20..=500;

impl Default for Config {
    fn default() -> Self {
        Config {
            folders: Vec::new(),
            theme: None,
            date_format: DATE_FORMAT.to_string(),
            mouse: false,
            zen_width: ZEN_WIDTH,
            auto_read: Some(AUTO_READ),
            watchlist: None,
            clipboard_command: None,
            show_limit: Some(SHOW_LIMIT),
            views: Vec::new(),
            keys: Vec::new(),
            follow_symlinks: false,
        }
    }
}

/// `$XDG_CONFIG_HOME/brief/config.toml` (`~/.config/brief/config.toml`).
pub fn default_path() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "brief").map(|d| d.config_dir().join("config.toml"))
}

/// Reads the configuration at `path`: what could be read, and every mistake
/// found (the file is to be refused if there is any). A missing file is the
/// defaults unless `required` (a file named on the command line must exist).
pub fn load(path: &Path, required: bool) -> (Config, Vec<Diagnostic>) {
    let refused = |message: String| {
        (
            Config::default(),
            vec![Diagnostic::error(path, (1, 1), message)],
        )
    };
    match std::fs::read(path) {
        Ok(bytes) => match String::from_utf8(bytes) {
            Ok(text) => parse::parse(path, &text),
            Err(e) => refused(format!(
                "not UTF-8 text (bad byte at offset {})",
                e.utf8_error().valid_up_to()
            )),
        },
        Err(e) if e.kind() == std::io::ErrorKind::NotFound && !required => {
            (Config::default(), Vec::new())
        }
        Err(e) => refused(format!("cannot read: {e}")),
    }
}

/// `~/x` with the home folder; other paths as they are. Relative paths are
/// taken from the configuration file's folder.
fn expand(path: &str, config: &Path) -> PathBuf {
    if let Some(rest) = path.strip_prefix("~/")
        && let Some(home) = directories::BaseDirs::new()
    {
        return home.home_dir().join(rest);
    }
    let path = PathBuf::from(path);
    match config.parent() {
        Some(dir) if path.is_relative() => dir.join(path),
        _ => path,
    }
}

#[cfg(test)]
mod tests;
