//! `grind next` and `grind review`: what to work on.

use std::io::Write;

use anyhow::Result;

use super::workspace;
use crate::catalog::Exercise;
use crate::context::Context;
use crate::exit::OK;
use crate::progress::stats;
use crate::report::practice;

pub fn next(ctx: &Context, out: &mut dyn Write) -> Result<u8> {
    let cat = ctx.catalog()?;
    let progress = ctx.store().read()?;
    let now = ctx.clock().now();
    let mut suggestion = stats::next(&progress, &cat.exercises).map(|ex| {
        let why = match stats::exercise(&progress, ex).status {
            stats::Status::New => "new to you".to_string(),
            other => format!("{} and not solved yet", other.as_str()),
        };
        (ex, why)
    });
    // A review that is due comes before something new.
    let new = suggestion
        .as_ref()
        .is_none_or(|(ex, _)| stats::exercise(&progress, ex).status == stats::Status::New);
    if new
        && let Some(r) = stats::reviews(&progress, &cat.exercises, now).first()
        && let Some(ex) = cat.exercises.iter().find(|e| e.name == r.name)
    {
        suggestion = Some((ex, format!("due for review: {}", r.reason)));
    }
    let suggestion = suggestion.map(|(ex, why)| {
        let command = command_for(ex);
        (ex, why, command)
    });
    practice::next(
        out,
        suggestion
            .as_ref()
            .map(|(ex, why, cmd)| (*ex, why.as_str(), cmd.as_str())),
        ctx.style,
    )?;
    Ok(OK)
}

/// The command that gets going on `ex`: `start` for a new file, else a new try over the
/// existing one (`reset` keeps a backup) or simply checking it again.
fn command_for(ex: &Exercise) -> String {
    if workspace::work_file(ex).exists() {
        format!(
            "grind check {} (your file is there), or `grind reset {}` for a fresh try",
            ex.name, ex.name
        )
    } else {
        format!("grind start {}", ex.name)
    }
}

pub fn review(ctx: &Context, out: &mut dyn Write) -> Result<u8> {
    let cat = ctx.catalog()?;
    let progress = ctx.store().read()?;
    let now = ctx.clock().now();
    let all = stats::schedule(&progress, &cat.exercises, now);
    let (due, later): (Vec<_>, Vec<_>) = all.into_iter().partition(|r| r.due_at <= now);
    practice::reviews(out, &due, later.first(), now, ctx.style)?;
    Ok(OK)
}
