//! `grind reset [NAME]`: restore the starter, keeping the user's file in `.grind/backups/`,
//! and start a new try (the clock and the hints start over; the history stays).

use std::io::Write;

use anyhow::{Context as _, Result};

use super::workspace::{self, work_file};
use crate::context::Context;
use crate::exit::OK;
use crate::report::practice;

pub fn run(ctx: &Context, name: Option<&str>, out: &mut dyn Write) -> Result<u8> {
    let ex = ctx.exercise_or_current(name, None)?;
    let file = work_file(&ex);
    let now = ctx.clock().now();
    if let Some(backup) = workspace::backup(&ex, &file, now)? {
        practice::kept(out, &backup, ctx.style)?;
    }
    std::fs::write(&file, workspace::fresh_content(&ex))
        .with_context(|| format!("failed to write `{}`", file.display()))?;
    let ((), warnings) = ctx.store().update(|p| {
        p.current = Some(ex.name.clone());
        workspace::new_try(p, &ex.name, now);
        Ok::<_, anyhow::Error>(())
    })?;
    workspace::warn(ctx, &warnings);
    practice::restored(out, &file, ctx.style)?;
    Ok(OK)
}
