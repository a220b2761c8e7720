//! Judging `stdio` exercises from a warm interpreter (`src/python/batch.py`): one sandboxed
//! Python process per worker compiles the solution once and forks a fresh child per case,
//! which costs about a millisecond instead of a full interpreter start.
//!
//! Each case still gets its own process, CPU and file-size limits, empty directory, stdin,
//! stdout and stderr (anonymous files the runner reads back through its own descriptors), and
//! every process it started is killed before the next case begins. The runner waits for the
//! judge's go-ahead before each case; the judge ([`Batch`], the channel's observer) reads the
//! run's CPU time from its cgroup at the go-ahead and at the case's result, so the case is
//! charged for everything it ran, reaped or not, and the tree is killed the moment a case
//! passes its budget. Exactly one result per case, in order, is accepted; the runner is
//! non-dumpable, so no case can reach its channel.
//!
//! A case that hangs or runs over is killed with the whole batch and the rest continue in a
//! fresh one; if the batch dies for any other reason (the solution killed its parent), that
//! case is judged again on its own, the classic way (`stdio.rs`), so the verdict is never the
//! batch's fault. Where runs get no cgroup of their own, or the runner cannot make itself
//! non-dumpable, every case runs the classic way.

use std::os::fd::{AsFd, BorrowedFd};
use std::time::Duration;

use serde_json::json;

use super::judgement::{Judged, Ran, TestResult, chain};
use super::launcher::{Input, Launcher, Warm, run_dir, run_dir_with};
use super::mark::Mark;
use super::options::SPLIT_FROM_BYTES;
use super::stdio;
use crate::catalog::{INPUT_ALIGN, TextCase};
use crate::checker::TextChecker;
use crate::limits::Limits;
use crate::pool;
use crate::python::Script;
use crate::python::records::{BatchRecord, CaseResult, batch_record};
use crate::sandbox::{Exit, Kill, Observer, Outcome, Reply};

/// How much of a case's stderr comes back (its start; the rest is dropped).
const STDERR_KEEP: usize = 64 * 1024;

/// Judges every case. Needs runs with a cgroup of their own ([`Launcher::warm`]); the
/// runner compiles the solution before anything else, so no run of its own checks the syntax.
pub fn judge(
    launcher: &Launcher<'_>,
    source: &[u8],
    cases: &[TextCase],
    checker: &TextChecker,
    limits: Limits,
) -> Judged {
    // Each case costs a fork and a fresh `__main__` (1 to 2 ms) whatever its input, so for
    // the worker count a case weighs as much as a 24th of the split threshold: 24 tiny cases
    // are worth a second worker, as 4 MiB of input is.
    let weight = SPLIT_FROM_BYTES / 24;
    let bytes: usize = cases.iter().map(|c| c.input.len() + weight).sum();
    let jobs = launcher.options.workers(bytes, cases.len());
    // Interleave the cases over the workers, so slow large cases at the end are shared.
    let mut judged = Judged::new(cases.len());
    std::thread::scope(|s| {
        let handles: Vec<_> = (0..jobs)
            .map(|w| {
                let mine: Vec<usize> = (w..cases.len()).step_by(jobs).collect();
                pool::spawn_scoped(s, "grind-batch", move || {
                    run_worker(launcher, source, cases, &mine, checker, limits)
                })
            })
            .collect();
        for h in handles {
            judged.add(h.join().expect("batch worker panicked"));
        }
    });
    judged
}

/// The observer of one batch: the cases it runs (indices into the exercise's cases), the one
/// whose result comes next, and the marks that case is measured from.
struct Batch<'a> {
    cases: &'a [TextCase],
    todo: &'a [usize],
    checker: &'a TextChecker,
    limits: Limits,
    launcher: &'a Launcher<'a>,
    ready: bool,
    compile_error: Option<String>,
    /// Position in `todo` of the case whose result comes next.
    next: usize,
    unprotected: bool,
    mark: Mark,
    done: Vec<(usize, TestResult)>,
    stopped: bool,
}

impl Batch<'_> {
    fn go(&mut self, cpu: Option<Duration>) -> Reply {
        self.mark.go(cpu, &self.limits)
    }
}

impl Observer for Batch<'_> {
    fn frame(&mut self, payload: &[u8], cpu: Option<Duration>) -> Reply {
        match batch_record(payload) {
            Ok(BatchRecord::Ready) if !self.ready => {
                self.ready = true;
                self.go(cpu)
            }
            Ok(BatchRecord::CompileError(message)) if !self.ready => {
                self.compile_error = Some(message);
                Reply::Stop
            }
            Ok(BatchRecord::Unprotected(_)) if !self.ready => {
                self.unprotected = true;
                Reply::Stop
            }
            Ok(BatchRecord::Result(c)) if self.ready && self.next < self.todo.len() => {
                // Indices in the batch's job count from 0 over `todo`.
                if c.index != self.next {
                    return Reply::Refuse;
                }
                let i = self.todo[self.next];
                let used = self.mark.used(cpu).unwrap_or_default();
                let out = case_outcome(c, used, self.mark.wall.elapsed(), &self.limits);
                let r = stdio::finish(
                    stdio::pending(&self.cases[i]),
                    &out,
                    &self.cases[i],
                    self.checker,
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

fn run_worker(
    launcher: &Launcher<'_>,
    source: &[u8],
    cases: &[TextCase],
    mine: &[usize],
    checker: &TextChecker,
    limits: Limits,
) -> Ran {
    let mut done = Vec::new();
    let mut layers = None;
    // `pos`: index into `mine` of the first case the next batch runs.
    let mut pos = 0;
    while pos < mine.len() && !launcher.skips(mine[pos]) {
        let todo = &mine[pos..];
        let mut batch = Batch {
            cases,
            todo,
            checker,
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
        let outcome = run_batch(launcher, source, cases, &mut batch, limits);
        let Batch {
            next,
            compile_error,
            unprotected,
            mark,
            done: mut reported,
            stopped,
            ..
        } = batch;
        done.append(&mut reported);
        let outcome = match outcome {
            Ok(o) => o,
            Err(e) => {
                for &i in &todo[next..] {
                    let mut r = stdio::pending(&cases[i]);
                    r.message = Some(format!("could not run the batch: {e}"));
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
            // The runner could not protect itself: every remaining case, the classic way.
            let rest: Vec<TextCase> = todo.iter().map(|&i| cases[i].clone()).collect();
            let results = stdio::judge(launcher, source, &rest, checker, limits);
            done.extend(
                todo.iter()
                    .zip(results)
                    .filter_map(|(&i, r)| r.map(|r| (i, r))),
            );
            return Ran::judged(done, layers);
        }
        if stopped || next >= todo.len() {
            break;
        }
        // The batch ended before case `next` reported: it ran over its CPU budget or its wall
        // deadline (judged here, with the CPU it used), or something else ended the batch (the
        // solution killed its parent, broke the channel): then the case runs again on its own,
        // the classic way, so the verdict is never the batch's fault.
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
                let mut r =
                    stdio::finish(stdio::pending(&cases[i]), &out, &cases[i], checker, &limits);
                r.detail.log = String::new();
                r
            }
            _ => stdio::run_case(launcher, source, &cases[i], checker, limits),
        };
        launcher.decided(i, &r);
        done.push((i, r));
        pos += next + 1;
    }
    Ran::judged(done, layers)
}

fn run_batch(
    launcher: &Launcher<'_>,
    source: &[u8],
    cases: &[TextCase],
    batch: &mut Batch<'_>,
    limits: Limits,
) -> Result<Outcome, String> {
    let todo = batch.todo;
    let out_cap = usize::try_from(limits.output)
        .unwrap_or(usize::MAX)
        .saturating_add(1);
    let mut header = json!({
        "start": 0,
        "sizes": todo.iter().map(|&i| cases[i].input.len()).collect::<Vec<_>>(),
        "cpu_secs": limits.cpu.as_secs() + 1,
        "fsize": limits.output + 1,
        "out_cap": out_cap,
        "err_cap": STDERR_KEEP,
    });
    let file = file_region(cases, todo);
    let n = u32::try_from(todo.len())
        .unwrap_or(u32::MAX)
        .saturating_add(1);
    let run = Limits {
        // A backstop for the whole batch; each case's budget is enforced from outside.
        cpu: limits.cpu.saturating_mul(n),
        // Inputs live in the batch's memory; outputs go to files, capped per case.
        file_size: limits.output + 1,
        ..limits
    };
    let mut warm = Warm {
        observer: batch,
        cgroup: true,
        max_frame: out_cap + STDERR_KEEP + 64 * 1024,
        load_budget: Duration::from_secs(10),
    };
    if let Some((fd, offset)) = file {
        // The inputs stay where they are, in the test cache's file: the runner maps them from
        // there, told where by a job file instead of a first line of input.
        header["offset"] = offset.into();
        let job = serde_json::to_vec(&header).map_err(|e| e.to_string())?;
        let dir = run_dir_with(launcher.python, Script::Batch, source, &[(JOB_FILE, &job)])
            .map_err(|e| chain(&e))?;
        return launcher
            .run_warm_input(&dir, Script::Batch, Input::File(fd), run, &mut warm)
            .map_err(|e| chain(&e));
    }
    let mut head = serde_json::to_vec(&header).map_err(|e| e.to_string())?;
    head.push(b'\n');
    // The inputs follow the header as they are, without another copy of them all.
    let stdin: Vec<&[u8]> = std::iter::once(&head[..])
        .chain(todo.iter().map(|&i| &*cases[i].input))
        .collect();
    let dir = run_dir(launcher.python, Script::Batch, source).map_err(|e| chain(&e))?;
    launcher
        .run_warm_input(&dir, Script::Batch, Input::Parts(&stdin), run, &mut warm)
        .map_err(|e| chain(&e))
}

/// The run directory's job file of a batch whose inputs come from a file (`batch.py`).
const JOB_FILE: &str = "_grind_job.json";

/// Below this much input, writing it into the run's own input costs less than the job file.
const FILE_FROM_BYTES: usize = 64 * 1024;

/// The cases' inputs as one region of the test-cache file they were read from, where they
/// lie there back to back, in `todo` order, up to the end of the file, from an offset a
/// mapping can start at ([`INPUT_ALIGN`]): the open file and that offset. Mapping exactly that
/// region puts nothing but inputs in the runner's memory (the cache keeps the answers before
/// them), and spares a copy of megabytes of input per check.
fn file_region<'c>(cases: &'c [TextCase], todo: &[usize]) -> Option<(BorrowedFd<'c>, u64)> {
    let first = &cases[*todo.first()?].input;
    let (file, offset) = first.in_file()?;
    let aligned = offset % u64::try_from(INPUT_ALIGN).ok()? == 0;
    let consecutive = todo
        .windows(2)
        .all(|w| cases[w[0]].input.continues_into(&cases[w[1]].input));
    let last = &cases[*todo.last()?].input;
    let total: usize = todo.iter().map(|&i| cases[i].input.len()).sum();
    (aligned && consecutive && last.reach_the_end() && total >= FILE_FROM_BYTES)
        .then(|| (file.as_fd(), offset))
}

/// The outcome of one case's child, as if it had run on its own: its wait status from the
/// record, its CPU time and wall time measured outside, its output as the runner read it back.
/// Writing past the file-size limit (`SIGXFSZ`) or more than the output limit is the output
/// limit; filling the run's directory is too.
fn case_outcome(rec: CaseResult, cpu: Duration, wall: Duration, limits: &Limits) -> Outcome {
    let exit = match rec.signal {
        Some(s) => Exit::Signal(s),
        None => Exit::Code(rec.code.unwrap_or(0)),
    };
    let xfsz = rec.signal == Some(libc::SIGXFSZ);
    let over = rec.stdout_size > limits.output;
    Outcome {
        exit: if xfsz { Exit::Code(0) } else { exit },
        killed: (over || xfsz).then_some(Kill::OutputLimit),
        wall,
        cpu,
        peak_memory: rec.peak_memory,
        stdout: rec.stdout,
        stderr: rec.stderr,
        channel_fault: None,
        tree_cpu: None,
        disk_used: rec.disk_full.then_some(limits.disk),
        layers: crate::sandbox::Layers::default(),
    }
}
