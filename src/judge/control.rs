//! What the workers of one judgement share while they run: the point in test order after
//! which nothing more needs to run, the caller's cancel switch, and who hears of each test as
//! it is decided (`grind watch` shows live progress).
//!
//! Stopping early is by position, never by time: when test `k` says stop (`--fail-fast` and
//! any failure, or a time limit exceeded without `--all-tests`), only tests after `k` in test
//! order are skipped, and the tests before it still run. So the first failing test in test
//! order, which gives the headline verdict (`decide::headline`), is the same whether judging
//! stops early or not, however the workers' runs interleave.

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use super::judgement::TestResult;
use super::options::Options;

/// Hooks a caller may give a judge: a switch that cancels judging (no further test starts;
/// the caller ends runs in flight itself) and a callback for every decided test.
#[derive(Clone, Copy, Default)]
pub struct Hooks<'a> {
    pub cancel: Option<&'a AtomicBool>,
    pub on_test: Option<&'a (dyn Fn(&TestResult) + Sync)>,
}

/// The shared state of one judgement's workers.
pub struct Control<'a> {
    options: Options,
    hooks: Hooks<'a>,
    /// Tests after this index are not run (`usize::MAX`: all run).
    stop_at: AtomicUsize,
}

impl<'a> Control<'a> {
    pub fn new(options: Options, hooks: Hooks<'a>) -> Self {
        Self {
            options,
            hooks,
            stop_at: AtomicUsize::new(usize::MAX),
        }
    }

    /// Records that test `index` (in test order) was decided as `result`.
    pub fn decided(&self, index: usize, result: &TestResult) {
        if self.options.should_stop(result.verdict) {
            self.stop_at.fetch_min(index, Ordering::SeqCst);
        }
        if let Some(f) = self.hooks.on_test {
            f(result);
        }
    }

    /// Whether test `index` is not to be run: judging stopped at an earlier test, or was
    /// cancelled.
    pub fn skips(&self, index: usize) -> bool {
        self.cancelled() || index > self.stop_at.load(Ordering::SeqCst)
    }

    /// Whether the caller cancelled judging.
    pub fn cancelled(&self) -> bool {
        self.hooks.cancel.is_some_and(|c| c.load(Ordering::SeqCst))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::judge::judgement::Detail;
    use crate::verdict::Verdict;

    fn result(v: Verdict) -> TestResult {
        let mut r = TestResult::pending("t", false, Detail::default());
        r.verdict = v;
        r
    }

    #[test]
    fn stopping_skips_only_later_tests() {
        let fail_fast = Options {
            fail_fast: true,
            ..Options::default()
        };
        let c = Control::new(fail_fast, Hooks::default());
        c.decided(7, &result(Verdict::Accepted));
        assert!(!c.skips(100), "an accepted test stops nothing");
        c.decided(5, &result(Verdict::WrongAnswer));
        assert!(
            c.skips(6) && !c.skips(5) && !c.skips(0),
            "only tests after 5"
        );
        c.decided(9, &result(Verdict::WrongAnswer));
        assert!(c.skips(6), "a later failure does not move the stop back");
        c.decided(2, &result(Verdict::RunTimeError));
        assert!(
            c.skips(3) && !c.skips(2),
            "an earlier failure moves it forward"
        );

        let default = Control::new(Options::default(), Hooks::default());
        default.decided(1, &result(Verdict::WrongAnswer));
        assert!(
            !default.skips(5),
            "without --fail-fast a wrong answer stops nothing"
        );
        default.decided(3, &result(Verdict::TimeLimitExceeded));
        assert!(
            default.skips(4) && !default.skips(3),
            "a time limit exceeded stops"
        );

        let all = Options {
            stop_on_timeout: false,
            ..Options::default()
        };
        let c = Control::new(all, Hooks::default());
        c.decided(0, &result(Verdict::TimeLimitExceeded));
        assert!(!c.skips(1), "--all-tests runs everything");
    }

    #[test]
    fn cancel_skips_everything_and_every_test_is_heard() {
        let cancel = AtomicBool::new(false);
        let heard = AtomicUsize::new(0);
        let on_test = |_: &TestResult| {
            heard.fetch_add(1, Ordering::SeqCst);
        };
        let c = Control::new(
            Options::default(),
            Hooks {
                cancel: Some(&cancel),
                on_test: Some(&on_test),
            },
        );
        c.decided(0, &result(Verdict::Accepted));
        assert!(!c.skips(0));
        cancel.store(true, Ordering::SeqCst);
        assert!(c.skips(0) && c.cancelled());
        assert_eq!(heard.load(Ordering::SeqCst), 1);
    }
}
