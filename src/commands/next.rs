//! `grind next` and `grind review`: what to work on.

use std::io::Write;

use anyhow::Result;

use crate::context::Context;
use crate::exit::OK;
use crate::progress::stats;
use crate::report::practice;

pub fn next(ctx: &Context, out: &mut dyn Write) -> Result<u8> {
    let cat = ctx.catalog()?;
    let progress = ctx.store().read()?;
    let suggestion = stats::next(&progress, &cat.exercises).map(|ex| {
        let why = match stats::exercise(&progress, ex).status {
            stats::Status::New => "new to you".to_string(),
            other => format!("{} and not solved yet", other.as_str()),
        };
        (ex, why)
    });
    let suggestion = suggestion.as_ref().map(|(ex, why)| (*ex, why.as_str()));
    practice::next(out, suggestion, ctx.style)?;
    Ok(OK)
}

pub fn review(ctx: &Context, out: &mut dyn Write) -> Result<u8> {
    let cat = ctx.catalog()?;
    let progress = ctx.store().read()?;
    let now = ctx.clock().now();
    let due = stats::reviews(&progress, &cat.exercises, now);
    practice::reviews(out, &due, now, ctx.style)?;
    Ok(OK)
}
