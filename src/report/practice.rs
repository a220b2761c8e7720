//! What the practice loop prints: `start`, `hint`, `solution`, `next`, `review`, `reset`,
//! `mock` and the frame of `watch`.

use std::io::{self, Write};
use std::path::Path;

use super::exercise;
use super::style::Style;
use crate::catalog::{Exercise, Kind};
use crate::judge::Judgement;
use crate::progress::Mock;
use crate::progress::clock::human;
use crate::progress::stats::{MockResult, Review};

/// After `grind start`: the statement, the snippet of a prediction, what to edit, the clock.
pub fn started(out: &mut dyn Write, ex: &Exercise, file: &Path, s: Style) -> io::Result<()> {
    exercise::prompt(out, ex, s)?;
    writeln!(out)?;
    let file = s.bold(&file.display().to_string());
    if ex.kind() == Kind::Predict {
        writeln!(
            out,
            "Write what it prints at the end of {file} (the snippet is there too), then run `grind check`."
        )?;
    } else {
        writeln!(
            out,
            "Edit {file}, then run `grind check` (or `grind watch`)."
        )?;
    }
    if let Some(t) = ex.target_minutes {
        let text = format!("The clock is running: target {t} min.");
        writeln!(out, "{}", s.dim(&text))?;
    }
    Ok(())
}

/// The hints revealed so far (`shown` of them).
pub fn hints(out: &mut dyn Write, ex: &Exercise, shown: usize, s: Style) -> io::Result<()> {
    if ex.hints.is_empty() {
        return writeln!(out, "`{}` has no hints.", ex.name);
    }
    for (i, h) in ex.hints.iter().enumerate().take(shown) {
        let label = format!("Hint {}/{}:", i + 1, ex.hints.len());
        writeln!(out, "{} {h}", s.bold(&label))?;
    }
    if shown == ex.hints.len() {
        let text = "That was the last hint. `grind solution --give-up` shows the reference.";
        writeln!(out, "{}", s.dim(text))?;
    }
    Ok(())
}

/// A prediction's answer: what the snippet prints, and why.
pub fn real_output(
    out: &mut dyn Write,
    expected: &str,
    explanation: &str,
    s: Style,
) -> io::Result<()> {
    writeln!(out, "{}", s.bold("It prints:"))?;
    for line in expected.lines() {
        writeln!(out, "    {line}")?;
    }
    writeln!(out)?;
    exercise::markdown(out, explanation, s)
}

/// The reference solution.
pub fn reference(out: &mut dyn Write, name: &str, source: &[u8], s: Style) -> io::Result<()> {
    writeln!(out, "{}", s.bold(&format!("Reference solution of {name}:")))?;
    writeln!(out, "{}", String::from_utf8_lossy(source).trim_end())
}

/// What `grind next` suggests, why (`new to you`, `attempted and not solved yet`), and the
/// command to run.
pub fn next(
    out: &mut dyn Write,
    suggestion: Option<(&Exercise, &str, &str)>,
    s: Style,
) -> io::Result<()> {
    let Some((ex, why, command)) = suggestion else {
        return writeln!(
            out,
            "Everything is solved. `grind review` lists what is due for another go."
        );
    };
    writeln!(
        out,
        "{}  {} ({}, {why})",
        s.bold(&ex.name),
        ex.title,
        ex.difficulty.map_or("-", |d| d.as_str()),
    )?;
    writeln!(out, "run: {command}")
}

/// What `grind review` lists: the exercises due at `now`, most overdue first, each with the
/// command for a new try; with none due, when the next one is.
pub fn reviews(
    out: &mut dyn Write,
    due: &[Review],
    upcoming: Option<&Review>,
    now: u64,
    s: Style,
) -> io::Result<()> {
    if due.is_empty() {
        match upcoming {
            Some(r) => writeln!(
                out,
                "Nothing is due for review. Next: {} in {}.",
                r.name,
                human(r.due_at.saturating_sub(now))
            )?,
            None => writeln!(out, "Nothing is due for review.")?,
        }
    }
    for r in due {
        let late = now.saturating_sub(r.due_at);
        let when = if late == 0 {
            "due now".to_string()
        } else {
            format!("due {} ago", human(late))
        };
        writeln!(out, "{:<36} {:<14} {}", r.name, when, s.dim(&r.reason))?;
    }
    if let Some(r) = due.first() {
        let text = format!(
            "`grind reset {}` starts a new try (your file is kept in `.grind/backups/`)",
            r.name
        );
        writeln!(out, "{}", s.dim(&text))?;
    }
    Ok(())
}

/// `grind reset` kept the user's file as `backup`.
pub fn kept(out: &mut dyn Write, backup: &Path, s: Style) -> io::Result<()> {
    let backup = s.bold(&backup.display().to_string());
    writeln!(out, "Kept your version as {backup}.")
}

/// `grind reset` wrote the starter back into `file`.
pub fn restored(out: &mut dyn Write, file: &Path, s: Style) -> io::Result<()> {
    let file = s.bold(&file.display().to_string());
    writeln!(out, "Restored the starter in {file}.")
}

/// A new mock round: its problems (name, title, file) and the rules.
pub fn mock_started(
    out: &mut dyn Write,
    problems: &[(&Exercise, &Path)],
    minutes: u64,
    hints_allowed: bool,
    s: Style,
) -> io::Result<()> {
    let head = format!(
        "Mock round: {}, {}.",
        super::units::count(problems.len(), "problem"),
        super::units::count(usize::try_from(minutes).unwrap_or(usize::MAX), "minute")
    );
    writeln!(out, "{}", s.bold(&head))?;
    for (ex, file) in problems {
        writeln!(out, "  {:<36} {}  ({})", ex.name, ex.title, file.display())?;
    }
    let hints = if hints_allowed { "allowed" } else { "locked" };
    writeln!(
        out,
        "`grind show NAME` for the statement, `grind check NAME` to judge; hints are {hints}."
    )
}

/// A mock round still running at `now`.
pub fn mock_running(
    out: &mut dyn Write,
    m: &Mock,
    results: &[MockResult],
    now: u64,
) -> io::Result<()> {
    let left = human(m.deadline - now);
    writeln!(out, "A mock round is running: {left} left.")?;
    for r in results {
        let mark = if r.solved_after.is_some() {
            "solved    "
        } else {
            "not solved"
        };
        writeln!(out, "  {mark}  {}", r.name)?;
    }
    writeln!(out, "`grind mock --end` ends it now.")
}

/// The report of an ended mock round.
pub fn mock_report(out: &mut dyn Write, results: &[MockResult], s: Style) -> io::Result<()> {
    writeln!(out, "{}", s.bold("Mock round report"))?;
    for r in results {
        let (name, tries) = (&r.name, r.checks);
        match r.solved_after {
            Some(secs) => writeln!(
                out,
                "  {}  {name:<36} in {} ({})",
                s.green("solved    "),
                human(secs),
                super::units::count(tries, "check")
            )?,
            None => writeln!(
                out,
                "  {}  {name:<36} {}",
                s.red("not solved"),
                super::units::count(tries, "check")
            )?,
        }
    }
    let solved = results.iter().filter(|r| r.solved_after.is_some()).count();
    writeln!(out, "{solved}/{} solved in time.", results.len())
}

/// The top of a `grind watch` frame: on a terminal (colours on), the screen is cleared.
pub fn watch_frame(out: &mut dyn Write, s: Style) -> io::Result<()> {
    if s.color {
        write!(out, "\x1b[2J\x1b[H")?;
    }
    Ok(())
}

/// The first line of a `grind watch` frame, while the check runs.
pub fn watch_checking(out: &mut dyn Write, file: &Path, s: Style) -> io::Result<()> {
    let text = format!("checking {}…", file.display());
    writeln!(out, "{}", s.dim(&text))
}

/// After a pass in `grind watch`: what to do next.
pub fn watch_passed(out: &mut dyn Write, s: Style) -> io::Result<()> {
    writeln!(
        out,
        "{}",
        s.bold("Passed. `grind next` suggests what to practise next.")
    )
}

/// A check that failed to run in `grind watch` (an error, not a verdict).
pub fn watch_error(out: &mut dyn Write, error: &str, s: Style) -> io::Result<()> {
    writeln!(out, "{} {error}", s.red("error:"))
}

/// The bottom of a `grind watch` frame: what is watched and how to quit.
pub fn watch_footer(
    out: &mut dyn Write,
    file: &Path,
    single_keys: bool,
    s: Style,
) -> io::Result<()> {
    let how = if single_keys {
        "`q` quits"
    } else {
        "`q` + Enter quits"
    };
    let text = format!("watching {}; {how}", file.display());
    writeln!(out, "{}", s.dim(&text))
}

/// One step of a save in `grind watch`'s trace (`GRIND_TRACE_WATCH=1`, on stderr): the
/// milliseconds since the save's first file event, and what happened.
pub fn watch_trace(err: &mut dyn Write, ms: f64, what: &str) -> io::Result<()> {
    writeln!(err, "watch +{ms:7.1} ms  {what}")
}

/// `grind run` on the user's own case: what it printed (and returned), or how it failed.
pub fn own_run(out: &mut dyn Write, ex: &Exercise, j: &Judgement) -> io::Result<()> {
    if let Some(msg) = &j.compile_message {
        writeln!(out, "your solution does not compile:\n{msg}")?;
        return Ok(());
    }
    let Some(t) = j.tests.first() else {
        return Ok(());
    };
    let safe = super::units::safe;
    let failed = !matches!(
        t.verdict,
        crate::verdict::Verdict::Accepted | crate::verdict::Verdict::WrongAnswer
    );
    if failed {
        writeln!(
            out,
            "{} {}",
            t.verdict.label(),
            safe(t.message.as_deref().unwrap_or_default())
        )?;
    }
    if ex.kind() == Kind::Function {
        if !failed {
            let value = serde_json::from_str::<serde_json::Value>(&t.detail.actual)
                .map_or_else(|_| t.detail.actual.clone(), |v| super::check::python(&v));
            writeln!(out, "returned: {}", safe(&value))?;
        }
        if !t.detail.log.is_empty() {
            writeln!(out, "printed:\n{}", safe(t.detail.log.trim_end()))?;
        }
    } else {
        writeln!(out, "{}", safe(t.detail.actual.trim_end()))?;
        if !t.detail.log.trim().is_empty() {
            writeln!(out, "stderr:\n{}", safe(t.detail.log.trim_end()))?;
        }
    }
    writeln!(out, "({} ms of CPU; not recorded)", t.time.as_millis())?;
    Ok(())
}

/// After `grind run` on the samples.
pub fn samples_only(out: &mut dyn Write, s: Style) -> io::Result<()> {
    let text =
        "samples only, not recorded: `grind check` judges every test and records the attempt";
    writeln!(out, "{}", s.dim(text))
}

/// After a mock round's report, shown again.
pub fn mock_again(out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, "`grind mock --new` starts another round.")
}

/// The predict drill with nothing left to ask.
pub fn drill_done(out: &mut dyn Write) -> io::Result<()> {
    writeln!(
        out,
        "Every predict question is solved. `grind review` lists what is due."
    )
}

/// The predict drill's heading for question `i` of `n`.
pub fn drill_question(
    out: &mut dyn Write,
    i: usize,
    n: usize,
    name: &str,
    s: Style,
) -> io::Result<()> {
    writeln!(out, "\n{}", s.bold(&format!("[{i}/{n}] {name}")))
}

/// The predict drill asks for a prediction.
pub fn drill_ask(out: &mut dyn Write) -> io::Result<()> {
    writeln!(
        out,
        "\nYour prediction (end with an empty line or Ctrl-D; `:skip` skips):"
    )?;
    out.flush()
}

/// After a wrong prediction in the drill.
pub fn drill_retry(out: &mut dyn Write) -> io::Result<()> {
    writeln!(
        out,
        "Try again, or type `:hint`, `:give-up` or `:skip` on a line of its own."
    )
}
