//! Verdicts: the judge's answer for one test and for a whole submission. A leaf: the catalog
//! (labelled submissions), the judge, the progress store and the reports all use it, and it
//! imports nothing of the crate.
//!
//! A verdict is a value, never an error. When several apply to one test (a program that
//! printed too much and then timed out), the one of highest precedence wins:
//! `JE > TLE > MLE > OLE > RE > WA > AC` (the `Ord` of [`Verdict`]). The overall verdict of a submission is not that: it
//! is its first failing test's verdict in test order, with `JE` overriding
//! (`judge::decide::headline`); `CE` is decided before any test runs.

use std::fmt;

/// The outcome of judging one test or one submission.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Verdict {
    // NOTE: declaration order is the precedence order (lowest first); `Ord` relies on it.
    Accepted,
    WrongAnswer,
    RunTimeError,
    OutputLimitExceeded,
    MemoryLimitExceeded,
    TimeLimitExceeded,
    CompileError,
    JudgeError,
}

impl Verdict {
    /// All verdicts, lowest precedence first.
    pub const ALL: [Verdict; 8] = [
        Verdict::Accepted,
        Verdict::WrongAnswer,
        Verdict::RunTimeError,
        Verdict::OutputLimitExceeded,
        Verdict::MemoryLimitExceeded,
        Verdict::TimeLimitExceeded,
        Verdict::CompileError,
        Verdict::JudgeError,
    ];

    /// The name used in JSON output and submission directories.
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Accepted => "accepted",
            Verdict::WrongAnswer => "wrong_answer",
            Verdict::RunTimeError => "run_time_error",
            Verdict::OutputLimitExceeded => "output_limit_exceeded",
            Verdict::MemoryLimitExceeded => "memory_limit_exceeded",
            Verdict::TimeLimitExceeded => "time_limit_exceeded",
            Verdict::CompileError => "compile_error",
            Verdict::JudgeError => "judge_error",
        }
    }

    /// The short label shown on a terminal.
    pub fn label(self) -> &'static str {
        match self {
            Verdict::Accepted => "AC",
            Verdict::WrongAnswer => "WA",
            Verdict::RunTimeError => "RE",
            Verdict::OutputLimitExceeded => "OLE",
            Verdict::MemoryLimitExceeded => "MLE",
            Verdict::TimeLimitExceeded => "TLE",
            Verdict::CompileError => "CE",
            Verdict::JudgeError => "JE",
        }
    }

    /// Parses a name as [`Verdict::as_str`] writes it.
    pub fn from_name(name: &str) -> Option<Verdict> {
        Verdict::ALL.into_iter().find(|v| v.as_str() == name)
    }

    /// Parses a submission directory name; `runtime_error` is Kattis' older spelling.
    pub fn from_dir_name(name: &str) -> Option<Verdict> {
        match name {
            "runtime_error" => Some(Verdict::RunTimeError),
            _ => Verdict::from_name(name),
        }
    }
}

impl fmt::Display for Verdict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::Verdict::{self, *};

    #[test]
    fn precedence_table() {
        let rows: &[(&[Verdict], Verdict, &str)] = &[
            (&[Accepted, Accepted], Accepted, "all accepted"),
            (&[Accepted, WrongAnswer], WrongAnswer, "one wrong answer"),
            (&[WrongAnswer, RunTimeError], RunTimeError, "RE beats WA"),
            (
                &[RunTimeError, OutputLimitExceeded],
                OutputLimitExceeded,
                "OLE beats RE",
            ),
            (
                &[OutputLimitExceeded, MemoryLimitExceeded],
                MemoryLimitExceeded,
                "MLE beats OLE",
            ),
            (
                &[MemoryLimitExceeded, TimeLimitExceeded],
                TimeLimitExceeded,
                "TLE beats MLE",
            ),
            (&[TimeLimitExceeded, JudgeError], JudgeError, "JE beats TLE"),
            (
                &[JudgeError, Accepted, WrongAnswer],
                JudgeError,
                "JE beats everything",
            ),
            (
                &[WrongAnswer, TimeLimitExceeded, Accepted],
                TimeLimitExceeded,
                "order of tests does not matter",
            ),
        ];
        for (input, want, msg) in rows {
            assert_eq!(input.iter().copied().max(), Some(*want), "{msg}");
        }
    }

    #[test]
    fn names_round_trip() {
        for v in Verdict::ALL {
            assert_eq!(Verdict::from_dir_name(v.as_str()), Some(v), "{v}");
        }
        assert_eq!(Verdict::from_dir_name("runtime_error"), Some(RunTimeError));
        assert_eq!(Verdict::from_dir_name("partially_accepted"), None);
        assert_eq!(Accepted.label(), "AC");
        assert_eq!(TimeLimitExceeded.label(), "TLE");
    }
}
