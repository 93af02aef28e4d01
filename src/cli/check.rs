//! `brief check`: every diagnostic the loader found, and a summary.

use std::io;
use std::process::ExitCode;

use super::output::Out;
use crate::model::Severity;
use crate::store::Store;
use crate::text::{plural, sanitize};

pub fn run(store: &Store, out: &mut Out) -> io::Result<ExitCode> {
    for d in store.diagnostics() {
        out.line(&sanitize(&d.to_string()))?;
    }
    let (warnings, errors) = (store.count(Severity::Warning), store.count(Severity::Error));
    out.line(&format!(
        "{}, {}, {}",
        plural(store.len(), "briefing"),
        plural(warnings, "warning"),
        plural(errors, "error")
    ))?;
    Ok(if errors > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}
