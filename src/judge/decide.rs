//! Deciding verdicts, in one place: from how a process ended (an [`Outcome`]), from what a
//! program printed, from the harness's record of one call, and from how a harness ended.
//! Every function is pure; the tests beside them have one row per rule.
//!
//! **The headline verdict** of a submission ([`headline`]) is the verdict of its first failing
//! test in test order (samples, then hidden tests, in the order the catalog lists them), as
//! Kattis and the other judges report it; a `judge_error` anywhere overrides it,
//! since the other tests then say nothing certain. Stopping early (`--fail-fast`, a time limit
//! exceeded) only skips tests after a failure, so it never changes the headline.
//!
//! Within one test the precedence is `TLE > MLE > OLE > RE > WA`, with "could not start"
//! (`JE`) checked first: a program that never ran has no other verdict. The messages say what
//! is known and no more: a batch case killed at the wall deadline has no CPU time of its own
//! (the batch's covers every case it ran), so its message names the wall limit only, while a
//! run of its own reports the wall time it took and whether it was within its CPU limit.

use std::time::Duration;

use serde_json::Value;

use crate::checker::{
    RowOptions, Rows, TextChecker, ValueOptions, check_lines, check_rows, check_value,
};
use crate::limits::Limits;
use crate::python::records::{CallResult, SqlStage, TestOutcome};
use crate::sandbox::{Exit, Kill, Outcome, signal_name};
use crate::verdict::Verdict;

/// A verdict and the words that explain it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decision {
    pub verdict: Verdict,
    pub message: Option<String>,
}

impl Decision {
    pub fn new(verdict: Verdict, message: impl Into<String>) -> Self {
        Self {
            verdict,
            message: Some(message.into()),
        }
    }

    pub fn accepted() -> Self {
        Self {
            verdict: Verdict::Accepted,
            message: None,
        }
    }
}

const MIB: u64 = 1024 * 1024;
/// A run's directory counts as full within this much of its size (a filesystem keeps some
/// blocks for itself).
const DISK_SLACK: u64 = 64 * 1024;

/// The verdict a process outcome forces regardless of its output, in precedence order: not
/// started (JE), TLE, MLE, OLE, RE, no status (JE). `None` means it exited normally and its
/// output decides.
pub fn forced(out: &Outcome, limits: &Limits) -> Option<Decision> {
    let last = out.last_stderr_line().unwrap_or_default();
    if let Exit::NotStarted(errno) = out.exit {
        let err = std::io::Error::from_raw_os_error(errno);
        return Some(Decision::new(
            Verdict::JudgeError,
            format!("could not start the interpreter: {err}"),
        ));
    }
    let wall_killed = out.killed == Some(Kill::WallTime);
    if wall_killed
        || out.killed == Some(Kill::CpuTime)
        || out.cpu > limits.cpu
        || out.exit == Exit::Signal(libc::SIGXCPU)
    {
        let msg = if wall_killed && out.cpu <= limits.cpu {
            format!(
                "killed after {:.1} s of wall time with {:.1} s of CPU time (sleeping, waiting, or \
                 a machine too busy to give it the CPU?)",
                out.wall.as_secs_f64(),
                out.cpu.as_secs_f64()
            )
        } else {
            cpu_exceeded(limits)
        };
        return Some(Decision::new(Verdict::TimeLimitExceeded, msg));
    }
    if out_of_memory(&last, &String::from_utf8_lossy(&out.stderr)) {
        return Some(Decision::new(
            Verdict::MemoryLimitExceeded,
            format!("ran out of memory (limit {} MiB)", limits.memory / MIB),
        ));
    }
    if last == LOST_STDERR && out.peak_memory >= limits.memory / 10 * 9 {
        return Some(Decision::new(
            Verdict::MemoryLimitExceeded,
            format!(
                "ran out of memory (limit {} MiB): at {} MiB the interpreter could not even \
                 print its error (\"{LOST_STDERR}\")",
                limits.memory / MIB,
                out.peak_memory / MIB
            ),
        ));
    }
    if let Some(sig) = crashed_at_the_memory_limit(out, limits) {
        return Some(Decision::new(
            Verdict::MemoryLimitExceeded,
            format!(
                "ran out of memory (limit {} MiB): the interpreter crashed with {} at {} MiB",
                limits.memory / MIB,
                signal_name(sig),
                out.peak_memory / MIB
            ),
        ));
    }
    if out.killed == Some(Kill::OutputLimit) {
        return Some(Decision::new(
            Verdict::OutputLimitExceeded,
            format!("printed more than {} MiB", limits.output / MIB),
        ));
    }
    if out
        .disk_used
        .is_some_and(|d| d >= limits.disk.saturating_sub(DISK_SLACK))
    {
        return Some(Decision::new(
            Verdict::OutputLimitExceeded,
            format!("wrote more than {} MiB of files", limits.disk / MIB),
        ));
    }
    if out.killed == Some(Kill::Protocol) {
        return Some(Decision::new(
            Verdict::RunTimeError,
            "wrote to the judge's channel (the run was stopped)",
        ));
    }
    let (verdict, msg) = match out.exit {
        Exit::Code(0) => return None,
        Exit::Code(code) if last.is_empty() => (Verdict::RunTimeError, format!("exit code {code}")),
        Exit::Code(_) => (Verdict::RunTimeError, last),
        Exit::TooManyProcesses(n) => (
            Verdict::RunTimeError,
            format!("started more than {n} processes at once (a fork bomb?) and was stopped"),
        ),
        Exit::Signal(sig) => (
            Verdict::RunTimeError,
            format!("killed by {}", signal_name(sig)),
        ),
        Exit::Unknown | Exit::NotStarted(_) => (
            Verdict::JudgeError,
            "the process ended without a status report".to_string(),
        ),
    };
    Some(Decision::new(verdict, msg))
}

/// The verdict of a whole submission from its tests' verdicts in test order: `judge_error` if
/// any test has it, else the first test's that is not accepted, else accepted (also for no
/// tests at all).
pub fn headline(verdicts: impl IntoIterator<Item = Verdict>) -> Verdict {
    let mut first = None;
    for v in verdicts {
        if v == Verdict::JudgeError {
            return v;
        }
        if v != Verdict::Accepted && first.is_none() {
            first = Some(v);
        }
    }
    first.unwrap_or(Verdict::Accepted)
}

/// A finished stdio program: what its process forces, else its output against the answer.
pub fn stdio(out: &Outcome, answer: &[u8], checker: &TextChecker, limits: &Limits) -> Decision {
    forced(out, limits).unwrap_or_else(|| match checker.check(answer, &out.stdout) {
        Ok(()) => Decision::accepted(),
        Err(m) => Decision::new(Verdict::WrongAnswer, m.0),
    })
}

/// One call of a function solution, as the harness reported it: TLE on the CPU time it used
/// (measured outside the sandbox), else its value against the expected one, else why there
/// was no value.
pub fn call(
    rec: &CallResult,
    cpu: Duration,
    expected: &Value,
    checker: &ValueOptions,
    limits: &Limits,
) -> Decision {
    if cpu > limits.cpu {
        Decision::new(Verdict::TimeLimitExceeded, cpu_exceeded(limits))
    } else if rec.ok {
        match check_value(expected, &rec.value, checker) {
            Ok(()) => Decision::accepted(),
            Err(m) => Decision::new(Verdict::WrongAnswer, m.0),
        }
    } else if rec.unsupported() {
        Decision::new(
            Verdict::WrongAnswer,
            rec.message().unwrap_or("unsupported result"),
        )
    } else {
        let r = rec.raised();
        let text = r.text();
        Decision::new(raised(&text), with_traceback(&text, r.traceback.as_deref()))
    }
}

/// An exception's text, then where it was raised in the solution (`File "solution.py",
/// line 5, in two_sum` and the line), when the harness saw it.
pub fn with_traceback(text: &str, traceback: Option<&str>) -> String {
    match traceback.map(str::trim_end).filter(|t| !t.is_empty()) {
        Some(tb) => format!("{text}\n{tb}"),
        None => text.to_string(),
    }
}

/// The verdict for an exception the solution raised (`KeyError: 1`): MLE for a
/// `MemoryError`, RE for anything else.
pub fn raised(text: &str) -> Verdict {
    if text.starts_with("MemoryError") {
        Verdict::MemoryLimitExceeded
    } else {
        Verdict::RunTimeError
    }
}

/// A case that did not report: the run ended (or was stopped) in the middle of it. `out` is the
/// run's outcome with the case's own CPU time (measured outside) in place of the run's.
pub fn died_in_call(out: &Outcome, limits: &Limits) -> Decision {
    forced(out, limits).unwrap_or_else(|| {
        Decision::new(
            Verdict::RunTimeError,
            format!("the process exited during the call ({:?})", out.exit),
        )
    })
}

/// Where the harness was when its interpreter ended with no call in flight.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage<'a> {
    /// The solution could not be loaded: the exception's text.
    LoadFailed(&'a str),
    /// The solution's module code was running.
    Loading,
}

/// A frame on the channel that broke the protocol, for the case in flight: something the
/// solution wrote there (it shares the harness's process), or a result too large to carry.
pub fn broken_channel(oversized: bool, why: &str, limits: &Limits) -> Decision {
    if oversized {
        Decision::new(
            Verdict::OutputLimitExceeded,
            format!(
                "returned or printed more than {} MiB in one call",
                limits.output / MIB
            ),
        )
    } else {
        Decision::new(
            Verdict::RunTimeError,
            format!("wrote to the judge's channel ({why}); the run was stopped"),
        )
    }
}

/// The harness's interpreter ended before every case reported, with no call in flight.
pub fn died_between_calls(stage: Stage<'_>, out: &Outcome, limits: &Limits) -> Decision {
    match stage {
        Stage::LoadFailed(text) => Decision::new(raised(text), text),
        Stage::Loading => forced(out, limits).unwrap_or_else(|| {
            Decision::new(Verdict::RunTimeError, "the solution exited while loading")
        }),
    }
}

/// A prediction against the snippet's real output, line by line. A wrong prediction is told
/// its first wrong line and never what the real line is: the answer is for after a pass or a
/// give-up.
pub fn prediction(real: &str, prediction: &[u8]) -> Decision {
    if check_lines(real.as_bytes(), prediction).is_ok() {
        return Decision::accepted();
    }
    let real = crate::checker::normalized_lines(real);
    let text = String::from_utf8_lossy(prediction);
    let yours = crate::checker::normalized_lines(&text);
    let right = real.iter().zip(&yours).take_while(|(a, b)| a == b).count();
    let before = match right {
        0 => String::new(),
        1 => " (line 1 is right)".to_string(),
        n => format!(" (lines 1 to {n} are right)"),
    };
    let message = match yours.get(right) {
        Some(line) if right < real.len() => {
            format!("line {} is wrong: you wrote `{line}`{before}", right + 1)
        }
        Some(line) => format!(
            "line {} is wrong: it prints nothing more, you wrote `{line}`{before}",
            right + 1
        ),
        None => format!(
            "line {} is missing: it prints more than your {right} line{}",
            right + 1,
            if right == 1 { "" } else { "s" }
        ),
    };
    Decision::new(Verdict::WrongAnswer, message)
}

/// How a run of one `module` test or `sql` case ended on its channel.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Reported<'a, T> {
    /// The one record that ends the run, accepted.
    Record(&'a T),
    /// The channel was refused (why), or broke.
    Refused(Option<&'a str>),
    /// The run ended without the record.
    Nothing,
}

/// What the process forces, then a broken channel, for a run of one test (`module`, `sql`).
fn forced_or_refused<T>(out: &Outcome, end: &Reported<'_, T>, limits: &Limits) -> Option<Decision> {
    let forced = forced(out, limits);
    let broken = out.channel_fault.is_some() || matches!(end, Reported::Refused(_));
    match forced {
        Some(d) if d.verdict > Verdict::RunTimeError || !broken => Some(d),
        _ if broken => {
            let oversized = out.channel_fault == Some(crate::sandbox::ChannelFault::Oversized);
            let why = match end {
                Reported::Refused(Some(why)) => why,
                _ => "bytes that are not a record",
            };
            Some(broken_channel(oversized, why, limits))
        }
        other => other,
    }
}

/// How the module runner ended a test: its outcome, or the test file has no such test.
#[derive(Debug, Clone, PartialEq)]
pub enum ModuleEnd {
    Outcome(TestOutcome),
    Missing,
}

/// One test of a `module` exercise: the outside measurements first (`out.cpu` is the run's
/// CPU time, measured outside), then the runner's one result record. A run that reported no
/// result is never accepted.
pub fn module_test(out: &Outcome, end: &Reported<'_, ModuleEnd>, limits: &Limits) -> Decision {
    if let Some(d) = forced_or_refused(out, end, limits) {
        return d;
    }
    match end {
        Reported::Record(ModuleEnd::Outcome(TestOutcome::Pass)) => Decision::accepted(),
        Reported::Record(ModuleEnd::Outcome(TestOutcome::Fail(r))) => Decision::new(
            Verdict::WrongAnswer,
            match r.message.as_deref() {
                None | Some("") => "an assertion failed (it has no message)".to_string(),
                Some(m) => m.to_string(),
            },
        ),
        Reported::Record(ModuleEnd::Outcome(TestOutcome::Error { raised: r, import })) => {
            let text = r.text();
            let head = if *import {
                format!("{text} (while importing your module)")
            } else {
                text.clone()
            };
            let message = match r.traceback.as_deref() {
                Some(tb) if !tb.trim().is_empty() => format!("{head}\n{}", tb.trim_end()),
                _ => head,
            };
            Decision::new(raised(&text), message)
        }
        Reported::Record(ModuleEnd::Missing) => Decision::new(
            Verdict::JudgeError,
            "the test file has no such test (is it defined inside a block?)",
        ),
        Reported::Refused(_) | Reported::Nothing => Decision::new(
            Verdict::RunTimeError,
            "the test ended without reporting a result (did the code exit the interpreter?)",
        ),
    }
}

/// What the SQL runner reported for one case: the rows, or an error.
#[derive(Debug, Clone, PartialEq)]
pub enum SqlEnd {
    Rows(Rows),
    Error(SqlStage, String),
}

/// One `sql` case: the outside measurements first, then the runner's record: an error
/// (RE with `SQLite`'s message; JE when the exercise's own data failed), else the rows against
/// the expected ones.
pub fn sql_case(
    out: &Outcome,
    end: &Reported<'_, SqlEnd>,
    expected: &Rows,
    checker: &RowOptions,
    limits: &Limits,
) -> Decision {
    if let Some(d) = forced_or_refused(out, end, limits) {
        return d;
    }
    match end {
        Reported::Record(SqlEnd::Rows(rows)) => match check_rows(expected, rows, checker) {
            Ok(()) => Decision::accepted(),
            Err(m) => Decision::new(Verdict::WrongAnswer, m.0),
        },
        Reported::Record(SqlEnd::Error(SqlStage::Setup, m)) => Decision::new(
            Verdict::JudgeError,
            format!("the exercise's schema or test data failed: {m}"),
        ),
        Reported::Record(SqlEnd::Error(_, m)) => Decision::new(Verdict::RunTimeError, m.clone()),
        Reported::Refused(_) | Reported::Nothing => Decision::new(
            Verdict::JudgeError,
            "the SQL runner ended without reporting the rows",
        ),
    }
}

/// The compile check of a query (its run against the empty schema): `Some(message)` when
/// `SQLite` could not compile it, or the text holds no query.
pub fn sql_compile(end: &Reported<'_, SqlEnd>) -> Option<String> {
    match end {
        Reported::Record(SqlEnd::Error(SqlStage::Prepare | SqlStage::Statements, m)) => {
            Some(m.clone())
        }
        _ => None,
    }
}

fn cpu_exceeded(limits: &Limits) -> String {
    format!(
        "used more than {:.1} s of CPU time",
        limits.cpu.as_secs_f64()
    )
}

/// A crash that the address-space limit caused: the interpreter does not survive every failed
/// allocation (3.13 dies of SIGSEGV on implement-trie's labelled MLE submission), so a program
/// that runs into `RLIMIT_AS` can die of SIGSEGV, SIGBUS or SIGABRT instead of raising
/// `MemoryError`. Contest judges report a crash at the memory limit as a memory verdict;
/// "at the limit" is a resident peak of at least 90% of it, which the other costs of the
/// address space (the interpreter, its libraries, thread stacks) leave no room to exceed.
fn crashed_at_the_memory_limit(out: &Outcome, limits: &Limits) -> Option<i32> {
    match out.exit {
        Exit::Signal(sig @ (libc::SIGSEGV | libc::SIGBUS | libc::SIGABRT))
            if out.peak_memory >= limits.memory / 10 * 9 =>
        {
            Some(sig)
        }
        _ => None,
    }
}

/// What the interpreter prints when it cannot reach `sys.stderr` to print an uncaught exception:
/// at the address-space limit even that lookup can fail (3.13, implement-trie's labelled MLE
/// submission, in about half of the runs), so at a resident peak of 90% of the limit or more it
/// is a memory verdict, as a crash there is.
const LOST_STDERR: &str = "lost sys.stderr";

/// Python's way of saying the address-space limit was hit.
fn out_of_memory(last_stderr_line: &str, stderr: &str) -> bool {
    last_stderr_line.starts_with("MemoryError") || stderr.contains("Cannot allocate memory")
}

#[cfg(test)]
mod tests;
