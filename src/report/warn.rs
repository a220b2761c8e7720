//! Warnings that do not stop a command (a corrupt store moved aside, an attempt that could
//! not be recorded), one per line.

use std::io::{self, Write};

use super::style::Style;

pub fn warn(err: &mut dyn Write, s: Style, warnings: &[String]) -> io::Result<()> {
    for w in warnings {
        writeln!(err, "{} {w}", s.yellow("warning:"))?;
    }
    Ok(())
}
