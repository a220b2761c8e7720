//! Judging `function` exercises through the Python harness (`src/python/harness.py`).
//!
//! All cases run in one interpreter: the harness reads the arguments of every case from
//! stdin, calls the solution once per case, and writes a `start` record before and a `result`
//! record after each call on fd 3. Each record pushes the wall deadline forward, so the
//! deadline is per case. When a case is killed (timeout, crash, memory), the remaining cases
//! continue in a fresh interpreter. Expected values never leave this process.

use std::time::Duration;

use serde_json::{Value, json};

use super::runner::{Detail, Judge, TestResult, clip, process_verdict};
use crate::catalog::{FunctionSpec, ValueCase};
use crate::checker::check_value;
use crate::limits::Limits;
use crate::sandbox::Outcome;
use crate::sandbox::RunDir;
use crate::verdict::Verdict;

const HARNESS: &[u8] = include_bytes!("../python/harness.py");

/// What the harness said about one interpreter's run.
#[derive(Default)]
struct Transcript {
    loading: bool,
    loaded: bool,
    load_error: Option<String>,
    in_flight: Option<usize>,
    results: Vec<(usize, Value)>,
}

fn parse_transcript(channel: &[u8]) -> Transcript {
    let mut t = Transcript::default();
    for line in channel.split(|&b| b == b'\n') {
        let Ok(rec) = serde_json::from_slice::<Value>(line) else {
            continue;
        };
        let index = rec
            .get("i")
            .and_then(Value::as_u64)
            .and_then(|i| usize::try_from(i).ok());
        match rec.get("e").and_then(Value::as_str) {
            Some("loading") => t.loading = true,
            Some("loaded") => t.loaded = true,
            Some("load_error") => t.load_error = Some(exception_text(&rec)),
            Some("start") => t.in_flight = index,
            Some("result") => {
                if let Some(i) = index {
                    t.in_flight = None;
                    t.results.push((i, rec));
                }
            }
            _ => {}
        }
    }
    t
}

fn exception_text(rec: &Value) -> String {
    let ty = rec
        .get("type")
        .and_then(Value::as_str)
        .unwrap_or("Exception");
    let msg = rec.get("message").and_then(Value::as_str).unwrap_or("");
    if msg.is_empty() {
        ty.to_string()
    } else {
        format!("{ty}: {msg}")
    }
}

/// Judges every case; `None` marks cases skipped after an early stop.
pub fn judge_function(
    judge: &Judge<'_>,
    spec: &FunctionSpec,
    cases: &[ValueCase],
    source: &[u8],
    limits: Limits,
) -> Vec<Option<TestResult>> {
    let jobs = judge.options.jobs.clamp(1, cases.len().max(1));
    let chunk = cases.len().div_ceil(jobs).max(1);
    let mut results: Vec<Option<TestResult>> = vec![None; cases.len()];
    std::thread::scope(|s| {
        let handles: Vec<_> = (0..cases.len())
            .step_by(chunk)
            .map(|start| {
                let end = (start + chunk).min(cases.len());
                s.spawn(move || run_range(judge, spec, cases, start..end, source, limits))
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

fn base_result(case: &ValueCase) -> TestResult {
    TestResult {
        name: case.name.clone(),
        sample: case.sample,
        verdict: Verdict::JudgeError,
        time: Duration::ZERO,
        wall: Duration::ZERO,
        peak_memory: 0,
        message: None,
        detail: Detail {
            input: clip(case.args.to_string().as_bytes()),
            expected: clip(case.expected.to_string().as_bytes()),
            ..Detail::default()
        },
    }
}

fn run_range(
    judge: &Judge<'_>,
    spec: &FunctionSpec,
    cases: &[ValueCase],
    range: std::ops::Range<usize>,
    source: &[u8],
    limits: Limits,
) -> Vec<(usize, TestResult)> {
    let mut done: Vec<(usize, TestResult)> = Vec::new();
    let mut start = range.start;
    while start < range.end {
        let outcome = run_batch(judge, spec, &cases[start..range.end], start, source, limits);
        let out = match outcome {
            Ok(o) => o,
            Err(e) => {
                for (i, case) in cases.iter().enumerate().take(range.end).skip(start) {
                    let mut r = base_result(case);
                    r.message = Some(format!("could not run the harness: {e:#}"));
                    done.push((i, r));
                }
                break;
            }
        };
        let t = parse_transcript(&out.channel);
        let mut stop = false;
        let mut next = start;
        for (i, rec) in &t.results {
            let r = case_result(&cases[*i], rec, spec, &limits);
            stop |= judge.should_stop(r.verdict);
            done.push((*i, r));
            next = i + 1;
        }
        if next >= range.end || stop {
            break;
        }
        // The interpreter ended before every case reported: find out why.
        let forced = process_verdict(&out, &limits);
        let Some(failed_at) = t.in_flight else {
            let (v, msg) = if let Some(msg) = &t.load_error {
                (load_verdict(msg), msg.clone())
            } else if t.loading && !t.loaded {
                forced.unwrap_or((
                    Verdict::RunTimeError,
                    "the solution exited while loading".into(),
                ))
            } else {
                let msg = format!(
                    "the harness stopped unexpectedly ({:?}): {}",
                    out.exit,
                    out.last_stderr_line().unwrap_or_default()
                );
                (Verdict::JudgeError, msg)
            };
            fill(&mut done, cases, next..range.end, v, &msg);
            break;
        };
        let mut r = base_result(&cases[failed_at]);
        let (v, msg) = forced.unwrap_or_else(|| {
            (
                Verdict::RunTimeError,
                format!("the process exited during the call ({:?})", out.exit),
            )
        });
        r.verdict = v;
        r.message = Some(msg);
        r.wall = limits.wall;
        r.time = if v == Verdict::TimeLimitExceeded {
            limits.cpu
        } else {
            Duration::ZERO
        };
        r.peak_memory = out.peak_memory;
        r.detail.log = clip(&out.stderr);
        let stop = judge.should_stop(v);
        done.push((failed_at, r));
        if stop {
            break;
        }
        start = failed_at + 1;
    }
    done
}

fn load_verdict(msg: &str) -> Verdict {
    if msg.starts_with("MemoryError") {
        Verdict::MemoryLimitExceeded
    } else {
        Verdict::RunTimeError
    }
}

fn fill(
    done: &mut Vec<(usize, TestResult)>,
    cases: &[ValueCase],
    range: std::ops::Range<usize>,
    v: Verdict,
    msg: &str,
) {
    for i in range {
        let mut r = base_result(&cases[i]);
        r.verdict = v;
        r.message = Some(msg.to_string());
        done.push((i, r));
    }
}

fn run_batch(
    judge: &Judge<'_>,
    spec: &FunctionSpec,
    cases: &[ValueCase],
    start: usize,
    source: &[u8],
    limits: Limits,
) -> anyhow::Result<Outcome> {
    let job = json!({
        "entry": spec.entry,
        "design": spec.design,
        "params": spec.params.iter().map(|p| p.as_str()).collect::<Vec<_>>(),
        "returns": spec.returns.as_str(),
        "start": start,
        "count": cases.len(),
    });
    let mut stdin = serde_json::to_vec(&job)?;
    for c in cases {
        stdin.push(b'\n');
        serde_json::to_writer(&mut stdin, &c.args)?;
    }
    let dir = RunDir::new(&[("solution.py", source), ("_grind_harness.py", HARNESS)])?;
    // The CPU rlimit covers the whole batch; the per-case limit is checked from the harness'
    // own measurements and the per-case wall window.
    let n = u32::try_from(cases.len())
        .unwrap_or(u32::MAX)
        .saturating_add(1);
    let batch = Limits {
        cpu: limits.cpu.saturating_mul(n),
        ..limits
    };
    Ok(judge.run_in(&dir, "_grind_harness.py", &stdin, batch, Some(limits.wall))?)
}

fn case_result(case: &ValueCase, rec: &Value, spec: &FunctionSpec, limits: &Limits) -> TestResult {
    let mut r = base_result(case);
    let ms = |k: &str| {
        Duration::from_secs_f64(rec.get(k).and_then(Value::as_f64).unwrap_or(0.0).max(0.0) / 1000.0)
    };
    r.time = ms("cpu_ms");
    r.wall = ms("wall_ms");
    r.peak_memory = rec.get("peak_kib").and_then(Value::as_u64).unwrap_or(0) * 1024;
    r.detail.log = rec
        .get("stdout")
        .and_then(Value::as_str)
        .unwrap_or("")
        .to_string();
    let ok = rec.get("ok").and_then(Value::as_bool).unwrap_or(false);
    let kind = rec.get("kind").and_then(Value::as_str).unwrap_or("");
    if r.time > limits.cpu {
        r.verdict = Verdict::TimeLimitExceeded;
        r.message = Some(format!(
            "used more than {:.1} s of CPU time",
            limits.cpu.as_secs_f64()
        ));
    } else if ok {
        let value = rec.get("value").cloned().unwrap_or(Value::Null);
        r.detail.actual = clip(value.to_string().as_bytes());
        match check_value(&case.expected, &value, &spec.checker) {
            Ok(()) => r.verdict = Verdict::Accepted,
            Err(m) => {
                r.verdict = Verdict::WrongAnswer;
                r.message = Some(m.0);
            }
        }
    } else if kind == "unsupported" {
        r.verdict = Verdict::WrongAnswer;
        r.message = Some(
            rec.get("message")
                .and_then(Value::as_str)
                .unwrap_or("unsupported result")
                .to_string(),
        );
    } else {
        let text = exception_text(rec);
        r.verdict = if text.starts_with("MemoryError") {
            Verdict::MemoryLimitExceeded
        } else {
            Verdict::RunTimeError
        };
        r.message = Some(text);
    }
    r
}
