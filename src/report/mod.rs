//! Rendering results for people (terminal) and programs (JSON). Everything writes to a
//! `&mut dyn Write`, so tests render into a buffer.

pub mod check;
pub mod diff;
pub mod json;
pub mod style;
pub mod verify;

/// An error and its causes on one line: `failed to X: because Y`.
pub fn error_chain(err: &anyhow::Error) -> String {
    format!("{err:#}")
}

/// Human-readable bytes (`12.3 MiB`).
pub fn mib(bytes: u64) -> String {
    #[allow(clippy::cast_precision_loss)]
    let m = bytes as f64 / (1024.0 * 1024.0);
    format!("{m:.1} MiB")
}

/// Milliseconds, rounded.
pub fn ms(d: std::time::Duration) -> u128 {
    d.as_millis()
}
