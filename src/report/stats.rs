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
            "{solved}/{} solved · streak {} day(s)",
            st.exercises.len(),
            st.streak_days
        ))
    )?;
    writeln!(out, "{}", s.bold("by difficulty"))?;
    for (d, t) in &st.totals.by_difficulty {
        writeln!(
            out,
            "  {d:<8} {}/{} solved, {} attempted",
            t.solved, t.total, t.attempted
        )?;
    }
    writeln!(out, "{}", s.bold("by topic"))?;
    for (topic, t) in &st.totals.by_topic {
        writeln!(
            out,
            "  {topic:<22} {}/{} solved, {} attempted",
            t.solved, t.total, t.attempted
        )?;
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
