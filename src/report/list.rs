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
    shown: &[(&Exercise, &str)],
    errors: &[LoadError],
    s: Style,
) -> io::Result<()> {
    let width = shown.iter().map(|(e, _)| e.name.len()).max().unwrap_or(4);
    let title_width = shown
        .iter()
        .map(|(e, _)| e.title.chars().count())
        .max()
        .unwrap_or(5);
    for (e, status) in shown {
        let diff = e.difficulty.map_or("-", |d| d.as_str());
        let status = match *status {
            "solved" => s.green(&format!("{status:<9}")),
            "new" => s.dim(&format!("{status:<9}")),
            other => s.yellow(&format!("{other:<9}")),
        };
        let line = format!(
            "{status} {:<width$}  {:<8}  {:<6}  {:<title_width$}  {}",
            e.name,
            e.kind().as_str(),
            diff,
            e.title,
            s.dim(&e.topics.join(", "))
        );
        writeln!(out, "{}", line.trim_end())?;
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

/// `grind list --topics`: each group's topics with their number of exercises; topics with
/// none are listed after, dimmed.
pub fn topics(out: &mut dyn Write, counts: &[(&str, &str, usize)], s: Style) -> io::Result<()> {
    let mut group = "";
    for (g, t, n) in counts {
        if *g != group {
            group = g;
            writeln!(out, "{}", s.bold(g))?;
        }
        let line = format!("  {t:<22} {n}");
        if *n == 0 {
            writeln!(out, "{}", s.dim(&line))?;
        } else {
            writeln!(out, "{line}")?;
        }
    }
    writeln!(
        out,
        "{}",
        s.dim("`grind list --topic NAME` lists a topic's exercises (aliases such as `dp` work)")
    )
}
