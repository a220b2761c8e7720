//! Why the judge could not do its job (as opposed to a verdict, which is a value).

use std::io;

use crate::sandbox::{Exit, RunDirError};

/// The judge could not judge a submission at all. See the module docs of `judge` for when a
/// failure is this error and when it is a `judge_error` verdict on one test.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A run directory for a run that every test depends on could not be made.
    #[error(transparent)]
    RunDir(#[from] RunDirError),
    /// A run that every test depends on could not be started.
    #[error(transparent)]
    Run(#[from] io::Error),
    /// The exercise's tests are for another kind (a catalog bug).
    #[error("exercise `{0}`: its tests do not match its kind")]
    TestsDoNotMatchKind(String),
    /// The syntax check ended in a way it never should.
    #[error("the syntax check failed unexpectedly ({exit:?}): {stderr}")]
    SyntaxCheck { exit: Exit, stderr: String },
    /// The empty probe run of `grind doctor` failed.
    #[error("the probe run failed ({exit:?}): {stderr}")]
    Probe { exit: Exit, stderr: String },
    /// A `predict` snippet timed out, ran out of memory or was killed: no real output.
    #[error("the snippet itself did not finish normally ({verdict}): {message}")]
    Snippet {
        verdict: &'static str,
        message: String,
    },
}
