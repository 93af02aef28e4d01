//! `brief config`: check the configuration, or print its path or a
//! commented default.

use std::process::ExitCode;

use super::CliError;
use super::args::ConfigArgs;
use super::output::Out;
use crate::text::plural;

/// Every problem of a configuration file, one per line, as a usage error.
pub fn error(diags: Vec<crate::model::Diagnostic>) -> CliError {
    let lines: Vec<String> = diags.iter().map(ToString::to_string).collect();
    CliError::Config(lines.join("\n"))
}

pub fn command(
    a: &ConfigArgs,
    path: Option<&std::path::Path>,
    named: bool,
    out: &mut Out,
) -> Result<ExitCode, CliError> {
    if a.print_default {
        out.line(crate::config::default_text().trim_end())?;
    } else if let Some(path) = path {
        if a.path {
            out.line(&path.display().to_string())?;
        } else {
            let config = crate::config::load(path, named).map_err(error)?;
            let state = if path.exists() {
                "ok"
            } else {
                "absent, so the defaults"
            };
            out.line(&format!(
                "{}: {state} ({}, {}, {})",
                path.display(),
                plural(config.folders.len(), "folder"),
                plural(config.views.len(), "view"),
                plural(config.keys.len(), "key override")
            ))?;
        }
    } else {
        return Err(CliError::Usage(
            "no configuration folder: $HOME is not set".into(),
        ));
    }
    Ok(ExitCode::SUCCESS)
}
