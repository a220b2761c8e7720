//! `GRIND_TRACE_WATCH=1`: where a save's time goes in `grind watch`. Each step of a save is
//! written to stderr with the milliseconds since the save's first file event, as
//! `watch +  12.3 ms  checking line drawn`, so the gap between the editor's write and the
//! verdict can be read step by step (redirect stderr to a file on a terminal).

use std::sync::{Mutex, PoisonError};
use std::time::Instant;

/// The trace of the save in progress; silent unless switched on. Marks may come from the
/// judge's workers (the first test decided).
pub struct Trace {
    on: bool,
    since: Mutex<Option<Instant>>,
}

impl Trace {
    pub fn new(on: bool) -> Self {
        Self {
            on,
            since: Mutex::new(None),
        }
    }

    fn since(&self) -> std::sync::MutexGuard<'_, Option<Instant>> {
        self.since.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// A save begins with the file event received at `at` (a later event of the same save
    /// keeps the first one's time).
    pub fn begin(&self, at: Instant) {
        self.since().get_or_insert(at);
    }

    /// Writes `what` with the time since the save began (since now, when none has).
    pub fn mark(&self, what: &str) {
        if !self.on {
            return;
        }
        let since = *self.since().get_or_insert_with(Instant::now);
        let ms = since.elapsed().as_secs_f64() * 1000.0;
        let _ = crate::report::practice::watch_trace(&mut std::io::stderr().lock(), ms, what);
    }

    /// The save is dealt with: the next event starts a new one.
    pub fn end(&self, what: &str) {
        self.mark(what);
        *self.since() = None;
    }
}
