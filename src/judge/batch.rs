//! Judging `stdio` exercises from a warm interpreter (`src/python/batch.py`): one sandboxed
//! Python process per worker compiles the solution once and forks a fresh child per case,
//! which costs about a millisecond instead of a full interpreter start. Each case still gets
//! its own process, CPU and file-size limits, stdin, stdout and stderr, and is judged from its
//! own wait status and resource usage. A case that hangs is killed with the whole batch (the
//! wall deadline moves with every record) and the rest continue in a fresh one; if the batch
//! dies for any other reason (the solution killed its parent), that case is judged again on
//! its own, the classic way (`stdio.rs`), so the verdict is never the batch's fault.

use serde_json::json;

use super::decide;
use super::judgement::{TestResult, chain};
use super::launcher::{Launcher, run_dir};
use super::stdio;
use crate::catalog::TextCase;
use crate::checker::TextChecker;
use crate::limits::Limits;
use crate::pool;
use crate::python::Script;
use crate::python::records::{BatchRecord, CaseResult, batch_records};
use crate::sandbox::{Exit, Kill, Layers, Outcome};

/// Judges every case; `None` marks cases skipped after an early stop.
pub fn judge(
    launcher: &Launcher<'_>,
    source: &[u8],
    cases: &[TextCase],
    checker: &TextChecker,
    limits: Limits,
) -> Vec<Option<TestResult>> {
    let jobs = launcher.options.jobs.clamp(1, cases.len().max(1));
    // Interleave the cases over the workers, so slow large cases at the end are shared.
    let mut results: Vec<Option<TestResult>> = vec![None; cases.len()];
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
            for (i, r) in h.join().expect("batch worker panicked") {
                results[i] = Some(r);
            }
        }
    });
    results
}

fn run_worker(
    launcher: &Launcher<'_>,
    source: &[u8],
    cases: &[TextCase],
    mine: &[usize],
    checker: &TextChecker,
    limits: Limits,
) -> Vec<(usize, TestResult)> {
    let options = &launcher.options;
    let mut done = Vec::new();
    // `pos`: index into `mine` of the first case the next batch runs.
    let mut pos = 0;
    while pos < mine.len() {
        let todo = &mine[pos..];
        let run = match run_batch(launcher, source, cases, todo, limits) {
            Ok(x) => x,
            Err(e) => {
                for &i in todo {
                    let mut r = stdio::pending(&cases[i]);
                    r.message = Some(format!("could not run the batch: {e}"));
                    done.push((i, r));
                }
                return done;
            }
        };
        let mut stop = false;
        let mut in_flight = None;
        let mut next = pos;
        for rec in &run.records {
            match rec {
                BatchRecord::Start(k) if *k < todo.len() => in_flight = Some(*k),
                BatchRecord::Result(c) if c.index < todo.len() => {
                    let (k, i) = (c.index, todo[c.index]);
                    in_flight = None;
                    let out = case_outcome(c, &run.files[k], &limits, &run.outcome.layers);
                    let r =
                        stdio::finish(stdio::pending(&cases[i]), &out, &cases[i], checker, &limits);
                    stop |= options.should_stop(r.verdict);
                    done.push((i, r));
                    next = pos + k + 1;
                }
                _ => {}
            }
        }
        if stop || next >= mine.len() {
            break;
        }
        // The batch ended early: a case hung (killed at the wall deadline), or something
        // else ended it (the solution killed its parent). Decide that case, go on after it.
        let k = in_flight.unwrap_or(next - pos);
        let i = todo[k];
        let r = if in_flight.is_some() && run.outcome.killed == Some(Kill::WallTime) {
            let mut r = stdio::pending(&cases[i]);
            r.wall = limits.wall;
            r.decided(decide::batch_wall_kill(&limits))
        } else {
            stdio::run_case(launcher, source, &cases[i], checker, limits)
        };
        let halt = options.should_stop(r.verdict);
        done.push((i, r));
        if halt {
            break;
        }
        pos += k + 1;
    }
    done
}

/// What a batch left: its records (indices into `todo`), how the batch process ended, and
/// per case the (stdout, stderr) files it wrote.
struct BatchRun {
    records: Vec<BatchRecord>,
    outcome: Outcome,
    files: Vec<(Vec<u8>, Vec<u8>)>,
}

fn run_batch(
    launcher: &Launcher<'_>,
    source: &[u8],
    cases: &[TextCase],
    todo: &[usize],
    limits: Limits,
) -> Result<BatchRun, String> {
    let header = json!({
        "start": 0,
        "sizes": todo.iter().map(|&i| cases[i].input.len()).collect::<Vec<_>>(),
        "cpu_secs": limits.cpu.as_secs() + 1,
        "fsize": limits.output + 1,
    });
    let mut stdin = serde_json::to_vec(&header).map_err(|e| e.to_string())?;
    stdin.push(b'\n');
    for &i in todo {
        stdin.extend_from_slice(&cases[i].input);
    }
    let dir = run_dir(Script::Batch, source).map_err(|e| chain(&e))?;
    let n = u32::try_from(todo.len())
        .unwrap_or(u32::MAX)
        .saturating_add(1);
    let batch = Limits {
        cpu: limits.cpu.saturating_mul(n),
        // Inputs live in the batch's memory; outputs go to files, capped per case.
        file_size: limits.output + 1,
        ..limits
    };
    let outcome = launcher
        .run(&dir, Script::Batch, &stdin, batch, Some(limits.wall))
        .map_err(|e| chain(&e))?;
    let cap = usize::try_from(limits.output).unwrap_or(usize::MAX);
    let files = (0..todo.len())
        .map(|k| {
            let read = |name: String| {
                let mut b = std::fs::read(dir.path().join(name)).unwrap_or_default();
                b.truncate(cap + 1);
                b
            };
            (read(format!("_out{k}")), read(format!("_err{k}")))
        })
        .collect();
    Ok(BatchRun {
        records: batch_records(&outcome.channel),
        outcome,
        files,
    })
}

/// The outcome of one case's child, as if it had run on its own: its wait status and usage
/// from the record, its output from the files it wrote. Writing past the file-size limit
/// (`SIGXFSZ`) or more than the output limit is the output limit.
fn case_outcome(
    rec: &CaseResult,
    (stdout, stderr): &(Vec<u8>, Vec<u8>),
    limits: &Limits,
    layers: &Layers,
) -> Outcome {
    let usage = rec.usage();
    let exit = match rec.signal {
        Some(s) => Exit::Signal(s),
        None => Exit::Code(rec.code.unwrap_or(0)),
    };
    let xfsz = rec.signal == Some(libc::SIGXFSZ);
    let over = stdout.len() as u64 > limits.output;
    Outcome {
        exit: if xfsz { Exit::Code(0) } else { exit },
        killed: (over || xfsz).then_some(Kill::OutputLimit),
        wall: usage.wall,
        cpu: usage.cpu,
        peak_memory: usage.peak_memory,
        stdout: stdout.clone(),
        stderr: stderr.clone(),
        channel: Vec::new(),
        layers: layers.clone(),
    }
}
