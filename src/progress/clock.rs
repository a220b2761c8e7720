//! The current time in whole seconds since the Unix epoch. It can be pinned (`GRIND_NOW`,
//! read by `Context`), so that tests of streaks, reviews and mock rounds are deterministic.

use std::time::{SystemTime, UNIX_EPOCH};

/// Where "now" comes from: the system clock, or a pinned time.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Clock {
    pinned: Option<u64>,
}

impl Clock {
    /// The system clock, or `pinned` (seconds since the epoch) when given.
    pub fn new(pinned: Option<u64>) -> Self {
        Self { pinned }
    }

    /// Seconds since the epoch.
    pub fn now(self) -> u64 {
        self.pinned.unwrap_or_else(|| {
            SystemTime::now()
                .duration_since(UNIX_EPOCH)
                .map_or(0, |d| d.as_secs())
        })
    }
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
        assert_eq!(Clock::new(Some(7)).now(), 7);
        assert!(Clock::default().now() > 1_700_000_000);
    }
}
