//! An exercise as `grind show` and `grind start` present it: a header line with its
//! settings, and its statement.

use std::io::{self, Write};

use super::style::Style;
use crate::catalog::Exercise;
use crate::judge::calibrate::Measured;

/// `two-sum  function · easy · array · target 15 min · time limit 1.0 s · memory 256 MiB`.
fn header(
    out: &mut dyn Write,
    ex: &Exercise,
    measured: Option<&Measured>,
    s: Style,
) -> io::Result<()> {
    let mut meta = vec![ex.kind().as_str().to_string()];
    if let Some(d) = ex.difficulty {
        meta.push(d.as_str().into());
    }
    if !ex.topics.is_empty() {
        meta.push(ex.topics.join(", "));
    }
    if let Some(t) = ex.target_minutes {
        meta.push(format!("target {t} min"));
    }
    meta.push(match measured {
        Some(m) => format!("time limit {}", m.describe()),
        None => format!("time limit {:.1} s", ex.limits.cpu.as_secs_f64()),
    });
    meta.push(format!("memory {} MiB", ex.limits.memory / (1024 * 1024)));
    writeln!(out, "{}  {}", s.bold(&ex.name), s.dim(&meta.join(" · ")))
}

/// What `grind show` prints: the header, a blank line, the statement.
pub fn show(
    out: &mut dyn Write,
    ex: &Exercise,
    measured: Option<&Measured>,
    s: Style,
) -> io::Result<()> {
    header(out, ex, measured, s)?;
    writeln!(out)?;
    prompt(out, &ex.prompt(), s)
}

/// The statement, its Markdown headings in bold.
pub fn prompt(out: &mut dyn Write, text: &str, s: Style) -> io::Result<()> {
    for line in text.lines() {
        if line.starts_with('#') {
            writeln!(out, "{}", s.bold(line))?;
        } else {
            writeln!(out, "{line}")?;
        }
    }
    Ok(())
}
