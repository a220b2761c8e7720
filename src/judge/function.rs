//! Judging `function` exercises through the Python harness (`src/python/harness.py`).
//!
//! All cases of a worker run in one interpreter: the harness reads the arguments of every
//! case from stdin, calls the solution once per case, and writes a `start` record before and a
//! `result` record after each call on fd 3. Each record pushes the wall deadline forward, so
//! the deadline is per case. When a case is killed (timeout, crash, memory), the remaining
//! cases continue in a fresh interpreter. Expected values never leave this process.

use std::ops::Range;

use serde_json::json;

use super::decide::{self, Decision, Stage};
use super::judgement::{Detail, TestResult, chain, clip};
use super::launcher::{Launcher, run_dir};
use crate::catalog::{FunctionSpec, ValueCase};
use crate::limits::Limits;
use crate::pool;
use crate::python::Script;
use crate::python::records::{CallResult, HarnessRecord, harness_records};
use crate::sandbox::Outcome;

/// Judges every case; `None` marks cases skipped after an early stop.
pub fn judge(
    launcher: &Launcher<'_>,
    spec: &FunctionSpec,
    cases: &[ValueCase],
    source: &[u8],
    limits: Limits,
) -> Vec<Option<TestResult>> {
    let jobs = launcher.options.jobs.clamp(1, cases.len().max(1));
    // Contiguous chunks: one interpreter runs consecutive cases.
    let chunk = cases.len().div_ceil(jobs).max(1);
    let mut results: Vec<Option<TestResult>> = vec![None; cases.len()];
    std::thread::scope(|s| {
        let handles: Vec<_> = (0..cases.len())
            .step_by(chunk)
            .map(|start| {
                let end = (start + chunk).min(cases.len());
                pool::spawn_scoped(s, "grind-harness", move || {
                    run_range(launcher, spec, cases, start..end, source, limits)
                })
            })
            .collect();
        for h in handles {
            for (i, r) in h.join().expect("judge thread panicked") {
                results[i] = Some(r);
            }
        }
    });
    results
}

/// What the harness said about one interpreter's run.
#[derive(Default)]
struct Transcript {
    loading: bool,
    loaded: bool,
    load_error: Option<String>,
    in_flight: Option<usize>,
    results: Vec<CallResult>,
}

impl Transcript {
    fn read(channel: &[u8]) -> Self {
        let mut t = Self::default();
        for rec in harness_records(channel) {
            match rec {
                HarnessRecord::Loading => t.loading = true,
                HarnessRecord::Loaded => t.loaded = true,
                HarnessRecord::LoadError(e) => t.load_error = Some(e.text()),
                HarnessRecord::Start(index) => t.in_flight = index,
                HarnessRecord::Result(r) => {
                    t.in_flight = None;
                    t.results.push(r);
                }
            }
        }
        t
    }

    /// Where the harness was, when its interpreter ended with no call in flight.
    fn stage(&self) -> Stage<'_> {
        match &self.load_error {
            Some(text) => Stage::LoadFailed(text),
            None if self.loading && !self.loaded => Stage::Loading,
            None => Stage::Between,
        }
    }
}

fn pending(case: &ValueCase) -> TestResult {
    TestResult::pending(
        &case.name,
        case.sample,
        Detail {
            input: clip(case.args.to_string().as_bytes()),
            expected: clip(case.expected.to_string().as_bytes()),
            ..Detail::default()
        },
    )
}

fn run_range(
    launcher: &Launcher<'_>,
    spec: &FunctionSpec,
    cases: &[ValueCase],
    range: Range<usize>,
    source: &[u8],
    limits: Limits,
) -> Vec<(usize, TestResult)> {
    let mut done: Vec<(usize, TestResult)> = Vec::new();
    let mut start = range.start;
    while start < range.end {
        let out = match run_harness(
            launcher,
            spec,
            &cases[start..range.end],
            start,
            source,
            limits,
        ) {
            Ok(o) => o,
            Err(e) => {
                for (i, case) in cases.iter().enumerate().take(range.end).skip(start) {
                    let mut r = pending(case);
                    r.message = Some(format!("could not run the harness: {e}"));
                    done.push((i, r));
                }
                break;
            }
        };
        let t = Transcript::read(&out.channel);
        let mut stop = false;
        let mut next = start;
        // A record outside this interpreter's cases can only be forged by the solution.
        let mine = start..range.end;
        for rec in t.results.iter().filter(|r| mine.contains(&r.index)) {
            let r = call_result(&cases[rec.index], rec, spec, &limits);
            stop |= launcher.options.should_stop(r.verdict);
            done.push((rec.index, r));
            next = rec.index + 1;
        }
        if next >= range.end || stop {
            break;
        }
        // The interpreter ended before every case reported: find out why.
        let Some(failed_at) = t.in_flight.filter(|i| mine.contains(i)) else {
            let d = decide::died_between_calls(t.stage(), &out, &limits);
            fill(&mut done, cases, next..range.end, &d);
            break;
        };
        let mut r = pending(&cases[failed_at]).decided(decide::died_in_call(&out, &limits));
        r.wall = limits.wall;
        r.time = decide::charged_cpu(r.verdict, &limits);
        r.peak_memory = out.peak_memory;
        r.detail.log = clip(&out.stderr);
        let stop = launcher.options.should_stop(r.verdict);
        done.push((failed_at, r));
        if stop {
            break;
        }
        start = failed_at + 1;
    }
    done
}

fn fill(
    done: &mut Vec<(usize, TestResult)>,
    cases: &[ValueCase],
    range: Range<usize>,
    d: &Decision,
) {
    for i in range {
        done.push((i, pending(&cases[i]).decided(d.clone())));
    }
}

fn run_harness(
    launcher: &Launcher<'_>,
    spec: &FunctionSpec,
    cases: &[ValueCase],
    start: usize,
    source: &[u8],
    limits: Limits,
) -> Result<Outcome, String> {
    let job = json!({
        "entry": spec.entry,
        "design": spec.design,
        "params": spec.params.iter().map(|p| p.as_str()).collect::<Vec<_>>(),
        "returns": spec.returns.as_str(),
        "start": start,
        "count": cases.len(),
    });
    let mut stdin = serde_json::to_vec(&job).map_err(|e| e.to_string())?;
    for c in cases {
        stdin.push(b'\n');
        serde_json::to_writer(&mut stdin, &c.args).map_err(|e| e.to_string())?;
    }
    let dir = run_dir(Script::Harness, source).map_err(|e| chain(&e))?;
    // The CPU rlimit covers the whole batch; the per-case limit is checked from the harness'
    // own measurements and the per-case wall window.
    let n = u32::try_from(cases.len())
        .unwrap_or(u32::MAX)
        .saturating_add(1);
    let batch = Limits {
        cpu: limits.cpu.saturating_mul(n),
        ..limits
    };
    launcher
        .run(&dir, Script::Harness, &stdin, batch, Some(limits.wall))
        .map_err(|e| chain(&e))
}

fn call_result(
    case: &ValueCase,
    rec: &CallResult,
    spec: &FunctionSpec,
    limits: &Limits,
) -> TestResult {
    let mut r = pending(case);
    let usage = rec.usage();
    r.time = usage.cpu;
    r.wall = usage.wall;
    r.peak_memory = usage.peak_memory;
    r.detail.log.clone_from(&rec.stdout);
    let d = decide::call(rec, &case.expected, &spec.checker, limits);
    if rec.ok && r.time <= limits.cpu {
        r.detail.actual = clip(rec.value.to_string().as_bytes());
    }
    r.decided(d)
}
