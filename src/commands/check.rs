//! `grind check [NAME|PATH] --file SOLUTION`: judge a solution and report.

use std::io::Write;
use std::path::PathBuf;

use anyhow::Result;

use crate::catalog::Format;
use crate::cli::{CheckArgs, JudgeArgs};
use crate::context::Context;
use crate::exit::{INTERNAL, NOT_ACCEPTED, OK, usage};
use crate::judge::runner::{Judge, Options};
use crate::report::{check, json};
use crate::verdict::Verdict;

/// Judge options from the shared judging flags.
pub fn options(args: &JudgeArgs) -> Result<Options> {
    let mut o = Options::default();
    if let Some(j) = args.jobs {
        if j == 0 {
            return usage("`--jobs 0`: use at least 1");
        }
        o.jobs = j;
    }
    o.no_namespace = std::env::var_os("GRIND_NO_PID_NAMESPACE").is_some_and(|v| v == "1");
    o.sandbox = std::env::var_os("GRIND_SANDBOX").is_none_or(|v| v != "off");
    Ok(o)
}

/// Directories to hide from solutions: the exercise's own directory when it is on disk, and
/// the pack given with `--exercises`. (The embedded catalog lives in the `grind` binary, which
/// the sandbox hides as well.)
pub fn hidden_dirs(ctx: &Context, ex: &crate::catalog::Exercise) -> Vec<PathBuf> {
    let mut dirs = Vec::new();
    if let crate::catalog::Files::Disk(p) = &ex.files {
        dirs.push(p.clone());
    }
    dirs.extend(ctx.exercises_dir.clone());
    dirs.into_iter()
        .filter_map(|d| std::fs::canonicalize(d).ok())
        .collect()
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
    if args.all {
        return check_all(ctx, args, out);
    }
    let mut ex = if let Some(name) = &args.name {
        ctx.exercise(name, args.judge.time_limit)?
    } else {
        let mut ex = super::workspace::resolve(ctx, None)?;
        if let Some(t) = args.judge.time_limit {
            ex.limits = ex.limits.with_cpu(std::time::Duration::from_secs_f64(t));
            ex.calibration = None;
        }
        ex
    };
    let file = match &args.file {
        Some(f) => f.clone(),
        None if ex.format == Format::Kattis => {
            return usage(format!(
                "`{}` is a problem package: give the solution with `--file SOLUTION.py`",
                ex.name
            ));
        }
        None => super::workspace::work_file(&ex),
    };
    let source = match std::fs::read(&file) {
        Ok(s) => s,
        Err(e) => {
            return usage(format!(
                "cannot read the solution `{}`: {e}: write it there or pass `--file PATH`",
                file.display()
            ));
        }
    };
    let tests = ex.tests()?;
    let mut opts = options(&args.judge)?;
    opts.fail_fast = args.fail_fast;
    let judge = Judge {
        python: ctx.python()?,
        options: opts,
        hide: hidden_dirs(ctx, &ex),
    };
    let measured = crate::judge::calibrate::calibrate(&judge, &mut ex, &tests)?;
    let judgement = judge.judge(&ex, &tests, &source)?;
    // A workspace that cannot be written (a read-only directory, a store from a newer grind)
    // must not hide the verdict: say so and go on.
    let recorded = record(ctx, &ex, &judgement).unwrap_or_else(|e| {
        super::workspace::warn(ctx, &[format!("the attempt was not recorded: {e:#}")]);
        Vec::new()
    });
    if args.json {
        json::write(out, &json::judgement(&judgement, args.reveal))?;
    } else {
        check::render(
            out,
            &ex,
            &judgement,
            ctx.style,
            check::Show {
                reveal: args.reveal,
            },
        )?;
        if let (
            Verdict::Accepted | Verdict::WrongAnswer,
            crate::catalog::Tests::Predict { explanation, .. },
        ) = (judgement.verdict, &tests)
        {
            writeln!(out, "\n{}", ctx.style.bold("Why"))?;
            writeln!(out, "{}", explanation.trim_end())?;
        }
        for line in recorded {
            writeln!(out, "{}", ctx.style.dim(&line))?;
        }
        if let Some(m) = measured {
            writeln!(
                out,
                "{}",
                ctx.style.dim(&format!("time limit {}", m.describe()))
            )?;
        }
    }
    Ok(exit_code(judgement.verdict))
}

/// Appends the attempt to the workspace's store; returns lines worth showing (first solve
/// time, mock countdown).
fn record(
    ctx: &Context,
    ex: &crate::catalog::Exercise,
    j: &crate::judge::runner::Judgement,
) -> Result<Vec<String>> {
    use crate::progress::{Attempt, clock};
    let now = clock::now();
    let passed = j
        .tests
        .iter()
        .filter(|t| t.verdict == Verdict::Accepted)
        .count();
    let (lines, warnings) = super::workspace::store().update(|p| {
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
            verdict: j.verdict.as_str().into(),
            passed,
            total: j.tests.len() + j.skipped,
            elapsed_seconds: elapsed,
            hints_used: hints,
            mock: in_mock,
        });
        let mut lines = Vec::new();
        if first_solve {
            let target = ex
                .target_minutes
                .map_or(String::new(), |t| format!(" (target {t} min)"));
            lines.push(format!("solved in {}{target}", clock::human(elapsed)));
        }
        lines.extend(super::mock::countdown(p, now));
        Ok(lines)
    })?;
    super::workspace::warn(ctx, &warnings);
    Ok(lines)
}

/// `grind check --all`: every catalog exercise with a file in the workspace, judged in
/// parallel, one line each in catalog order.
fn check_all(ctx: &Context, args: &CheckArgs, out: &mut dyn Write) -> Result<u8> {
    let cat = ctx.catalog()?;
    let work: Vec<_> = cat
        .exercises
        .iter()
        .filter_map(|ex| {
            std::fs::read(super::workspace::work_file(ex))
                .ok()
                .map(|src| (ex, src))
        })
        .collect();
    if work.is_empty() {
        return usage("no exercise files here: `grind start NAME` writes one");
    }
    let mut opts = options(&args.judge)?;
    opts.fail_fast = args.fail_fast;
    let workers = opts.jobs;
    opts.jobs = 1;
    let python = ctx.python()?;
    let bar = super::progress_bar(ctx, work.len());
    let mut worst = Verdict::Accepted;
    let mut failure = None;
    super::in_order(
        work,
        workers,
        |(ex, source)| -> Result<(String, crate::judge::runner::Judgement)> {
            let judge = Judge {
                python,
                options: opts,
                hide: hidden_dirs(ctx, ex),
            };
            let tests = ex.tests()?;
            let mut ex = ex.clone();
            crate::judge::calibrate::calibrate(&judge, &mut ex, &tests)?;
            let j = judge.judge(&ex, &tests, &source)?;
            record(ctx, &ex, &j)?;
            Ok((ex.name.clone(), j))
        },
        |result| {
            bar.inc(1);
            match result {
                Ok((name, j)) => {
                    worst = worst.max(j.verdict);
                    let passed = j
                        .tests
                        .iter()
                        .filter(|t| t.verdict == Verdict::Accepted)
                        .count();
                    let line = format!(
                        "{}  {name:<36} {passed}/{}",
                        ctx.style.verdict(j.verdict, 3),
                        j.tests.len() + j.skipped
                    );
                    let _ = bar.suspend(|| writeln!(out, "{line}"));
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
