//! `grind check [NAME|PATH] --file SOLUTION`: judge a solution and report.

use std::io::Write;
use std::path::PathBuf;

use anyhow::Result;

use crate::catalog::{Format, Kind};
use crate::cli::{CheckArgs, JudgeArgs};
use crate::context::Context;
use crate::exit::{INTERNAL, NOT_ACCEPTED, OK, usage};
use crate::judge::Verdict;
use crate::judge::runner::{Judge, Options};
use crate::report::{check, json};

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
    let Some(name) = &args.name else {
        return usage(
            "no exercise given: run `grind check NAME --file SOLUTION` (or `grind check PATH --file SOLUTION`)",
        );
    };
    let ex = ctx.exercise(name, args.judge.time_limit)?;
    let file = match &args.file {
        Some(f) => f.clone(),
        None if ex.format == Format::Kattis => {
            return usage(format!(
                "`{name}` is a problem package: give the solution with `--file SOLUTION.py`"
            ));
        }
        None => PathBuf::from(format!(
            "{}.{}",
            ex.name,
            if ex.kind() == Kind::Predict {
                "txt"
            } else {
                "py"
            }
        )),
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
    let judgement = judge.judge(&ex, &tests, &source)?;
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
    }
    Ok(exit_code(judgement.verdict))
}
