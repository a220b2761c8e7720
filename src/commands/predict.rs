//! `grind predict [NAME] [--count N]`: a drill of predict questions in the terminal. Each
//! question shows its snippet and reads a prediction (ended by an empty line or Ctrl-D),
//! judges it as `grind check` does (and records it the same way, in `NAME.txt`), explains a
//! right one, and goes on to the next. After a wrong one, type another prediction, or `:hint`,
//! `:give-up` or `:skip` on a line of its own.

use std::io::{BufRead, Write};

use anyhow::Result;

use super::check::{self, Record, Request};
use super::workspace;
use crate::catalog::{Exercise, Kind, Tests};
use crate::cli::PredictArgs;
use crate::context::Context;
use crate::exit::{OK, usage};
use crate::report::{exercise, practice};

pub fn run(ctx: &Context, args: &PredictArgs, out: &mut dyn Write) -> Result<u8> {
    let cat = ctx.catalog()?;
    let progress = ctx.store().read()?;
    let questions: Vec<Exercise> = match &args.name {
        Some(n) => {
            let ex = ctx.exercise(n, None)?;
            if ex.kind() != Kind::Predict {
                return usage(format!(
                    "`{}` is not a predict question: `grind start {}`",
                    ex.name, ex.name
                ));
            }
            vec![ex]
        }
        None => cat
            .exercises
            .iter()
            .filter(|e| e.kind() == Kind::Predict && !progress.solved(&e.name))
            .take(args.count.max(1))
            .cloned()
            .collect(),
    };
    if questions.is_empty() {
        practice::drill_done(out)?;
        return Ok(OK);
    }
    let mut input = std::io::stdin().lock();
    for (i, ex) in questions.iter().enumerate() {
        practice::drill_question(out, i + 1, questions.len(), &ex.name, ctx.style)?;
        exercise::prompt(out, ex, ctx.style)?;
        let file = workspace::work_file(ex);
        let now = ctx.clock().now();
        let ((), w) = ctx.store().update(|p| {
            p.current = Some(ex.name.clone());
            if p.exercises
                .get(&ex.name)
                .is_none_or(|s| s.started_at.is_none())
            {
                workspace::new_try(p, &ex.name, now);
            }
            Ok::<_, anyhow::Error>(())
        })?;
        workspace::warn(ctx, &w);
        loop {
            practice::drill_ask(out)?;
            let Some(answer) = read_answer(&mut input)? else {
                return Ok(OK);
            };
            match answer.trim() {
                "" | ":skip" => break,
                ":hint" => {
                    hint(ctx, ex, out)?;
                    continue;
                }
                ":give-up" => {
                    give_up(ctx, ex, out)?;
                    break;
                }
                _ => {}
            }
            let snippet = String::from_utf8_lossy(&ex.starter().unwrap_or_default()).into_owned();
            std::fs::write(&file, workspace::prediction_file(&snippet) + &answer)?;
            let request = Request {
                file: file.clone(),
                options: ctx.options(),
                json: false,
                reveal: false,
                record: Record::Changed,
            };
            let code = check::once(ctx, ex.clone(), &request, out)?;
            if code == OK {
                break;
            }
            practice::drill_retry(out)?;
        }
    }
    Ok(OK)
}

/// Lines up to an empty line or the end of input; `None` at the end of input with nothing read.
fn read_answer(input: &mut impl BufRead) -> Result<Option<String>> {
    let mut text = String::new();
    let mut any = false;
    loop {
        let mut line = String::new();
        if input.read_line(&mut line)? == 0 {
            return Ok(any.then_some(text));
        }
        any = true;
        if line.trim_end_matches(['\n', '\r']).is_empty() {
            return Ok(Some(text));
        }
        text.push_str(&line);
        if !line.ends_with('\n') {
            text.push('\n');
        }
    }
}

fn hint(ctx: &Context, ex: &Exercise, out: &mut dyn Write) -> Result<()> {
    let (shown, w) = ctx.store().update(|p| {
        let st = p.state(&ex.name);
        st.hints_used = (st.hints_used + 1).min(ex.hints.len());
        Ok::<_, anyhow::Error>(st.hints_used)
    })?;
    workspace::warn(ctx, &w);
    practice::hints(out, ex, shown, ctx.style)?;
    Ok(())
}

fn give_up(ctx: &Context, ex: &Exercise, out: &mut dyn Write) -> Result<()> {
    let now = ctx.clock().now();
    let ((), w) = ctx.store().update(|p| {
        p.state(&ex.name).gave_up_at.get_or_insert(now);
        Ok::<_, anyhow::Error>(())
    })?;
    workspace::warn(ctx, &w);
    if let Tests::Predict {
        expected,
        explanation,
        ..
    } = ex.tests()?
    {
        practice::real_output(out, &expected, &explanation, ctx.style)?;
    }
    Ok(())
}
