//! `grind reset [NAME]`: restore the starter, keeping the user's file in `.grind/backups/`,
//! and start a new try (the clock and the hints start over; the history stays).

use std::io::Write;

use anyhow::Result;

use super::workspace::{self, work_file};
use crate::context::Context;
use crate::exit::OK;
use crate::report::practice;

pub fn run(ctx: &Context, name: Option<&str>, out: &mut dyn Write) -> Result<u8> {
    let ex = ctx.exercise_or_current(name, None)?;
    let file = work_file(&ex);
    workspace::fresh_start(ctx, &ex, &file, out)?;
    practice::restored(out, &file, ctx.style)?;
    Ok(OK)
}
