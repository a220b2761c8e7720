//! The terminal report of `grind check`: one line per test, details of failing visible
//! tests (with a diff), and a summary line.

use std::io::{self, Write};

use super::style::Style;
use super::{mib, ms};
use crate::catalog::{Exercise, Kind};
use crate::judge::Verdict;
use crate::judge::diff::{Tag, diff_lines};
use crate::judge::runner::{Judgement, TestResult};

/// How much of failing tests to show.
#[derive(Debug, Clone, Copy)]
pub struct Show {
    /// Show details of hidden tests too.
    pub reveal: bool,
}

/// Renders a judgement.
pub fn render(
    out: &mut dyn Write,
    ex: &Exercise,
    j: &Judgement,
    style: Style,
    show: Show,
) -> io::Result<()> {
    writeln!(
        out,
        "{} {}",
        style.bold(&ex.name),
        style.dim(&format!(
            "({}, {} test{}, time limit {:.1} s, memory {})",
            ex.kind().as_str(),
            j.tests.len() + j.skipped,
            if j.tests.len() + j.skipped == 1 {
                ""
            } else {
                "s"
            },
            j.limits.cpu.as_secs_f64(),
            mib(j.limits.memory)
        ))
    )?;
    if let Some(msg) = &j.compile_message {
        writeln!(
            out,
            "  {} your solution does not compile:",
            style.verdict(Verdict::CompileError, 3)
        )?;
        for line in msg.lines() {
            writeln!(out, "    {line}")?;
        }
    }
    let width = j
        .tests
        .iter()
        .map(|t| t.name.len())
        .max()
        .unwrap_or(8)
        .max(8);
    for t in &j.tests {
        let visible = t.sample || show.reveal;
        let mut line = format!(
            "  {:<width$}  {}  {:>6} ms  {:>9}",
            t.name,
            style.verdict(t.verdict, 3),
            ms(t.time),
            mib(t.peak_memory)
        );
        if visible && let Some(m) = &t.message {
            line.push_str(&format!("  {}", first_line(m)));
        }
        writeln!(out, "{}", line.trim_end())?;
    }
    for t in j
        .tests
        .iter()
        .filter(|t| t.verdict != Verdict::Accepted && (t.sample || show.reveal))
    {
        details(out, ex, t, style)?;
    }
    if j.skipped > 0 {
        writeln!(
            out,
            "  {}",
            style.dim(&format!(
                "{} test(s) not run after an early stop",
                j.skipped
            ))
        )?;
    }
    let passed = j
        .tests
        .iter()
        .filter(|t| t.verdict == Verdict::Accepted)
        .count();
    let total = j.tests.len() + j.skipped;
    let summary = format!("{passed}/{total} tests passed");
    writeln!(out, "{}  {}", style.verdict(j.verdict, 3), summary)?;
    if j.verdict != Verdict::Accepted
        && !show.reveal
        && j.tests
            .iter()
            .any(|t| !t.sample && t.verdict != Verdict::Accepted)
    {
        writeln!(
            out,
            "{}",
            style.dim("hidden tests show only their verdict; `--reveal` shows their data")
        )?;
    }
    Ok(())
}

fn first_line(s: &str) -> &str {
    s.lines().next().unwrap_or("")
}

fn details(out: &mut dyn Write, ex: &Exercise, t: &TestResult, style: Style) -> io::Result<()> {
    writeln!(out)?;
    writeln!(
        out,
        "{} {}",
        style.verdict(t.verdict, 0),
        style.bold(&t.name)
    )?;
    if let Some(m) = &t.message {
        for line in m.lines() {
            writeln!(out, "  {line}")?;
        }
    }
    let d = &t.detail;
    if !d.input.is_empty() {
        let label = if ex.kind() == Kind::Function {
            "arguments"
        } else {
            "input"
        };
        block(out, style, label, &d.input)?;
    }
    if t.verdict == Verdict::WrongAnswer {
        let (exp_label, act_label) = if ex.kind() == Kind::Predict {
            ("real output", "your prediction")
        } else {
            ("expected", "yours")
        };
        writeln!(
            out,
            "  {} {}  {} {}",
            style.green("-"),
            style.green(exp_label),
            style.red("+"),
            style.red(act_label)
        )?;
        for l in diff_lines(&d.expected, &d.actual, 60) {
            let text = match l.tag {
                Tag::Same => style.dim(&format!("    {}", l.text)),
                Tag::Expected => style.green(&format!("  - {}", l.text)),
                Tag::Actual => style.red(&format!("  + {}", l.text)),
            };
            writeln!(out, "{text}")?;
        }
    }
    if !d.log.trim().is_empty() {
        let label = if ex.kind() == Kind::Function {
            "printed"
        } else {
            "stderr"
        };
        block(out, style, label, &d.log)?;
    }
    Ok(())
}

fn block(out: &mut dyn Write, style: Style, label: &str, text: &str) -> io::Result<()> {
    writeln!(out, "  {}", style.dim(&format!("{label}:")))?;
    let lines: Vec<&str> = text.lines().collect();
    for l in lines.iter().take(20) {
        writeln!(out, "    {l}")?;
    }
    if lines.len() > 20 {
        writeln!(
            out,
            "    {}",
            style.dim(&format!("... ({} more lines)", lines.len() - 20))
        )?;
    }
    Ok(())
}
