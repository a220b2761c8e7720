//! Judging `module` exercises from a warm interpreter (`src/python/module_fork.py`): one
//! sandboxed runner per worker compiles the test files once and forks a fresh child per test,
//! which saves every test an interpreter start, the test file's parsing and compiling, and
//! the runner's imports.
//!
//! Each test still gets its own process, CPU limit and fresh working directory with fresh
//! copies of the user's module, the test file and `grind_testing.py`; it imports the solution
//! anew, and every process it started is killed before the next test begins. Its stdout,
//! stderr and report are anonymous files the runner reads back through its own descriptors;
//! the report holds the frames a one-test run would have sent on its channel, and the same
//! observer ([`OneTest`]) reads them here, so the child can say how its own test ended and
//! nothing else. The runner waits for the judge's go-ahead before each test; the judge
//! ([`Fork`], the channel's observer) reads the run's CPU time from its cgroup at the go-ahead
//! and at the test's result, so the test is charged for everything it ran, and the tree is
//! killed the moment a test passes its budget. Exactly one result per test, in order, is
//! accepted; the runner is non-dumpable, so no test can reach its channel.
//!
//! A test that hangs or runs over is killed with the whole runner and the rest continue in a
//! fresh one; if the runner dies for any other reason (the solution killed its parent), that
//! test is judged again on its own, the classic way (`module.rs`), so the verdict is never the
//! runner's fault. Where runs get no cgroup of their own, with `GRIND_NO_BATCH=1`, or where the
//! runner cannot make itself non-dumpable, every test runs the classic way.

use std::time::Duration;

use serde_json::json;

use super::judgement::{Detail, Judged, Ran, TestResult, chain};
use super::launcher::{Launcher, Warm};
use super::mark::{Mark, budget};
use super::module::{self, OneTest, test_file};
use super::options::SPLIT_FROM_BYTES;
use crate::catalog::{ModuleSpec, ModuleTests};
use crate::limits::Limits;
use crate::pool;
use crate::python::records::{ForkRecord, ForkedTest, fork_record};
use crate::python::{Script, TESTING};
use crate::sandbox::{ChannelFault, Exit, Kill, Observer, Outcome, Reply, RunDir};

/// How much of a test's stderr comes back (its start; the rest is dropped).
const STDERR_KEEP: usize = 64 * 1024;
/// How much of a test's report comes back: room for its frames (at most [`module::MAX_FRAME`]
/// each, and only a few are ever accepted) and more.
const REPORT_KEEP: usize = 2 * module::MAX_FRAME + 1024;
/// A frame header is at most this long: up to 20 digits and the newline (as on the channel).
const FRAME_HEADER_MAX: usize = 21;

/// Judges every test; `None` marks tests skipped after an early stop. The runner compiles the
/// solution first and reports a syntax error (then no test runs). Needs runs with a cgroup of
/// their own ([`Launcher::warm`]).
pub fn judge(
    launcher: &Launcher<'_>,
    spec: &ModuleSpec,
    tests: &ModuleTests,
    source: &[u8],
    limits: Limits,
) -> Judged {
    let n = tests.tests.len();
    // A test costs a fork, a fresh import of the solution and the test file's own imports,
    // a few milliseconds, so for the worker count it weighs as a stdio case does (`batch.rs`).
    let weight = SPLIT_FROM_BYTES / 24;
    let jobs = launcher.options.workers(n.saturating_mul(weight), n);
    let mut judged = Judged::new(n);
    std::thread::scope(|s| {
        let handles: Vec<_> = (0..jobs)
            .map(|w| {
                let mine: Vec<usize> = (w..n).step_by(jobs).collect();
                pool::spawn_scoped(s, "grind-modfork", move || {
                    run_worker(launcher, spec, tests, source, &mine, limits)
                })
            })
            .collect();
        for h in handles {
            judged.add(h.join().expect("module fork worker panicked"));
        }
    });
    judged
}

/// The observer of one runner: the tests it runs (indices into the exercise's tests), the one
/// whose result comes next, and the marks that test is measured from.
struct Fork<'a> {
    tests: &'a ModuleTests,
    todo: &'a [usize],
    limits: Limits,
    launcher: &'a Launcher<'a>,
    ready: bool,
    compile_error: Option<String>,
    /// Position in `todo` of the test whose result comes next.
    next: usize,
    unprotected: bool,
    mark: Mark,
    done: Vec<(usize, TestResult)>,
    stopped: bool,
}

impl Fork<'_> {
    fn go(&mut self, cpu: Option<Duration>) -> Reply {
        self.mark.go(cpu, &self.limits)
    }
}

impl Observer for Fork<'_> {
    fn frame(&mut self, payload: &[u8], cpu: Option<Duration>) -> Reply {
        match fork_record(payload) {
            Ok(ForkRecord::Ready) if !self.ready => {
                self.ready = true;
                self.go(cpu)
            }
            Ok(ForkRecord::CompileError(message)) if !self.ready => {
                self.compile_error = Some(message);
                Reply::Stop
            }
            Ok(ForkRecord::Unprotected(_)) if !self.ready => {
                self.unprotected = true;
                Reply::Stop
            }
            Ok(ForkRecord::Result(t)) if self.ready && self.next < self.todo.len() => {
                // Indices in the runner's job count from 0 over `todo`.
                if t.index != self.next {
                    return Reply::Refuse;
                }
                let i = self.todo[self.next];
                let used = self.mark.used(cpu).unwrap_or_default();
                let r = judge_forked(
                    pending(self.tests, i),
                    &t,
                    used,
                    self.mark.wall.elapsed(),
                    &self.limits,
                );
                self.launcher.decided(i, &r);
                self.done.push((i, r));
                self.next += 1;
                let stop = self
                    .todo
                    .get(self.next)
                    .is_some_and(|&j| self.launcher.skips(j));
                if stop || self.next >= self.todo.len() {
                    self.stopped = stop;
                    return Reply::Stop;
                }
                self.go(cpu)
            }
            _ => Reply::Refuse,
        }
    }
}

fn pending(tests: &ModuleTests, i: usize) -> TestResult {
    let test = &tests.tests[i];
    TestResult::pending(&test.name, test.sample, Detail::default())
}

/// Decides one test from what its child left: its wait status and peak memory, its CPU and
/// wall time measured outside, its output, and its report read as a one-test run's channel.
fn judge_forked(
    result: TestResult,
    t: &ForkedTest,
    cpu: Duration,
    wall: Duration,
    limits: &Limits,
) -> TestResult {
    let mut observer = OneTest::new(*limits);
    let fault = replay(&t.report, &mut observer);
    let exit = match t.signal {
        Some(s) => Exit::Signal(s),
        None => Exit::Code(t.code.unwrap_or(0)),
    };
    let killed = if t.stdout_size > limits.output {
        Some(Kill::OutputLimit)
    } else {
        match fault {
            Some(ChannelFault::Oversized) => Some(Kill::OutputLimit),
            Some(_) => Some(Kill::Protocol),
            None => None,
        }
    };
    // A one-test run whose channel breaks is stopped there, before the test goes on to print
    // anything; the child ran on, so what it printed is not shown either.
    let shown = |bytes: &Vec<u8>| {
        if fault.is_some() {
            Vec::new()
        } else {
            bytes.clone()
        }
    };
    let out = Outcome {
        exit,
        killed,
        wall,
        cpu,
        peak_memory: t.peak_memory,
        stdout: shown(&t.stdout),
        stderr: shown(&t.stderr),
        channel_fault: fault,
        tree_cpu: None,
        disk_used: t.disk_full.then_some(limits.disk),
        layers: crate::sandbox::Layers::default(),
    };
    module::finish(result, &out, &observer, limits)
}

/// Hands the frames of a test's report to `observer` as the channel of a one-test run would
/// have, up to the record that ends the test; what breaks the framing is the fault the
/// channel would have had. A frame cut short (the test ended while writing it) is not there.
fn replay(report: &[u8], observer: &mut OneTest) -> Option<ChannelFault> {
    let mut rest = report;
    while !observer.done() {
        let Some(nl) = rest.iter().take(FRAME_HEADER_MAX).position(|&b| b == b'\n') else {
            return (rest.len() >= FRAME_HEADER_MAX).then_some(ChannelFault::Malformed);
        };
        let digits = &rest[..nl];
        let len = (!digits.is_empty() && digits.iter().all(u8::is_ascii_digit))
            .then(|| std::str::from_utf8(digits).ok()?.parse::<usize>().ok())
            .flatten();
        let Some(len) = len else {
            return Some(ChannelFault::Malformed);
        };
        if len > module::MAX_FRAME {
            return Some(ChannelFault::Oversized);
        }
        // A frame cut short: the test ended while writing it.
        let payload = rest.get(nl + 1..nl + 1 + len)?;
        if observer.frame(payload, None) == Reply::Refuse {
            return Some(ChannelFault::Refused);
        }
        rest = &rest[nl + 1 + len..];
    }
    None
}

fn run_worker(
    launcher: &Launcher<'_>,
    spec: &ModuleSpec,
    tests: &ModuleTests,
    source: &[u8],
    mine: &[usize],
    limits: Limits,
) -> Ran {
    let mut done = Vec::new();
    let mut layers = None;
    // `pos`: index into `mine` of the first test the next runner runs.
    let mut pos = 0;
    while pos < mine.len() && !launcher.skips(mine[pos]) {
        let todo = &mine[pos..];
        let mut fork = Fork {
            tests,
            todo,
            limits,
            launcher,
            ready: false,
            compile_error: None,
            next: 0,
            unprotected: false,
            mark: Mark::new(),
            done: Vec::new(),
            stopped: false,
        };
        let outcome = run_fork(launcher, spec, tests, source, &mut fork, limits);
        let Fork {
            next,
            compile_error,
            unprotected,
            mark,
            done: mut reported,
            stopped,
            ..
        } = fork;
        done.append(&mut reported);
        let outcome = match outcome {
            Ok(o) => o,
            Err(e) => {
                for &i in &todo[next..] {
                    let mut r = pending(tests, i);
                    r.message = Some(format!("could not run the tests: {e}"));
                    done.push((i, r));
                }
                return Ran::judged(done, layers);
            }
        };
        if layers.is_none() {
            layers = Some(outcome.layers.clone());
        }
        if let Some(message) = compile_error {
            return Ran::compile_error(message, layers);
        }
        if unprotected {
            // The runner could not protect itself: every remaining test, the classic way.
            for &i in todo {
                if launcher.skips(i) {
                    break;
                }
                let r = module::run_test(launcher, spec, tests, &tests.tests[i], source, limits);
                launcher.decided(i, &r);
                done.push((i, r));
            }
            return Ran::judged(done, layers);
        }
        if stopped || next >= todo.len() {
            break;
        }
        // The runner ended before test `next` reported: it ran over its CPU budget or its wall
        // deadline (judged here, with the CPU it used), or something else ended the runner (the
        // solution killed its parent, broke the channel): then the test runs again on its own,
        // the classic way, so the verdict is never the runner's fault.
        let i = todo[next];
        let r = match outcome.killed {
            Some(Kill::CpuTime | Kill::WallTime) if mark.cpu.is_some() => {
                let mut out = outcome.clone();
                out.cpu = outcome
                    .tree_cpu
                    .unwrap_or_default()
                    .saturating_sub(mark.cpu.unwrap_or_default());
                out.wall = mark.wall.elapsed().min(outcome.wall);
                out.stdout = Vec::new();
                out.stderr = Vec::new();
                out.channel_fault = None;
                module::finish(pending(tests, i), &out, &OneTest::new(limits), &limits)
            }
            _ => module::run_test(launcher, spec, tests, &tests.tests[i], source, limits),
        };
        launcher.decided(i, &r);
        done.push((i, r));
        pos += next + 1;
    }
    Ran::judged(done, layers)
}

fn run_fork(
    launcher: &Launcher<'_>,
    spec: &ModuleSpec,
    tests: &ModuleTests,
    source: &[u8],
    fork: &mut Fork<'_>,
    limits: Limits,
) -> Result<Outcome, String> {
    let todo = fork.todo;
    let module_file = format!("{}.py", spec.name);
    let mut samples: Vec<bool> = todo.iter().map(|&i| tests.tests[i].sample).collect();
    samples.sort_unstable();
    samples.dedup();
    let out_cap = usize::try_from(limits.output)
        .unwrap_or(usize::MAX)
        .saturating_add(1);
    let job = json!({
        "module": module_file,
        "files": samples.iter().map(|&s| test_file(s)).collect::<Vec<_>>(),
        "tests": todo
            .iter()
            .map(|&i| json!([test_file(tests.tests[i].sample), tests.tests[i].function]))
            .collect::<Vec<_>>(),
        "cpu_secs": limits.cpu.as_secs() + 1,
        "out_cap": out_cap,
        "err_cap": STDERR_KEEP,
        "rep_cap": REPORT_KEEP,
    })
    .to_string();
    let mut files = launcher.python.script_files(Script::ModuleFork);
    files.extend([(TESTING.0, TESTING.1.as_bytes()), (&module_file, source)]);
    for &s in &samples {
        let text = if s {
            &tests.sample_source
        } else {
            &tests.hidden_source
        };
        files.push((test_file(s), text.as_bytes()));
    }
    let dir = RunDir::new(&files).map_err(|e| chain(&e))?;
    let n = u32::try_from(todo.len())
        .unwrap_or(u32::MAX)
        .saturating_add(1);
    let run = Limits {
        // A backstop for the whole runner; each test's budget is enforced from outside.
        cpu: budget(&limits).saturating_mul(n),
        ..limits
    };
    launcher
        .run_warm(
            &dir,
            Script::ModuleFork,
            job.as_bytes(),
            run,
            &mut Warm {
                observer: fork,
                cgroup: true,
                max_frame: out_cap + STDERR_KEEP + REPORT_KEEP + 64 * 1024,
                load_budget: Duration::from_secs(10),
            },
        )
        .map_err(|e| chain(&e))
}

#[cfg(test)]
mod tests;
