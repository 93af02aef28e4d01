//! Colour themes: a [`Style`] per UI [`Role`], read from TOML and adapted to the terminal's colour depth.

mod color;
#[cfg(test)]
mod depth_tests;
#[cfg(test)]
mod error_tests;
mod parse;
#[cfg(test)]
mod tests;

use std::path::{Path, PathBuf};

use ratatui::style::Style;

pub use color::xterm_rgb;

use crate::model::Diagnostic;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Role {
    Text,
    Muted,
    Accent,
    Title,
    Selection,
    Border,
    BorderFocused,
    Quote,
    QuoteMarked,
    Match,
    /// Watchlist hits.
    Watch,
    Warning,
    Error,
    Tag,
    Date,
    Source,
    PriorityHigh,
    PriorityLow,
    StatusBar,
    FilterBar,
    Key,
}

impl Role {
    pub const ALL: [Role; 21] = [
        Role::Text,
        Role::Muted,
        Role::Accent,
        Role::Title,
        Role::Selection,
        Role::Border,
        Role::BorderFocused,
        Role::Quote,
        Role::QuoteMarked,
        Role::Match,
        Role::Watch,
        Role::Warning,
        Role::Error,
        Role::Tag,
        Role::Date,
        Role::Source,
        Role::PriorityHigh,
        Role::PriorityLow,
        Role::StatusBar,
        Role::FilterBar,
        Role::Key,
    ];

    /// The role's key in a theme file's `[roles]` table.
    pub fn name(self) -> &'static str {
        match self {
            Role::Text => "text",
            Role::Muted => "muted",
            Role::Accent => "accent",
            Role::Title => "title",
            Role::Selection => "selection",
            Role::Border => "border",
            Role::BorderFocused => "border_focused",
            Role::Quote => "quote",
            Role::QuoteMarked => "quote_marked",
            Role::Match => "match",
            Role::Watch => "watch",
            Role::Warning => "warning",
            Role::Error => "error",
            Role::Tag => "tag",
            Role::Date => "date",
            Role::Source => "source",
            Role::PriorityHigh => "priority_high",
            Role::PriorityLow => "priority_low",
            Role::StatusBar => "status_bar",
            Role::FilterBar => "filter_bar",
            Role::Key => "key",
        }
    }

    pub fn from_name(name: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.name() == name)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColorDepth {
    TrueColor,
    /// The xterm 256 colours: `#rrggbb` as the nearest of the cube and grays.
    Ansi256,
    Ansi16,
    Mono,
}

/// `COLORTERM=truecolor|24bit` gives TrueColor, else a `TERM` with `256color` in it Ansi256,
/// anything else Ansi16; a non-empty `NO_COLOR` (no-color.org) or the `--no-color` flag gives Mono.
pub fn detect_depth(no_color_flag: bool, env: impl Fn(&str) -> Option<String>) -> ColorDepth {
    if no_color_flag || env("NO_COLOR").is_some_and(|v| !v.is_empty()) {
        return ColorDepth::Mono;
    }
    match env("COLORTERM") {
        Some(v) if ["truecolor", "24bit"].contains(&v.trim().to_ascii_lowercase().as_str()) => {
            ColorDepth::TrueColor
        }
        _ if env("TERM").is_some_and(|t| t.contains("256color")) => ColorDepth::Ansi256,
        _ => ColorDepth::Ansi16,
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ThemeError {
    #[error(
        "unknown theme `{0}` (built-in themes: default, light, high-contrast, mono; or give a path to a .toml file)"
    )]
    Unknown(String),
    #[error("{path}: cannot read theme: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    /// Every mistake in a theme file, one per line.
    #[error("{}", lines(.0))]
    Invalid(Vec<Diagnostic>),
}

const BUILTINS: [(&str, &str); 4] = [
    ("default", include_str!("../../../themes/default.toml")),
    ("light", include_str!("../../../themes/light.toml")),
    (
        "high-contrast",
        include_str!("../../../themes/high-contrast.toml"),
    ),
    ("mono", include_str!("../../../themes/mono.toml")),
];

#[derive(Debug, Clone)]
pub struct Theme {
    name: String,
    styles: [Style; Role::ALL.len()],
}

impl Theme {
    pub fn name(&self) -> &str {
        &self.name
    }

    pub fn style(&self, role: Role) -> Style {
        self.styles[role as usize]
    }

    /// The built-in dark theme (the built-in mono theme in Mono depth); needs no themes/ folder.
    pub fn default_theme(depth: ColorDepth) -> Theme {
        Theme::load("default", depth).expect("built-in themes are valid")
    }

    /// Loads a built-in theme by name, or else a theme file by path. A file is fully checked even
    /// in Mono depth, where the result is always the built-in mono theme.
    pub fn load(name_or_path: &str, depth: ColorDepth) -> Result<Theme, ThemeError> {
        let theme = match builtin_text(name_or_path) {
            Some(text) => Theme::from_toml(&builtin_path(name_or_path), text, depth)?,
            None => {
                let path = Path::new(name_or_path);
                if !looks_like_path(name_or_path) && !path.exists() {
                    return Err(ThemeError::Unknown(name_or_path.to_string()));
                }
                let text = std::fs::read_to_string(path).map_err(|source| ThemeError::Io {
                    path: path.to_path_buf(),
                    source,
                })?;
                Theme::from_toml(path, &text, depth)?
            }
        };
        match depth {
            ColorDepth::Mono => Theme::from_toml(
                &builtin_path("mono"),
                builtin_text("mono").unwrap_or_default(),
                depth,
            ),
            _ => Ok(theme),
        }
    }

    pub fn builtin_names() -> &'static [&'static str] {
        &["default", "light", "high-contrast", "mono"]
    }

    fn from_toml(path: &Path, text: &str, depth: ColorDepth) -> Result<Theme, ThemeError> {
        let file = parse::parse(path, text).map_err(ThemeError::Invalid)?;
        let fallback = parse::parse(
            &builtin_path("default"),
            builtin_text("default").unwrap_or_default(),
        )
        .expect("built-in default theme is valid");
        let name = file.name.clone().unwrap_or_else(|| {
            path.file_stem()
                .map_or_else(String::new, |s| s.to_string_lossy().into_owned())
        });
        let styles = std::array::from_fn(|i| {
            file.roles[i]
                .or(fallback.roles[i])
                .unwrap_or_default()
                .style(depth)
        });
        Ok(Theme { name, styles })
    }
}

fn builtin_text(name: &str) -> Option<&'static str> {
    BUILTINS
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, text)| *text)
}

fn builtin_path(name: &str) -> PathBuf {
    PathBuf::from(format!("themes/{name}.toml"))
}

fn looks_like_path(s: &str) -> bool {
    s.contains('/') || s.contains(std::path::MAIN_SEPARATOR) || s.ends_with(".toml")
}

fn lines(diags: &[Diagnostic]) -> String {
    let lines: Vec<String> = diags.iter().map(ToString::to_string).collect();
    lines.join("\n")
}
