//! An exercise as `grind show` and `grind start` present it: a header line with its
//! settings, and its statement.

use std::io::{self, Write};

use super::style::Style;
use crate::catalog::{Exercise, Kind, Spec, Tests};
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
    prompt(out, ex, s)
}

/// The statement, its Markdown headings in bold; a prediction's statement ends with the
/// rules of an answer (the same for every prediction, so grind writes them).
pub fn prompt(out: &mut dyn Write, ex: &Exercise, s: Style) -> io::Result<()> {
    markdown(out, &ex.prompt(), s)?;
    if ex.kind() == Kind::Predict {
        writeln!(out)?;
        markdown(out, PREDICT_RULES, s)?;
    }
    Ok(())
}

/// How a prediction is written and compared.
pub const PREDICT_RULES: &str = "## How to answer

Write exactly what the program prints, one printed line per line. If it stops with an uncaught
exception, write what it printed before that, then only the last line of the traceback (for
example `KeyError: 'k'`). Trailing spaces and trailing blank lines are ignored.
";

/// Markdown for a terminal: headings in bold without their `#`, `**bold**` in bold.
pub fn markdown(out: &mut dyn Write, text: &str, s: Style) -> io::Result<()> {
    for line in text.trim_end().lines() {
        if line.starts_with('#') {
            writeln!(out, "{}", s.bold(line.trim_start_matches('#').trim_start()))?;
        } else {
            writeln!(out, "{}", bold_spans(line, s))?;
        }
    }
    Ok(())
}

/// `**x**` spans in bold; everything else as written.
fn bold_spans(line: &str, s: Style) -> String {
    let parts: Vec<&str> = line.split("**").collect();
    if parts.len() < 3 || parts.len().is_multiple_of(2) {
        return line.to_string();
    }
    parts
        .iter()
        .enumerate()
        .map(|(i, p)| {
            if i % 2 == 1 {
                s.bold(p)
            } else {
                (*p).to_string()
            }
        })
        .collect()
}

/// What `grind show` adds for the kinds whose samples are not in the statement: a `module`
/// exercise's sample tests, a `sql` exercise's schema and each sample's data and expected rows.
pub fn samples(out: &mut dyn Write, ex: &Exercise, tests: &Tests, s: Style) -> io::Result<()> {
    match (tests, &ex.spec) {
        (Tests::Module(m), Spec::Module(spec)) => {
            writeln!(out)?;
            let head = format!(
                "Sample tests (your file is imported as `{}`; hidden tests are like these):",
                spec.name
            );
            writeln!(out, "{}", s.bold(&head))?;
            indented(out, &m.sample_source)
        }
        (Tests::Sql(t), Spec::Sql(spec)) => {
            writeln!(out)?;
            writeln!(out, "{}", s.bold("Schema:"))?;
            indented(out, &t.schema)?;
            for case in t.cases.iter().filter(|c| c.sample) {
                writeln!(out)?;
                writeln!(
                    out,
                    "{}",
                    s.bold(&format!("Sample {}: the data", case.name))
                )?;
                indented(out, &case.data)?;
                writeln!(out, "{}", s.bold("Expected result:"))?;
                let (table, _) =
                    crate::checker::tables(&case.expected, &case.expected, &spec.checker);
                indented(out, &table)?;
            }
            if spec.checker.exact_order {
                writeln!(out, "{}", s.dim("Rows are compared in this order."))?;
            } else {
                writeln!(out, "{}", s.dim("Rows may come in any order."))?;
            }
            Ok(())
        }
        _ => Ok(()),
    }
}

fn indented(out: &mut dyn Write, text: &str) -> io::Result<()> {
    for line in text.trim_end().lines() {
        writeln!(out, "    {line}")?;
    }
    Ok(())
}
