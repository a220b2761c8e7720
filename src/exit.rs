//! Exit codes, in one place (also listed in `grind --help`).

/// Accepted, or everything verified.
pub const OK: u8 = 0;
/// Judged and not accepted (any verdict), or a verification failed.
pub const NOT_ACCEPTED: u8 = 1;
/// Usage or configuration error: unknown exercise, malformed metadata, no Python.
pub const USAGE: u8 = 2;
/// Internal or judge error.
pub const INTERNAL: u8 = 3;

/// An error that is the user's to fix (exit code 2), as opposed to an internal one (3).
#[derive(Debug)]
pub struct UsageError(pub String);

impl std::fmt::Display for UsageError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for UsageError {}

/// Shorthand for returning a [`UsageError`].
pub fn usage<T>(msg: impl Into<String>) -> anyhow::Result<T> {
    Err(UsageError(msg.into()).into())
}
