//! `grind verify [NAME|PATH...]`: prove exercises. For each: metadata and tests load; the
//! reference is accepted; the starter is not; every labelled submission gets its label; a
//! `predict` snippet is deterministic and matches `expected.txt`.

use std::io::Write;

use anyhow::Result;

use crate::catalog::{Exercise, Format, LoadError, ModuleTests, Submission, Tests, scan_tests};
use crate::checker::check_lines;
use crate::cli::VerifyArgs;
use crate::context::Context;
use crate::exit::{NOT_ACCEPTED, OK, USAGE};
use crate::judge::{Judge, Judgement, Options, calibrate};
use crate::pool;
use crate::report;
use crate::report::verify::{self as render, Check, ExerciseReport};
use crate::verdict::Verdict;

pub fn run(ctx: &Context, args: &VerifyArgs, out: &mut dyn Write) -> Result<u8> {
    let mut loaded: Vec<Result<Exercise, LoadError>> = Vec::new();
    if args.targets.is_empty() {
        let cat = ctx.catalog()?;
        loaded.extend(cat.exercises.into_iter().map(Ok));
        loaded.extend(cat.errors.into_iter().map(Err));
    } else {
        for t in &args.targets {
            match ctx.exercise(t, args.judge.time_limit) {
                Ok(e) => loaded.push(Ok(e)),
                Err(e) => match e.downcast::<LoadError>() {
                    Ok(le) => loaded.push(Err(le)),
                    Err(other) => return Err(other),
                },
            }
        }
    }
    let options = ctx.judge_options(&args.judge)?;
    ctx.python()?;
    let load_failed = loaded.iter().any(Result::is_err);
    // Exercises are verified in parallel, one run at a time each, and reported in order. Unless
    // `-j` says otherwise, one more exercise than there are CPUs: part of verify's time is
    // spent waiting, not computing (module tests that hand work between threads or sleep,
    // processes starting), and the extra one fills those gaps. On the 2-core machine the
    // catalog took 180 s with 2 at a time and 155 s with 3, for the same CPU time. Time
    // limits are on CPU time, so sharing the CPUs changes no verdict.
    let workers = args.judge.jobs.unwrap_or(options.jobs + 1);
    let inner = Options { jobs: 1, ..options };
    let mut reports = Vec::new();
    let mut failure = None;
    let bar = report::bar::progress_bar(ctx.style, loaded.len());
    pool::in_order(
        loaded,
        workers,
        |item| match item {
            Ok(ex) => verify_exercise(ctx, inner, &ex),
            Err(e) => Ok(ExerciseReport {
                name: e.root.clone(),
                checks: Vec::new(),
                problems: e.problems,
            }),
        },
        |result| {
            bar.inc(1);
            match result {
                Ok(report) => {
                    let _ = bar.suspend(|| -> std::io::Result<()> {
                        render::exercise(out, &report, ctx.style)?;
                        out.flush()
                    });
                    reports.push(report);
                }
                Err(e) => failure = failure.take().or(Some(e)),
            }
        },
    );
    bar.finish_and_clear();
    if let Some(e) = failure {
        return Err(e);
    }
    render::summary(out, &reports, ctx.style)?;
    Ok(if load_failed {
        USAGE
    } else if reports.iter().all(ExerciseReport::ok) {
        OK
    } else {
        NOT_ACCEPTED
    })
}

fn verify_exercise(ctx: &Context, options: Options, ex: &Exercise) -> Result<ExerciseReport> {
    let mut report = ExerciseReport {
        name: ex.name.clone(),
        ..ExerciseReport::default()
    };
    let tests = match ctx.tests(ex) {
        Ok(t) => t,
        Err(e) => {
            report.problems = e.problems;
            return Ok(report);
        }
    };
    if let Some(why) = ex.python_too_old(&ctx.python()?.version) {
        report.checks.push(Check {
            what: "python".into(),
            wanted: "supported".into(),
            got: None,
            ok: true,
            note: Some(format!("skipped: {why}")),
        });
        return Ok(report);
    }
    let submissions = match ex.submissions() {
        Ok(s) => s,
        Err(e) => {
            report.problems = e.problems;
            return Ok(report);
        }
    };
    let mut strict = ctx.judge(
        ex,
        Options {
            fail_fast: true,
            ..options
        },
    )?;
    let mut ex = ex.clone();
    // A calibration measured now has judged the reference already: that judgement is reused.
    let (measured, mut reference_judged) =
        calibrate::calibrate_judged(&strict, &mut ex, &tests, ctx.cache_dir())?;
    if let Some(m) = measured {
        report.checks.push(Check {
            what: "time limit".into(),
            wanted: "calibrated".into(),
            got: None,
            ok: true,
            note: Some(m.describe()),
        });
    }
    let ex = &ex;

    if let Tests::Predict {
        snippet, expected, ..
    } = &tests
    {
        let first = strict.real_output(snippet, ex.limits)?;
        let second = strict.real_output(snippet, ex.limits)?;
        report.checks.push(Check {
            what: "snippet".into(),
            wanted: "deterministic".into(),
            got: None,
            ok: first == second,
            note: (first != second).then(|| "two runs printed different output".into()),
        });
        let matches = check_lines(first.as_bytes(), expected.as_bytes());
        report.checks.push(Check {
            what: "expected.txt".into(),
            wanted: "real output".into(),
            got: None,
            ok: matches.is_ok(),
            note: matches
                .err()
                .map(|m| format!("differs from this interpreter: {m}")),
        });
        // Every prediction is judged against the output just measured, when both runs agreed
        // (the snippet need not run once more per prediction).
        if first == second {
            strict.snippet_output = Some(first);
        }
        let empty = strict.judge(ex, &tests, b"")?;
        report
            .checks
            .push(not_accepted("empty prediction", empty.verdict));
    } else {
        if ex.format == Format::Native && !tests.has_sample() {
            report.problems.push(format!(
                "`{}` has no visible sample test: add one to `tests/sample*`",
                ex.files.display_root()
            ));
        }
        if let Tests::Module(m) = &tests {
            report.checks.push(collect_check(&strict, m)?);
        }
        if ex.format == Format::Native {
            let j = match reference_judged.take() {
                Some(j) => j,
                None => strict.judge(ex, &tests, &ex.reference().unwrap_or_default())?,
            };
            let slowest = j.tests.iter().map(|t| t.time).max().unwrap_or_default();
            let mut c = label_check("reference", Verdict::Accepted, &j);
            if c.ok {
                c.note = Some(format!(
                    "slowest test {} ms of {} ms",
                    slowest.as_millis(),
                    ex.limits.cpu.as_millis()
                ));
            }
            report.checks.push(c);
            let starter = ex.starter().unwrap_or_default();
            let j = strict.judge(ex, &tests, &starter)?;
            report.checks.push(not_accepted("starter", j.verdict));
        }
    }
    for sub in &submissions {
        report
            .checks
            .push(verify_submission(&strict, ex, &tests, sub)?);
    }
    Ok(report)
}

/// The static scan's tests against the runner's `collect` job, for both test files.
fn collect_check(judge: &Judge<'_>, tests: &ModuleTests) -> Result<Check> {
    let mut differences = Vec::new();
    for (source, group) in [
        (&tests.sample_source, "sample"),
        (&tests.hidden_source, "hidden"),
    ] {
        let scanned = scan_tests(source);
        let collected = judge.collect_tests(source)?;
        if scanned != collected {
            differences.push(format!(
                "tests/{group}.py: grind found [{}], the runner [{}]",
                scanned.join(", "),
                collected.join(", ")
            ));
        }
    }
    Ok(Check {
        what: "test names".into(),
        wanted: "scan = runner".into(),
        got: None,
        ok: differences.is_empty(),
        note: (!differences.is_empty()).then(|| differences.join("; ")),
    })
}

/// Judges a labelled submission, stopping at its first failing test: the verdict is the
/// first failing test's (every earlier test passed), so the rest cannot change whether the
/// label holds, and a brute force labelled TLE costs one time limit, not one per large test.
fn verify_submission(
    strict: &Judge<'_>,
    ex: &Exercise,
    tests: &Tests,
    sub: &Submission,
) -> Result<Check> {
    if sub.is_python2() {
        return Ok(Check {
            what: sub.name.clone(),
            wanted: sub.expected.label().into(),
            got: None,
            ok: true,
            note: Some("skipped: a Python 2 program (grind judges with Python 3)".into()),
        });
    }
    let j = strict.judge(ex, tests, &sub.source)?;
    Ok(label_check(&sub.name, sub.expected, &j))
}

fn label_check(what: &str, wanted: Verdict, j: &Judgement) -> Check {
    let ok = j.verdict == wanted;
    let note = if ok {
        None
    } else {
        let first_bad = j.tests.iter().find(|t| t.verdict == j.verdict);
        Some(match first_bad {
            Some(t) => format!(
                "{} on {}: {}",
                j.verdict.label(),
                t.name,
                t.message.clone().unwrap_or_default()
            ),
            None => j
                .compile_message
                .clone()
                .unwrap_or_else(|| format!("got {}", j.verdict.label())),
        })
    };
    Check {
        what: what.into(),
        wanted: wanted.label().into(),
        got: Some(j.verdict),
        ok,
        note,
    }
}

fn not_accepted(what: &str, got: Verdict) -> Check {
    Check {
        what: what.into(),
        wanted: "not AC".into(),
        got: Some(got),
        ok: got != Verdict::Accepted && got != Verdict::JudgeError,
        note: None,
    }
}
