// TEMPORARY stub until the theme branch lands.
use ratatui::style::{Color, Modifier, Style};

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

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColorDepth {
    TrueColor,
    Ansi16,
    Mono,
}

#[derive(Debug, Clone)]
pub struct Theme;

impl Theme {
    pub fn default_theme(_depth: ColorDepth) -> Theme {
        Theme
    }
    pub fn style(&self, role: Role) -> Style {
        match role {
            Role::Selection => Style::new().add_modifier(Modifier::REVERSED),
            Role::Quote => Style::new().fg(Color::Yellow),
            Role::QuoteMarked => Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD),
            Role::Match => Style::new().fg(Color::Black).bg(Color::Cyan),
            _ => Style::new(),
        }
    }
}

#[derive(Debug, thiserror::Error)]
#[error("theme")]
pub struct ThemeError;

pub fn detect_depth(no_color_flag: bool, env: impl Fn(&str) -> Option<String>) -> ColorDepth {
    if no_color_flag || env("NO_COLOR").is_some_and(|v| !v.is_empty()) {
        ColorDepth::Mono
    } else {
        ColorDepth::Ansi16
    }
}

impl Theme {
    pub fn load(_name: &str, depth: ColorDepth) -> Result<Theme, ThemeError> {
        Ok(Self::default_theme(depth))
    }
}
