//! A theme file's TOML to role specs, every mistake a diagnostic at its
//! `path:line:col`.

use std::path::Path;

use ratatui::style::{Color, Modifier, Style};
use toml::Spanned;
use toml::de::DeValue;

use super::color::{MODIFIERS, modifier, resolve};
use super::{ColorDepth, Role};
use crate::diagnose::{LineIndex, Quoted, Reporter};
use crate::model::Diagnostic;

#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub(super) struct RoleSpec {
    pub fg: Option<Color>,
    pub bg: Option<Color>,
    /// The colours in 16-colour terminals, where the nearest of `fg` and `bg`
    /// may not be readable together.
    pub fg16: Option<Color>,
    pub bg16: Option<Color>,
    pub modifiers: Modifier,
}

impl RoleSpec {
    pub(super) fn style(self, depth: ColorDepth) -> Style {
        let (fg, bg) = match depth {
            ColorDepth::Ansi16 => (self.fg16.or(self.fg), self.bg16.or(self.bg)),
            _ => (self.fg, self.bg),
        };
        let mut style = Style::new().add_modifier(self.modifiers);
        if let Some(fg) = fg.and_then(|c| resolve(c, depth)) {
            style = style.fg(fg);
        }
        if let Some(bg) = bg.and_then(|c| resolve(c, depth)) {
            style = style.bg(bg);
        }
        style
    }
}

#[derive(Debug, Default)]
pub(super) struct ThemeFile {
    pub name: Option<String>,
    pub roles: [Option<RoleSpec>; Role::ALL.len()],
}

/// The theme in `text`, or every mistake in it.
pub(super) fn parse(path: &Path, text: &str) -> Result<ThemeFile, Vec<Diagnostic>> {
    let mut diags = Vec::new();
    let lines = LineIndex::new(text);
    let mut report = Reporter::new(path, &lines, &mut diags);
    let file = report
        .parse(text, "the theme is")
        .map(|doc| theme(&mut report, doc.get_ref()));
    match file {
        Some(file) if diags.is_empty() => Ok(file),
        _ => Err(diags),
    }
}

fn theme(report: &mut Reporter, doc: &toml::de::DeTable) -> ThemeFile {
    let mut file = ThemeFile::default();
    for (key, value) in doc.iter() {
        match key.get_ref().as_ref() {
            "name" => file.name = report.string(Quoted("name"), value).map(str::to_string),
            "roles" => {
                let Some(roles) = report.table(Quoted("roles"), value, "a table") else {
                    continue;
                };
                for (role_key, spec) in roles.iter() {
                    match Role::from_name(role_key.get_ref()) {
                        Some(role) => file.roles[role as usize] = role_spec(report, role, spec),
                        None => report.error(
                            role_key.span(),
                            format!(
                                "unknown role `{}` (expected one of: {})",
                                role_key.get_ref(),
                                list(Role::ALL.iter().map(|r| r.name()))
                            ),
                        ),
                    }
                }
            }
            other => report.error(
                key.span(),
                format!("unknown key `{other}` (expected `name` or `[roles]`)"),
            ),
        }
    }
    file
}

fn role_spec(report: &mut Reporter, role: Role, value: &Spanned<DeValue>) -> Option<RoleSpec> {
    let role = role.name();
    let table = report.table(
        format_args!("role `{role}`"),
        value,
        "a table such as { fg = \"#rrggbb\" }",
    )?;
    let mut spec = RoleSpec::default();
    for (key, value) in table.iter() {
        match key.get_ref().as_ref() {
            "fg" => spec.fg = colour(report, role, value),
            "bg" => spec.bg = colour(report, role, value),
            "fg16" => spec.fg16 = colour(report, role, value),
            "bg16" => spec.bg16 = colour(report, role, value),
            "modifiers" => spec.modifiers = modifiers(report, role, value),
            other => report.error(
                key.span(),
                format!("unknown key `{other}` for role `{role}` (expected fg, bg, fg16, bg16 or modifiers)"),
            ),
        }
    }
    Some(spec)
}

fn colour(report: &mut Reporter, role: &str, value: &Spanned<DeValue>) -> Option<Color> {
    let text = report.string(format_args!("colour for role `{role}`"), value)?;
    match text.parse() {
        // Depth adaptation knows names and #rrggbb; an indexed colour has no 16-colour form.
        Ok(Color::Indexed(_)) | Err(_) => {
            report.error(
                value.span(),
                format!(
                    "unknown colour `{text}` for role `{role}` (expected #rrggbb, an ANSI colour name or reset)"
                ),
            );
            None
        }
        Ok(colour) => Some(colour),
    }
}

fn modifiers(report: &mut Reporter, role: &str, value: &Spanned<DeValue>) -> Modifier {
    let names = report.strings(
        format_args!("`modifiers` of role `{role}`"),
        format_args!("a modifier of role `{role}`"),
        value,
        false,
    );
    let mut all = Modifier::empty();
    for (name, span) in names.unwrap_or_default() {
        match modifier(name) {
            Some(m) => all |= m,
            None => report.error(
                span,
                format!(
                    "unknown modifier `{name}` for role `{role}` (expected one of: {})",
                    list(MODIFIERS.iter().map(|(n, _)| *n))
                ),
            ),
        }
    }
    all
}

fn list<'a>(names: impl Iterator<Item = &'a str>) -> String {
    names.collect::<Vec<_>>().join(", ")
}
