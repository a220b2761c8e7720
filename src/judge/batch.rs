//! Judging `stdio` exercises from a warm interpreter (`src/python/batch.py`): one sandboxed
//! Python process per worker compiles the solution once and forks a fresh child per case,
//! which costs about a millisecond instead of a full interpreter start. Each case still gets
//! its own process, CPU and file-size limits, stdin, stdout and stderr, and is judged from its
//! own wait status and resource usage. A case that hangs is killed with the whole batch (the
//! wall deadline moves with every record) and the rest continue in a fresh one; if the batch
//! dies for any other reason (the solution killed its parent), that case is judged again on
//! its own, the classic way, so the verdict is never the batch's fault.
//!
//! `GRIND_NO_BATCH=1` judges every case the classic way (one interpreter per case).

use std::time::Duration;

use serde_json::{Value, json};

use super::runner::{Judge, TestResult, stdio_base, stdio_result};
use crate::catalog::TextCase;
use crate::checker::TextChecker;
use crate::limits::Limits;
use crate::sandbox::RunDir;
use crate::sandbox::{Exit, Kill, Outcome};
use crate::verdict::Verdict;

const BATCH: &[u8] = include_bytes!("../python/batch.py");

/// Whether stdio cases run through the warm-interpreter batch.
pub fn enabled() -> bool {
    std::env::var_os("GRIND_NO_BATCH").is_none_or(|v| v != "1")
}

/// Judges every case; `None` marks cases skipped after an early stop.
pub fn judge(
    judge: &Judge<'_>,
    source: &[u8],
    cases: &[TextCase],
    checker: &TextChecker,
    limits: Limits,
) -> Vec<Option<TestResult>> {
    let jobs = judge.options.jobs.clamp(1, cases.len().max(1));
    // Interleave the cases over the workers, so slow large cases at the end are shared.
    let mut results: Vec<Option<TestResult>> = vec![None; cases.len()];
    std::thread::scope(|s| {
        let handles: Vec<_> = (0..jobs)
            .map(|w| {
                let mine: Vec<usize> = (w..cases.len()).step_by(jobs).collect();
                s.spawn(move || run_worker(judge, source, cases, &mine, checker, limits))
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
    judge: &Judge<'_>,
    source: &[u8],
    cases: &[TextCase],
    mine: &[usize],
    checker: &TextChecker,
    limits: Limits,
) -> Vec<(usize, TestResult)> {
    let mut done = Vec::new();
    // `pos`: index into `mine` of the first case the next batch runs.
    let mut pos = 0;
    while pos < mine.len() {
        let todo = &mine[pos..];
        let (records, out, files) = match run_batch(judge, source, cases, todo, limits) {
            Ok(x) => x,
            Err(e) => {
                for &i in todo {
                    let mut r = stdio_base(&cases[i]);
                    r.message = Some(format!("could not run the batch: {e:#}"));
                    done.push((i, r));
                }
                return done;
            }
        };
        let mut stop = false;
        let mut in_flight = None;
        let mut next = pos;
        for rec in &records {
            let Some(k) = rec
                .get("k")
                .and_then(Value::as_u64)
                .and_then(|k| usize::try_from(k).ok())
            else {
                continue;
            };
            let Some(&i) = todo.get(k) else { continue };
            match rec.get("e").and_then(Value::as_str) {
                Some("start") => in_flight = Some(k),
                Some("result") => {
                    in_flight = None;
                    let r = case_result(&cases[i], rec, &files[k], checker, &limits, &out);
                    stop |= judge.should_stop(r.verdict);
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
        let r = if in_flight.is_some() && out.killed == Some(Kill::WallTime) {
            let mut r = stdio_base(&cases[i]);
            r.verdict = Verdict::TimeLimitExceeded;
            r.wall = limits.wall;
            r.message = Some(format!(
                "killed after {:.1} s of wall time",
                limits.wall.as_secs_f64()
            ));
            r
        } else {
            judge.run_stdio_case(source, &cases[i], checker, limits)
        };
        let halt = judge.should_stop(r.verdict);
        done.push((i, r));
        if halt {
            break;
        }
        pos += k + 1;
    }
    done
}

/// What a batch left: its records (with `k`, the index into `todo`), how the batch process
/// ended, and per case the (stdout, stderr) files it wrote.
type BatchRun = (Vec<Value>, Outcome, Vec<(Vec<u8>, Vec<u8>)>);

fn run_batch(
    judge: &Judge<'_>,
    source: &[u8],
    cases: &[TextCase],
    todo: &[usize],
    limits: Limits,
) -> anyhow::Result<BatchRun> {
    let header = json!({
        "start": 0,
        "sizes": todo.iter().map(|&i| cases[i].input.len()).collect::<Vec<_>>(),
        "cpu_secs": limits.cpu.as_secs() + 1,
        "fsize": limits.output + 1,
    });
    let mut stdin = serde_json::to_vec(&header)?;
    stdin.push(b'\n');
    for &i in todo {
        stdin.extend_from_slice(&cases[i].input);
    }
    let dir = RunDir::new(&[("solution.py", source), ("_grind_batch.py", BATCH)])?;
    let n = u32::try_from(todo.len())
        .unwrap_or(u32::MAX)
        .saturating_add(1);
    let batch = Limits {
        cpu: limits.cpu.saturating_mul(n),
        // Inputs live in the batch's memory; outputs go to files, capped per case.
        file_size: limits.output + 1,
        ..limits
    };
    let out = judge.run_in(&dir, "_grind_batch.py", &stdin, batch, Some(limits.wall))?;
    let records: Vec<Value> = out
        .channel
        .split(|&b| b == b'\n')
        .filter_map(|l| serde_json::from_slice::<Value>(l).ok())
        .map(|mut r| {
            if let Some(i) = r.get("i").and_then(Value::as_u64) {
                r["k"] = json!(i);
            }
            r
        })
        .collect();
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
    Ok((records, out, files))
}

fn case_result(
    case: &TextCase,
    rec: &Value,
    files: &(Vec<u8>, Vec<u8>),
    checker: &TextChecker,
    limits: &Limits,
    batch: &Outcome,
) -> TestResult {
    let ms = |k: &str| {
        Duration::from_secs_f64(rec.get(k).and_then(Value::as_f64).unwrap_or(0.0).max(0.0) / 1000.0)
    };
    let signal = rec
        .get("signal")
        .and_then(Value::as_i64)
        .and_then(|s| i32::try_from(s).ok());
    let exit = match signal {
        Some(s) => Exit::Signal(s),
        None => Exit::Code(
            rec.get("code")
                .and_then(Value::as_i64)
                .and_then(|c| i32::try_from(c).ok())
                .unwrap_or(0),
        ),
    };
    let (stdout, stderr) = files;
    let over = stdout.len() as u64 > limits.output;
    let out = Outcome {
        exit: if signal == Some(libc::SIGXFSZ) {
            Exit::Code(0)
        } else {
            exit
        },
        killed: (over || signal == Some(libc::SIGXFSZ)).then_some(Kill::OutputLimit),
        wall: ms("wall_ms"),
        cpu: ms("cpu_ms"),
        peak_memory: rec.get("peak_kib").and_then(Value::as_u64).unwrap_or(0) * 1024,
        stdout: stdout.clone(),
        stderr: stderr.clone(),
        channel: Vec::new(),
        layers: batch.layers.clone(),
    };
    stdio_result(stdio_base(case), &out, case, checker, limits)
}
