//! How to judge: parallelism, when to stop early, and which isolation to use. The commands
//! build these from flags and `Context` (which reads the environment); the judge never looks
//! at the environment itself.

use crate::verdict::Verdict;

/// How to judge.
#[allow(clippy::struct_excessive_bools)] // independent switches, each with its own flag
#[derive(Debug, Clone, Copy)]
pub struct Options {
    /// Parallel runs.
    pub jobs: usize,
    /// Stop at the first test that is not accepted.
    pub fail_fast: bool,
    /// Stop once a test times out: a program that is too slow gets its verdict in about the
    /// time limit, not the time limit for every test.
    pub stop_on_timeout: bool,
    /// Do not use namespaces even where they are available (`GRIND_NO_PID_NAMESPACE=1`).
    pub no_namespace: bool,
    /// Confine solutions (Landlock, seccomp, namespaces, capabilities); on unless
    /// `GRIND_SANDBOX=off`.
    pub sandbox: bool,
    /// Judge stdio cases from a warm interpreter (`batch.rs`); off with `GRIND_NO_BATCH=1`.
    pub batch: bool,
    /// The CPU time the exercise's reference took over all its tests on this machine, where
    /// calibration measured it: what decides whether a second interpreter pays for itself
    /// (see [`Options::workers`]).
    pub expected_work: Option<std::time::Duration>,
}

impl Default for Options {
    fn default() -> Self {
        Self {
            jobs: std::thread::available_parallelism().map_or(2, std::num::NonZero::get),
            fail_fast: false,
            stop_on_timeout: true,
            no_namespace: false,
            sandbox: true,
            batch: true,
            expected_work: None,
        }
    }
}

/// Below this much expected work (the reference's CPU time over all tests, from
/// calibration), one interpreter judges every case whatever `jobs` allows. A second one costs
/// about 20 ms of CPU (an interpreter start, a keeper, a runner's imports): 5% of 0.4 s. Below
/// that the parallel run saves under 0.2 s of wall time and costs a larger share of CPU.
pub const SPLIT_FROM_WORK: std::time::Duration = std::time::Duration::from_millis(400);

/// Where the work is not known (no calibration, or before it), the test input stands for it
/// (a function's arguments, a stdio exercise's stdin): below this much, one interpreter. On
/// two-sum (3.2 MB, 28 cases) a second worker cost about 25 ms more CPU for no clear wall
/// gain on a loaded 2-core machine.
pub const SPLIT_FROM_BYTES: usize = 4 << 20;

impl Options {
    /// How many interpreters judge `cases` cases: `jobs` at most, and one unless the expected
    /// work reaches [`SPLIT_FROM_WORK`] or, where it is unknown, their input (or what their
    /// work weighs as input: see `batch.rs`) reaches [`SPLIT_FROM_BYTES`].
    pub fn workers(&self, input_bytes: usize, cases: usize) -> usize {
        let split = match self.expected_work {
            Some(work) => work >= SPLIT_FROM_WORK,
            None => input_bytes >= SPLIT_FROM_BYTES,
        };
        if split {
            self.jobs.clamp(1, cases.max(1))
        } else {
            1
        }
    }

    /// Whether judging stops after a test with this verdict.
    pub fn should_stop(&self, v: Verdict) -> bool {
        (self.fail_fast && v != Verdict::Accepted)
            || (self.stop_on_timeout && v == Verdict::TimeLimitExceeded)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    fn jobs(jobs: usize, expected_work: Option<Duration>) -> Options {
        Options {
            jobs,
            expected_work,
            ..Options::default()
        }
    }

    #[test]
    fn known_work_decides_and_input_size_stands_in_for_it_otherwise() {
        let big = SPLIT_FROM_BYTES;
        let small = SPLIT_FROM_BYTES - 1;
        // Unknown work: by input size.
        assert_eq!(jobs(2, None).workers(small, 16), 1);
        assert_eq!(jobs(2, None).workers(big, 16), 2);
        // Known work: by work, whatever the input size.
        let light = SPLIT_FROM_WORK.checked_sub(Duration::from_millis(1));
        let heavy = Some(SPLIT_FROM_WORK);
        assert_eq!(jobs(2, light).workers(big, 16), 1);
        assert_eq!(jobs(2, heavy).workers(small, 16), 2);
        // Never more than `jobs`, nor than the cases, nor fewer than one.
        assert_eq!(jobs(8, heavy).workers(small, 3), 3);
        assert_eq!(jobs(1, heavy).workers(big, 16), 1);
        assert_eq!(jobs(2, heavy).workers(big, 0), 1);
    }
}
