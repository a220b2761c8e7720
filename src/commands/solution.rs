//! `grind solution [NAME] [--give-up]`: the reference, once passed or given up (recorded);
//! for `predict`, the real output and the explanation.

use std::io::Write;

use anyhow::Result;

use super::workspace;
use crate::catalog::{Kind, Tests};
use crate::context::Context;
use crate::exit::{OK, usage};

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
            p.state(&ex.name).gave_up_at.get_or_insert(now);
            Ok::<_, anyhow::Error>(())
        })?;
        workspace::warn(ctx, &warnings);
    }
    let s = ctx.style;
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
        writeln!(out, "{}", s.bold("It prints:"))?;
        for line in expected.lines() {
            writeln!(out, "    {line}")?;
        }
        writeln!(out)?;
        writeln!(out, "{}", explanation.trim_end())?;
    } else {
        writeln!(
            out,
            "{}",
            s.bold(&format!("Reference solution of {}:", ex.name))
        )?;
        writeln!(
            out,
            "{}",
            String::from_utf8_lossy(&ex.reference().unwrap_or_default()).trim_end()
        )?;
    }
    Ok(OK)
}
