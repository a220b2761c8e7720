//! `grind run [NAME] [--input FILE | --call JSON]`: try a solution without it counting, as
//! the Run button is to Submit on judge sites. With no input, the samples are judged; with `--input` (stdio)
//! or `--call` (function) the solution runs once on that and its output (and return value) is
//! shown. Nothing is recorded.

use std::io::Write;

use anyhow::Result;

use super::workspace;
use crate::catalog::{Exercise, Kind, Tests, TextCase, ValueCase};
use crate::cli::RunArgs;
use crate::context::Context;
use crate::exit::{OK, usage};
use crate::judge::calibrate;
use crate::report::{check, practice};
use crate::verdict::Verdict;

pub fn run(ctx: &Context, args: &RunArgs, out: &mut dyn Write) -> Result<u8> {
    let mut ex = ctx.exercise_or_current(args.name.as_deref(), None)?;
    if ex.kind() == Kind::Predict {
        return usage(format!(
            "`{}` is a prediction: `grind check` judges it (a wrong one reveals nothing)",
            ex.name
        ));
    }
    let file = args
        .file
        .clone()
        .unwrap_or_else(|| workspace::work_file(&ex));
    let source = std::fs::read(&file)
        .map_err(|e| crate::exit::UsageError(format!("cannot read `{}`: {e}", file.display())))?;
    let all = ex.tests()?;
    let own = own_case(&ex, args)?;
    let tests = match (&own, all) {
        (Some(t), _) => t.clone(),
        (None, Tests::Text(c)) => Tests::Text(c.into_iter().filter(|c| c.sample).collect()),
        (None, Tests::Values(c)) => Tests::Values(c.into_iter().filter(|c| c.sample).collect()),
        (None, t) => t,
    };
    let judge = ctx.judge(&ex, ctx.options())?;
    let full = ex.tests()?;
    calibrate::calibrate(&judge, &mut ex, &full, ctx.cache_dir())?;
    let j = judge.judge(&ex, &tests, &source)?;
    if own.is_some() {
        practice::own_run(out, &ex, &j)?;
        return Ok(if j.verdict == Verdict::JudgeError {
            3
        } else {
            OK
        });
    }
    check::render(
        out,
        &ex,
        &j,
        ctx.style,
        &check::Show {
            reveal: false,
            failed_dir: None,
        },
    )?;
    practice::samples_only(out, ctx.style)?;
    Ok(super::check::exit_code(j.verdict))
}

/// The one case `--input` or `--call` gives, if any.
fn own_case(ex: &Exercise, args: &RunArgs) -> Result<Option<Tests>> {
    match (ex.kind(), &args.input, &args.call) {
        (_, Some(_), Some(_)) => usage("give `--input` or `--call`, not both"),
        (Kind::Function, Some(_), _) => usage(format!(
            "`{}` is a function exercise: give the call's arguments as JSON with `--call '[...]'`",
            ex.name
        )),
        (Kind::Function, None, Some(call)) => {
            let args: serde_json::Value = serde_json::from_str(call).map_err(|e| {
                crate::exit::UsageError(format!("`--call`: not JSON ({e}): write the arguments as a list, like '[[2, 7, 11], 9]'"))
            })?;
            if !args.is_array() {
                return usage(
                    "`--call`: write the arguments as a JSON list, like '[[2, 7, 11], 9]'",
                );
            }
            Ok(Some(Tests::Values(vec![ValueCase {
                name: "your call".into(),
                sample: true,
                args: args.to_string().into(),
                expected: "null".into(),
            }])))
        }
        (_, None, Some(_)) => usage(format!(
            "`{}` reads stdin: give your input with `--input FILE`",
            ex.name
        )),
        (_, Some(path), None) => {
            let input = std::fs::read(path).map_err(|e| {
                crate::exit::UsageError(format!("cannot read `{}`: {e}", path.display()))
            })?;
            Ok(Some(Tests::Text(vec![TextCase {
                name: "your input".into(),
                sample: true,
                input: input.into(),
                answer: Vec::new().into(),
            }])))
        }
        (_, None, None) => Ok(None),
    }
}
