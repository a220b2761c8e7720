//! The terminal listing of `grind list`: one exercise per line, then the ones that do not
//! load.
//!
//! NOTE: hand-rolled rather than comfy-table. The listing is three padded columns followed by
//! the title and the topics (dimmed), which run free. comfy-table (tried with the `NOTHING`
//! preset, no padding and arrangement off) pads every cell to its column, the title's and the
//! last one's too, so lines end in spaces and the output is no longer what scripts and `grep`
//! see today; with colour it also needs its `custom_styling` feature to measure the cells.
//! One `format!` line keeps the listing as it is.

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
    writeln!(
        out,
        "{}",
        s.dim(&super::units::count(shown.len(), "exercise"))
    )
}
