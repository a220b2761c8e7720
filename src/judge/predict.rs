//! Judging `predict` exercises: the snippet runs once in the sandbox, and the prediction is
//! compared with what it really printed.

use super::decide;
use super::error::Error;
use super::judgement::{Detail, TestResult};
use super::launcher::{Launcher, run_dir};
use crate::limits::Limits;
use crate::python::Script;
use crate::sandbox::Exit;
use crate::verdict::Verdict;

/// The snippet's real output: stdout, then the last traceback line if it raised.
pub fn real_output(
    launcher: &Launcher<'_>,
    snippet: &str,
    limits: Limits,
) -> Result<String, Error> {
    let dir = run_dir(launcher.python, Script::Bootstrap, snippet.as_bytes())?;
    let out = launcher.run(&dir, Script::Bootstrap, b"", limits)?;
    if let Some(d) = decide::forced(&out, &limits)
        && d.verdict != Verdict::RunTimeError
    {
        return Err(Error::Snippet {
            verdict: d.verdict.label(),
            message: d.message.unwrap_or_default(),
        });
    }
    let mut text = String::from_utf8_lossy(&out.stdout).into_owned();
    if !matches!(out.exit, Exit::Code(0)) {
        if !text.is_empty() && !text.ends_with('\n') {
            text.push('\n');
        }
        text.push_str(&out.last_stderr_line().unwrap_or_default());
        text.push('\n');
    }
    Ok(text)
}

/// Judges a prediction of what `snippet` prints.
pub fn judge(
    launcher: &Launcher<'_>,
    snippet: &str,
    prediction: &[u8],
    limits: Limits,
) -> Result<TestResult, Error> {
    let real = real_output(launcher, snippet, limits)?;
    Ok(judge_output(real, prediction))
}

/// Judges a prediction of a snippet whose real output is `real`.
pub fn judge_output(real: String, prediction: &[u8]) -> TestResult {
    let d = decide::prediction(&real, prediction);
    // The real output leaves the judge only with a right prediction (`grind solution
    // --give-up` shows it otherwise).
    let detail = Detail {
        input: String::new(),
        expected: if d.verdict == Verdict::Accepted {
            real
        } else {
            String::new()
        },
        actual: String::from_utf8_lossy(prediction).into_owned(),
        log: String::new(),
    };
    TestResult::pending("prediction", true, detail).decided(d)
}
