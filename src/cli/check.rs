//! `brief check`: every diagnostic the loader found, and a summary.

use std::io;
use std::process::ExitCode;

use super::output::Out;
use crate::model::Severity;
use crate::store::Store;
use crate::text::sanitize;

pub fn run(store: &Store, out: &mut Out) -> io::Result<ExitCode> {
    for d in store.diagnostics() {
        out.line(&sanitize(&d.to_string()))?;
    }
    let (warnings, errors) = (store.count(Severity::Warning), store.count(Severity::Error));
    // The summary's wording is a stable contract for scripts: always plural.
    out.line(&format!(
        "{} briefings, {warnings} warnings, {errors} errors",
        store.len()
    ))?;
    Ok(if errors > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}
