//! The current time in whole seconds since the Unix epoch. `GRIND_NOW` overrides it, so that
//! tests of streaks, reviews and mock rounds are deterministic.

use std::time::{SystemTime, UNIX_EPOCH};

/// Seconds since the epoch, or `$GRIND_NOW` when set to a number.
pub fn now() -> u64 {
    if let Some(t) = std::env::var("GRIND_NOW")
        .ok()
        .and_then(|v| v.trim().parse().ok())
    {
        return t;
    }
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

/// The day number (days since the epoch, UTC) of a timestamp.
pub fn day(t: u64) -> u64 {
    t / 86_400
}

/// `1h 02m`, `12m 05s`, `40s`.
pub fn human(secs: u64) -> String {
    let (h, m, s) = (secs / 3600, secs / 60 % 60, secs % 60);
    if h > 0 {
        format!("{h}h {m:02}m")
    } else if m > 0 {
        format!("{m}m {s:02}s")
    } else {
        format!("{s}s")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn human_durations() {
        assert_eq!(human(0), "0s");
        assert_eq!(human(59), "59s");
        assert_eq!(human(61), "1m 01s");
        assert_eq!(human(3725), "1h 02m");
        assert_eq!(day(86_399), 0);
        assert_eq!(day(86_400), 1);
    }
}
