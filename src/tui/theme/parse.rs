use std::ops::Range;

use ratatui::style::{Modifier, Style};
use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::color::{ColorSpec, MODIFIERS, modifier};
use super::{ColorDepth, Role};

#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub(super) struct RoleSpec {
    pub fg: Option<ColorSpec>,
    pub bg: Option<ColorSpec>,
    pub modifiers: Modifier,
}

impl RoleSpec {
    pub(super) fn style(self, depth: ColorDepth) -> Style {
        let mut style = Style::new().add_modifier(self.modifiers);
        if let Some(fg) = self.fg.and_then(|c| c.resolve(depth)) {
            style = style.fg(fg);
        }
        if let Some(bg) = self.bg.and_then(|c| c.resolve(depth)) {
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

#[derive(Debug)]
pub(super) struct ParseError {
    pub offset: usize,
    pub message: String,
}

fn error<T>(span: Range<usize>, message: impl Into<String>) -> Result<T, ParseError> {
    Err(ParseError {
        offset: span.start,
        message: message.into(),
    })
}

pub(super) fn parse(text: &str) -> Result<ThemeFile, ParseError> {
    let doc = DeTable::parse(text).map_err(|e| ParseError {
        offset: e.span().map_or(0, |s| s.start),
        message: e
            .message()
            .lines()
            .next()
            .unwrap_or("invalid TOML")
            .to_string(),
    })?;
    let mut file = ThemeFile::default();
    for (key, value) in doc.get_ref().iter() {
        match key.get_ref().as_ref() {
            "name" => match value.get_ref().as_str() {
                Some(name) => file.name = Some(name.to_string()),
                None => return error(value.span(), "`name` must be a string"),
            },
            "roles" => {
                let Some(roles) = value.get_ref().as_table() else {
                    return error(value.span(), "`roles` must be a table");
                };
                for (role_key, spec) in roles.iter() {
                    let Some(role) = Role::from_name(role_key.get_ref()) else {
                        return error(
                            role_key.span(),
                            format!(
                                "unknown role `{}` (expected one of: {})",
                                role_key.get_ref(),
                                list(Role::ALL.iter().map(|r| r.name()))
                            ),
                        );
                    };
                    file.roles[role as usize] = Some(role_spec(role, spec)?);
                }
            }
            other => {
                return error(
                    key.span(),
                    format!("unknown key `{other}` (expected `name` or `[roles]`)"),
                );
            }
        }
    }
    Ok(file)
}

fn role_spec(role: Role, value: &Spanned<DeValue>) -> Result<RoleSpec, ParseError> {
    let role = role.name();
    let Some(table) = value.get_ref().as_table() else {
        return error(
            value.span(),
            format!("role `{role}` must be a table such as {{ fg = \"#rrggbb\" }}"),
        );
    };
    let mut spec = RoleSpec::default();
    for (key, value) in table.iter() {
        match key.get_ref().as_ref() {
            "fg" => spec.fg = Some(colour(role, value)?),
            "bg" => spec.bg = Some(colour(role, value)?),
            "modifiers" => spec.modifiers = modifiers(role, value)?,
            other => {
                return error(
                    key.span(),
                    format!(
                        "unknown key `{other}` for role `{role}` (expected fg, bg or modifiers)"
                    ),
                );
            }
        }
    }
    Ok(spec)
}

fn colour(role: &str, value: &Spanned<DeValue>) -> Result<ColorSpec, ParseError> {
    let Some(text) = value.get_ref().as_str() else {
        return error(
            value.span(),
            format!("colour for role `{role}` must be a string"),
        );
    };
    match ColorSpec::parse(text) {
        Some(colour) => Ok(colour),
        None => error(
            value.span(),
            format!(
                "unknown colour `{text}` for role `{role}` (expected #rrggbb, an ANSI colour name or reset)"
            ),
        ),
    }
}

fn modifiers(role: &str, value: &Spanned<DeValue>) -> Result<Modifier, ParseError> {
    let Some(items) = value.get_ref().as_array() else {
        return error(
            value.span(),
            format!("`modifiers` of role `{role}` must be an array of strings"),
        );
    };
    let mut all = Modifier::empty();
    for item in items.iter() {
        let name = item.get_ref().as_str();
        match name.and_then(modifier) {
            Some(m) => all |= m,
            None => {
                return error(
                    item.span(),
                    format!(
                        "unknown modifier `{}` for role `{role}` (expected one of: {})",
                        name.unwrap_or(item.get_ref().type_str()),
                        list(MODIFIERS.iter().map(|(n, _)| *n))
                    ),
                );
            }
        }
    }
    Ok(all)
}

fn list<'a>(names: impl Iterator<Item = &'a str>) -> String {
    names.collect::<Vec<_>>().join(", ")
}
