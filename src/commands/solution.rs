//! `grind solution [NAME] [--give-up]`: the reference, once passed or given up (recorded);
//! for `predict`, the real output and the explanation.

use std::io::Write;

use anyhow::Result;

use super::workspace;
use crate::catalog::{Kind, Tests};
use crate::context::Context;
use crate::exit::{OK, usage};
use crate::report::practice;

pub fn run(ctx: &Context, name: Option<&str>, give_up: bool, out: &mut dyn Write) -> Result<u8> {
    let ex = ctx.exercise_or_current(name, None)?;
    let store = ctx.store();
    let solved = store.read()?.solved(&ex.name);
    if !solved && !give_up {
        return usage(format!(
            "`{}` is not solved yet: keep going (`grind hint`), or `grind solution {} --give-up` to see it (recorded)",
            ex.name, ex.name
        ));
    }
    if !solved {
        let now = ctx.clock().now();
        let ((), warnings) = store.update(|p| {
            if let Some(m) = &p.mock
                && m.ended_at.is_none()
                && now < m.deadline
                && !m.hints_allowed
                && m.exercises.contains(&ex.name)
            {
                return usage(
                    "the solution is locked during this mock round, as hints are (`grind mock --end` ends the round)",
                );
            }
            p.state(&ex.name).gave_up_at.get_or_insert(now);
            Ok::<_, anyhow::Error>(())
        })?;
        workspace::warn(ctx, &warnings);
    }
    if ex.kind() == Kind::Predict {
        let Tests::Predict {
            expected,
            explanation,
            ..
        } = ex.tests()?
        else {
            anyhow::bail!(
                "`{}`: a predict exercise without its expected output",
                ex.name
            );
        };
        practice::real_output(out, &expected, &explanation, ctx.style)?;
    } else {
        let source = ex.reference().unwrap_or_default();
        practice::reference(out, &ex.name, &source, ctx.style)?;
    }
    Ok(OK)
}
