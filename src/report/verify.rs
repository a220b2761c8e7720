//! The terminal report of `grind verify`.

use std::io::{self, Write};

use super::style::Style;
use crate::verdict::Verdict;

/// One proof obligation and how it went.
#[derive(Debug, Clone)]
pub struct Check {
    /// What was judged (`reference`, `starter`, `wrong_answer/off_by_one.py`, ...).
    pub what: String,
    /// What it had to get (`AC`, `not AC`, `deterministic`, ...).
    pub wanted: String,
    /// The verdict it got, if it was judged.
    pub got: Option<Verdict>,
    pub ok: bool,
    /// Why it failed, or a remark (slowest time, ...).
    pub note: Option<String>,
}

/// Everything verified for one exercise.
#[derive(Debug, Clone, Default)]
pub struct ExerciseReport {
    pub name: String,
    pub checks: Vec<Check>,
    /// Problems that kept the exercise from loading.
    pub problems: Vec<String>,
}

impl ExerciseReport {
    pub fn ok(&self) -> bool {
        self.problems.is_empty() && self.checks.iter().all(|c| c.ok)
    }
}

/// Renders one exercise's verification.
pub fn exercise(out: &mut dyn Write, r: &ExerciseReport, style: Style) -> io::Result<()> {
    let mark = if r.ok() {
        style.green("ok  ")
    } else {
        style.red("FAIL")
    };
    writeln!(out, "{mark} {}", style.bold(&r.name))?;
    for p in &r.problems {
        writeln!(out, "     {} {p}", style.red("error:"))?;
    }
    let width = r.checks.iter().map(|c| c.what.len()).max().unwrap_or(10);
    for c in &r.checks {
        let got = c
            .got
            .map_or_else(|| "-".to_string(), |v| style.verdict(v, 3));
        let status = if c.ok {
            style.green("ok")
        } else {
            style.red("FAILED")
        };
        let mut line = format!(
            "     {:<width$}  {got}  (wants {})  {status}",
            c.what, c.wanted
        );
        if let Some(n) = &c.note {
            // A note can quote a program's message: shown safe for the terminal.
            let n = super::units::safe(n);
            line.push_str(&format!(
                "  {}",
                if c.ok { style.dim(&n) } else { n.clone() }
            ));
        }
        writeln!(out, "{line}")?;
    }
    Ok(())
}

/// The closing summary line.
pub fn summary(out: &mut dyn Write, reports: &[ExerciseReport], style: Style) -> io::Result<()> {
    let failed = reports.iter().filter(|r| !r.ok()).count();
    let checks: usize = reports.iter().map(|r| r.checks.len()).sum();
    let text = format!(
        "{}, {}: {} verified, {failed} failed",
        super::units::count(reports.len(), "exercise"),
        super::units::count(checks, "check"),
        reports.len() - failed
    );
    if failed == 0 {
        writeln!(out, "{}", style.green(&text))
    } else {
        writeln!(out, "{}", style.red(&text))
    }
}
