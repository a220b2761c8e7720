//! The terminal report of `grind check`: one line per test, details of failing visible
//! tests (with a diff), and a summary line.

use std::io::{self, Write};

use super::diff::{Tag, diff_lines};
use super::style::Style;
use super::units::{mib, ms, safe};
use crate::catalog::{Exercise, Kind, Spec};
use crate::checker::TextChecker;
use crate::judge::calibrate::Measured;
use crate::judge::{Judgement, TestResult};
use crate::progress::clock::human;
use crate::sandbox::{Landlock, Layers};
use crate::verdict::Verdict;

/// How much of failing tests to show.
#[derive(Debug, Clone)]
pub struct Show {
    /// Show details of hidden tests too.
    pub reveal: bool,
    /// Where the first failing hidden test's full data was written (its details are shown,
    /// cut to the screen).
    pub failed_dir: Option<std::path::PathBuf>,
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
    show: &Show,
) -> io::Result<()> {
    let j = &terminal_safe(j);
    if ex.kind() == Kind::Predict {
        return prediction(out, ex, j, style);
    }
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
    // The first failing hidden test is shown too, as LeetCode does.
    let first_hidden = j
        .tests
        .iter()
        .position(|t| !t.sample && t.verdict != Verdict::Accepted);
    let shown = |i: usize, t: &TestResult| t.sample || show.reveal || Some(i) == first_hidden;
    for (i, t) in j.tests.iter().enumerate() {
        let visible = shown(i, t);
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
    for (i, t) in j.tests.iter().enumerate() {
        if t.verdict != Verdict::Accepted && shown(i, t) {
            details(out, ex, t, style)?;
            if !t.sample
                && !show.reveal
                && let Some(dir) = &show.failed_dir
            {
                let text = format!("its full data is in {}/", dir.display());
                writeln!(out, "  {}", style.dim(&text))?;
            }
        }
    }
    if j.skipped > 0 && j.compile_message.is_none() {
        writeln!(
            out,
            "  {}",
            style.dim(&format!(
                "{} not run after {}",
                super::units::count(j.skipped, "test"),
                stop_reason(j)
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
            .filter(|t| !t.sample && t.verdict != Verdict::Accepted)
            .count()
            > 1
    {
        writeln!(
            out,
            "{}",
            style.dim("other hidden tests show only their verdict; `--reveal` shows their data")
        )?;
    }
    Ok(())
}

/// A prediction's report: right, or its first wrong line (never the real output: that comes
/// after a pass or a give-up). Times and memory mean nothing for a prediction.
fn prediction(out: &mut dyn Write, ex: &Exercise, j: &Judgement, style: Style) -> io::Result<()> {
    writeln!(out, "{} {}", style.bold(&ex.name), style.dim("(predict)"))?;
    for t in &j.tests {
        let text = match (t.verdict, &t.message) {
            (Verdict::Accepted, _) => "your prediction is right",
            (_, Some(m)) => m.as_str(),
            (_, None) => "",
        };
        writeln!(out, "{}  {text}", style.verdict(t.verdict, 3))?;
    }
    Ok(())
}

/// After a wrong prediction: what to do next.
pub fn predict_next(out: &mut dyn Write, name: &str, style: Style) -> io::Result<()> {
    let text = format!(
        "fix it and check again; `grind hint {name}` gives a nudge, `grind solution {name} --give-up` shows the answer (recorded)"
    );
    writeln!(out, "{}", style.dim(&text))
}

/// After a right prediction: why the snippet prints what it prints.
pub fn explanation(out: &mut dyn Write, text: &str, style: Style) -> io::Result<()> {
    writeln!(out)?;
    super::exercise::markdown(out, text, style)
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

/// `solved in 4m 10s (target 15 min)`, or `solved (time unknown: ...)` without a clock.
pub fn solved_line(elapsed_secs: Option<u64>, target_minutes: Option<u32>) -> String {
    let target = target_minutes.map_or(String::new(), |t| format!(" (target {t} min)"));
    match elapsed_secs {
        Some(e) => format!("solved in {}{target}", human(e)),
        None => "solved (time unknown: not started with `grind start`)".to_string(),
    }
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

/// A prediction file in `grind check --all` with nothing written yet.
pub fn not_attempted_line(out: &mut dyn Write, name: &str, style: Style) -> io::Result<()> {
    writeln!(
        out,
        "{}  {name:<36} {}",
        style.dim("-- "),
        style.dim("not attempted")
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

/// Why the tests after the last one run were skipped: the first failure that stops judging.
fn stop_reason(j: &Judgement) -> &'static str {
    if j.tests
        .iter()
        .any(|t| t.verdict == Verdict::TimeLimitExceeded)
    {
        "a time limit exceeded (`--all-tests` runs them)"
    } else {
        "the first failure (`--fail-fast`)"
    }
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
    if ex.kind() == Kind::Function {
        return function_details(out, ex, t, style);
    }
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
        // The diff shows only what the checker looks at: whitespace it ignores is no
        // difference.
        let (expected, actual) = (normalize(ex, &d.expected), normalize(ex, &d.actual));
        for l in diff_lines(&expected, &actual, 60) {
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

/// A function test's details: the call's arguments, the expected value and the returned one,
/// in Python's notation; what it printed.
fn function_details(
    out: &mut dyn Write,
    ex: &Exercise,
    t: &TestResult,
    style: Style,
) -> io::Result<()> {
    let d = &t.detail;
    let params = param_names(ex);
    if let Ok(serde_json::Value::Array(args)) = serde_json::from_str::<serde_json::Value>(&d.input)
    {
        let shown: Vec<String> = args
            .iter()
            .enumerate()
            .map(|(i, a)| match params.get(i) {
                Some(p) if params.len() == args.len() => format!("{p} = {}", python(a)),
                _ => python(a),
            })
            .collect();
        line(out, style, "arguments", &shown.join(", "))?;
    } else if !d.input.is_empty() {
        line(out, style, "arguments", &d.input)?;
    }
    if t.verdict == Verdict::WrongAnswer {
        let py = |s: &str| {
            serde_json::from_str::<serde_json::Value>(s)
                .map_or_else(|_| s.to_string(), |v| python(&v))
        };
        line(out, style, "expected", &style.green(&py(&d.expected)))?;
        if !d.actual.is_empty() {
            line(out, style, "yours", &style.red(&py(&d.actual)))?;
        }
    }
    if !d.log.trim().is_empty() {
        block(out, style, "printed", &d.log)?;
    }
    Ok(())
}

/// The parameter names of a function exercise's entry, read from its starter's `def` line
/// (`self` left out); empty for a design problem or when the starter says nothing clear.
fn param_names(ex: &Exercise) -> Vec<String> {
    let Spec::Function(f) = &ex.spec else {
        return Vec::new();
    };
    if f.design {
        return Vec::new();
    }
    let starter = String::from_utf8_lossy(&ex.starter().unwrap_or_default()).into_owned();
    let head = format!("def {}(", f.entry);
    let Some(at) = starter.find(&head) else {
        return Vec::new();
    };
    let rest = &starter[at + head.len()..];
    // The parameters end at the `)` that closes the list (annotations may hold brackets).
    let mut depth = 0;
    let mut end = rest.len();
    for (i, c) in rest.char_indices() {
        match c {
            '(' | '[' => depth += 1,
            ')' if depth == 0 => {
                end = i;
                break;
            }
            ')' | ']' => depth -= 1,
            _ => {}
        }
    }
    let mut names = Vec::new();
    let mut depth = 0;
    let mut part = String::new();
    for c in rest[..end].chars().chain([',']) {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth -= 1,
            ',' if depth == 0 => {
                let name: String = part
                    .trim()
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                if !name.is_empty() && name != "self" {
                    names.push(name);
                }
                part.clear();
                continue;
            }
            _ => {}
        }
        part.push(c);
    }
    names
}

/// A JSON value in Python's notation: `None`, `True`, `'text'`, `[1, 2]`, `{'a': 1}`.
pub fn python(v: &serde_json::Value) -> String {
    use serde_json::Value;
    match v {
        Value::Null => "None".into(),
        Value::Bool(true) => "True".into(),
        Value::Bool(false) => "False".into(),
        Value::Number(n) => n.to_string(),
        Value::String(s) => {
            let q = if s.contains('\'') && !s.contains('"') {
                '"'
            } else {
                '\''
            };
            let body: String = s
                .chars()
                .flat_map(|c| match c {
                    '\\' => vec!['\\', '\\'],
                    '\n' => vec!['\\', 'n'],
                    '\t' => vec!['\\', 't'],
                    c if c == q => vec!['\\', c],
                    c => vec![c],
                })
                .collect();
            format!("{q}{body}{q}")
        }
        Value::Array(items) => format!(
            "[{}]",
            items.iter().map(python).collect::<Vec<_>>().join(", ")
        ),
        Value::Object(map) => format!(
            "{{{}}}",
            map.iter()
                .map(|(k, v)| format!("{}: {}", python(&Value::String(k.clone())), python(v)))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}

/// What the checker compares of a text: with trailing spaces and trailing blank lines dropped
/// where it ignores them (lines; tokens without `space_change_sensitive`, which also ignores
/// how much space separates tokens).
fn normalize(ex: &Exercise, text: &str) -> String {
    let tokens = match &ex.spec {
        Spec::Stdio {
            checker: TextChecker::Tokens(o),
        } if o.space_change_sensitive => return text.to_string(),
        Spec::Stdio {
            checker: TextChecker::Tokens(_),
        } => true,
        _ => false,
    };
    let mut lines: Vec<String> = text
        .lines()
        .map(|l| {
            if tokens {
                l.split_whitespace().collect::<Vec<_>>().join(" ")
            } else {
                l.trim_end().to_string()
            }
        })
        .collect();
    while lines.last().is_some_and(String::is_empty) {
        lines.pop();
    }
    let mut s = lines.join("\n");
    s.push('\n');
    s
}

/// Characters of a line shown on a terminal; the rest is cut (the full data is in files).
const LINE_CAP: usize = 160;

/// A line cut to [`LINE_CAP`] characters, saying how much was cut.
fn cut(l: &str) -> String {
    let n = l.chars().count();
    if n <= LINE_CAP {
        return l.to_string();
    }
    let head: String = l.chars().take(LINE_CAP).collect();
    format!("{head}… ({} more characters)", n - LINE_CAP)
}

fn line(out: &mut dyn Write, style: Style, label: &str, text: &str) -> io::Result<()> {
    writeln!(out, "  {} {}", style.dim(&format!("{label}:")), cut(text))
}

fn block(out: &mut dyn Write, style: Style, label: &str, text: &str) -> io::Result<()> {
    writeln!(out, "  {}", style.dim(&format!("{label}:")))?;
    let lines: Vec<&str> = text.lines().collect();
    for l in lines.iter().take(20) {
        writeln!(out, "    {}", cut(l))?;
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
        render(
            &mut buf,
            &fixture(),
            j,
            Style::new(false),
            &Show {
                reveal,
                failed_dir: None,
            },
        )
        .unwrap();
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
            cancelled: false,
            layers: None,
            limits: Limits::new(1.0, 128, 1),
        }
    }

    #[test]
    fn failing_sample_shows_a_diff_and_so_does_the_first_failing_hidden_test() {
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
                cancelled: false,
            limits: Limits::new(1.0, 128, 1),
            layers: None,
        };
        insta::assert_snapshot!(render_plain(&j, false));
    }
}
