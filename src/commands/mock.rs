//! `grind mock`: a timed round of unseen problems. Starting writes their starters and sets a
//! deadline; every `grind check` shows the countdown; hints are locked unless allowed;
//! `grind mock --end` (or the first `grind mock` after the deadline) prints the report; a plain
//! `grind mock` after that shows it again, and `grind mock --new` starts another round.
//! `grind solution --give-up` is locked for the round's problems, as hints are.

use std::io::Write;

use anyhow::{Context as _, Result};

use super::workspace::{self, work_file};
use crate::catalog::Kind;
use crate::cli::MockArgs;
use crate::context::Context;
use crate::exit::{NOT_ACCEPTED, OK, usage};
use crate::progress::{clock, stats};
use crate::report::practice;

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
            let results = stats::mock_results(&store.read()?, &m);
            practice::mock_report(out, &results, ctx.style)?;
            let all_solved = results.iter().all(|r| r.solved_after.is_some());
            return Ok(if all_solved { OK } else { NOT_ACCEPTED });
        }
        if args.count.is_some()
            || args.minutes.is_some()
            || args.difficulty.is_some()
            || args.topic.is_some()
            || args.allow_hints
            || args.new
        {
            return usage(
                "a mock round is running: `grind mock --end` ends it before another starts",
            );
        }
        let results = stats::mock_results(&progress, &m);
        practice::mock_running(out, &m, &results, now)?;
        return Ok(OK);
    }
    if args.end {
        return usage("no mock round is running: start one with `grind mock`");
    }
    // After a round, a plain `grind mock` shows its report again rather than starting
    // another one by surprise.
    let starting = args.new
        || args.count.is_some()
        || args.minutes.is_some()
        || args.difficulty.is_some()
        || args.topic.is_some()
        || args.allow_hints;
    if !starting && let Some(m) = &progress.mock {
        let results = stats::mock_results(&progress, m);
        practice::mock_report(out, &results, ctx.style)?;
        practice::mock_again(out)?;
        return Ok(OK);
    }
    let count = args.count.unwrap_or(2);
    let minutes = args.minutes.unwrap_or(45);
    if count == 0 || minutes == 0 {
        return usage("a mock round needs at least 1 problem and 1 minute");
    }
    let cat = ctx.catalog()?;
    let topic = Context::topic(args.topic.as_deref())?;
    let seen = |name: &str| {
        progress.exercises.contains_key(name) || progress.attempts_of(name).next().is_some()
    };
    let mut pool: Vec<_> = cat
        .exercises
        .iter()
        .filter(|e| e.kind() != Kind::Predict && !seen(&e.name))
        .filter(|e| e.matches(args.difficulty, topic))
        .collect();
    if pool.len() < count {
        return usage(format!(
            "only {} match: lower `--count` or widen `--difficulty`/`--topic`",
            crate::report::count(pool.len(), "unseen problem")
        ));
    }
    // A different but reproducible pick each day.
    pool.sort_by_key(|e| {
        (
            fnv(&format!("{}{}", clock::day(now), e.name)),
            e.name.clone(),
        )
    });
    pool.truncate(count);
    for ex in &pool {
        let file = work_file(ex);
        if !file.exists() {
            std::fs::write(&file, ex.starter().unwrap_or_default())
                .with_context(|| format!("failed to write `{}`", file.display()))?;
        }
    }
    let mock = crate::progress::Mock {
        started_at: now,
        deadline: now + minutes * 60,
        exercises: pool.iter().map(|e| e.name.clone()).collect(),
        hints_allowed: args.allow_hints,
        ended_at: None,
    };
    let ((), w) = store.update(|p| {
        for ex in &pool {
            workspace::new_try(p, &ex.name, now);
        }
        p.current = pool.first().map(|e| e.name.clone());
        p.mock = Some(mock.clone());
        Ok::<_, anyhow::Error>(())
    })?;
    workspace::warn(ctx, &w);
    let files: Vec<_> = pool.iter().map(|ex| work_file(ex)).collect();
    let problems: Vec<_> = pool
        .iter()
        .copied()
        .zip(files.iter().map(std::path::PathBuf::as_path))
        .collect();
    practice::mock_started(out, &problems, minutes, args.allow_hints, ctx.style)?;
    Ok(OK)
}

/// A small, stable string hash (FNV-1a) for a reproducible shuffle.
fn fnv(s: &str) -> u64 {
    s.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
    })
}
