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
        }
    }
}

/// Below this much test input (a function's arguments, a stdio exercise's stdin), one
/// interpreter judges every case whatever `jobs` allows: a second one costs its start and
/// imports (10–30 ms of CPU) and gains little wall time on small inputs. On two-sum (3.2 MB,
/// 28 cases) a second worker cost about 25 ms more CPU for no clear wall gain on a loaded
/// 2-core machine.
pub const SPLIT_FROM_BYTES: usize = 4 << 20;

impl Options {
    /// How many interpreters judge `cases` cases holding `input_bytes` of input (or what
    /// their work weighs as input: see `batch.rs`): `jobs` at most, one below
    /// [`SPLIT_FROM_BYTES`].
    pub fn workers(&self, input_bytes: usize, cases: usize) -> usize {
        if input_bytes < SPLIT_FROM_BYTES {
            1
        } else {
            self.jobs.clamp(1, cases.max(1))
        }
    }

    /// Whether judging stops after a test with this verdict.
    pub fn should_stop(&self, v: Verdict) -> bool {
        (self.fail_fast && v != Verdict::Accepted)
            || (self.stop_on_timeout && v == Verdict::TimeLimitExceeded)
    }
}
