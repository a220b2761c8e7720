//! `grind hint [NAME]`: reveal the next hint and record that it was used.

use std::io::Write;

use anyhow::Result;

use super::workspace;
use crate::context::Context;
use crate::exit::{OK, usage};
use crate::report::practice;

pub fn run(ctx: &Context, name: Option<&str>, out: &mut dyn Write) -> Result<u8> {
    let ex = ctx.exercise_or_current(name, None)?;
    if ex.hints.is_empty() {
        practice::hints(out, &ex, 0, ctx.style)?;
        return Ok(OK);
    }
    let now = ctx.clock().now();
    let (shown, warnings) = ctx.store().update(|p| {
        if let Some(m) = &p.mock
            && m.ended_at.is_none()
            && now < m.deadline
            && !m.hints_allowed
            && m.exercises.contains(&ex.name)
        {
            return usage("hints are locked during this mock round (start it with `--allow-hints` to allow them)");
        }
        let st = p.state(&ex.name);
        st.hints_used = (st.hints_used + 1).min(ex.hints.len());
        Ok::<_, anyhow::Error>(st.hints_used)
    })?;
    workspace::warn(ctx, &warnings);
    practice::hints(out, &ex, shown, ctx.style)?;
    Ok(OK)
}
