//! `grind stats [--json]`: solved/attempted per topic and difficulty, time to solve against
//! each exercise's target, attempts before the first pass, the streak, recent history.

use std::collections::BTreeMap;
use std::io::Write;

use anyhow::Result;
use serde_json::json;

use super::workspace;
use crate::context::Context;
use crate::exit::OK;
use crate::progress::clock::{self, human};
use crate::progress::stats::{self, Status};

pub fn run(ctx: &Context, json_out: bool, out: &mut dyn Write) -> Result<u8> {
    let cat = ctx.catalog()?;
    let progress = workspace::store().read()?;
    let now = clock::now();
    let all: Vec<_> = cat
        .exercises
        .iter()
        .map(|e| stats::exercise(&progress, e))
        .collect();
    let streak = stats::streak(&progress, now);
    // topic/difficulty -> (solved, attempted, total)
    let mut by_topic: BTreeMap<String, [usize; 3]> = BTreeMap::new();
    let mut by_difficulty: BTreeMap<String, [usize; 3]> = BTreeMap::new();
    for s in &all {
        let solved = usize::from(s.status == Status::Solved);
        let tried = usize::from(s.attempts > 0 || s.status == Status::GaveUp);
        for t in &s.topics {
            let e = by_topic.entry(t.clone()).or_default();
            e[0] += solved;
            e[1] += tried;
            e[2] += 1;
        }
        let e = by_difficulty
            .entry(s.difficulty.clone().unwrap_or_else(|| "-".into()))
            .or_default();
        e[0] += solved;
        e[1] += tried;
        e[2] += 1;
    }
    let recent: Vec<_> = progress.attempts.iter().rev().take(10).collect();
    if json_out {
        let group = |m: &BTreeMap<String, [usize; 3]>| {
            m.iter()
                .map(|(k, v)| {
                    (
                        k.clone(),
                        json!({"solved": v[0], "attempted": v[1], "total": v[2]}),
                    )
                })
                .collect::<serde_json::Map<_, _>>()
        };
        let v = json!({
            "exercises": all,
            "topics": group(&by_topic),
            "difficulties": group(&by_difficulty),
            "streak_days": streak,
            "recent": recent,
        });
        writeln!(out, "{v}")?;
        return Ok(OK);
    }
    let s = ctx.style;
    let solved = all.iter().filter(|x| x.status == Status::Solved).count();
    writeln!(
        out,
        "{}",
        s.bold(&format!(
            "{solved}/{} solved · streak {streak} day(s)",
            all.len()
        ))
    )?;
    writeln!(out, "{}", s.bold("by difficulty"))?;
    for (d, v) in &by_difficulty {
        writeln!(out, "  {d:<8} {}/{} solved, {} attempted", v[0], v[2], v[1])?;
    }
    writeln!(out, "{}", s.bold("by topic"))?;
    for (t, v) in &by_topic {
        writeln!(
            out,
            "  {t:<22} {}/{} solved, {} attempted",
            v[0], v[2], v[1]
        )?;
    }
    writeln!(out, "{}", s.bold("exercises you touched"))?;
    for x in all.iter().filter(|x| x.status != Status::New) {
        let time = match (x.solve_seconds, x.target_minutes) {
            (Some(sec), Some(t)) => {
                let mark = if x.slow() {
                    s.yellow("over target")
                } else {
                    s.green("within target")
                };
                format!("solved in {} (target {t}m, {mark})", human(sec))
            }
            (Some(sec), None) => format!("solved in {}", human(sec)),
            _ => String::new(),
        };
        let tries = x.attempts_to_first_pass.map_or_else(
            || format!("{} attempt(s)", x.attempts),
            |n| format!("passed on attempt {n}"),
        );
        writeln!(
            out,
            "  {:<36} {:<9} {tries}  {time}",
            x.name,
            x.status.as_str()
        )?;
    }
    if !recent.is_empty() {
        writeln!(out, "{}", s.bold("recent"))?;
        for a in &recent {
            let ago = human(now.saturating_sub(a.at));
            writeln!(
                out,
                "  {ago:>8} ago  {:<36} {} {}/{}",
                a.exercise, a.verdict, a.passed, a.total
            )?;
        }
    }
    Ok(OK)
}
