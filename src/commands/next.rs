//! `grind next` and `grind review`: what to work on.

use std::io::Write;

use anyhow::Result;

use crate::context::Context;
use crate::exit::OK;
use crate::progress::clock::human;
use crate::progress::stats;

pub fn next(ctx: &Context, out: &mut dyn Write) -> Result<u8> {
    let cat = ctx.catalog()?;
    let progress = ctx.store().read()?;
    match stats::next(&progress, &cat.exercises) {
        Some(ex) => {
            let st = stats::exercise(&progress, ex);
            let why = match st.status {
                stats::Status::New => "new to you".to_string(),
                _ => format!("{} and not solved yet", st.status.as_str()),
            };
            writeln!(
                out,
                "{}  {} ({}, {})",
                ctx.style.bold(&ex.name),
                ex.title,
                ex.difficulty.map_or("-", |d| d.as_str()),
                why
            )?;
            writeln!(out, "run: grind start {}", ex.name)?;
        }
        None => writeln!(
            out,
            "Everything is solved. `grind review` lists what is due for another go."
        )?,
    }
    Ok(OK)
}

pub fn review(ctx: &Context, out: &mut dyn Write) -> Result<u8> {
    let cat = ctx.catalog()?;
    let progress = ctx.store().read()?;
    let now = ctx.clock().now();
    let due = stats::reviews(&progress, &cat.exercises, now);
    if due.is_empty() {
        writeln!(out, "Nothing is due for review.")?;
    }
    for r in &due {
        let late = now.saturating_sub(r.due_at);
        let when = if late == 0 {
            "due now".to_string()
        } else {
            format!("due {} ago", human(late))
        };
        writeln!(
            out,
            "{:<36} {:<14} {}",
            r.name,
            when,
            ctx.style.dim(&r.reason)
        )?;
    }
    Ok(OK)
}
