//! The terminal report of `grind check`: one line per test, details of failing visible
//! tests (with a diff), and a summary line.

use std::io::{self, Write};

use super::diff::{Tag, diff_lines};
use super::style::Style;
use super::units::{mib, ms, safe};
use crate::catalog::{Exercise, Kind};
use crate::judge::calibrate::Measured;
use crate::judge::{Judgement, TestResult};
use crate::progress::clock::human;
use crate::sandbox::{Landlock, Layers};
use crate::verdict::Verdict;

/// How much of failing tests to show.
#[derive(Debug, Clone, Copy)]
pub struct Show {
    /// Show details of hidden tests too.
    pub reveal: bool,
}

/// The judgement with every text a program could have produced made safe for a terminal.
fn terminal_safe(j: &Judgement) -> Judgement {
    let mut j = j.clone();
    j.compile_message = j.compile_message.as_deref().map(safe);
    for t in &mut j.tests {
        t.message = t.message.as_deref().map(safe);
        for field in [
            &mut t.detail.input,
            &mut t.detail.expected,
            &mut t.detail.actual,
            &mut t.detail.log,
        ] {
            *field = safe(field);
        }
    }
    j
}

/// Renders a judgement. Everything in it that a program produced is shown through
/// [`safe`](super::units::safe): no byte of a solution acts on the terminal.
pub fn render(
    out: &mut dyn Write,
    ex: &Exercise,
    j: &Judgement,
    style: Style,
    show: Show,
) -> io::Result<()> {
    let j = &terminal_safe(j);
    writeln!(
        out,
        "{} {}",
        style.bold(&ex.name),
        style.dim(&format!(
            "({}, {} test{}, time limit {:.1} s, memory {})",
            ex.kind().as_str(),
            j.total(),
            if j.total() == 1 { "" } else { "s" },
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
    if j.skipped > 0 && j.compile_message.is_none() {
        writeln!(
            out,
            "  {}",
            style.dim(&format!(
                "{} test(s) not run after an early stop",
                j.skipped
            ))
        )?;
    }
    if let Some(l) = &j.layers
        && let Some(missing) = weak_sandbox(l)
    {
        let text = format!("sandbox is partial here ({missing}): see `grind doctor`");
        writeln!(out, "  {}", style.yellow(&text))?;
    }
    let summary = format!("{}/{} tests passed", j.passed(), j.total());
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

/// After a `predict` check: why the snippet prints what it prints.
pub fn explanation(out: &mut dyn Write, text: &str, style: Style) -> io::Result<()> {
    writeln!(out, "\n{}", style.bold("Why"))?;
    writeln!(out, "{}", text.trim_end())
}

/// The lines after a report: what recording the attempt said (first solve, mock countdown),
/// then the calibrated time limit.
pub fn notes(
    out: &mut dyn Write,
    recorded: &[String],
    measured: Option<&Measured>,
    style: Style,
) -> io::Result<()> {
    for line in recorded {
        writeln!(out, "{}", style.dim(line))?;
    }
    if let Some(m) = measured {
        writeln!(
            out,
            "{}",
            style.dim(&format!("time limit {}", m.describe()))
        )?;
    }
    Ok(())
}

/// `solved in 4m 10s (target 15 min)`.
pub fn solved_line(elapsed_secs: u64, target_minutes: Option<u32>) -> String {
    let target = target_minutes.map_or(String::new(), |t| format!(" (target {t} min)"));
    format!("solved in {}{target}", human(elapsed_secs))
}

/// One exercise's line in `grind check --all`.
pub fn summary_line(
    out: &mut dyn Write,
    name: &str,
    j: &Judgement,
    style: Style,
) -> io::Result<()> {
    writeln!(
        out,
        "{}  {name:<36} {}/{}",
        style.verdict(j.verdict, 3),
        j.passed(),
        j.total()
    )
}

/// The main protection layers a run lacked, if any.
fn weak_sandbox(l: &Layers) -> Option<String> {
    let mut missing = Vec::new();
    if l.landlock != Landlock::Full {
        missing.push("Landlock");
    }
    if !l.pid_namespace {
        missing.push("PID namespace");
    }
    if !l.seccomp {
        missing.push("seccomp");
    }
    (!missing.is_empty()).then(|| format!("no {}", missing.join(", no ")))
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
        let label = match ex.kind() {
            Kind::Function => "arguments",
            Kind::Sql => "data",
            _ => "input",
        };
        block(out, style, label, &d.input)?;
    }
    if t.verdict == Verdict::WrongAnswer && ex.kind() == Kind::Sql {
        super::tables::render(out, &d.expected, &d.actual, style)?;
    // A `module` test's failure is its message: there is no expected output to compare.
    } else if t.verdict == Verdict::WrongAnswer && !(d.expected.is_empty() && d.actual.is_empty()) {
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
        let label = if matches!(ex.kind(), Kind::Function | Kind::Module) {
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

#[cfg(test)]
mod tests {
    use std::path::Path;
    use std::time::Duration;

    use super::*;
    use crate::judge::Detail;
    use crate::limits::Limits;

    fn fixture() -> Exercise {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/native/add");
        crate::catalog::load_path(&dir, None).expect("fixture loads")
    }

    fn test(
        name: &str,
        sample: bool,
        verdict: Verdict,
        message: Option<&str>,
        detail: Detail,
    ) -> TestResult {
        TestResult {
            name: name.into(),
            sample,
            verdict,
            time: Duration::from_millis(12),
            wall: Duration::from_millis(15),
            peak_memory: 9 * 1024 * 1024,
            message: message.map(str::to_string),
            detail,
        }
    }

    fn render_plain(j: &Judgement, reveal: bool) -> String {
        let mut buf = Vec::new();
        render(&mut buf, &fixture(), j, Style::new(false), Show { reveal }).unwrap();
        String::from_utf8(buf).unwrap()
    }

    fn judgement() -> Judgement {
        let wa = Detail {
            input: "1 2\n".into(),
            expected: "3\n".into(),
            actual: "3 \n4\n".into(),
            log: String::new(),
        };
        let hidden = Detail {
            input: "5 5\n".into(),
            expected: "10\n".into(),
            actual: "11\n".into(),
            log: String::new(),
        };
        Judgement {
            exercise: "add".into(),
            verdict: Verdict::WrongAnswer,
            tests: vec![
                test(
                    "sample/1",
                    true,
                    Verdict::WrongAnswer,
                    Some("line 2: unexpected extra output `4`"),
                    wa,
                ),
                test(
                    "hidden/1",
                    false,
                    Verdict::Accepted,
                    None,
                    Detail::default(),
                ),
                test(
                    "hidden/2",
                    false,
                    Verdict::WrongAnswer,
                    Some("line 1: expected `10`, got `11`"),
                    hidden,
                ),
            ],
            skipped: 0,
            compile_message: None,
            layers: None,
            limits: Limits::new(1.0, 128, 1),
        }
    }

    #[test]
    fn failing_sample_shows_a_diff_and_hidden_stays_hidden() {
        insta::assert_snapshot!(render_plain(&judgement(), false));
    }

    #[test]
    fn reveal_shows_hidden_details() {
        insta::assert_snapshot!(render_plain(&judgement(), true));
    }

    #[test]
    fn compile_error_is_shown_with_the_compiler_message() {
        let j = Judgement {
            exercise: "add".into(),
            verdict: Verdict::CompileError,
            tests: Vec::new(),
            skipped: 3,
            compile_message: Some("  File \"solution.py\", line 1\n    def f(:\n          ^\nSyntaxError: invalid syntax".into()),
            limits: Limits::new(1.0, 128, 1),
            layers: None,
        };
        insta::assert_snapshot!(render_plain(&j, false));
    }
}
