//! Exit codes, in one place (also listed in `grind --help`), and the error a command ends
//! with, which knows its exit code.
//!
//! Commands use `anyhow` to add context on the way up. Below them every error is typed
//! (`LoadError`, `LookupError`, `ResolveError`, `judge::Error`, `StoreError`, ...), and
//! [`Error::from`] sorts the few the user can fix from the rest in one `match`.
//!
//! **May import:** the typed errors it sorts (`catalog`, `python`).

use crate::catalog::{LoadError, LookupError};
use crate::python::ResolveError;

/// Accepted, or everything verified.
pub const OK: u8 = 0;
/// Judged and not accepted (any verdict), or a verification failed.
pub const NOT_ACCEPTED: u8 = 1;
/// Usage or configuration error: unknown exercise, malformed metadata, no Python.
pub const USAGE: u8 = 2;
/// Internal or judge error.
pub const INTERNAL: u8 = 3;

/// An error that is the user's to fix (exit code 2): a bad flag value, a missing file.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct UsageError(pub String);

/// Shorthand for returning a [`UsageError`].
pub fn usage<T>(msg: impl Into<String>) -> anyhow::Result<T> {
    Err(UsageError(msg.into()).into())
}

/// How a command failed.
#[derive(Debug)]
pub enum Error {
    /// The user can fix it: a bad flag, an unknown or invalid exercise, no Python (exit 2).
    Usage(anyhow::Error),
    /// `grind` could not do its job: I/O, a judge failure (exit 3).
    Internal(anyhow::Error),
    /// Our reader went away (`grind list | head`): not worth a word (exit 0).
    BrokenPipe,
}

impl Error {
    /// The process exit code.
    pub fn code(&self) -> u8 {
        match self {
            Error::Usage(_) => USAGE,
            Error::Internal(_) => INTERNAL,
            Error::BrokenPipe => OK,
        }
    }

    /// What to print on stderr: the error and its causes on one line
    /// (`failed to X: because Y`), or nothing.
    pub fn message(&self) -> Option<String> {
        match self {
            Error::Usage(e) | Error::Internal(e) => Some(format!("{e:#}")),
            Error::BrokenPipe => None,
        }
    }
}

impl From<anyhow::Error> for Error {
    fn from(err: anyhow::Error) -> Self {
        let broken_pipe = err
            .chain()
            .filter_map(|e| e.downcast_ref::<std::io::Error>())
            .any(|e| e.kind() == std::io::ErrorKind::BrokenPipe);
        if broken_pipe {
            Error::BrokenPipe
        } else if err.is::<UsageError>()
            || err.is::<LoadError>()
            || err.is::<LookupError>()
            || err.is::<ResolveError>()
        {
            Error::Usage(err)
        } else {
            Error::Internal(err)
        }
    }
}

#[cfg(test)]
mod tests {
    use anyhow::Context as _;

    use super::*;

    #[test]
    fn exit_code_table() {
        let load = LoadError {
            root: "x".into(),
            problems: vec!["bad".into()],
        };
        let pipe = std::io::Error::from(std::io::ErrorKind::BrokenPipe);
        let rows: Vec<(anyhow::Error, u8, &str)> = vec![
            (
                UsageError("`--jobs 0`".into()).into(),
                USAGE,
                "a usage error",
            ),
            (
                anyhow::Error::from(UsageError("x".into())).context("while y"),
                USAGE,
                "a usage error under context",
            ),
            (load.into(), USAGE, "an exercise that does not load"),
            (
                ResolveError::NoExecutable {
                    requested: "py".into(),
                }
                .into(),
                USAGE,
                "no python",
            ),
            (anyhow::anyhow!("disk full"), INTERNAL, "anything else"),
            (
                Err::<(), _>(pipe).context("failed to write").unwrap_err(),
                OK,
                "a broken pipe, however deep",
            ),
        ];
        for (err, code, msg) in rows {
            assert_eq!(Error::from(err).code(), code, "{msg}");
        }
        let e = Error::from(anyhow::anyhow!("inner").context("outer"));
        assert_eq!(e.message().as_deref(), Some("outer: inner"));
    }
}
