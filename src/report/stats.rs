//! The report of `grind stats`: totals per difficulty and topic, the exercises touched with
//! their times against targets, and the recent attempts; or the same as JSON.
//!
//! NOTE: these are sentences in columns (`easy     3/6 solved, 4 attempted`), not a table
//! with headers and borders, so they stay `format!` lines: comfy-table would pad the last
//! column and change every line (see `list.rs`).

use std::collections::BTreeMap;
use std::io::{self, Write};

use serde_json::json;

use super::style::Style;
use crate::catalog::Difficulty;
use crate::progress::Attempt;
use crate::progress::clock::human;
use crate::progress::stats::{ExerciseStats, Status, Tally, Totals};

/// What `grind stats` shows.
pub struct Stats<'a> {
    pub exercises: &'a [ExerciseStats],
    pub totals: &'a Totals,
    pub streak_days: u32,
    /// The latest attempts, newest first.
    pub recent: &'a [&'a Attempt],
    pub now: u64,
}

/// The `--json` object: per exercise `name`, `status`, `attempts`, `solve_seconds`, ...
pub fn json(out: &mut dyn Write, st: &Stats<'_>) -> io::Result<()> {
    let group = |m: &BTreeMap<String, Tally>| serde_json::to_value(m).unwrap_or_default();
    let v = json!({
        "exercises": st.exercises,
        "topics": group(&st.totals.by_topic),
        "difficulties": group(&st.totals.by_difficulty),
        "streak_days": st.streak_days,
        "recent": st.recent,
    });
    writeln!(out, "{v}")
}

/// The terminal report.
pub fn text(out: &mut dyn Write, st: &Stats<'_>, s: Style) -> io::Result<()> {
    let solved = st
        .exercises
        .iter()
        .filter(|x| x.status == Status::Solved)
        .count();
    writeln!(
        out,
        "{}",
        s.bold(&format!(
            "{solved}/{} solved · streak {}",
            st.exercises.len(),
            super::units::count(st.streak_days as usize, "day")
        ))
    )?;
    writeln!(out, "{}", s.bold("by difficulty"))?;
    // Easy to hard, then exercises with no difficulty.
    let order = Difficulty::ALL.map(Difficulty::as_str);
    let mut by_difficulty: Vec<_> = st.totals.by_difficulty.iter().collect();
    by_difficulty.sort_by_key(|(d, _)| order.iter().position(|o| o == d).unwrap_or(order.len()));
    for (d, t) in by_difficulty {
        writeln!(
            out,
            "  {d:<8} {}/{} solved, {} attempted",
            t.solved, t.total, t.attempted
        )?;
    }
    writeln!(out, "{}", s.bold("by topic"))?;
    // Topics not touched yet fold into one line.
    let mut untouched = 0;
    for (topic, t) in &st.totals.by_topic {
        if t.solved == 0 && t.attempted == 0 {
            untouched += 1;
            continue;
        }
        writeln!(
            out,
            "  {topic:<22} {}/{} solved, {} attempted",
            t.solved, t.total, t.attempted
        )?;
    }
    if untouched > 0 {
        let text = format!(
            "  {} not started yet (`grind list --topics`)",
            super::units::count(untouched, "more topic")
        );
        writeln!(out, "{}", s.dim(&text))?;
    }
    writeln!(out, "{}", s.bold("exercises you touched"))?;
    for x in st.exercises.iter().filter(|x| x.status != Status::New) {
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
            || super::units::count(x.attempts, "attempt"),
            |n| format!("passed on attempt {n}"),
        );
        writeln!(
            out,
            "  {:<36} {:<9} {tries}  {time}",
            x.name,
            x.status.as_str()
        )?;
    }
    if !st.recent.is_empty() {
        writeln!(out, "{}", s.bold("recent"))?;
        for a in st.recent {
            let ago = human(st.now.saturating_sub(a.at));
            writeln!(
                out,
                "  {ago:>8} ago  {:<36} {} {}/{}",
                a.exercise, a.verdict, a.passed, a.total
            )?;
        }
    }
    Ok(())
}
