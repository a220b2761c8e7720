//! Judging `function` exercises through the Python harness (`src/python/harness.py`).
//!
//! Where the run gets a cgroup of its own, all cases of a worker run in one interpreter: the
//! harness reads the arguments of every case from stdin, loads the solution, says `ready`,
//! and then calls the solution once per case, each time only after the judge's go-ahead, and
//! reports each call's result. The judge ([`Calls`], the channel's observer) accepts exactly
//! one result per case, in order, with the expected index; reads the run's CPU time from the
//! cgroup when the go-ahead is given and when the result arrives, so a case is charged for
//! everything the run did in between (threads, children, daemons included); kills the tree
//! the moment a case passes its CPU budget; and moves the wall deadline only on an accepted
//! result. Anything else on the channel stops the run and fails the case in flight. When a
//! case is killed (time, crash, memory, protocol), the remaining cases continue in a fresh
//! interpreter. Expected values never leave this process.
//!
//! Without a run cgroup nothing outside could measure a single call, so every case gets an
//! interpreter of its own and is charged that whole run's CPU time (the keeper reaps the whole
//! tree).

use std::ops::Range;
use std::time::Duration;

use serde_json::json;

use super::decide::{self, Decision, Stage};
use super::judgement::{Detail, Judged, Ran, TestResult, chain, clip, clip_json};
use super::launcher::{Input, Launcher, Warm, run_dir};
use super::mark::{Mark, budget};
use super::options::Options;
use crate::catalog::{FunctionSpec, ValueCase};
use crate::limits::Limits;
use crate::pool;
use crate::python::Script;
use crate::python::records::{CallResult, HarnessRecord, harness_record};
use crate::sandbox::{ChannelFault, Observer, Outcome, Reply};
use crate::verdict::Verdict;

/// Judges every case.
pub fn judge(
    launcher: &Launcher<'_>,
    spec: &FunctionSpec,
    cases: &[ValueCase],
    source: &[u8],
    limits: Limits,
) -> Judged {
    let warm = Launcher::warm();
    let ranges = worker_ranges(cases, &launcher.options);
    let mut judged = Judged::new(cases.len());
    std::thread::scope(|s| {
        let handles: Vec<_> = ranges
            .into_iter()
            .map(|range| {
                pool::spawn_scoped(s, "grind-harness", move || {
                    run_range(launcher, warm, spec, cases, range, source, limits)
                })
            })
            .collect();
        for h in handles {
            judged.add(h.join().expect("judge thread panicked"));
        }
    });
    judged
}

/// Contiguous ranges of cases, one per interpreter (as many as [`Options::workers`] says),
/// cut where each holds about the same share of the argument bytes (large cases tend to come
/// last, so equal counts would leave one worker with all the work).
fn worker_ranges(cases: &[ValueCase], options: &Options) -> Vec<Range<usize>> {
    let sizes: Vec<usize> = cases.iter().map(|c| c.args.len()).collect();
    let total: usize = sizes.iter().sum();
    let jobs = options.workers(total, cases.len());
    let mut ranges = Vec::with_capacity(jobs);
    let (mut start, mut sum) = (0, 0);
    for (i, size) in sizes.iter().enumerate() {
        sum += size;
        // Cut after case `i` once this range holds its share, keeping a case for each
        // range still to come.
        let share = total * (ranges.len() + 1) / jobs;
        if ranges.len() + 1 < jobs
            && sum >= share
            && cases.len() - (i + 1) >= jobs - ranges.len() - 1
        {
            ranges.push(start..i + 1);
            start = i + 1;
        }
    }
    if start < cases.len() || ranges.is_empty() {
        ranges.push(start..cases.len());
    }
    ranges
}

fn pending(case: &ValueCase) -> TestResult {
    TestResult::pending(
        &case.name,
        case.sample,
        Detail {
            input: clip(case.args.as_bytes()),
            expected: clip(case.expected.as_bytes()),
            ..Detail::default()
        },
    )
}

/// Where the harness is in its protocol.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Phase {
    /// Loading the solution: `ready` or `load_error` comes next.
    Loading,
    /// Calling: the result of case `next` comes next.
    Calling,
    /// Every case of the run reported, or the judge stopped early.
    Finished,
}

/// The observer of one harness run: the protocol's state, the results so far, and the marks
/// (CPU from the cgroup, wall from the clock) the current case is measured from.
struct Calls<'a> {
    spec: &'a FunctionSpec,
    cases: &'a [ValueCase],
    limits: Limits,
    launcher: &'a Launcher<'a>,
    /// One interpreter for the whole range, measured from its cgroup.
    warm: bool,
    phase: Phase,
    /// The case whose result comes next.
    next: usize,
    end: usize,
    load_error: Option<String>,
    compile_error: Option<String>,
    /// Why the channel was refused, for the case in flight.
    refused: Option<String>,
    mark: Mark,
    done: Vec<(usize, TestResult)>,
    stopped: bool,
}

impl Calls<'_> {
    /// The go-ahead for the next case: reset the marks, give it its budgets.
    fn go(&mut self, cpu: Option<Duration>) -> Reply {
        self.mark.go(cpu, &self.limits)
    }

    fn refuse(&mut self, why: String) -> Reply {
        self.refused = Some(why);
        Reply::Refuse
    }

    fn result(&mut self, rec: &CallResult, cpu: Option<Duration>) -> Reply {
        let used = self.mark.used(cpu);
        let i = self.next;
        let r = call_result(
            &self.cases[i],
            rec,
            used,
            self.mark.wall.elapsed(),
            self.spec,
            &self.limits,
        );
        if self.warm {
            // Without a run cgroup the case's time is known only when its run ends.
            self.launcher.decided(i, &r);
        }
        self.done.push((i, r));
        self.next += 1;
        let stop = self.next < self.end && self.launcher.skips(self.next);
        if stop || self.next >= self.end {
            self.stopped = stop;
            self.phase = Phase::Finished;
            return Reply::Stop;
        }
        self.go(cpu)
    }
}

impl Observer for Calls<'_> {
    fn frame(&mut self, payload: &[u8], cpu: Option<Duration>) -> Reply {
        let rec = match harness_record(payload) {
            Ok(rec) => rec,
            Err(e) => return self.refuse(e.to_string()),
        };
        match (self.phase, rec) {
            (Phase::Loading, HarnessRecord::Ready) => {
                self.phase = Phase::Calling;
                self.go(cpu)
            }
            (Phase::Loading, HarnessRecord::CompileError(message)) => {
                self.compile_error = Some(message);
                self.phase = Phase::Finished;
                Reply::Stop
            }
            (Phase::Loading, HarnessRecord::LoadError(e)) => {
                self.load_error = Some(decide::with_traceback(&e.text(), e.traceback.as_deref()));
                self.phase = Phase::Finished;
                Reply::Stop
            }
            (Phase::Calling, HarnessRecord::Result(rec)) if rec.index == self.next => {
                self.result(&rec, cpu)
            }
            (Phase::Calling, HarnessRecord::Result(rec)) => self.refuse(format!(
                "a result for case {} while case {} was running",
                rec.index, self.next
            )),
            (_, other) => self.refuse(format!("an unexpected `{}` record", kind(&other))),
        }
    }
}

fn kind(rec: &HarnessRecord) -> &'static str {
    match rec {
        HarnessRecord::Ready => "ready",
        HarnessRecord::CompileError(_) => "compile_error",
        HarnessRecord::LoadError(_) => "load_error",
        HarnessRecord::Result(_) => "result",
    }
}

fn run_range(
    launcher: &Launcher<'_>,
    warm: bool,
    spec: &FunctionSpec,
    cases: &[ValueCase],
    range: Range<usize>,
    source: &[u8],
    limits: Limits,
) -> Ran {
    let mut done: Vec<(usize, TestResult)> = Vec::new();
    let mut layers = None;
    let mut start = range.start;
    while start < range.end && !launcher.skips(start) {
        // Without a run cgroup, one case per interpreter (see the module docs).
        let end = if warm { range.end } else { start + 1 };
        let mut calls = Calls {
            spec,
            cases,
            limits,
            launcher,
            warm,
            phase: Phase::Loading,
            next: start,
            end,
            load_error: None,
            compile_error: None,
            refused: None,
            mark: Mark::new(),
            done: Vec::new(),
            stopped: false,
        };
        let out = run_harness(
            launcher,
            warm,
            &mut calls,
            &cases[start..end],
            start,
            source,
        );
        let Calls {
            phase,
            next,
            load_error,
            compile_error,
            refused,
            mark,
            done: mut reported,
            stopped,
            ..
        } = calls;
        let out = match out {
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
        if layers.is_none() {
            layers = Some(out.layers.clone());
        }
        if let Some(message) = compile_error {
            return Ran::compile_error(message, layers);
        }
        if !warm && let Some((i, r)) = reported.first_mut() {
            // One case, one interpreter: the case is charged the run's whole CPU time.
            *r = call_again(r, &out, &limits);
            launcher.decided(*i, r);
        }
        done.append(&mut reported);
        if stopped || next >= range.end {
            break;
        }
        if next >= end {
            start = next;
            continue;
        }
        // The run ended before every case reported: find out why, and for which case.
        match phase {
            Phase::Loading | Phase::Finished if next == start => {
                let stage = match &load_error {
                    Some(text) => Stage::LoadFailed(text),
                    None => Stage::Loading,
                };
                let loaded = load_outcome(&out, mark.cpu);
                let d = decide::died_between_calls(stage, &loaded, &limits);
                fill(launcher, &mut done, cases, next..range.end, &d, &loaded);
                break;
            }
            _ => {}
        }
        let mut r = pending(&cases[next]);
        let case_out = case_outcome(&out, mark.cpu);
        let d = match (out.channel_fault, &refused) {
            (Some(ChannelFault::Oversized), _) => decide::broken_channel(true, "", &limits),
            (Some(_), Some(why)) => decide::broken_channel(false, why, &limits),
            (Some(_), None) => decide::broken_channel(false, "bytes that are not a frame", &limits),
            (None, _) => decide::died_in_call(&case_out, &limits),
        };
        r.time = case_out.cpu;
        r.wall = mark.wall.elapsed().min(out.wall);
        r.peak_memory = out.peak_memory;
        r.detail.log = clip(&out.stderr);
        let r = r.decided(d);
        launcher.decided(next, &r);
        done.push((next, r));
        start = next + 1;
    }
    Ran::judged(done, layers)
}

/// The run's outcome as the case in flight saw it: its CPU time is what the run used since
/// the case's go-ahead (from the cgroup), else the run's whole CPU time.
fn case_outcome(out: &Outcome, mark: Option<Duration>) -> Outcome {
    let mut o = out.clone();
    if let (Some(total), Some(mark)) = (out.tree_cpu, mark) {
        o.cpu = total.saturating_sub(mark);
    }
    o
}

/// The run's outcome as the loading of the solution saw it: everything before `ready`.
fn load_outcome(out: &Outcome, mark: Option<Duration>) -> Outcome {
    let mut o = out.clone();
    if let Some(total) = out.tree_cpu {
        o.cpu = mark.unwrap_or(total);
    }
    o
}

fn fill(
    launcher: &Launcher<'_>,
    done: &mut Vec<(usize, TestResult)>,
    cases: &[ValueCase],
    range: Range<usize>,
    d: &Decision,
    loaded: &Outcome,
) {
    for i in range {
        if launcher.skips(i) {
            break;
        }
        // Each case is shown what loading the solution cost, which is all that ran.
        let mut r = pending(&cases[i]);
        r.time = loaded.cpu;
        r.wall = loaded.wall;
        r.peak_memory = loaded.peak_memory;
        let r = r.decided(d.clone());
        launcher.decided(i, &r);
        done.push((i, r));
    }
}

fn run_harness(
    launcher: &Launcher<'_>,
    warm: bool,
    calls: &mut Calls<'_>,
    cases: &[ValueCase],
    start: usize,
    source: &[u8],
) -> Result<Outcome, String> {
    let spec = calls.spec;
    let limits = calls.limits;
    let job = json!({
        "entry": spec.entry,
        "design": spec.design,
        "params": spec.params.iter().map(|p| p.as_str()).collect::<Vec<_>>(),
        "returns": spec.returns.as_str(),
        "start": start,
        "count": cases.len(),
    });
    let head = serde_json::to_vec(&job).map_err(|e| e.to_string())?;
    // Compact JSON text, so one line per case (see `ValueCase`), passed as it is.
    let mut stdin: Vec<&[u8]> = Vec::with_capacity(1 + 2 * cases.len());
    stdin.push(&head);
    for c in cases {
        stdin.extend([&b"\n"[..], c.args.as_bytes()]);
    }
    let dir = run_dir(launcher.python, Script::Harness, source).map_err(|e| chain(&e))?;
    // The CPU rlimit is a backstop for the whole run; each case's budget is enforced from
    // outside. Loading the solution gets one case's budget.
    let n = u32::try_from(cases.len())
        .unwrap_or(u32::MAX)
        .saturating_add(1);
    let run = Limits {
        cpu: limits.cpu.saturating_mul(n),
        ..limits
    };
    launcher
        .run_warm_input(
            &dir,
            Script::Harness,
            Input::Parts(&stdin),
            run,
            &mut Warm {
                observer: calls,
                cgroup: warm,
                max_frame: max_frame(&limits),
                load_budget: budget(&limits),
            },
        )
        .map_err(|e| chain(&e))
}

/// The largest frame a call may send: its value and what it printed, within the output limit.
fn max_frame(limits: &Limits) -> usize {
    usize::try_from(limits.output).unwrap_or(usize::MAX) + 64 * 1024
}

/// A reported call's result, measured from outside: `cpu` from the run's cgroup (`None`
/// without one: filled in from the run's total afterwards), `wall` from the judge's clock.
fn call_result(
    case: &ValueCase,
    rec: &CallResult,
    cpu: Option<Duration>,
    wall: Duration,
    spec: &FunctionSpec,
    limits: &Limits,
) -> TestResult {
    let mut r = pending(case);
    r.time = cpu.unwrap_or_default();
    r.wall = wall;
    r.peak_memory = rec.peak_memory();
    r.detail.log.clone_from(&rec.stdout);
    let d = decide::call(rec, r.time, &case.expected_value(), &spec.checker, limits);
    if rec.ok && r.time <= limits.cpu {
        r.detail.actual = clip_json(&rec.value);
    }
    r.decided(d)
}

/// The one case of a one-case run, with the run's whole CPU time (everything the tree used,
/// reaped by the keeper) as its time.
fn call_again(r: &TestResult, out: &Outcome, limits: &Limits) -> TestResult {
    let mut r = r.clone();
    r.time = out.tree_cpu.unwrap_or(out.cpu);
    if r.time > limits.cpu && r.verdict != Verdict::TimeLimitExceeded {
        r.detail.actual = String::new();
        r = r.decided(Decision::new(
            Verdict::TimeLimitExceeded,
            format!(
                "used more than {:.1} s of CPU time",
                limits.cpu.as_secs_f64()
            ),
        ));
    }
    r
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cases(sizes: &[usize]) -> Vec<ValueCase> {
        sizes
            .iter()
            .enumerate()
            .map(|(i, &n)| ValueCase {
                name: format!("hidden/{i}"),
                sample: false,
                args: format!("[\"{}\"]", "x".repeat(n)).into(),
                expected: "null".into(),
            })
            .collect()
    }

    fn options(jobs: usize) -> Options {
        Options {
            jobs,
            ..Options::default()
        }
    }

    #[test]
    fn small_inputs_get_one_worker_whatever_jobs_allows() {
        let c = cases(&[1000; 30]);
        assert_eq!(worker_ranges(&c, &options(8)), vec![0..30]);
        assert_eq!(worker_ranges(&[], &options(8)), vec![0..0]);
    }

    #[test]
    fn large_inputs_are_cut_by_bytes_not_by_count() {
        let mb = 1 << 20;
        // 26 small cases, then two large ones: equal counts would give the second worker
        // all the work.
        let mut sizes = vec![100; 26];
        sizes.extend([3 * mb, 3 * mb]);
        let c = cases(&sizes);
        assert_eq!(worker_ranges(&c, &options(2)), vec![0..27, 27..28]);
        // Every case in exactly one range, in order, never an empty range.
        let c = cases(&[2 * mb, 10, 10, 10, 2 * mb, 2 * mb, 10]);
        for jobs in 1..=8 {
            let r = worker_ranges(&c, &options(jobs));
            assert_eq!(r.first().map(|x| x.start), Some(0), "{jobs}: {r:?}");
            assert_eq!(r.last().map(|x| x.end), Some(c.len()), "{jobs}: {r:?}");
            assert!(
                r.windows(2).all(|w| w[0].end == w[1].start),
                "{jobs}: {r:?}"
            );
            assert!(r.iter().all(|x| !x.is_empty()), "{jobs}: {r:?}");
            assert!(r.len() <= jobs.min(c.len()), "{jobs}: {r:?}");
        }
    }
}
