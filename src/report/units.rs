//! Units as the reports show them.

use std::time::Duration;

/// Human-readable bytes (`12.3 MiB`).
pub fn mib(bytes: u64) -> String {
    #[allow(clippy::cast_precision_loss)]
    let m = bytes as f64 / (1024.0 * 1024.0);
    format!("{m:.1} MiB")
}

/// Milliseconds, rounded down.
pub fn ms(d: Duration) -> u128 {
    d.as_millis()
}
