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
    /// When every attempt was made (for the practice calendar).
    pub activity: &'a [u64],
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
    let timed: Vec<&ExerciseStats> = st
        .exercises
        .iter()
        .filter(|x| x.solve_seconds.is_some() && x.target_minutes.is_some())
        .collect();
    let within = timed.iter().filter(|x| !x.slow()).count();
    let hints: usize = st.exercises.iter().map(|x| x.hints_used).sum();
    writeln!(
        out,
        "{}",
        s.bold(&format!(
            "{solved}/{} solved · streak {} · {within}/{} solves within target · {} used",
            st.exercises.len(),
            super::units::count(st.streak_days as usize, "day"),
            timed.len(),
            super::units::count(hints, "hint")
        ))
    )?;
    calendar(out, st.activity, st.now, s)?;
    times_by_topic(out, st.exercises, s)?;
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
        let hinted = if x.hints_used > 0 {
            format!(", {}", super::units::count(x.hints_used, "hint"))
        } else {
            String::new()
        };
        let line = format!(
            "  {:<36} {:<9} {tries}{hinted}  {time}",
            x.name,
            x.status.as_str().replace('_', " ")
        );
        writeln!(out, "{}", line.trim_end())?;
    }
    if !st.recent.is_empty() {
        writeln!(out, "{}", s.bold("recent"))?;
        for a in st.recent {
            let ago = human(st.now.saturating_sub(a.at));
            let label = crate::verdict::Verdict::from_name(a.verdict.as_str())
                .map_or_else(|| a.verdict.to_string(), |v| v.label().to_string());
            writeln!(
                out,
                "  {ago:>8} ago  {:<36} {label:<3} {}/{}",
                a.exercise, a.passed, a.total
            )?;
        }
    }
    Ok(())
}

/// Weeks the practice calendar shows.
const WEEKS: u64 = 12;

/// A GitHub-style calendar of the last weeks: one column per week, one row per weekday, each
/// day shaded by how many checks it saw.
fn calendar(out: &mut dyn Write, activity: &[u64], now: u64, s: Style) -> io::Result<()> {
    let today = crate::progress::clock::day(now);
    // Day 0 (1970-01-01) was a Thursday; rows run Monday to Sunday.
    let weekday = |d: u64| (d + 3) % 7;
    let first = today - weekday(today) - (WEEKS - 1) * 7;
    let mut counts = vec![0usize; usize::try_from(WEEKS * 7).unwrap_or(0)];
    for &t in activity {
        let d = crate::progress::clock::day(t);
        if d >= first && d <= today {
            counts[usize::try_from(d - first).unwrap_or(0)] += 1;
        }
    }
    if counts.iter().all(|&c| c == 0) {
        return Ok(());
    }
    writeln!(out, "{}", s.bold(&format!("the last {WEEKS} weeks")))?;
    for (row, name) in ["Mon", "", "Wed", "", "Fri", "", "Sun"].iter().enumerate() {
        let mut line = format!("  {name:<3} ");
        for week in 0..WEEKS {
            let d = first + week * 7 + row as u64;
            let cell = if d > today {
                " "
            } else {
                match counts[usize::try_from(d - first).unwrap_or(0)] {
                    0 => "·",
                    1 => "░",
                    2..=3 => "▒",
                    4..=6 => "▓",
                    _ => "█",
                }
            };
            line.push_str(cell);
            line.push(' ');
        }
        writeln!(out, "{}", line.trim_end())?;
    }
    writeln!(
        out,
        "{}",
        s.dim("      · none  ░ 1  ▒ 2-3  ▓ 4-6  █ 7+ checks a day")
    )
}

/// Per topic, the median solve time against the median target, as bars.
fn times_by_topic(out: &mut dyn Write, all: &[ExerciseStats], s: Style) -> io::Result<()> {
    let mut by_topic: BTreeMap<&str, Vec<(u64, u64)>> = BTreeMap::new();
    for x in all {
        if let (Some(sec), Some(t)) = (x.solve_seconds, x.target_minutes) {
            for topic in &x.topics {
                by_topic
                    .entry(topic)
                    .or_default()
                    .push((sec, u64::from(t) * 60));
            }
        }
    }
    if by_topic.is_empty() {
        return Ok(());
    }
    writeln!(
        out,
        "{}",
        s.bold("solve time against target, per topic (median)")
    )?;
    let median = |mut v: Vec<u64>| {
        v.sort_unstable();
        v[v.len() / 2]
    };
    for (topic, times) in by_topic {
        let took = median(times.iter().map(|t| t.0).collect());
        let target = median(times.iter().map(|t| t.1).collect()).max(1);
        // 20 cells are the target; over it the bar runs on (up to 40) in another colour.
        let cells = usize::try_from((took * 20).div_ceil(target))
            .unwrap_or(40)
            .min(40);
        let bar = "█".repeat(cells.min(20));
        let over = "█".repeat(cells.saturating_sub(20));
        writeln!(
            out,
            "  {topic:<22} {}{} {} / {}",
            s.green(&bar),
            s.yellow(&over),
            human(took),
            human(target)
        )?;
    }
    Ok(())
}
