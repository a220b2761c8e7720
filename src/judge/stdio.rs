//! Judging stdio cases the classic way: one interpreter per case, cases in parallel. This is
//! the path with `GRIND_NO_BATCH=1`, and the batch's fallback for a case whose batch died.

use super::decide;
use super::judgement::{Detail, TestResult, chain, clip};
use super::launcher::{Launcher, run_dir};
use crate::catalog::TextCase;
use crate::checker::TextChecker;
use crate::limits::Limits;
use crate::pool;
use crate::python::Script;
use crate::sandbox::Outcome;

/// Judges every case; `None` marks cases skipped after an early stop.
pub fn judge(
    launcher: &Launcher<'_>,
    source: &[u8],
    cases: &[TextCase],
    checker: &TextChecker,
    limits: Limits,
) -> Vec<Option<TestResult>> {
    let mut results = Vec::with_capacity(cases.len());
    pool::in_order(
        cases.iter().enumerate().collect(),
        launcher.options.jobs,
        |(i, case)| {
            if launcher.skips(i) {
                return None;
            }
            let r = run_case(launcher, source, case, checker, limits);
            launcher.decided(i, &r);
            Some(r)
        },
        |r| results.push(r),
    );
    results
}

/// Judges one case in an interpreter of its own.
pub fn run_case(
    launcher: &Launcher<'_>,
    source: &[u8],
    case: &TextCase,
    checker: &TextChecker,
    limits: Limits,
) -> TestResult {
    let mut result = pending(case);
    let outcome = match run_dir(launcher.python, Script::Bootstrap, source) {
        Ok(dir) => launcher
            .run(&dir, Script::Bootstrap, &case.input, limits)
            .map_err(|e| chain(&e)),
        Err(e) => Err(chain(&e)),
    };
    match outcome {
        Ok(out) => finish(result, &out, case, checker, &limits),
        Err(e) => {
            result.message = Some(format!("could not run the solution: {e}"));
            result
        }
    }
}

/// A fresh result for a stdio case (verdict `judge_error` until decided).
pub fn pending(case: &TextCase) -> TestResult {
    TestResult::pending(
        &case.name,
        case.sample,
        Detail {
            input: clip(&case.input),
            expected: clip(&case.answer),
            ..Detail::default()
        },
    )
}

/// Decides a stdio case from how its process ended and what it printed.
pub fn finish(
    mut result: TestResult,
    out: &Outcome,
    case: &TextCase,
    checker: &TextChecker,
    limits: &Limits,
) -> TestResult {
    result.time = out.cpu;
    result.wall = out.wall;
    result.peak_memory = out.peak_memory;
    result.detail.actual = clip(&out.stdout);
    result.detail.log = clip(&out.stderr);
    result.decided(decide::stdio(out, &case.answer, checker, limits))
}
