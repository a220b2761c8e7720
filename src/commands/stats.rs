//! `grind stats [--json]`: solved/attempted per topic and difficulty, time to solve against
//! each exercise's target, attempts before the first pass, the streak, recent history.

use std::io::Write;

use anyhow::Result;

use crate::context::Context;
use crate::exit::OK;
use crate::progress::stats;
use crate::report::stats::{self as render, Stats};

pub fn run(ctx: &Context, json_out: bool, out: &mut dyn Write) -> Result<u8> {
    let cat = ctx.catalog()?;
    let progress = ctx.store().read()?;
    let now = ctx.clock().now();
    let all: Vec<_> = cat
        .exercises
        .iter()
        .map(|e| stats::exercise(&progress, e))
        .collect();
    let recent: Vec<_> = progress.attempts.iter().rev().take(10).collect();
    let st = Stats {
        exercises: &all,
        totals: &stats::totals(&all),
        streak_days: stats::streak(&progress, now),
        recent: &recent,
        activity: &progress.attempts.iter().map(|a| a.at).collect::<Vec<_>>(),
        now,
    };
    if json_out {
        render::json(out, &st)?;
    } else {
        render::text(out, &st, ctx.style)?;
    }
    Ok(OK)
}
