//! `grind check [NAME|PATH] --file SOLUTION`: judge a solution, record the attempt, report.

use std::io::Write;
use std::path::PathBuf;

use anyhow::Result;

use super::workspace;
use crate::catalog::{Exercise, Format, Spec, Tests};
use crate::cli::CheckArgs;
use crate::context::Context;
use crate::exit::{INTERNAL, NOT_ACCEPTED, OK, usage};
use crate::judge::{Judgement, Options, calibrate};
use crate::pool;
use crate::progress::{Attempt, stats};
use crate::report::{self, check, json};
use crate::verdict::Verdict;

/// One check: the solution file, how to judge it and how to show the result. `grind check`
/// builds one from its flags; `grind watch` from the exercise it watches.
#[derive(Debug, Clone)]
pub struct Request {
    pub file: PathBuf,
    pub options: Options,
    pub json: bool,
    pub reveal: bool,
}

/// The exit code for an overall verdict.
pub fn exit_code(v: Verdict) -> u8 {
    match v {
        Verdict::Accepted => OK,
        Verdict::JudgeError => INTERNAL,
        _ => NOT_ACCEPTED,
    }
}

pub fn run(ctx: &Context, args: &CheckArgs, out: &mut dyn Write) -> Result<u8> {
    let mut options = ctx.judge_options(&args.judge)?;
    options.fail_fast = args.fail_fast;
    options.stop_on_timeout = !args.all_tests;
    if args.all {
        return check_all(ctx, options, out);
    }
    let ex = ctx.exercise_or_current(args.name.as_deref(), args.judge.time_limit)?;
    let file = match &args.file {
        Some(f) => f.clone(),
        None if ex.format == Format::Kattis => {
            return usage(format!(
                "`{}` is a problem package: give the solution with `--file SOLUTION.py`",
                ex.name
            ));
        }
        None => workspace::work_file(&ex),
    };
    let request = Request {
        file,
        options,
        json: args.json,
        reveal: args.reveal,
    };
    once(ctx, ex, &request, out)
}

/// Judges the solution in `req.file` on `ex`, records the attempt in the workspace and
/// reports; returns the exit code.
pub fn once(ctx: &Context, mut ex: Exercise, req: &Request, out: &mut dyn Write) -> Result<u8> {
    let source = match std::fs::read(&req.file) {
        Ok(s) => s,
        Err(e) => {
            return usage(format!(
                "cannot read the solution `{}`: {e}: write it there or pass `--file PATH`",
                req.file.display()
            ));
        }
    };
    let tests = ex.tests()?;
    let judge = ctx.judge(&ex, req.options)?;
    let measured = calibrate::calibrate(&judge, &mut ex, &tests, ctx.cache_dir())?;
    let judgement = user_file_names(judge.judge(&ex, &tests, &source)?, &ex, &req.file);
    // A workspace that cannot be written (a read-only directory, a store from a newer grind)
    // must not hide the verdict: say so and go on.
    let recorded = record(ctx, &ex, &judgement).unwrap_or_else(|e| {
        workspace::warn(ctx, &[format!("the attempt was not recorded: {e:#}")]);
        Vec::new()
    });
    if req.json {
        json::write(out, &json::judgement(&judgement, req.reveal))?;
        return Ok(exit_code(judgement.verdict));
    }
    check::render(
        out,
        &ex,
        &judgement,
        ctx.style,
        check::Show { reveal: req.reveal },
    )?;
    if let (Verdict::Accepted | Verdict::WrongAnswer, Tests::Predict { explanation, .. }) =
        (judgement.verdict, &tests)
    {
        check::explanation(out, explanation, ctx.style)?;
    }
    check::notes(out, &recorded, measured.as_ref(), ctx.style)?;
    Ok(exit_code(judgement.verdict))
}

/// A `module` test's traceback names the files of its run directory: show the user's module
/// as the file they edit, and the test files as the exercise names them.
fn user_file_names(mut j: Judgement, ex: &Exercise, file: &std::path::Path) -> Judgement {
    let Spec::Module(spec) = &ex.spec else {
        return j;
    };
    let renames = [
        (
            format!("File \"{}.py\"", spec.name),
            format!("File \"{}\"", file.display()),
        ),
        (
            "File \"tests_sample.py\"".into(),
            "File \"tests/sample.py\"".into(),
        ),
        (
            "File \"tests_hidden.py\"".into(),
            "File \"tests/hidden.py\"".into(),
        ),
    ];
    for t in &mut j.tests {
        if let Some(m) = &mut t.message {
            for (from, to) in &renames {
                *m = m.replace(from.as_str(), to);
            }
        }
    }
    j
}

/// Appends the attempt to the workspace's store; returns lines worth showing (first solve
/// time, mock countdown).
fn record(ctx: &Context, ex: &Exercise, j: &Judgement) -> Result<Vec<String>> {
    let now = ctx.clock().now();
    let (lines, warnings) = ctx.store().update(|p| {
        let first_solve = j.verdict == Verdict::Accepted && !p.solved(&ex.name);
        let in_mock = p.mock.as_ref().is_some_and(|m| {
            m.ended_at.is_none() && m.exercises.contains(&ex.name) && now <= m.deadline
        });
        let st = p.state(&ex.name);
        let started = *st.started_at.get_or_insert(now);
        let elapsed = now.saturating_sub(started);
        let hints = st.hints_used;
        p.attempts.push(Attempt {
            exercise: ex.name.clone(),
            at: now,
            verdict: j.verdict.into(),
            passed: j.passed(),
            total: j.total(),
            elapsed_seconds: elapsed,
            hints_used: hints,
            mock: in_mock,
        });
        let mut lines = Vec::new();
        if first_solve {
            lines.push(check::solved_line(elapsed, ex.target_minutes));
        }
        lines.extend(stats::mock_countdown(p, now));
        Ok::<_, anyhow::Error>(lines)
    })?;
    workspace::warn(ctx, &warnings);
    Ok(lines)
}

/// `grind check --all`: every catalog exercise with a file in the workspace, judged in
/// parallel, one line each in catalog order.
fn check_all(ctx: &Context, mut options: Options, out: &mut dyn Write) -> Result<u8> {
    let cat = ctx.catalog()?;
    let work: Vec<_> = cat
        .exercises
        .iter()
        .filter_map(|ex| {
            std::fs::read(workspace::work_file(ex))
                .ok()
                .map(|src| (ex, src))
        })
        .collect();
    if work.is_empty() {
        return usage("no exercise files here: `grind start NAME` writes one");
    }
    // Exercises in parallel, one run at a time each.
    let workers = options.jobs;
    options.jobs = 1;
    ctx.python()?;
    let bar = report::bar::progress_bar(ctx.style, work.len());
    let mut worst = Verdict::Accepted;
    let mut failure = None;
    pool::in_order(
        work,
        workers,
        |(ex, source)| -> Result<(String, Judgement)> {
            let judge = ctx.judge(ex, options)?;
            let tests = ex.tests()?;
            let mut ex = ex.clone();
            calibrate::calibrate(&judge, &mut ex, &tests, ctx.cache_dir())?;
            let j = judge.judge(&ex, &tests, &source)?;
            record(ctx, &ex, &j)?;
            Ok((ex.name.clone(), j))
        },
        |result| {
            bar.inc(1);
            match result {
                Ok((name, j)) => {
                    worst = worst.max(j.verdict);
                    let _ = bar.suspend(|| check::summary_line(out, &name, &j, ctx.style));
                }
                Err(e) => failure = failure.take().or(Some(e)),
            }
        },
    );
    bar.finish_and_clear();
    if let Some(e) = failure {
        return Err(e);
    }
    Ok(exit_code(worst))
}
