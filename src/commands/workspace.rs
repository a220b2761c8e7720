//! The workspace: the current directory, where `grind start` writes `NAME.py` (or `NAME.txt`
//! for a prediction) and `./.grind/` keeps the progress store.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::Result;

use crate::catalog::{Exercise, Kind};
use crate::context::Context;
use crate::exit::usage;
use crate::progress::Store;

/// The progress store of the current directory.
pub fn store() -> Store {
    Store::at(Path::new("."))
}

/// The exercise named on the command line, or the one started last.
pub fn resolve(ctx: &Context, name: Option<&str>) -> Result<Exercise> {
    if let Some(n) = name {
        return ctx.exercise(n, None);
    }
    let current = store().read()?.current;
    match current {
        Some(n) => ctx.exercise(&n, None),
        None => usage(
            "no exercise given and none started here: run `grind start NAME` first (or name one)",
        ),
    }
}

/// Where the user's work for an exercise lives in the workspace.
pub fn work_file(ex: &Exercise) -> PathBuf {
    let ext = if ex.kind() == Kind::Predict {
        "txt"
    } else {
        "py"
    };
    PathBuf::from(format!("{}.{ext}", ex.name))
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
    let mut err = std::io::stderr().lock();
    for w in warnings {
        let _ = writeln!(err, "{} {w}", ctx.style.yellow("warning:"));
    }
}
