//! The workspace: the current directory, where `grind start` writes `NAME.py` (`NAME.txt`
//! for a prediction, `NAME.sql` for a query) and `./.grind/` keeps the progress store (`Context::store`).

use std::path::PathBuf;

use crate::catalog::{Exercise, Kind};
use crate::context::Context;
use crate::report;

/// Where the user's work for an exercise lives in the workspace.
pub fn work_file(ex: &Exercise) -> PathBuf {
    PathBuf::from(format!("{}.{}", ex.name, ex.kind().extension()))
}

/// What a fresh work file holds: the starter, or nothing for a prediction.
pub fn fresh_content(ex: &Exercise) -> Vec<u8> {
    if ex.kind() == Kind::Predict {
        Vec::new()
    } else {
        ex.starter().unwrap_or_default()
    }
}

/// Prints store warnings (a corrupt store moved aside) on stderr.
pub fn warn(ctx: &Context, warnings: &[String]) {
    let _ = report::warn(&mut std::io::stderr().lock(), ctx.style, warnings);
}
