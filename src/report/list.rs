//! The terminal listing of `grind list`: one exercise per line, then the ones that do not
//! load.
//!
//! NOTE: hand-rolled rather than comfy-table: these are four left-aligned columns and a
//! free-running last one (the topics, dimmed), with no header or borders. comfy-table pads
//! every cell (trailing spaces), measures the terminal and wraps lines when stdout is one,
//! which would change what scripts and `grep` see; one `format!` line keeps the listing
//! exactly as it is.

use std::io::{self, Write};

use super::style::Style;
use crate::catalog::{Exercise, LoadError};

pub fn text(
    out: &mut dyn Write,
    shown: &[&Exercise],
    errors: &[LoadError],
    s: Style,
) -> io::Result<()> {
    let width = shown.iter().map(|e| e.name.len()).max().unwrap_or(4);
    for e in shown {
        let diff = e.difficulty.map_or("-", |d| d.as_str());
        writeln!(
            out,
            "{:<width$}  {:<8}  {:<6}  {}  {}",
            e.name,
            e.kind().as_str(),
            diff,
            e.title,
            s.dim(&e.topics.join(", "))
        )?;
    }
    for err in errors {
        writeln!(out, "{} {err}", s.red("error:"))?;
    }
    writeln!(out, "{}", s.dim(&format!("{} exercise(s)", shown.len())))
}
