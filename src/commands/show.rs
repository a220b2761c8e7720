//! `grind show NAME`: an exercise's statement and settings.

use std::io::Write;

use anyhow::Result;

use crate::context::Context;
use crate::exit::OK;

pub fn run(ctx: &Context, name: &str, out: &mut dyn Write) -> Result<u8> {
    let mut ex = ctx.exercise(name, None)?;
    // A relative time limit is shown as measured on this machine (measured now if needed).
    let mut measured = None;
    if ex.calibration.is_some()
        && let Ok(python) = ctx.python()
    {
        let judge = crate::judge::runner::Judge {
            python,
            options: super::check::options(&crate::cli::JudgeArgs {
                time_limit: None,
                jobs: None,
            })?,
            hide: super::check::hidden_dirs(ctx, &ex),
        };
        let tests = ex.tests()?;
        measured = crate::judge::calibrate::calibrate(&judge, &mut ex, &tests)?;
    }
    let s = ctx.style;
    let mut meta = vec![ex.kind().as_str().to_string()];
    if let Some(d) = ex.difficulty {
        meta.push(d.as_str().into());
    }
    if !ex.topics.is_empty() {
        meta.push(ex.topics.join(", "));
    }
    if let Some(t) = ex.target_minutes {
        meta.push(format!("target {t} min"));
    }
    meta.push(match measured {
        Some(m) => format!("time limit {}", m.describe()),
        None => format!("time limit {:.1} s", ex.limits.cpu.as_secs_f64()),
    });
    meta.push(format!("memory {} MiB", ex.limits.memory / (1024 * 1024)));
    writeln!(out, "{}  {}", s.bold(&ex.name), s.dim(&meta.join(" · ")))?;
    writeln!(out)?;
    for line in ex.prompt().lines() {
        if line.starts_with('#') {
            writeln!(out, "{}", s.bold(line))?;
        } else {
            writeln!(out, "{line}")?;
        }
    }
    Ok(OK)
}
