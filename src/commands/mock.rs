//! `grind mock`: a timed round of unseen problems. Starting writes their starters and sets a
//! deadline; every `grind check` shows the countdown; hints are locked unless allowed;
//! `grind mock --end` (or the first `grind mock` after the deadline) prints the report.

use std::io::Write;

use anyhow::{Context as _, Result};

use super::workspace::{self, work_file};
use crate::catalog::Kind;
use crate::cli::MockArgs;
use crate::context::Context;
use crate::exit::{NOT_ACCEPTED, OK, usage};
use crate::progress::clock::{self, human};
use crate::progress::{Mock, Progress};

pub fn run(ctx: &Context, args: &MockArgs, out: &mut dyn Write) -> Result<u8> {
    let now = ctx.clock().now();
    let store = ctx.store();
    let progress = store.read()?;
    if let Some(m) = progress.mock.clone().filter(|m| m.ended_at.is_none()) {
        if args.end || now >= m.deadline {
            let ((), w) = store.update(|p| {
                if let Some(m) = &mut p.mock {
                    m.ended_at = Some(now.min(m.deadline));
                }
                Ok::<_, anyhow::Error>(())
            })?;
            workspace::warn(ctx, &w);
            return report(ctx, &store.read()?, &m, out);
        }
        writeln!(
            out,
            "A mock round is running: {} left.",
            human(m.deadline - now)
        )?;
        for name in &m.exercises {
            writeln!(out, "  {name}")?;
        }
        writeln!(out, "`grind mock --end` ends it now.")?;
        return Ok(OK);
    }
    if args.end {
        return usage("no mock round is running: start one with `grind mock`");
    }
    let cat = ctx.catalog()?;
    let seen = |name: &str| {
        progress.exercises.contains_key(name) || progress.attempts_of(name).next().is_some()
    };
    let mut pool: Vec<_> = cat
        .exercises
        .iter()
        .filter(|e| e.kind() != Kind::Predict && !seen(&e.name))
        .filter(|e| e.matches(args.difficulty, args.topic.as_deref()))
        .collect();
    if pool.len() < args.count {
        return usage(format!(
            "only {} unseen problem(s) match: lower `--count` or widen `--difficulty`/`--topic`",
            pool.len()
        ));
    }
    // A different but reproducible pick each day.
    pool.sort_by_key(|e| {
        (
            fnv(&format!("{}{}", clock::day(now), e.name)),
            e.name.clone(),
        )
    });
    pool.truncate(args.count);
    for ex in &pool {
        let file = work_file(ex);
        if !file.exists() {
            std::fs::write(&file, ex.starter().unwrap_or_default())
                .with_context(|| format!("failed to write `{}`", file.display()))?;
        }
    }
    let mock = Mock {
        started_at: now,
        deadline: now + args.minutes * 60,
        exercises: pool.iter().map(|e| e.name.clone()).collect(),
        hints_allowed: args.allow_hints,
        ended_at: None,
    };
    let ((), w) = store.update(|p| {
        for ex in &pool {
            p.state(&ex.name).started_at = Some(now);
        }
        p.current = pool.first().map(|e| e.name.clone());
        p.mock = Some(mock.clone());
        Ok::<_, anyhow::Error>(())
    })?;
    workspace::warn(ctx, &w);
    let s = ctx.style;
    writeln!(
        out,
        "{}",
        s.bold(&format!(
            "Mock round: {} problem(s), {} minutes.",
            pool.len(),
            args.minutes
        ))
    )?;
    for ex in &pool {
        writeln!(
            out,
            "  {:<36} {}  ({})",
            ex.name,
            ex.title,
            work_file(ex).display()
        )?;
    }
    writeln!(
        out,
        "`grind show NAME` for the statement, `grind check NAME` to judge; hints are {}.",
        if args.allow_hints {
            "allowed"
        } else {
            "locked"
        }
    )?;
    Ok(OK)
}

fn report(ctx: &Context, p: &Progress, m: &Mock, out: &mut dyn Write) -> Result<u8> {
    let s = ctx.style;
    writeln!(out, "{}", s.bold("Mock round report"))?;
    let mut solved = 0;
    for name in &m.exercises {
        let first_pass = p
            .attempts_of(name)
            .find(|a| a.verdict.is_accepted() && a.at >= m.started_at && a.at <= m.deadline);
        let tries = p
            .attempts_of(name)
            .filter(|a| a.at >= m.started_at && a.at <= m.deadline)
            .count();
        match first_pass {
            Some(a) => {
                solved += 1;
                writeln!(
                    out,
                    "  {}  {name:<36} in {} ({tries} check(s))",
                    s.green("solved"),
                    human(a.at - m.started_at)
                )?;
            }
            None => writeln!(
                out,
                "  {}  {name:<36} {tries} check(s)",
                s.red("not solved")
            )?,
        }
    }
    writeln!(out, "{solved}/{} solved in time.", m.exercises.len())?;
    Ok(if solved == m.exercises.len() {
        OK
    } else {
        NOT_ACCEPTED
    })
}

/// A small, stable string hash (FNV-1a) for a reproducible shuffle.
fn fnv(s: &str) -> u64 {
    s.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
    })
}
