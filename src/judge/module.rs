//! Judging `module` exercises through the module runner (`src/python/module_runner.py`), one
//! interpreter per test: the path where tests cannot be measured from a warm interpreter (no
//! cgroup per run, `GRIND_NO_BATCH=1`), and the fallback for a test whose warm runner died.
//! Elsewhere the tests run from one warm interpreter per worker, a fork per test
//! (`module_fork.rs`), and their reports are read by the same observer as here.
//!
//! Every test runs in an interpreter of its own, in a fresh run directory holding the runner,
//! the user's module, the test file and `grind_testing.py`; tests run in parallel (`-j`) and
//! are reported in test order. The judge ([`OneTest`], the channel's observer) accepts exactly
//! the frames the runner sends: optionally `loading`, then `start`, then one `result` (or,
//! before `start`, a `result` of a failed import, or `missing`); anything else stops the run
//! and fails the test. The test is charged the CPU time of its whole run, measured from
//! outside (the run's cgroup, else the keeper's accounting of the tree), and its verdict comes
//! from that and the record through `decide::module_test`. A run that reports no result is
//! never accepted.
//!
//! The tests share the interpreter with the user's code: a solution that patches them can
//! only cheat its own author (see docs/SANDBOX.md). Which tests exist comes from the catalog's
//! static scan, never from the run.

use std::time::{Duration, Instant};

use serde_json::json;

use super::decide::{self, ModuleEnd, Reported};
use super::judgement::{Detail, TestResult, chain, clip};
use super::launcher::{Launcher, Warm};
use super::mark::budget;
use crate::catalog::{ModuleSpec, ModuleTest, ModuleTests};
use crate::limits::Limits;
use crate::pool;
use crate::python::records::{ModuleRecord, TestOutcome, module_record};
use crate::python::{Python, Script, TESTING};
use crate::sandbox::{Observer, Outcome, Reply, RunDir};

/// The longest frame the runner sends: its messages and traceback are clipped well below.
pub(super) const MAX_FRAME: usize = 64 * 1024;

/// Judges every test; `None` marks tests skipped after an early stop.
pub fn judge(
    launcher: &Launcher<'_>,
    spec: &ModuleSpec,
    tests: &ModuleTests,
    source: &[u8],
    limits: Limits,
) -> Vec<Option<TestResult>> {
    let mut results = Vec::with_capacity(tests.tests.len());
    pool::in_order(
        tests.tests.iter().enumerate().collect(),
        launcher.options.jobs,
        |(i, test)| {
            if launcher.skips(i) {
                return None;
            }
            let r = run_test(launcher, spec, tests, test, source, limits);
            launcher.decided(i, &r);
            Some(r)
        },
        |r| results.push(r),
    );
    results
}

/// The name of a test file in the run directory.
pub(super) fn test_file(sample: bool) -> &'static str {
    if sample {
        "tests_sample.py"
    } else {
        "tests_hidden.py"
    }
}

/// A run directory with the runner, the user's module, the test file and `grind_testing`.
fn module_dir(
    python: &Python,
    spec: &ModuleSpec,
    source: &[u8],
    tests_file: &str,
    tests_source: &str,
) -> Result<RunDir, String> {
    let module = format!("{}.py", spec.name);
    let mut files = python.script_files(Script::ModuleRunner);
    files.extend([
        (TESTING.0, TESTING.1.as_bytes()),
        (tests_file, tests_source.as_bytes()),
        (&module, source),
    ]);
    RunDir::new(&files).map_err(|e| chain(&e))
}

/// Where the runner is in its protocol.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Phase {
    Fresh,
    Loading,
    Running,
    Done,
}

/// The observer of one test's run (or, in `module_fork.rs`, the reader of one test's report).
pub(super) struct OneTest {
    phase: Phase,
    /// The record that ended the run.
    ended: Option<ModuleEnd>,
    refused: Option<String>,
    started: Instant,
    limits: Limits,
}

impl OneTest {
    pub(super) fn new(limits: Limits) -> Self {
        OneTest {
            phase: Phase::Fresh,
            ended: None,
            refused: None,
            started: Instant::now(),
            limits,
        }
    }

    /// Whether the record that ends the test was accepted.
    pub(super) fn done(&self) -> bool {
        self.phase == Phase::Done
    }

    /// How the test ended on its channel.
    pub(super) fn reported(&self) -> Reported<'_, ModuleEnd> {
        match (&self.ended, &self.refused) {
            (Some(e), _) => Reported::Record(e),
            (None, Some(why)) => Reported::Refused(Some(why.as_str())),
            (None, None) => Reported::Nothing,
        }
    }

    fn go_on(&self) -> Reply {
        Reply::Continue {
            ack: true,
            wall: self.limits.wall.saturating_sub(self.started.elapsed()),
            cpu_until: Some(budget(&self.limits)),
        }
    }

    fn end(&mut self, end: ModuleEnd) -> Reply {
        self.ended = Some(end);
        self.phase = Phase::Done;
        Reply::Stop
    }

    fn refuse(&mut self, why: String) -> Reply {
        self.refused = Some(why);
        Reply::Refuse
    }
}

impl Observer for OneTest {
    fn frame(&mut self, payload: &[u8], _cpu: Option<Duration>) -> Reply {
        let rec = match module_record(payload) {
            Ok(r) => r,
            Err(e) => return self.refuse(e.to_string()),
        };
        match (self.phase, rec) {
            (Phase::Fresh, ModuleRecord::Loading) => {
                self.phase = Phase::Loading;
                self.go_on()
            }
            (Phase::Fresh | Phase::Loading, ModuleRecord::Start) => {
                self.phase = Phase::Running;
                self.go_on()
            }
            (Phase::Fresh | Phase::Loading, ModuleRecord::Missing) => self.end(ModuleEnd::Missing),
            (
                Phase::Fresh | Phase::Loading,
                ModuleRecord::Result(o @ TestOutcome::Error { import: true, .. }),
            ) => self.end(ModuleEnd::Outcome(o)),
            (Phase::Running, ModuleRecord::Result(o))
                if !matches!(o, TestOutcome::Error { import: true, .. }) =>
            {
                self.end(ModuleEnd::Outcome(o))
            }
            (_, other) => self.refuse(format!("an unexpected `{}` record", kind(&other))),
        }
    }
}

fn kind(rec: &ModuleRecord) -> &'static str {
    match rec {
        ModuleRecord::Tests(_) => "tests",
        ModuleRecord::Loading => "loading",
        ModuleRecord::Start => "start",
        ModuleRecord::Missing => "missing",
        ModuleRecord::Result(_) => "result",
    }
}

/// Judges one test in an interpreter of its own.
pub(super) fn run_test(
    launcher: &Launcher<'_>,
    spec: &ModuleSpec,
    tests: &ModuleTests,
    test: &ModuleTest,
    source: &[u8],
    limits: Limits,
) -> TestResult {
    let mut result = TestResult::pending(&test.name, test.sample, Detail::default());
    let file = test_file(test.sample);
    let job = json!({"tests": file, "test": test.function}).to_string();
    let mut observer = OneTest::new(limits);
    let out =
        module_dir(launcher.python, spec, source, file, tests.source_of(test)).and_then(|dir| {
            run(launcher, &dir, job.as_bytes(), limits, &mut observer).map_err(|e| chain(&e))
        });
    let out = match out {
        Ok(o) => o,
        Err(e) => {
            result.message = Some(format!("could not run the test: {e}"));
            return result;
        }
    };
    let mut measured = out.clone();
    measured.cpu = out.tree_cpu.unwrap_or(out.cpu);
    finish(result, &measured, &observer, &limits)
}

/// Decides a test from how its process ended (`out.cpu`: its CPU time, measured outside)
/// and what its channel reported; what it printed becomes its log.
pub(super) fn finish(
    mut result: TestResult,
    out: &Outcome,
    observer: &OneTest,
    limits: &Limits,
) -> TestResult {
    result.time = out.cpu;
    result.wall = out.wall;
    result.peak_memory = out.peak_memory;
    let mut log = clip(&out.stdout);
    if !out.stderr.is_empty() {
        if !log.is_empty() && !log.ends_with('\n') {
            log.push('\n');
        }
        log.push_str(&clip(&out.stderr));
    }
    result.detail.log = log;
    result.decided(decide::module_test(out, &observer.reported(), limits))
}

/// Runs the module runner once with `observer` on its channel, under the test's limits (the
/// kernel's CPU limit is a backstop a little above the budget enforced from outside).
fn run(
    launcher: &Launcher<'_>,
    dir: &RunDir,
    job: &[u8],
    limits: Limits,
    observer: &mut dyn Observer,
) -> std::io::Result<Outcome> {
    let run_limits = Limits {
        cpu: budget(&limits),
        ..limits
    };
    launcher.run_warm(
        dir,
        Script::ModuleRunner,
        job,
        run_limits,
        &mut Warm {
            observer,
            cgroup: Launcher::warm(),
            max_frame: MAX_FRAME,
            load_budget: budget(&limits),
        },
    )
}

/// The observer of a `collect` job: exactly one `tests` record.
#[derive(Default)]
struct Collect {
    names: Option<Vec<String>>,
    refused: Option<String>,
}

impl Observer for Collect {
    fn frame(&mut self, payload: &[u8], _cpu: Option<Duration>) -> Reply {
        match module_record(payload) {
            Ok(ModuleRecord::Tests(names)) if self.names.is_none() => {
                self.names = Some(names);
                Reply::Stop
            }
            Ok(other) => {
                self.refused = Some(format!("an unexpected `{}` record", kind(&other)));
                Reply::Refuse
            }
            Err(e) => {
                self.refused = Some(e.to_string());
                Reply::Refuse
            }
        }
    }
}

/// The tests the runner finds in a test file (its `collect` job: the file is parsed, never
/// run), for `grind verify` to compare with the static scan.
pub fn collect(launcher: &Launcher<'_>, tests_source: &str) -> Result<Vec<String>, String> {
    let file = test_file(true);
    let mut files = launcher.python.script_files(Script::ModuleRunner);
    files.push((file, tests_source.as_bytes()));
    let dir = RunDir::new(&files).map_err(|e| chain(&e))?;
    let job = json!({"tests": file, "collect": true}).to_string();
    let mut observer = Collect::default();
    let limits = Limits::default().with_cpu(Duration::from_secs(10));
    let out = run(launcher, &dir, job.as_bytes(), limits, &mut observer).map_err(|e| chain(&e))?;
    observer.names.ok_or_else(|| {
        let why = observer.refused.unwrap_or_else(|| {
            String::from_utf8_lossy(&out.stderr)
                .lines()
                .last()
                .unwrap_or("no record")
                .to_string()
        });
        format!("the runner could not list the tests: {why}")
    })
}
